using System.CommandLine;
using NewsApi.Data;
using NewsApi.Ingestion;

namespace NewsApi.Cli;

/// <summary>Documented exit codes of every command (README "The command line").</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran, but some inputs were rejected (import) or the service is unhealthy (healthcheck).</summary>
    public const int Partial = 1;

    /// <summary>The command line itself is wrong: unknown command or option, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>Nothing could be done: no input matched, the database could not be opened.</summary>
    public const int Failure = 3;
}

/// <summary>
/// The subcommands, parsed by System.CommandLine (help, errors and suggestions for free). Host configuration passes
/// through as <c>--Section:Key=value</c> tokens, exactly as for the server.
/// </summary>
public static class NewsApiCommandLine
{
    private static readonly string[] Commands = ["import", "fetch", "healthcheck"];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (Commands.Contains(args[0], StringComparer.Ordinal) || args is ["--help" or "-h" or "-?" or "--version"]);

    public static async Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;

        // Configuration tokens (--ConnectionStrings:News=...) belong to the host, not to the command's own options.
        var configuration = args.Where(IsConfigurationToken).ToArray();
        var parse = Root(configuration, output).Parse(args.Where(a => !IsConfigurationToken(a)).ToArray());
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync("Run with --help for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static bool IsConfigurationToken(string token) =>
        token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf(':', StringComparison.Ordinal) is > 2 && token.Contains('=', StringComparison.Ordinal);

    private static RootCommand Root(string[] configuration, TextWriter output)
    {
        var root = new RootCommand(
            "NewsApi: article metadata, extractive summaries and key facts over HTTP.\n" +
            "With no command, starts the server (host options: --urls URL, --Section:Key=value).");
        root.Subcommands.Add(ImportCommand(configuration, output));
        root.Subcommands.Add(FetchCommand.Create(configuration, output));
        root.Subcommands.Add(HealthCheckCommand.Create(output));
        return root;
    }

    private static Command ImportCommand(string[] configuration, TextWriter output)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched recursively) and globs of .jsonl, .json, .txt and .html articles, relative to the working directory",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(r =>
        {
            foreach (var unknown in r.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                r.AddError($"Unknown option {unknown.Value} (host configuration is written --Section:Key=value).");
            }
        });
        var batch = new Option<int>("--batch")
        {
            Description = "Articles per write transaction",
            DefaultValueFactory = _ => BulkImporter.DefaultBatchSize,
        };
        batch.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                r.AddError("--batch must be from 1 to 10000.");
            }
        });
        var progressSeconds = new Option<int>("--progress-seconds")
        {
            Description = "When the output is not a terminal, print a progress line this often",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("import", "Validate, analyse and store articles in bulk; re-running resumes (stored articles are skipped as duplicates). " +
            "Exit codes: 0 all stored or duplicates, 1 some records rejected, 2 usage error, 3 no input matched.")
        {
            paths, batch, progressSeconds,
        };
        command.SetAction((parse, ct) => RunImportAsync(
            parse.GetValue(paths) ?? [], parse.GetValue(batch), parse.GetValue(progressSeconds), configuration, output, ct));
        return command;
    }

    private static async Task<int> RunImportAsync(string[] inputs, int batch, int progressSeconds, string[] configuration, TextWriter output, CancellationToken ct)
    {
        var (files, unmatched) = ImportSources.Expand(inputs, Directory.GetCurrentDirectory());
        foreach (var input in unmatched)
        {
            await Console.Error.WriteLineAsync($"no .jsonl, .json, .txt or .html file matches {input}");
        }

        if (files.Count == 0)
        {
            return ExitCodes.Failure;
        }

        await using var app = NewsApiApplication.Build(configuration, HostMode.Import);
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        IImportProgress progress = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
            ? new TerminalImportProgress(output)
            : new PlainImportProgress(output, TimeSpan.FromSeconds(Math.Max(1, progressSeconds)));
        var summary = await app.Services.GetRequiredService<BulkImporter>().RunAsync(files, progress, batch, ct);
        return summary.Invalid > 0 || unmatched.Count > 0 ? ExitCodes.Partial : ExitCodes.Success;
    }
}
