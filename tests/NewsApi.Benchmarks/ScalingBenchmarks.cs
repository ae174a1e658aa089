using BenchmarkDotNet.Attributes;
using NewsApi.Analysis;
using NewsApi.Analysis.Text;

namespace NewsApi.Benchmarks;

/// <summary>Cost against length: 1, 5, 20 and 50 KB bodies of real news text (see <see cref="Corpus.Sized"/>).</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private string _body = "";

    [Params(1, 5, 20, 50)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup() => _body = Corpus.Sized(Kilobytes);

    [Benchmark(Baseline = true, Description = "Baseline: word-count scan")]
    public int ScanWords() => Shared.CountWords(_body);

    [Benchmark(Description = "TextDocument.Parse")]
    public TextDocument Parse() => TextDocument.Parse(_body);

    [Benchmark(Description = "Full analysis")]
    public ArticleAnalysis FullAnalysis() =>
        Shared.Analyzer.Analyze(new ArticleInput(null, Shared.Fresh(_body), Corpus.SeedPublishedAt));
}
