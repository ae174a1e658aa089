using BenchmarkDotNet.Attributes;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Summarization;
using NewsApi.Analysis.Text;

namespace NewsApi.Benchmarks;

/// <summary>
/// Each stage of the analysis alone, on the seed article, to find where the time goes.
/// </summary>
/// <remarks>
/// What the stages share lives in the analysis's contexts (term vectors and graphs in a RankingContext, lexemes and
/// date scans in an ExtractionContext), and each row below makes its own, so no row times another's work. The "cold"
/// rows also parse a fresh copy first: subtract the Parse row for the stage alone.
/// </remarks>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly FigureExtractor _figures = new();
    private readonly DateExtractor _dates = new();
    private readonly PartyExtractor _parties = new();
    private readonly QuoteExtractor _quotes = new();
    private Article _article = null!;
    private TextDocument _document = null!;
    private ExtractionContext _context = null!;
    private IReadOnlyList<Party> _partiesFound = [];

    [GlobalSetup]
    public void Setup()
    {
        _article = Corpus.Seed;
        _document = TextDocument.Parse(_article.Body);
        _context = new ExtractionContext(_document, _article.PublishedAt) { Title = _article.Title };
        _partiesFound = _parties.Extract(_context);
    }

    [Benchmark(Baseline = true, Description = "Baseline: word-count scan")]
    public int ScanWords() => Shared.CountWords(_article.Body);

    [Benchmark(Description = "Split sentences (dateline + splitter)")]
    public int Split() => SentenceSplitter.Split(_article.Body, DatelineDetector.Detect(_article.Body)?.BodyStart ?? 0).Count;

    [Benchmark(Description = "TextDocument.Parse (split + tokenise)")]
    public TextDocument Parse() => TextDocument.Parse(_article.Body);

    [Benchmark(Description = "Parse + ranker lead (cold)")]
    public double[] Lead() => Shared.Ranker("lead").Rank(FreshDocument(), _article.Title);

    [Benchmark(Description = "Parse + ranker textrank (cold)")]
    public double[] TextRank() => Shared.Ranker("textrank").Rank(FreshDocument(), _article.Title);

    [Benchmark(Description = "Parse + ranker lexrank (cold)")]
    public double[] LexRank() => Shared.Ranker("lexrank").Rank(FreshDocument(), _article.Title);

    [Benchmark(Description = "Parse + ranker news (cold)")]
    public double[] News() => Shared.Ranker("news").Rank(FreshDocument(), _article.Title);

    [Benchmark(Description = "Parse + ranker pacsum (cold)")]
    public double[] PacSum() => Shared.Ranker("pacsum").Rank(FreshDocument(), _article.Title);

    /// <summary>Figures with the lexemes already memoised for this text (as for the second extractor in an analysis).</summary>
    [Benchmark(Description = "FigureExtractor (lexemes memoised)")]
    public IReadOnlyList<Figure> Figures() => _figures.Extract(_context);

    /// <summary>
    /// Figures from scratch. The lexeme memo is keyed on the text instance and a document cannot be built around a
    /// new string without parsing it, so this includes a parse: subtract <see cref="Parse"/> for the extractor alone.
    /// </summary>
    [Benchmark(Description = "Parse + FigureExtractor (cold)")]
    public IReadOnlyList<Figure> FiguresCold() => _figures.Extract(FreshContext());

    [Benchmark(Description = "DateExtractor (lexemes memoised)")]
    public IReadOnlyList<DateMention> Dates() => _dates.Extract(_context);

    /// <summary>Dates from scratch, as <see cref="FiguresCold"/>.</summary>
    [Benchmark(Description = "Parse + DateExtractor (cold)")]
    public IReadOnlyList<DateMention> DatesCold() => _dates.Extract(FreshContext());

    [Benchmark(Description = "PartyExtractor")]
    public IReadOnlyList<Party> Parties() => _parties.Extract(_context);

    [Benchmark(Description = "QuoteExtractor")]
    public IReadOnlyList<Quote> Quotes() => _quotes.Extract(_context, _partiesFound);

    private TextDocument FreshDocument() => TextDocument.Parse(Shared.Fresh(_article.Body));

    private ExtractionContext FreshContext() => new(FreshDocument(), _article.PublishedAt) { Title = _article.Title };
}
