using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace NewsApi.ClientTests.Infrastructure;

/// <summary>
/// Runs Spectral (pinned in tests/lint/package-lock.json) with the repository's ruleset (/.spectral.yaml). The first
/// use on a machine runs <c>npm ci</c> in tests/lint; a lock file keeps parallel test runs from installing at once.
/// </summary>
public static class Spectral
{
    public static string LintFolder { get; } = Path.Combine(Repository.Root, "tests", "lint");

    public static string Ruleset { get; } = Path.Combine(Repository.Root, ".spectral.yaml");

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>Lints <paramref name="document"/> and returns Spectral's exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> LintAsync(string document)
    {
        await EnsureInstalledAsync();
        return await RunAsync(
            "npx",
            ["--no", "--", "spectral", "lint", document, "--ruleset", Ruleset, "--fail-severity", "warn"],
            TimeSpan.FromMinutes(3));
    }

    private static bool Installed()
    {
        var marker = Path.Combine(LintFolder, "node_modules", ".package-lock.json");
        return File.Exists(Path.Combine(LintFolder, "node_modules", "@stoplight", "spectral-cli", "package.json"))
            && File.Exists(marker)
            && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(Path.Combine(LintFolder, "package-lock.json"));
    }

    private static async Task EnsureInstalledAsync()
    {
        if (Installed())
        {
            return;
        }

        await InstallGate.WaitAsync();
        try
        {
            // Another test process (a parallel `dotnet test`) may be installing into the same folder: one at a time.
            var lockPath = Path.Combine(Path.GetTempPath(), $"newsapi-lint-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(LintFolder)))[..16]}.lock");
            using var fileLock = await AcquireAsync(lockPath, TimeSpan.FromMinutes(10));
            if (Installed())
            {
                return;
            }

            var (exitCode, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(8));
            Assert.True(exitCode == 0, $"`npm ci` in {LintFolder} failed with exit code {exitCode}:\n{output}");
            Assert.True(Installed(), $"`npm ci` in {LintFolder} succeeded but Spectral is not installed:\n{output}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<FileStream> AcquireAsync(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? tool + ".cmd" : tool)
        {
            WorkingDirectory = LintFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        start.Environment["npm_config_update_notifier"] = "false";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"`{tool}` was not found ({ex.Message}). The OpenAPI lint needs Node.js 20+ with npm on PATH: install them (Debian: apt-get install nodejs npm) and run the tests again.");
            throw;
        }

        using (process)
        {
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"`{tool} {string.Join(' ', arguments)}` did not finish within {timeout}:\n{Read(output)}");
            }

            process.WaitForExit(); // flushes the redirected streams
            return (process.ExitCode, Read(output));
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
