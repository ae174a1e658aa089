namespace NewsApi.Analysis.Summarization;

/// <summary>The available rankers by key, and the default one (chosen by measurement; see README "Quality").</summary>
public sealed class RankerRegistry
{
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

    public static RankerRegistry CreateDefault() => new([new LeadRanker()], "lead");
}
