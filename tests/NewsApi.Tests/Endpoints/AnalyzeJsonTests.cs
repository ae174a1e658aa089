using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using NewsApi.Analysis;
using NewsApi.Contracts;
using NewsApi.Endpoints;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>The generated JSON metadata (<see cref="NewsApiJsonContext"/>) writes exactly what reflection wrote.</summary>
public sealed class AnalyzeJsonTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    [Fact]
    public void Analyze_responses_use_the_generated_metadata()
    {
        var api = ApiOptions();

        Assert.Same(NewsApiJsonContext.Default, api.GetTypeInfo(typeof(AnalyzeResponse)).OriginatingResolver);
        Assert.Same(NewsApiJsonContext.Default, api.GetTypeInfo(typeof(IReadOnlyList<AlgorithmResponse>)).OriginatingResolver);
    }

    [Theory]
    [InlineData(null, "utf16")]
    [InlineData("lead", "utf8")]
    [InlineData("textrank", "codepoint")]
    [InlineData("lexrank", "utf16")]
    [InlineData("pacsum", "utf16")]
    public void Analyze_response_on_the_seed_is_byte_identical_to_reflection(string? algorithm, string offsets)
    {
        var file = File.ReadAllText(Path.Combine(TestData.SeedsFolder(), "000_1c790352a2a4b598.txt"));
        var newline = file.IndexOf('\n', StringComparison.Ordinal);
        var request = new AnalyzeRequest { Title = file[..newline], Text = file[(newline + 1)..], PublishedAt = new DateTimeOffset(2013, 9, 6, 0, 0, 0, TimeSpan.Zero) };
        var response = AnalyzeApi.Analyze(request, new SummaryQuery { Algorithm = algorithm, Sentences = 4 }, new OffsetsQuery { Offsets = offsets }, Analyzer);

        var generated = JsonSerializer.SerializeToUtf8Bytes(response, ApiOptions());
        var reflected = JsonSerializer.SerializeToUtf8Bytes(response, ReflectionOptions());

        Assert.True(generated.Length > 1000);
        Assert.Equal(reflected, generated);
        Assert.Equal(generated, FastPathJson.Write(response, request.Text.Length));
    }

    [Theory]
    [InlineData("utf16")]
    [InlineData("utf8")]
    public void Analyze_fast_path_writes_what_the_api_options_write_with_characters_that_need_escaping(string offsets)
    {
        // Escaping is where a context with its own options would differ: quotes, backslashes, non-ASCII letters and
        // symbols outside the BMP, control characters, '<', '&', '+'.
        var request = new AnalyzeRequest
        {
            Title = "Société <Générale> & \"Ma Bell\" + co",
            Text = "\"We will not sell,\" said Zoë Łukasiewicz, the chief executive of AT&T <Europe> in Kraków, on Tuesday. "
                + "Shares rose 12% to €4.5bn\tafter the C:\\deal 🚀 was announced.\nThe board met on 3 March 2021.",
            PublishedAt = new DateTimeOffset(2021, 3, 5, 0, 0, 0, TimeSpan.Zero),
        };
        var response = AnalyzeApi.Analyze(request, new SummaryQuery(), new OffsetsQuery { Offsets = offsets }, Analyzer);
        var empty = new AnalyzeResponse([], new SummaryResponse(null, "lead", [], ""), new FactsResponse(null, [], [], [], []), null, 0);

        Assert.NotEmpty(response.Facts.Quotes!);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(response, ApiOptions()), FastPathJson.Write(response, request.Text.Length));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(empty, ApiOptions()), FastPathJson.Write(empty, 0));
        Assert.True(FastPathJson.Default.AnalyzeResponse.SerializeHandler is not null, "the generated fast path exists");
    }

    [Fact]
    public void Algorithms_and_a_response_without_facts_are_byte_identical_to_reflection()
    {
        IReadOnlyList<AlgorithmResponse> list = AnalyzeApi.ListAlgorithms(Analyzer).Value!;
        var facts = new FactsResponse(7, null, [], null, [new QuoteFact("\"Yes\"", 0, 5, 0, null, null)]);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(list, ReflectionOptions()), JsonSerializer.SerializeToUtf8Bytes(list, ApiOptions()));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(facts, ReflectionOptions()), JsonSerializer.SerializeToUtf8Bytes(facts, ApiOptions()));
    }

    [Fact]
    public void Party_responses_use_the_generated_metadata_and_write_what_reflection_wrote()
    {
        var seen = new DateTimeOffset(2013, 9, 6, 0, 0, 0, TimeSpan.Zero);
        var party = new PartyResponse(
            3, "Vladimir Putin", "person", ["Putin"], ["Russian President"], 2, 5,
            [new PartyArticle(1, "Talks \"resume\" in Moscow", seen, "Russian President", 3), new PartyArticle(2, "Undated", null, null, 2)])
        {
            RoleHistory = [new NameHistory("Russian President", seen, seen.AddDays(4), 1)],
            AliasHistory = [new NameHistory("Putin", null, null, 2)],
        };
        var list = new PagedResponse<PartyListItem>([new PartyListItem(3, "Vladimir Putin", "person", 2, 5), new PartyListItem(4, "Moscow", "place", 1, 1) { Trend = -1 }], 1, 20, 2);

        Assert.Same(NewsApiJsonContext.Default, ApiOptions().GetTypeInfo(typeof(PartyResponse)).OriginatingResolver);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(party, ReflectionOptions()), JsonSerializer.SerializeToUtf8Bytes(party, ApiOptions()));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(list, ReflectionOptions()), JsonSerializer.SerializeToUtf8Bytes(list, ApiOptions()));
    }

    [Fact]
    public void Party_list_fast_path_writes_what_the_api_options_write()
    {
        // Escaping is where a context with its own options would differ: quotes, non-ASCII letters, '<', '&', '+'.
        var list = new PagedResponse<PartyListItem>(
            [new PartyListItem(9, "Recep Tayyip Erdoğan", "person", 12, 40), new PartyListItem(10, "AT&T <\"Ma Bell\"> + Société Générale", "organization", 1, 1) { Trend = 3 }],
            2, 2, 41);
        var empty = new PagedResponse<PartyListItem>([], 1, 20, 0);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(list, ApiOptions()), FastPathJson.Write(list));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(empty, ApiOptions()), FastPathJson.Write(empty));
        Assert.True(FastPathJson.Default.PagedResponsePartyListItem.SerializeHandler is not null, "the generated fast path exists");
    }

    private static JsonSerializerOptions ApiOptions()
    {
        var options = new JsonOptions();
        NewsApiApplication.ConfigureJson(options);
        return options.SerializerOptions;
    }

    // What the API wrote before the context: ASP.NET Core's JSON options (web defaults, relaxed escaping) with
    // camelCase string enums, reflection only.
    private static JsonSerializerOptions ReflectionOptions()
    {
        var options = new JsonOptions().SerializerOptions;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        Assert.IsType<DefaultJsonTypeInfoResolver>(Assert.Single(options.TypeInfoResolverChain));
        return options;
    }
}
