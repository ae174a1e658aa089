using NewsApi;
using NewsApi.Cli;

// `import`, `fetch`, `healthcheck` and `--help` are commands (see README "The command line"); anything else starts
// the server, with the host's own arguments (`--urls`, `--Section:Key=value`).
if (NewsApiCommandLine.IsCommand(args))
{
    return await NewsApiCommandLine.InvokeAsync(args);
}

var app = NewsApiApplication.Build(args, HostMode.Server);
await app.RunAsync();
return 0;

/// <summary>Entry point; see the top of this file.</summary>
public partial class Program;
