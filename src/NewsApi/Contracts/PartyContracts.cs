namespace NewsApi.Contracts;

/// <summary>A party with its counts (within the from/to window when one is given).</summary>
public sealed record PartyListItem(long Id, string Name, string Type, int ArticleCount, int MentionCount)
{
    /// <summary>With a from/to window: articles in the window minus articles in the window of equal length just before it.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? Trend { get; init; }
}

public sealed record PartyArticle(long Id, string Title, DateTimeOffset? PublishedAt, string? Role, int MentionCount);

public sealed record PartyResponse(
    long Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    int ArticleCount,
    int MentionCount,
    IReadOnlyList<PartyArticle> Articles)
{
    /// <summary>Each role and alias the articles gave the party, with when it was first and last seen (publication dates).</summary>
    public IReadOnlyList<NameHistory> RoleHistory { get; init; } = [];

    public IReadOnlyList<NameHistory> AliasHistory { get; init; } = [];
}

/// <summary>A role or alias of a party across articles.</summary>
public sealed record NameHistory(string Value, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen, int ArticleCount);
