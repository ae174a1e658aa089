namespace NewsApi.Analysis.Summarization;

/// <summary>The available rankers by key, and the default one (chosen by measurement; see README "Quality — summaries").</summary>
public sealed class RankerRegistry
{
    /// <summary>
    /// Key of the default algorithm, chosen by measurement (<c>dotnet run -c Release --project tests/NewsApi.Eval --
    /// summaries --data ...</c>): "news" is PageRank centrality over the cosine of raw term counts (function words
    /// dropped, reporting words kept, no stemming) with the selector's length-aware lead rule
    /// (<see cref="SelectionPolicy.LeadShare"/>) and news filters. On BBC News dev it has the best ROUGE-1/2/Lsum of
    /// every algorithm (0.878/0.830/0.876; "textrank" 0.822/0.762/0.819), and on CNN/DailyMail it matches Lead-3
    /// (0.388/0.169/0.354) where plain TextRank falls to 0.319/0.136/0.288. Position comes from the selector, which
    /// knows the summary length, and centrality from the ranker, which does not: a fixed lead bonus in the ranker
    /// cost 0.5–0.7 ROUGE-2 points on BBC.
    /// </summary>
    public const string DefaultKey = "news";

    private readonly Dictionary<string, ISentenceRanker> _byKey;

    public RankerRegistry(IEnumerable<ISentenceRanker> rankers, string defaultKey)
    {
        ArgumentNullException.ThrowIfNull(rankers);
        _byKey = rankers.ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
        if (!_byKey.TryGetValue(defaultKey, out var def))
        {
            throw new ArgumentException($"Unknown default ranker '{defaultKey}'.", nameof(defaultKey));
        }

        Default = def;
    }

    public ISentenceRanker Default { get; }

    public IReadOnlyCollection<ISentenceRanker> All => _byKey.Values;

    public IEnumerable<string> Keys => _byKey.Keys.Order(StringComparer.Ordinal);

    public bool TryGet(string? key, out ISentenceRanker ranker)
    {
        if (string.IsNullOrEmpty(key))
        {
            ranker = Default;
            return true;
        }

        return _byKey.TryGetValue(key, out ranker!);
    }

    public static RankerRegistry CreateDefault() => new(
        [new LeadRanker(), new TextRankRanker(), new LexRankRanker(), new NewsRanker(), new PacSumRanker()],
        DefaultKey);
}
