using System.Diagnostics;
using System.Net;

namespace NewsApi.Tests.Infrastructure;

/// <summary>Real server processes (the NewsApi.dll these tests reference) started by a test.</summary>
public static class ServerProcesses
{
    /// <summary>Starts the process and drains its output, so a chatty server never blocks on a full pipe.</summary>
    public static Process Start(ProcessStartInfo info)
    {
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls /health until it answers 200; fails when any of <paramref name="servers"/> exits or 90 s pass.</summary>
    public static async Task WaitUntilHealthyAsync(HttpClient http, IEnumerable<Process> servers)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(servers.Any(s => s.HasExited), "an instance exited during start-up");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), "an instance did not get healthy");
            await Task.Delay(100);
        }
    }
}
