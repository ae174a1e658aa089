namespace NewsApi.Ingestion;

public enum IngestStatus
{
    Created,
    Updated,
    Duplicate,
    NotFound,
}

/// <summary>
/// What happened to a write: the id is the stored article's, or for a duplicate the existing one's. A created or
/// updated article comes with its article view (the JSON body of GET /api/articles/{id}), rendered in the write.
/// </summary>
public sealed record IngestOutcome(IngestStatus Status, long Id, byte[]? Article = null)
{
    public static IngestOutcome NotFound(long id) => new(IngestStatus.NotFound, id);
}
