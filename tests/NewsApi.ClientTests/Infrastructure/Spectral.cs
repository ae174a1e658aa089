using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace NewsApi.ClientTests.Infrastructure;

/// <summary>
/// Runs Spectral (pinned in tests/lint/package-lock.json) with the repository's ruleset (/.spectral.yaml).
/// </summary>
public static class Spectral
{
    public static string LintFolder { get; } = Path.Combine(Repository.Root, "tests", "lint");

    public static string Ruleset { get; } = Path.Combine(Repository.Root, ".spectral.yaml");

    /// <summary>Lints <paramref name="document"/> and returns Spectral's exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> LintAsync(string document)
    {
        await NodeTools.EnsureInstalledAsync(LintFolder, Path.Combine("@stoplight", "spectral-cli"));
        return await NodeTools.RunAsync(
            LintFolder,
            "npx",
            ["--no", "--", "spectral", "lint", document, "--ruleset", Ruleset, "--fail-severity", "warn"],
            TimeSpan.FromMinutes(3));
    }
}

/// <summary>
/// Node.js tools pinned by a package-lock.json in a test folder. The first use on a machine runs <c>npm ci</c> there;
/// a lock file keeps parallel test runs from installing at once.
/// </summary>
public static class NodeTools
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    private static bool Installed(string folder, string package)
    {
        var marker = Path.Combine(folder, "node_modules", ".package-lock.json");
        return File.Exists(Path.Combine(folder, "node_modules", package, "package.json"))
            && File.Exists(marker)
            && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(Path.Combine(folder, "package-lock.json"));
    }

    /// <summary>Runs <c>npm ci</c> in <paramref name="folder"/> unless <paramref name="package"/> is installed from the current lock.</summary>
    public static async Task EnsureInstalledAsync(string folder, string package)
    {
        if (Installed(folder, package))
        {
            return;
        }

        await InstallGate.WaitAsync();
        try
        {
            // Another test process (a parallel `dotnet test`) may be installing into the same folder: one at a time.
            var lockPath = Path.Combine(Path.GetTempPath(), $"newsapi-npm-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..16]}.lock");
            using var fileLock = await AcquireAsync(lockPath, TimeSpan.FromMinutes(10));
            if (Installed(folder, package))
            {
                return;
            }

            var (exitCode, output) = await RunAsync(folder, "npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(8));
            Assert.True(exitCode == 0, $"`npm ci` in {folder} failed with exit code {exitCode}:\n{output}");
            Assert.True(Installed(folder, package), $"`npm ci` in {folder} succeeded but {package} is not installed:\n{output}");
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

    /// <summary>Runs <paramref name="tool"/> in <paramref name="folder"/>; returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, string tool, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? tool + ".cmd" : tool)
        {
            WorkingDirectory = folder,
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
            Assert.Fail($"`{tool}` was not found ({ex.Message}). These tests need Node.js 20+ with npm on PATH (and python3 for the Python example): install them (Debian: apt-get install nodejs npm) and run the tests again.");
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
