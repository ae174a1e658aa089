using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>Calendar vocabulary, precomputed once.</summary>
internal static class DateWords
{
    /// <summary>Granularity of the TIMEX3 reference values below: a point relative to the present, not a calendar period.</summary>
    public const string Reference = DateGranularities.Reference;

    /// <summary>"now", "currently": the time of writing.</summary>
    public const string PresentRef = "PRESENT_REF";

    /// <summary>"recently", "the past": some time before the time of writing.</summary>
    public const string PastRef = "PAST_REF";

    /// <summary>"the future": some time after the time of writing.</summary>
    public const string FutureRef = "FUTURE_REF";

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
        ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Abbreviations: only taken with a day or year next to them ("Jan" alone is a name).</summary>
    public static readonly FrozenDictionary<string, int> MonthAbbreviations = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> DayParts = new[] { "morning", "afternoon", "evening", "night", "overnight", "lunchtime" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>TIMEX3 season codes.</summary>
    public static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> QuarterOrdinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["final"] = 4, ["last"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that put a weekday or a month-day in the future rather than the past (the modal and its kin).</summary>
    public static readonly FrozenSet<string> FutureCues = new[]
    {
        "will", "shall", "would", "won't", "wouldn't", "upcoming", "forthcoming", "tomorrow", "begins", "starts", "opens", "resumes", "ends",
        "expires", "due", "next", "coming", "schedule",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words in -ed that are not past forms: verbs in -eed and adjectives.</summary>
    public static readonly FrozenSet<string> NotPastInEd = new[]
    {
        "succeed", "proceed", "exceed", "indeed", "speed", "breed", "bleed", "greed", "creed", "hundred", "kindred", "sacred", "naked",
        "wicked", "rugged", "ragged", "wretched", "crooked", "beloved", "preferred", "limited", "based", "related", "fixed", "advanced",
        "detailed", "listed", "skilled",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Past forms that do not end in -ed (those are read by their ending), and other marks of the past.</summary>
    public static readonly FrozenSet<string> PastCues = new[]
    {
        "said", "told", "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "ago", "yesterday", "got", "went", "came", "took",
        "made", "met", "gave", "began", "left", "held", "saw", "found", "sent", "won", "lost", "fell", "rose", "led", "ran", "spoke", "wrote",
        "brought", "bought", "thought", "struck", "kept", "paid", "sold", "fled", "shot", "knew", "became", "stood", "felt", "heard", "meant",
        "broke", "chose", "drove", "flew", "grew", "threw", "wore", "tore", "froze", "hid", "bit", "fought", "caught", "taught", "sought",
        "built", "spent", "lent", "slept", "swept", "wept", "dealt", "sat", "lay", "laid", "overtook", "withdrew", "undertook",
    }.ToFrozenSet(StringComparer.Ordinal);
}
