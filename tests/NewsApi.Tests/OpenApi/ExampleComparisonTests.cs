using System.Text.Json.Nodes;

namespace NewsApi.Tests.OpenApi;

/// <summary>What the example check lets through and what it does not, on invented answers.</summary>
public sealed class ExampleComparisonTests
{
    private const string Real = """{"id": 7, "createdAt": "2030-01-02T03:04:05+00:00", "items": [{"n": 1.5}, {"n": 2}, {"n": 3}], "note": null}""";

    [Theory]
    [InlineData("""{"id": 7, "createdAt": "1999-01-01T00:00:00+00:00", "items": [{"n": 1.5}, {"n": 2}, {"n": 3}], "note": null}""")]
    [InlineData("""{"id": 7, "createdAt": "1999-01-01T00:00:00+00:00", "items": [{"n": 1.50}], "note": null}""")]
    [InlineData("""{"id": 7, "createdAt": "x", "items": [], "note": null}""")]
    public void A_cut_list_and_another_timestamp_pass(string example) =>
        Assert.Empty(ExampleComparison.CompareJson(JsonNode.Parse(example), JsonNode.Parse(Real)));

    [Theory]
    [InlineData("""{"id": 8, "createdAt": "x", "items": [], "note": null}""", "$.id")]
    [InlineData("""{"id": 7, "createdAt": "x", "items": [{"n": 2}], "note": null}""", "$.items[0].n")]
    [InlineData("""{"id": 7, "createdAt": "x", "items": [{"n": 1.5}, {"n": 2}, {"n": 3}, {"n": 4}], "note": null}""", "$.items")]
    [InlineData("""{"id": 7, "createdAt": "x", "items": [], "note": "a"}""", "$.note")]
    [InlineData("""{"id": 7, "createdAt": "x", "items": []}""", "$.note")]
    [InlineData("""{"id": 7, "items": [], "note": null}""", "$.createdAt")]
    [InlineData("""{"id": 7, "createdAt": "x", "items": [], "note": null, "extra": 1}""", "$.extra")]
    [InlineData("""{"id": "7", "createdAt": "x", "items": [], "note": null}""", "$.id")]
    public void Any_other_difference_fails(string example, string where) =>
        Assert.Contains(ExampleComparison.CompareJson(JsonNode.Parse(example), JsonNode.Parse(Real)), d => d.StartsWith(where + ":", StringComparison.Ordinal));

    [Fact]
    public void Regenerating_keeps_the_cut_and_the_timestamp()
    {
        var example = JsonNode.Parse("""{"id": 6, "createdAt": "1999-01-01T00:00:00+00:00", "items": [{"n": 0}], "note": 1}""");
        var regenerated = ExampleComparison.Regenerate(example, JsonNode.Parse(Real));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"id":7,"createdAt":"1999-01-01T00:00:00+00:00","items":[{"n":1.5}],"note":null}"""), regenerated), regenerated!.ToJsonString());
    }

    [Fact]
    public void Csv_records_may_be_cut_and_createdAt_differs_but_nothing_else()
    {
        const string real = "id,text,createdAt\r\n1,\"a, \"\"quoted\"\"\nline\",2030-01-01T00:00:00Z\r\n2,b,2030-01-01T00:00:00Z\r\n";
        Assert.Empty(ExampleComparison.CompareCsv("id,text,createdAt\r\n1,\"a, \"\"quoted\"\"\nline\",1999-01-01T00:00:00Z\r\n", real));
        Assert.Single(ExampleComparison.CompareCsv("id,text,createdAt\r\n1,\"a, quoted\nline\",2030-01-01T00:00:00Z\r\n", real));
        Assert.Single(ExampleComparison.CompareCsv(real + "3,c,2030-01-01T00:00:00Z\r\n", real));
        Assert.Single(ExampleComparison.CompareCsv("id,body,createdAt\r\n", real));
        Assert.Equal("id,text,createdAt\r\n1,\"a, \"\"quoted\"\"\nline\",1999-01-01T00:00:00Z\r\n",
            ExampleComparison.RegenerateCsv("id,text,createdAt\r\n1,x,1999-01-01T00:00:00Z\r\n", real));
    }
}
