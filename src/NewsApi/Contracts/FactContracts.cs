using System.ComponentModel;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Contracts;

// Offsets everywhere are UTF-16 code-unit indices into the article body, end exclusive: text == body[start..end].

public sealed record FigureFact(
    string Text,
    int Start,
    int End,
    int SentenceIndex,
    [property: Description("The number (\"1.4 million\" → 1400000; a percentage in percent; a range's lower bound).")] double? Value,
    [property: Description("What is counted or measured: \"people\", \"minutes\", \"km\", \"°C\", \"years\"; the ISO currency for money; null when bare.")] string? Unit,
    [property: Description("Approximation or bound as written: \"about\", \"more than\", \"up to\", \"at least\"; null when exact.")] string? Qualifier,
    [property: Description("count, money, percent, percentage-points, duration, quantity, ordinal or range.")] string Kind,
    [property: Description("Upper bound of a range (\"between 20 and 30\" → 30); null for a single value.")] double? ValueMax,
    [property: Description("ISO 4217 code for money (\"USD\", \"GBP\", \"EUR\"); null otherwise.")] string? Currency);

public sealed record DateFact(
    string Text,
    int Start,
    int End,
    int SentenceIndex,
    [property: Description("ISO 8601 / TIMEX3 value at the granularity: \"2013-08-21\", \"2013-09\", \"2013\", \"2013-W36\", \"2013-Q3\", \"201\" (a decade), \"2013-09-05T19:00\" or \"2013-09-06TMO\" (a time, a part of day), \"XXXX-WXX-1\" or \"P1D\" (a set), \"PRESENT_REF\"/\"PAST_REF\"/\"FUTURE_REF\" (a reference).")] string Value,
    [property: Description("day, week, month, quarter, season, year, decade, century, time, set or reference.")] string Granularity,
    [property: Description("True when resolved against the publication date (\"Thursday\", \"last week\").")] bool Relative,
    [property: Description("The publication date a relative date was resolved against; null for absolute dates.")] string? Anchor,
    [property: Description("The other reading of an ambiguous date (the following rather than the previous Monday); null otherwise.")] string? AlternativeValue,
    [property: Description("End of a range (\"from 5 to 7 September\" → 2013-09-07); null for a single date.")] string? EndValue);

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

public sealed record FactsQuery
{
    public static readonly string[] TypeNames = ["figures", "dates", "parties", "quotes"];

    [Description("Comma-separated subset of figures,dates,parties,quotes (default: all).")]
    [FromQuery(Name = "types")]
    public string? Types { get; init; }

    /// <summary>The requested types, each a name in <see cref="TypeNames"/>; call after validation.</summary>
    public IReadOnlyList<string> TypeList =>
        string.IsNullOrWhiteSpace(Types) ? TypeNames : Types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed record SentencesQuery
{
    [Description("Summariser whose score and rank to report (default: the default summariser).")]
    [FromQuery(Name = "algorithm")]
    public string? Algorithm { get; init; }
}
