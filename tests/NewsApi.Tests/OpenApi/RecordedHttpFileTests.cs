namespace NewsApi.Tests.OpenApi;

/// <summary>How a recorded .http file is read and rewritten, on an invented file.</summary>
public sealed class RecordedHttpFileTests
{
    private const string File = """
        @base = http://127.0.0.1:5080

        ### Create
        # party: Ada Quill
        # replay: fetch
        POST {{base}}/api/parties/7
        X-Api-Key: {{key}}
        Content-Type: application/json

        {"title": "T"}

        # 201 Created
        # Location: /api/articles/2
        # {
        #   "items": [1, 2]
        # }
        # … cut short: $.items (2 of 3)
        #
        # Prose that stays.

        ### Nothing recorded yet
        GET {{base}}/alive
        """;

    [Fact]
    public void A_block_gives_its_request_recorded_status_headers_body_and_note()
    {
        var requests = RecordedHttpFile.Read(File);
        Assert.Equal(2, requests.Count);
        var create = requests[0];
        Assert.Equal(("fetch", "Ada Quill", "POST", "{{base}}/api/parties/7", "201"), (create.Replay, create.Party, create.Method, create.Target, create.Status));
        Assert.True(create.HasKey);
        Assert.Equal("{\"title\": \"T\"}", create.Body);
        Assert.Equal([("Location", "/api/articles/2")], create.ShownHeaders);
        Assert.Equal(["{", "  \"items\": [1, 2]", "}"], create.Shown);
        Assert.Equal("$.items (2 of 3)", create.Note);
        Assert.Equal(("main", null, (string?)null), (requests[1].Replay, requests[1].Status, requests[1].Body));
    }

    [Fact]
    public void Rewriting_replaces_the_recorded_response_and_request_line_and_keeps_the_prose()
    {
        var requests = RecordedHttpFile.Read(File);
        var text = RecordedHttpFile.Rewrite(File, [
            (requests[0], "POST {{base}}/api/parties/9", ["# 409 Conflict", "# {}"]),
            (requests[1], "GET {{base}}/alive", ["# 200 OK", "# \"alive\""]),
        ]);
        var again = RecordedHttpFile.Read(text);
        Assert.Equal(("409", "{{base}}/api/parties/9", null), (again[0].Status, again[0].Target, again[0].Note));
        Assert.Equal(["{}"], again[0].Shown);
        Assert.Contains("#\n# Prose that stays.", text, StringComparison.Ordinal);
        Assert.Equal(("200", "\"alive\""), (again[1].Status, again[1].Shown.Single()));
    }

    [Theory]
    [InlineData("""{"a":"\uD83C\uDF89 x"}""", """{"a":"🎉 x"}""")]
    [InlineData("""{"a":"\u00A0\u0001\u200B"}""", """{"a":"\u00A0\u0001\u200B"}""")]
    [InlineData("""{"a":"\\u00e9 \u00E9"}""", """{"a":"\\u00e9 é"}""")]
    [InlineData("""{"a":"\uD83C"}""", """{"a":"\uD83C"}""")]
    public void Readable_json_shows_visible_characters_and_keeps_the_rest_escaped(string json, string readable) =>
        Assert.Equal(readable, RecordedResponsesTests.Readable(json));

    [Fact]
    public void A_recorded_body_that_differs_or_hides_a_cut_fails()
    {
        Assert.Empty(RecordedResponsesTests.Body(["[1, 2]"], "application/json", "[1, 2]").Differences);
        Assert.NotEmpty(RecordedResponsesTests.Body(["[1, 3]"], "application/json", "[1, 2]").Differences);
        Assert.Equal("$ (1 of 2)", RecordedResponsesTests.Body(["[1]"], "application/json", "[1, 2]").Cuts);
        Assert.Equal("1 of 2 records", RecordedResponsesTests.Body(["a,b", "1,2"], "text/csv", "a,b\r\n1,2\r\n3,4\r\n").Cuts);
        Assert.NotEmpty(RecordedResponsesTests.Body(["a,b", "1,5"], "text/csv", "a,b\r\n1,2\r\n").Differences);
    }
}
