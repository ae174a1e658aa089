namespace NewsApi.Analysis.Facts;

/// <summary>Kinds of figure. The wire value is the lower-case name.</summary>
public static class FigureKinds
{
    public const string Count = "count";
    public const string Money = "money";
    public const string Percent = "percent";
    public const string PercentagePoints = "percentage-points";
    public const string Duration = "duration";
    public const string Quantity = "quantity";
    /// <summary>Kept for the wire format and stored figures; the extractor no longer reports ordinals (they rank, they do not count).</summary>
    public const string Ordinal = "ordinal";
    public const string Range = "range";
}

/// <summary>
/// A number found in the text. "more than 1,400 people" → Value 1400, Unit "people", Qualifier "more than", Kind count.
/// <see cref="Text"/> equals <c>body[Start..End]</c>.
/// </summary>
public sealed record Figure(
    string Text,
    int Start,
    int End,
    int SentenceIndex,
    double? Value,
    string? Unit,
    string? Qualifier,
    string Kind)
{
    /// <summary>Upper bound of a range ("between 20 and 30" → 30); null when the figure is a single value.</summary>
    public double? ValueMax { get; init; }

    /// <summary>ISO 4217 code for money ("USD", "GBP", "EUR"); null otherwise.</summary>
    public string? Currency { get; init; }
}
