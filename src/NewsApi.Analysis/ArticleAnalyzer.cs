using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Summarization;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis;

/// <summary>What to analyse: the body is what offsets point into; the title only informs (e.g. summary relevance).</summary>
public sealed record ArticleInput(string? Title, string Body, DateOnly? PublishedAt);

public sealed record FactSet(
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<Party> Parties,
    IReadOnlyList<Quote> Quotes);

/// <summary>Everything the analysis found in one article.</summary>
public sealed record ArticleAnalysis(
    TextDocument Document,
    IReadOnlyDictionary<string, double[]> SentenceScores,
    FactSet Facts,
    int WordCount,
    string AnalyzerVersion)
{
    public string? Dateline => Document.Dateline?.Place;
}

/// <summary>The whole pipeline: sentences and tokens, then every ranker and every fact extractor. Pure and thread-safe.</summary>
public sealed class ArticleAnalyzer
{
    /// <summary>Bumped whenever the output of the analysis changes, so stored articles can be re-analysed.</summary>
    public const string Version = "11";

    private readonly IFigureExtractor _figures;
    private readonly IDateExtractor _dates;
    private readonly IPartyExtractor _parties;
    private readonly IQuoteExtractor _quotes;

    public ArticleAnalyzer(
        RankerRegistry rankers,
        IFigureExtractor figures,
        IDateExtractor dates,
        IPartyExtractor parties,
        IQuoteExtractor quotes)
    {
        Rankers = rankers;
        _figures = figures;
        _dates = dates;
        _parties = parties;
        _quotes = quotes;
    }

    public RankerRegistry Rankers { get; }

    public static ArticleAnalyzer CreateDefault() => new(
        RankerRegistry.CreateDefault(),
        new FigureExtractor(),
        new DateExtractor(),
        new PartyExtractor(),
        new QuoteExtractor());

    /// <summary>The whole analysis: every ranker's scores (stored articles keep them all) and every fact.</summary>
    public ArticleAnalysis Analyze(ArticleInput input) => Analyze(input, Rankers.All);

    /// <summary>
    /// The analysis with the scores of the given rankers only (e.g. the one a request asked for), so a caller that
    /// shows one summary does not pay for the other summarisers; everything else is the same as <see cref="Analyze(ArticleInput)"/>.
    /// </summary>
    public ArticleAnalysis Analyze(ArticleInput input, IReadOnlyCollection<ISentenceRanker> rankers)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rankers);
        var lap = System.Diagnostics.Stopwatch.GetTimestamp();
        var document = TextDocument.Parse(input.Body);
        lap = AnalysisTelemetry.Lap("parse", lap);
        var scores = new Dictionary<string, double[]>(rankers.Count, StringComparer.Ordinal);
        var ranking = new RankingContext(document, input.Title); // one per analysis: rankers share its term vectors and graphs
        foreach (var ranker in rankers)
        {
            scores[ranker.Key] = ranker.Rank(ranking);
        }

        lap = AnalysisTelemetry.Lap("summaries", lap);
        var context = new ExtractionContext(document, input.PublishedAt) { Title = input.Title };
        var parties = _parties.Extract(context);
        lap = AnalysisTelemetry.Lap("parties", lap);

        // Figures run after parties: a number inside a party's span is part of a name, not a figure.
        var figures = _figures.Extract(context with { Parties = parties });
        lap = AnalysisTelemetry.Lap("figures", lap);
        var dates = _dates.Extract(context);
        lap = AnalysisTelemetry.Lap("dates", lap);
        var quotes = _quotes.Extract(context, parties);
        AnalysisTelemetry.Lap("quotes", lap);
        var facts = new FactSet(figures, dates, parties, quotes);
        var words = document.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
        return new ArticleAnalysis(document, scores, facts, words, Version);
    }
}
