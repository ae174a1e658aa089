using BenchmarkDotNet.Running;
using NewsApi.Benchmarks;

// dotnet run -c Release --project tests/NewsApi.Benchmarks -- --filter '*' [--bbc PATH] [--seeds PATH] [BenchmarkDotNet options]
// Reports go to $TMPDIR/newsapi-benchmarks/results unless --artifacts PATH is given.
// --bbc: folder of BBC dev *.jsonl (e.g. ../shared/eval/bbc/dev); without it the BBC cases are skipped.
// --seeds: folder holding the seed article; by default found by walking up from the current directory.
// Both travel as environment variables because BenchmarkDotNet runs every benchmark in a child process.
// Plain modes without BenchmarkDotNet: `dump OUT --bbc DIR --cnndm FILE` and `loop N [--all] [--stages]` (AnalysisCheck).
if (AnalysisCheck.TryRun(args, out var exitCode))
{
    return exitCode;
}

var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "--bbc" or "--seeds" && i + 1 < args.Length)
    {
        var variable = args[i] == "--bbc" ? Corpus.BbcVariable : Corpus.SeedsVariable;
        Environment.SetEnvironmentVariable(variable, Path.GetFullPath(args[++i]));
    }
    else
    {
        rest.Add(args[i]);
    }
}

if (Environment.GetEnvironmentVariable(Corpus.SeedsVariable) is null or "")
{
    // Resolve the seeds folder here, where the current directory is the caller's, and hand it down.
    Environment.SetEnvironmentVariable(Corpus.SeedsVariable, Path.GetDirectoryName(Corpus.SeedPath()));
}

// BenchmarkDotNet writes its reports to ./BenchmarkDotNet.Artifacts by default, inside the work tree: keep them out.
if (!rest.Contains("--artifacts"))
{
    rest.AddRange(["--artifacts", Path.Combine(Path.GetTempPath(), "newsapi-benchmarks")]);
}

BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run([.. rest]);
return 0;
