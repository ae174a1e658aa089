using BenchmarkDotNet.Attributes;
using NewsApi.Analysis.Summarization;
using NewsApi.Analysis.Text;

namespace NewsApi.Benchmarks;

/// <summary>
/// The graph rankers on long documents: allocated bytes per call must grow linearly with the sentence count
/// (a dense similarity matrix over all 2,000 sentences alone would be 2,000² × 8 B = 32 MB).
/// </summary>
[MemoryDiagnoser]
public class GraphMemoryBenchmarks
{
    private string _text = "";

    [Params(250, 500, 2000)]
    public int Sentences { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Corpus.ManySentences(Sentences);

    [Benchmark(Baseline = true, Description = "Baseline: word-count scan")]
    public int ScanWords() => Shared.CountWords(_text);

    /// <summary>Subtract from the ranker rows: each parses a fresh document, since rankers memoise per document.</summary>
    [Benchmark(Description = "TextDocument.Parse")]
    public TextDocument Parse() => TextDocument.Parse(_text);

    [Benchmark(Description = "Parse + ranker textrank")]
    public double[] TextRank() => Shared.Ranker("textrank").Rank(TextDocument.Parse(_text), null);

    [Benchmark(Description = "Parse + ranker lexrank")]
    public double[] LexRank() => Shared.Ranker("lexrank").Rank(TextDocument.Parse(_text), null);

    [Benchmark(Description = "Parse + ranker news")]
    public double[] News() => Shared.Ranker("news").Rank(TextDocument.Parse(_text), null);

    [Benchmark(Description = "Parse + ranker pacsum")]
    public double[] PacSum() => Shared.Ranker("pacsum").Rank(TextDocument.Parse(_text), null);
}
