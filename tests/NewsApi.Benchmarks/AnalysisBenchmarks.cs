using BenchmarkDotNet.Attributes;
using NewsApi.Analysis;
using NewsApi.Analysis.Text;

namespace NewsApi.Benchmarks;

/// <summary>The full analysis (sentences, every ranker, every fact) per article: the seed and real BBC articles.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Article _article = null!;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "seed";

    public static IEnumerable<string> Cases() => ["seed", .. Corpus.BbcCaseNames()];

    [GlobalSetup]
    public void Setup() => _article = Case == "seed" ? Corpus.Seed : Corpus.BbcCase(Case);

    [Benchmark(Baseline = true, Description = "Baseline: word-count scan")]
    public int ScanWords() => Shared.CountWords(_article.Body);

    [Benchmark(Description = "TextDocument.Parse")]
    public TextDocument Parse() => TextDocument.Parse(_article.Body);

    [Benchmark(Description = "Full analysis")]
    public ArticleAnalysis FullAnalysis() =>
        Shared.Analyzer.Analyze(new ArticleInput(_article.Title, Shared.Fresh(_article.Body), _article.PublishedAt));

    /// <summary>What POST /api/analyze runs: the requested (here the default) summariser only, and every fact.</summary>
    [Benchmark(Description = "Analysis, default ranker only")]
    public ArticleAnalysis DefaultRankerAnalysis() =>
        Shared.Analyzer.Analyze(new ArticleInput(_article.Title, Shared.Fresh(_article.Body), _article.PublishedAt), [Shared.Analyzer.Rankers.Default]);
}
