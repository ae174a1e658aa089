namespace NewsApi.Data;

/// <summary>
/// A counter that moves whenever stored articles may have changed: the write path bumps it after every commit, and
/// the store watcher (NewsApi.Infrastructure) bumps it when another process (a bulk import, another instance) commits. Cached reads are keyed by it, so
/// a response computed before a write is never served after it.
/// </summary>
public sealed class StoreVersion
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);
}
