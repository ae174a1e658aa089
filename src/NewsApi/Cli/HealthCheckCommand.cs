using System.CommandLine;

namespace NewsApi.Cli;

/// <summary>
/// <c>healthcheck [--url URL]</c>: GET the service's readiness endpoint and exit 0 when it answers 200, 1 otherwise.
/// It needs no curl or wget, so the container's HEALTHCHECK works in the slim runtime image.
/// </summary>
public static class HealthCheckCommand
{
    public static Command Create(TextWriter output)
    {
        var url = new Option<string?>("--url")
        {
            Description = "Readiness URL (default: /health on the first address in ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS, else http://127.0.0.1:5080)",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for the answer",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("healthcheck", "Exit 0 when the running service is ready (GET /health answers 200), 1 when it is not.") { url, timeout };
        command.SetAction((parse, ct) => CheckAsync(parse.GetValue(url) ?? DefaultUrl(), parse.GetValue(timeout), output, ct));
        return command;
    }

    /// <summary>Where this container's own server listens: wildcard hosts are reached on loopback.</summary>
    public static string DefaultUrl()
    {
        var urls = Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        if (!string.IsNullOrWhiteSpace(urls))
        {
            var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
            foreach (var wildcard in new[] { "://+", "://*", "://0.0.0.0", "://[::]" })
            {
                first = first.Replace(wildcard, "://127.0.0.1", StringComparison.Ordinal);
            }

            return first.TrimEnd('/') + "/health";
        }

        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        var port = string.IsNullOrWhiteSpace(ports) ? "5080" : ports.Split(';', ',')[0].Trim();
        return $"http://127.0.0.1:{port}/health";
    }

    private static async Task<int> CheckAsync(string url, int timeoutSeconds, TextWriter output, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            await output.WriteLineAsync($"unhealthy: {url} is not an http(s) URL");
            return ExitCodes.Usage;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds, 1, 300)) };
        try
        {
            using var response = await http.GetAsync(uri, ct);
            var healthy = response.StatusCode == System.Net.HttpStatusCode.OK;
            await output.WriteLineAsync($"{(healthy ? "healthy" : "unhealthy")}: {uri} answered {(int)response.StatusCode}");
            return healthy ? ExitCodes.Success : ExitCodes.Partial;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"unhealthy: {uri}: {e.Message}");
            return ExitCodes.Partial;
        }
    }
}
