namespace NewsApi.Contracts;

public sealed record PartyListItem(long Id, string Name, string Type, int ArticleCount, int MentionCount);

public sealed record PartyArticle(long Id, string Title, DateTimeOffset? PublishedAt, string? Role, int MentionCount);

public sealed record PartyResponse(
    long Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    int ArticleCount,
    int MentionCount,
    IReadOnlyList<PartyArticle> Articles);
