namespace NewsApi.Analysis.Facts;

public enum PartyType
{
    Person,
    Organization,
    Place,
}

/// <summary>One mention of a party in the text; <see cref="Text"/> equals <c>body[Start..End]</c>.</summary>
public sealed record PartyMention(int Start, int End, string Text, int SentenceIndex);

/// <summary>
/// A real-world party (person, organisation, place) with all of its mentions in one text.
/// <see cref="Key"/> is a stable, lower-case identity ("person:barack-obama") used to merge the same party across articles.
/// </summary>
public sealed record Party(
    string Key,
    string Name,
    PartyType Type,
    IReadOnlyList<string> Aliases,
    string? Role,
    IReadOnlyList<PartyMention> Mentions)
{
    /// <summary>The country a role belongs to ("Russian President" → "Russia"), when known.</summary>
    public string? RoleCountry { get; init; }

    /// <summary>0..1: how central the party is to the text (mentions, position in title and lead).</summary>
    public double Salience { get; init; }

    public int MentionCount => Mentions.Count;
}
