using System.CommandLine;
using NewsApi.Data;
using NewsApi.Fetching;

namespace NewsApi.Cli;

/// <summary>
/// <c>fetch URL… [--source NAME]</c>: fetches each page, extracts its article and stores it through the same fetcher,
/// address guard and ingest path as <c>POST /api/articles/fetch</c>; one line per URL saying what became of it.
/// </summary>
public static class FetchCommand
{
    public static Command Create(string[] configuration, TextWriter output)
    {
        var urls = new Argument<string[]>("urls") { Description = "Pages to fetch (http or https)", Arity = ArgumentArity.OneOrMore };
        urls.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
            {
                if (!Uri.TryCreate(token.Value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    r.AddError($"'{token.Value}' is not an http or https URL.");
                }
            }
        });
        var source = new Option<string?>("--source") { Description = "Source name stored with every article (default: the page's site name)" };
        var command = new Command("fetch", "Fetch pages and store their articles (private networks refused unless NewsApi:Fetch:AllowPrivateNetworks=true). " +
            "Exit codes: 0 every URL stored or already stored, 1 some failed, 2 usage error.")
        {
            urls, source,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(urls) ?? [], parse.GetValue(source), configuration, output, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] urls, string? source, string[] configuration, TextWriter output, CancellationToken ct)
    {
        await using var app = NewsApiApplication.Build(configuration, HostMode.Import);
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        var fetcher = app.Services.GetRequiredService<ArticleFetcher>();
        var failed = 0;
        foreach (var url in urls)
        {
            var outcome = await fetcher.FetchAndStoreAsync(new Uri(url), source, null, ct);
            await output.WriteLineAsync(outcome.Status switch
            {
                FetchStatus.Created => $"stored {url} as article {outcome.Id}",
                FetchStatus.Duplicate => $"duplicate {url}: already stored as article {outcome.Id}",
                _ => $"failed {url}: {outcome.Failure?.Title}: {outcome.Failure?.Detail}",
            });
            failed += outcome.Status == FetchStatus.Failed ? 1 : 0;
        }

        return failed > 0 ? ExitCodes.Partial : ExitCodes.Success;
    }
}
