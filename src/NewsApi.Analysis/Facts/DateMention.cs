namespace NewsApi.Analysis.Facts;

public static class DateGranularities
{
    public const string Time = "time";
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string Season = "season";
    public const string Year = "year";
    public const string Decade = "decade";
    public const string Century = "century";
    public const string Duration = "duration";

    /// <summary>A recurring time (TIMEX3 SET): "daily" P1D, "weekly" P1W, "every Monday" XXXX-WXX-1, "every Monday at 4pm" XXXX-WXX-1T16:00, "3pm each day" T15:00, "every night" TNI.</summary>
    public const string Set = "set";

    /// <summary>A vague reference to the present, past or future ("now", "recently"): value PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    public const string Reference = "reference";
}

/// <summary>
/// A date found in the text. <see cref="Value"/> is ISO 8601 at the stated granularity: "2013-08-21" (day),
/// "2013-09" (month), "2013" (year), "2013-W36" (week), "2013-Q3" or "2013-H2" (quarter; a half year is "H"),
/// "201" (decade, TIMEX3 style), "2013-09-05T19:00" (time), "P2D" (duration), "2013-W35-WE" (a weekend, granularity
/// "week"). Relative dates ("Thursday", "last week") are resolved against <see cref="Anchor"/>, the publication date.
/// <para>
/// Granularity "time": a clock time on its day ("tomorrow at 5pm" → "2013-09-07T17:00"; a time written without a day is
/// put on the publication day, "7pm" → "2013-09-06T19:00", or on "XXXX-XX-XX" without one), or a part of a day as a
/// TIMEX3 code ("this morning" → "2013-09-06TMO", "last night" → "2013-09-05TNI"; MO, AF, EV, NI). A time range
/// ("5 to 7pm", "Monday from 10am to 12pm") has its start in <see cref="Value"/> and its end in <see cref="EndValue"/>.
/// A weekday with a part of day ("Friday morning") stays a day.
/// </para>
/// <para>
/// Granularity "set", a recurring time (TIMEX3 SET): "P1D" (daily, every day), "P1W" (weekly), "P2D" (every other day),
/// "P3M" (quarterly), "P1WE" (every weekend), "XXXX-WXX-1" (every Monday, Mondays), "XXXX-WXX-1T16:00" (every Monday at
/// 4pm), "XXXX-WXX-5TMO" (Friday mornings), "T15:00" (3pm each day), "TNI" (every night), "XXXX-07" (each July). A set
/// is never relative and has no anchor.
/// </para>
/// <para>
/// Vague references to the present, past or future keep their TIMEX3 values and have the granularity "reference":
/// "PRESENT_REF" ("now", "right now", "currently", "nowadays", "these days"), "PAST_REF" ("recently", "lately",
/// "the past") and "FUTURE_REF" ("the future", "the near future"). They are relative but use no anchor
/// (<see cref="Anchor"/> is null), so they are reported even without a publication date; a client that wants calendar
/// dates only skips granularity "reference".
/// </para>
/// <para>
/// In financial news "the quarter", "the latest quarter" or "the latest period" is the reporting quarter: the last
/// completed quarter named before it, else the last quarter completed at the publication date; "a year earlier" and
/// "the year-ago quarter" are that quarter a year back ("2012-Q2").
/// </para>
/// </summary>
public sealed record DateMention(
    string Text,
    int Start,
    int End,
    int SentenceIndex,
    string Value,
    string Granularity,
    bool Relative)
{
    /// <summary>The reference date a relative expression was resolved against (ISO date), null for absolute dates.</summary>
    public string? Anchor { get; init; }

    /// <summary>The other reading when the expression is ambiguous (e.g. the following rather than the previous Monday).</summary>
    public string? AlternativeValue { get; init; }

    /// <summary>End of a range ("from 5 to 7 September" → 2013-09-07); null for a single date.</summary>
    public string? EndValue { get; init; }

    /// <summary>
    /// The length a range is written as, as a TIMEX3 duration: "the last 3 months" → P3M (its <see cref="Value"/> is the first
    /// day, <see cref="EndValue"/> the last), "the next 4 business days" → P4BD. TIMEX3 marks such an expression as a
    /// DURATION, not a DATE. Null for every other date.
    /// </summary>
    public string? Length { get; init; }

    /// <summary>
    /// The written range this date opens with the date after it, when each end stands alone ("from 1991 to 1997",
    /// "between Jan 2019 and today", "2014 through 2018"): the whole span with its "from"/"between", and the end's value in
    /// <see cref="DateSpan.EndValue"/>. <see cref="Text"/>, <see cref="Start"/> and <see cref="End"/> stay this end alone,
    /// as TIMEX3 marks it; the end is also its own mention. For a period whose first or last days, weeks or months are
    /// written before it ("the last 3 weeks of this year"), the span of that part, with its first day in
    /// <see cref="DateSpan.StartValue"/> and the day after its last in <see cref="DateSpan.EndValue"/>; the period keeps
    /// its own span and value. Null when the date opens no such range.
    /// </summary>
    public DateSpan? Range { get; init; }

    /// <summary>
    /// The bound written with this date ("after 2010", "since August", "no later than January 1, 2010", "2012 or later"):
    /// the span with its signal words and the TIMEX3 mod it implies in <see cref="DateSpan.Mod"/> (BEFORE, AFTER,
    /// ON_OR_AFTER). The date's own span leaves the signal out, as TIMEX3 does. Null when no bound is written.
    /// </summary>
    public DateSpan? Bound { get; init; }
}

/// <summary>A span of text around a date (offsets into the text, end exclusive), with a TIMEX3 mod or a range's end value.</summary>
public sealed record DateSpan(int Start, int End, string Text, string? Mod, string? EndValue)
{
    /// <summary>The range's start when it is not the date's own value: a range from "now" starts on the publication date.</summary>
    public string? StartValue { get; init; }
}
