namespace NewsApi.Ingestion;

public enum IngestStatus
{
    Created,
    Updated,
    Duplicate,
    NotFound,
}

/// <summary>What happened to a write: the id is the stored article's, or for a duplicate the existing one's.</summary>
public sealed record IngestOutcome(IngestStatus Status, long Id)
{
    public static IngestOutcome NotFound(long id) => new(IngestStatus.NotFound, id);
}
