using System.Collections.Concurrent;
using System.Globalization;

namespace NewsApi.Data;

/// <summary>
/// What cached reads are keyed by, so that an answer computed before a write is never served after it, while answers
/// the write cannot have changed survive it:
/// <list type="bullet">
/// <item><see cref="Value"/> moves with every write: lists, counts and aggregates are keyed by it.</item>
/// <item>An answer about one article (GET /api/articles/{id} and its facts, summary and sentences) depends on that
/// article's own writes only (a stored party keeps its first name and type), so it is keyed by
/// <see cref="ArticleKey"/>: moved by this process's writes to that article, and for every article at once when
/// another process writes (the watcher cannot tell which articles a bulk import or another instance changed).</item>
/// </list>
/// </summary>
public sealed class StoreVersion
{
    // Beyond this many unseen commits the watcher does not look them up one by one: another process wrote anyway.
    private const long MaxGap = 100_000;

    private readonly ConcurrentDictionary<long, long> _articles = new();
    private readonly ConcurrentDictionary<long, byte> _own = new();
    private long _value;
    private long _epoch;

    public long Value => Interlocked.Read(ref _value);

    /// <summary>Moves when writes cannot be attributed article by article.</summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    /// <summary>The key of the answers about one article.</summary>
    public string ArticleKey(long id) =>
        string.Create(CultureInfo.InvariantCulture, $"{Epoch}.{_articles.GetValueOrDefault(id)}");

    /// <summary>
    /// This process committed a write: <paramref name="counter"/> is the change counter it produced, and
    /// <paramref name="changedArticles"/> the stored articles it replaced, re-analysed or deleted (a new article changes
    /// lists only: nothing about its id was cached).
    /// </summary>
    public void Committed(long counter, IEnumerable<long> changedArticles)
    {
        foreach (var id in changedArticles)
        {
            _articles.AddOrUpdate(id, 1, (_, v) => v + 1);
        }

        _own.TryAdd(counter, 0);
        Interlocked.Increment(ref _value);
    }

    /// <summary>
    /// The watcher saw the change counter move from <paramref name="seen"/> to <paramref name="current"/>. Every value
    /// in between that this process did not commit is another process's write, which may have changed any article.
    /// Returns true when there was one (and every key moved).
    /// </summary>
    public bool Observe(long seen, long current)
    {
        var foreign = current < seen || current - seen > MaxGap;
        for (var v = seen + 1; !foreign && v <= current; v++)
        {
            foreign = !_own.TryRemove(v, out _);
        }

        foreach (var stale in _own.Keys.Where(k => k <= current))
        {
            _own.TryRemove(stale, out _);
        }

        if (foreign)
        {
            Invalidate();
        }

        return foreign;
    }

    /// <summary>Moves every key: anything may have changed.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _epoch);
        Interlocked.Increment(ref _value);
        _articles.Clear();
    }
}
