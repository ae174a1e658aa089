using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsApi.Analysis;
using NewsApi.Analysis.Summarization;

namespace NewsApi.Benchmarks;

/// <summary>
/// Two plain modes beside BenchmarkDotNet, for work on the analysis's speed:
/// <c>dump OUT [--bbc DIR] [--cnndm FILE] [--per-file N]</c> writes the full analysis (every token, sentence,
/// ranker score, summary and fact with offsets) of the seed and of eval articles as JSON lines, so two builds'
/// outputs can be compared byte for byte (write OUT outside the repo: the eval texts must not land in it);
/// <c>loop N [--all]</c> analyses the seed N times after a warm-up and prints the time and the per-stage split,
/// so two builds can be timed against each other as whole processes.
/// </summary>
public static class AnalysisCheck
{
    private static readonly JsonSerializerOptions Json = new()
    {
        IncludeFields = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length < 2 || args[0] is not ("dump" or "loop"))
        {
            return false;
        }

        exitCode = args[0] == "dump" ? Dump(args) : Loop(args);
        return true;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int Dump(string[] args)
    {
        var outDir = args[1];
        Directory.CreateDirectory(outDir);
        var perFile = int.Parse(Option(args, "--per-file") ?? "75", CultureInfo.InvariantCulture);
        var analyzer = Shared.Analyzer;
        WriteAll(Path.Combine(outDir, "seed.jsonl"), [Corpus.Seed], analyzer);
        if (Option(args, "--bbc") is { } bbc)
        {
            var articles = new List<Article>();
            foreach (var file in Directory.GetFiles(bbc, "*.jsonl").Order(StringComparer.Ordinal))
            {
                articles.AddRange(Corpus.ReadJsonl(file, Corpus.BbcPublishedAt).Take(perFile));
            }

            WriteAll(Path.Combine(outDir, "bbc.jsonl"), articles, analyzer);
        }

        if (Option(args, "--cnndm") is { } cnndm)
        {
            WriteAll(Path.Combine(outDir, "cnndm.jsonl"), Corpus.ReadJsonl(cnndm, new DateOnly(2015, 4, 1)).Take(300).ToList(), analyzer);
        }

        return 0;
    }

    private static void WriteAll(string path, IReadOnlyList<Article> articles, ArticleAnalyzer analyzer)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var article in articles)
        {
            var analysis = analyzer.Analyze(new ArticleInput(article.Title, article.Body, article.PublishedAt));
            var summaries = new SortedDictionary<string, object>(StringComparer.Ordinal);
            foreach (var ranker in analyzer.Rankers.All)
            {
                var scores = analysis.SentenceScores[ranker.Key];
                var scored = analysis.Document.Sentences.Select(s => new ScoredSentence(s.Index, s.Start, s.End, s.Text, scores[s.Index])).ToList();
                summaries[ranker.Key] = new
                {
                    Default = SummarySelector.Select(scored, new SummaryOptions(), ranker.Policy),
                    Diverse = SummarySelector.Select(scored, new SummaryOptions { Ratio = 0.3, Diversity = 0.5 }, ranker.Policy),
                };
            }

            // The default ranker alone (what POST /api/analyze runs) must give the same scores as within the full run.
            var single = analyzer.Analyze(new ArticleInput(article.Title, article.Body, article.PublishedAt), [analyzer.Rankers.Default]);
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                analysis.Document,
                Scores = new SortedDictionary<string, double[]>(analysis.SentenceScores.ToDictionary(), StringComparer.Ordinal),
                analysis.Facts,
                analysis.WordCount,
                analysis.Dateline,
                Summaries = summaries,
                SingleScores = single.SentenceScores[analyzer.Rankers.Default.Key],
                SingleFacts = single.Facts,
            }, Json));
        }
    }

    private static int Loop(string[] args)
    {
        var n = int.Parse(args[1], CultureInfo.InvariantCulture);
        var analyzer = Shared.Analyzer;
        IReadOnlyCollection<ISentenceRanker> rankers = args.Contains("--all") ? analyzer.Rankers.All : [analyzer.Rankers.Default];
        var seed = Corpus.Seed;
        var warmUp = Math.Min(n, 1000);
        for (var i = 0; i < warmUp; i++)
        {
            analyzer.Analyze(new ArticleInput(seed.Title, Shared.Fresh(seed.Body), seed.PublishedAt), rankers);
        }

        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AnalysisTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var stage = tags[0].Value as string ?? "?";
            stages[stage] = stages.GetValueOrDefault(stage) + value;
        });
        if (args.Contains("--stages"))
        {
            listener.Start();
        }

        using var allocations = args.Contains("--allocs") ? new AllocationSampler() : null;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++)
        {
            analyzer.Analyze(new ArticleInput(seed.Title, Shared.Fresh(seed.Body), seed.PublishedAt), rankers);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n} analyses: {elapsed.TotalMilliseconds / n * 1000:F1} us wall, {cpu.TotalMilliseconds / n * 1000:F1} us cpu, {allocated / n} bytes allocated each"));
        foreach (var (stage, seconds) in stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-10} {seconds / n * 1e6,8:F1} us"));
        }

        if (allocations is not null)
        {
            foreach (var (type, bytes) in allocations.Top(40))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / n,8} B  {type}"));
            }
        }

        return 0;
    }

    /// <summary>The runtime's sampled allocation events (one per ~100 KB), summed by type: a cheap allocation profile.</summary>
    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

        public List<(string Type, long Bytes)> Top(int count)
        {
            lock (_bytes)
            {
                return _bytes.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value)).ToList();
            }
        }

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
            {
                return;
            }

            var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
