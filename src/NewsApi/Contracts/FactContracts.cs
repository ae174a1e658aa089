using System.Text.Json.Serialization;

namespace NewsApi.Contracts;

// Offsets everywhere are UTF-16 code-unit indices into the article body, end exclusive: text == body[start..end].

public sealed record FigureFact(
    string Text,
    int Start,
    int End,
    int SentenceIndex,
    double? Value,
    string? Unit,
    string? Qualifier,
    string Kind,
    double? ValueMax,
    string? Currency);

public sealed record DateFact(
    string Text,
    int Start,
    int End,
    int SentenceIndex,
    string Value,
    string Granularity,
    bool Relative,
    string? Anchor,
    string? AlternativeValue,
    string? EndValue);

public sealed record MentionFact(int Start, int End, string Text, int SentenceIndex);

/// <summary>
/// A party in one article. <c>id</c> is the party's id across articles (GET /api/parties/{id}); in
/// POST /api/analyze, which stores nothing, it is a number local to that response.
/// </summary>
public sealed record PartyFact(
    long Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    string? Role,
    string? RoleCountry,
    int MentionCount,
    double Salience,
    IReadOnlyList<MentionFact> Mentions);

public sealed record QuoteFact(
    string Text,
    int Start,
    int End,
    int SentenceIndex,
    string? Speaker,
    long? SpeakerPartyId);

/// <summary>Facts of an article; a list is left out when <c>types</c> did not ask for it.</summary>
public sealed record FactsResponse(
    long? ArticleId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FigureFact>? Figures,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DateFact>? Dates,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PartyFact>? Parties,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<QuoteFact>? Quotes);
