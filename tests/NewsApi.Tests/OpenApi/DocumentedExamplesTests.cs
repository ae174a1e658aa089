using System.Text.Json.Nodes;
using NewsApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsApi.Tests.OpenApi;

/// <summary>
/// Every request and response shown in api-docs/requests.http and every curl line of README.md is valid against the
/// committed description (api-docs/openapi.json): the operation exists, the query and path parameters are
/// documented and of their schema, the body is valid against the request schema, the status is documented and the
/// JSON shown under it is valid against that response's schema, formats included (a strict client's view).
/// </summary>
public sealed class DocumentedExamplesTests(ITestOutputHelper output)
{
    private static readonly string Root = TestData.RepositoryRoot();

    private static readonly DescriptionSchemas Description = new(File.ReadAllText(Path.Combine(Root, "api-docs", "openapi.json")));

    public static TheoryData<string> Documents => new() { "api-docs/requests.http", "README.md" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_documented_request_and_response_is_valid_against_the_description(string document)
    {
        var text = File.ReadAllText(Path.Combine(Root, document));
        var examples = document.EndsWith(".http", StringComparison.Ordinal) ? DocumentedExamples.FromHttpFile(document, text) : DocumentedExamples.FromReadme(document, text);
        var problems = examples.SelectMany(Check).ToList();
        output.WriteLine($"{document}: {examples.Count} requests, {examples.Count(e => e.Body is not null)} bodies, {examples.Count(e => e.Response is not null)} JSON responses ({examples.Count(e => e.Cut)} cut short)");

        Assert.True(examples.Count >= (document == "README.md" ? 10 : 30), $"only {examples.Count} requests read from {document}");
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {document}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void A_strict_check_refuses_what_the_description_does_not_allow()
    {
        var create = Description.Find("POST", "/api/articles")!.Value.Operation;
        Assert.Empty(Description.Validate(DescriptionSchemas.RequestSchema(create)!, JsonNode.Parse("""{"title": "T", "body": "B", "publishedAt": "2013-09-10"}"""), cut: false));
        Assert.NotEmpty(Description.Validate(DescriptionSchemas.RequestSchema(create)!, JsonNode.Parse("""{"title": "T", "body": "B", "publishedAt": "10 September"}"""), cut: false));
        Assert.NotEmpty(Description.Validate(DescriptionSchemas.RequestSchema(create)!, JsonNode.Parse("""{"body": "B"}"""), cut: false));
        var response = DescriptionSchemas.ResponseSchema(create, "201", out _)!;
        Assert.Contains(Description.Validate(response, JsonNode.Parse("""{"publishedAt": "2013-09-10"}"""), cut: true), p => p.Contains("publishedAt", StringComparison.Ordinal));
        Assert.Contains(Description.Validate(response, JsonNode.Parse("""{"wordCount": null}"""), cut: true), p => p.Contains("wordCount", StringComparison.Ordinal));
        Assert.Empty(Description.Validate(response, JsonNode.Parse("""{"author": null, "url": "https://example.com/a"}"""), cut: true));
        Assert.NotEmpty(Description.Validate(response, JsonNode.Parse("""{"author": null, "colour": "red"}"""), cut: true));
        var list = Description.Find("GET", "/api/articles")!.Value.Operation;
        Assert.NotEmpty(Description.CheckParameters(list, [("pageSize", "ten")], []));
        Assert.NotEmpty(Description.CheckParameters(list, [("colour", "red")], []));
        Assert.Empty(Description.CheckParameters(list, [("pageSize", "10"), ("party", "Syria"), ("party", "2")], []));
    }

    private static IEnumerable<string> Check(DocumentedExample example)
    {
        var where = $"{example.Where} {example.Method} {example.Target}";
        if (Description.Find(example.Method, example.Path) is not var (operation, _, pathValues))
        {
            yield return $"{where}: no such operation in the description";
            yield break;
        }

        foreach (var problem in Description.CheckParameters(operation, example.Query, pathValues))
        {
            yield return $"{where}: {problem}";
        }

        if (example.Body is not null)
        {
            var schema = DescriptionSchemas.RequestSchema(operation);
            var problems = schema is null ? ["the operation takes no JSON body"] : Description.Validate(schema, JsonNode.Parse(example.Body), cut: false);
            foreach (var problem in problems)
            {
                yield return $"{where}: request body: {problem}";
            }
        }

        if (example.Status is null)
        {
            yield break;
        }

        var responseSchema = DescriptionSchemas.ResponseSchema(operation, example.Status, out var documented);
        if (!documented)
        {
            yield return $"{where}: status {example.Status} is not documented";
        }
        else if (example.Response is not null)
        {
            var problems = responseSchema is null ? ["the description shows no JSON body for it"] : Description.Validate(responseSchema, JsonNode.Parse(example.Response), example.Cut);
            foreach (var problem in problems)
            {
                yield return $"{where}: {example.Status} response: {problem}";
            }
        }
    }
}
