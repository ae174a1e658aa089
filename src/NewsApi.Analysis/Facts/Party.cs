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

    /// <summary>
    /// Open identifiers that apply, where a shipped gazetteer identifies the party: "geonames:2643743",
    /// "iso3166:GB" for countries, "ticker:LEA:NYSE" (ticker and exchange) for listed companies. Empty when unknown;
    /// never guessed (a city name shared by another sizeable place gets none).
    /// </summary>
    public IReadOnlyList<string> Identifiers { get; init; } = [];

    /// <summary>WGS84 latitude of a place the gazetteer identifies (GeoNames); null otherwise.</summary>
    public double? Latitude { get; init; }

    /// <summary>WGS84 longitude of a place the gazetteer identifies (GeoNames); null otherwise.</summary>
    public double? Longitude { get; init; }
}
