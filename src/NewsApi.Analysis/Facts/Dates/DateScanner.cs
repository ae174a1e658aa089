using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>A date over lexemes FirstLex..LastLex (inclusive). <see cref="Value"/> is null when it needs an anchor that is missing.</summary>
internal sealed record DateMatch(int FirstLex, int LastLex, string? Value, string Granularity, bool Relative, bool UsedAnchor)
{
    public string? AlternativeValue { get; init; }

    public string? EndValue { get; init; }

    /// <summary>A comparison date derived from another one ("a year earlier", "the year-ago quarter"); never a reporting period itself.</summary>
    public bool Derived { get; init; }

    /// <summary>A time of day (or a time range) with no date written: it may take a following date ("3pm today").</summary>
    public bool ClockOnly { get; init; }

    /// <summary>The part of day written with the date ("MO" for "Friday morning"): it sets the half of the day of a time after it.</summary>
    public string? DayPart { get; init; }

    /// <summary>A time read without am/pm or a part of day ("7", "9:30"): a following "last night" may move it to the evening.</summary>
    public bool NoMeridiem { get; init; }

    /// <summary>The length a range is written as ("the last 3 months" → P3M): TIMEX3 marks it as a DURATION.</summary>
    public string? Length { get; init; }
}

/// <summary>
/// Finds calendar expressions over the lexemes and resolves them against the publication date.
/// Each position tries a fixed set of patterns that look a bounded number of lexemes ahead: linear in the text. This file
/// holds the driver (which pattern is tried where, how a match is extended) and the lexeme helpers; each kind of
/// expression has its own file (DateScanner.*.cs).
/// </summary>
internal sealed partial class DateScanner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly string _text;
    private readonly Lex[] _lx;
    private readonly DateOnly? _anchor;

    private DateScanner(string text, Lex[] lexes, DateOnly? anchor)
    {
        _text = text;
        _lx = lexes;
        _anchor = anchor;
    }

    public static List<DateMatch> Scan(string text, Lex[] lexes, DateOnly? anchor)
    {
        var scanner = new DateScanner(text, lexes, anchor);
        var result = new List<DateMatch>();
        var i = 0;
        while (i < lexes.Length)
        {
            var m = scanner.TryAt(i);
            if (m is not null)
            {
                m = scanner.Extend(m);

                // "Profit rose in the third quarter from $5m a year earlier": the year-ago date takes the quarter it compares with.
                if (m is { Granularity: DateGranularities.Year, Relative: true } && scanner.IsYearAgo(m) && scanner._lastQuarter is { } q
                    && m.FirstLex - scanner._lastQuarterLex <= YearAgoQuarterReach && int.TryParse(q.AsSpan(0, 4), NumberStyles.None, Inv, out var qYear))
                {
                    m = m with { Value = (qYear - 1).ToString("0000", Inv) + q[4..], Granularity = DateGranularities.Quarter, Derived = true };
                }
                else if (m is { Granularity: DateGranularities.Quarter, Derived: false, Value: { Length: 7 } quarter } && quarter[5] == 'Q'
                    && string.CompareOrdinal(quarter, scanner.LastCompletedQuarter() ?? "9999") <= 0)
                {
                    // The story's reporting quarter is the latest completed one it names: an earlier quarter mentioned for
                    // contrast ("after a flat second quarter") does not replace it.
                    if (scanner._lastQuarter is not { } reporting || string.CompareOrdinal(quarter, reporting) > 0)
                    {
                        scanner._lastQuarter = quarter;
                    }

                    scanner._lastQuarterLex = m.LastLex;
                }
                else if (m is { Granularity: DateGranularities.Quarter, Derived: true } && m.Value == scanner._lastQuarter)
                {
                    // "the quarter", "the latest period", "that quarter" talk about the reporting quarter again: a year-ago
                    // phrase after them still compares with it, however far back the quarter was named.
                    scanner._lastQuarterLex = m.LastLex;
                }

                m = scanner.ListedSetDay(m, result.Count > 0 ? result[^1] : null);
                scanner.Remember(m);
                result.Add(m);
                i = m.LastLex + 1;
            }
            else
            {
                i++;
            }
        }

        return result;
    }

    /// <summary>"every Monday and Wednesday", "on Mondays, Tuesdays or Fridays": a weekday listed after a recurring weekday recurs too.</summary>
    private DateMatch ListedSetDay(DateMatch m, DateMatch? previous)
    {
        if (previous is not { Granularity: DateGranularities.Set, Value: { Length: 10 } pv } || !pv.StartsWith("XXXX-WXX-", StringComparison.Ordinal)
            || m.FirstLex != m.LastLex || WeekdayOf(m.FirstLex) is not { } dow || W(m.FirstLex - 1) is not ("and" or "or" or ",")
            || m.FirstLex - 1 != previous.LastLex + 1 && !(W(m.FirstLex - 1) == "and" && W(m.FirstLex - 2) == "," && m.FirstLex - 2 == previous.LastLex + 1))
        {
            return m;
        }

        return new DateMatch(m.FirstLex, m.LastLex, "XXXX-WXX-" + IsoDay(dow).ToString(Inv), DateGranularities.Set, false, false);
    }

    private bool IsYearAgo(DateMatch m) => W(m.LastLex) is "ago" or "earlier" && W(m.LastLex - 1) == "year" && W(m.LastLex - 2) is "a" or "one";

    private string W(int i) => i >= 0 && i < _lx.Length ? _lx[i].Lower : "";

    private bool IsWord(int i) => i >= 0 && i < _lx.Length && _lx[i].Kind == LexKind.Word;

    private bool IsNumber(int i) => i >= 0 && i < _lx.Length && _lx[i].Kind == LexKind.Number;

    private bool Glued(int a, int b) => a >= 0 && b < _lx.Length && _lx[a].End == _lx[b].Start;

    private bool IsCapitalized(int i) => char.IsUpper(_text[_lx[i].Start]);

    /// <summary>Composes a match with what follows it: a date with its time, a time with its date, a date with the end of its range.</summary>
    private DateMatch Extend(DateMatch m)
    {
        if (m.ClockOnly)
        {
            return ForHours(RecurringTime(AttachDate(m)));
        }

        return ForHours(ExtendRange(AttachTime(WithTrailingWeekday(m))));
    }

    /// <summary>"Jan 3rd, Tuesday", "3 May (Friday)": the weekday written after a day it names is part of it.</summary>
    private DateMatch WithTrailingWeekday(DateMatch m)
    {
        if (m is not { Granularity: DateGranularities.Day, Value: { Length: 10 } v } || !DateOnly.TryParseExact(v, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var d))
        {
            return m;
        }

        var k = m.LastLex + 1;
        if (W(k) is "," or "(" && WeekdayOf(k + 1) == d.DayOfWeek && IsCapitalized(k + 1))
        {
            var last = W(k) == "(" ? (W(k + 2) == ")" ? k + 2 : -1) : k + 1;
            return last < 0 ? m : m with { LastLex = last };
        }

        return m;
    }

    /// <summary>How deep patterns may nest ("3 days after next Friday" reads a date inside a date): keeps the work per position constant.</summary>
    private const int MaxDepth = 4;

    private int _depth;

    private DateMatch? TryAt(int i)
    {
        if (_depth >= MaxDepth)
        {
            return null;
        }

        _depth++;
        try
        {
            return TryAtCore(i);
        }
        finally
        {
            _depth--;
        }
    }

    private DateMatch? TryCore(int i)
    {
        if (_depth >= MaxDepth)
        {
            return null;
        }

        _depth++;
        try
        {
            return TryCoreInner(i);
        }
        finally
        {
            _depth--;
        }
    }

    private DateMatch? TryAtCore(int i)
    {
        var w = W(i);
        switch (w)
        {
            case "from" or "between":
                return TryFromBetween(i);
            case "every" or "each":
                return TrySet(i);
            case "at" when W(i + 1) == "present":
            case "to" when W(i + 1) == "date":
                return TryReference(i);
            case "for" when i + 1 < _lx.Length:
                return TryHoursFrom(i);
            case "in":
                return TryInTheDayPart(i) ?? TryInOffset(i);
            case "around" when i + 1 < _lx.Length && !IsNumber(i + 1) && TryCore(i + 1) is { } around && Extend(around) is { Granularity: DateGranularities.Time } aroundTime:
                return aroundTime with { FirstLex = i };
            case "before" or "after" or "around" or "circa" or "at" when i + 1 < _lx.Length:
                {
                    var bounded = TryBoundedTime(i);
                    if (bounded is not null || w is "circa" or "at")
                    {
                        return bounded;
                    }

                    break;
                }

            default:
                break;
        }

        // "end of March", "beginning of next year", "end of month" written without the article.
        if (w is "end" or "beginning" or "start" or "middle" && W(i + 1) == "of" && i + 2 < _lx.Length && W(i - 1) != "the")
        {
            if (w == "end" && EndOfDay(i, i + 1) is { } endOfDay)
            {
                return endOfDay;
            }

            if (TryCore(i + 2) is { Granularity: not (DateGranularities.Time or DateGranularities.Duration or DateGranularities.Reference) } inner)
            {
                return inner with { FirstLex = i };
            }

            if (W(i + 2) is "month" or "year" or "week" && !IsWord(i + 3) && _anchor is { } a)
            {
                return W(i + 2) switch
                {
                    "month" => new DateMatch(i, i + 2, Month(a), DateGranularities.Month, true, true),
                    "week" => new DateMatch(i, i + 2, Week(a), DateGranularities.Week, true, true),
                    _ => new DateMatch(i, i + 2, a.Year.ToString("0000", Inv), DateGranularities.Year, true, true),
                };
            }
        }

        // Modifiers kept in the span, as TIMEX3 does: "early September", "mid-1990s", "late last year".
        if (w is "early" or "mid" or "late" or "earlier" or "later")
        {
            var k = W(i + 1) == "-" && Glued(i, i + 1) ? i + 2 : i + 1;
            // "later in the afternoon", "earlier in the year": the part of the day, or the anchor's period, after "in the".
            var core = k >= _lx.Length ? null : W(k) == "in" ? TryInTheDayPart(k) ?? (W(k + 1) == "the" && W(k + 2) is "year" or "month" or "week" ? TheUnit(k + 1, k + 2) : null) : TryCore(k);
            if (core is not null && (w is not ("earlier" or "later") || W(k) is "this" or "last" or "next" or "in"))
            {
                return core with { FirstLex = i };
            }

            return null;
        }

        // "more than 2 weeks before today" is that day, with its comparison; "less than 3 days after tomorrow" the days
        // from tomorrow up to three days after it.
        if (w is "more" or "less" && W(i + 1) == "than" && TryOffsetFromDay(i + 2) is { } offset)
        {
            return w == "less" ? WithinOffset(offset, i) : offset with { FirstLex = i };
        }

        // Approximations of "ago" phrases: "almost four years ago".
        if (w is "almost" or "nearly" or "about" or "some" or "around" or "just" or "roughly" or "only" && IsAgoPhrase(i + 1))
        {
            var core = TryAgo(i + 1);
            return core is null ? null : core with { FirstLex = i };
        }

        // "fifth through ninth of October", "the 3rd to the 12th of September": two days of one month without "from", as with it.
        if ((w == "the" || (KindsOf(w) & WordKinds.Ordinal) != 0 || w is "twenty" or "thirty") && TrySharedMonthDays(i, i, between: false) is { } days)
        {
            return days;
        }

        return TryCore(i) ?? TryCountedDayPart(i);
    }

    private DateMatch? TryCoreInner(int i)
    {
        var l = _lx[i];
        var w = l.Lower;
        if (l.Kind == LexKind.Number)
        {
            return TryLength(i) ?? TryCountFirstPeriodCode(i) ?? TryYearPossessivePeriod(i) ?? TryGluedMonthDate(i) ?? TryWeekOf(i, i) ?? TryCentury(i, i) ?? TryIso(i) ?? TryNumericSlash(i) ?? TryMonthSlashYear(i) ?? TryDottedDate(i) ?? TryMonthSlashDay(i) ?? TryDayMonth(i) ?? TryOrdinalOfMonth(i, i) ?? TryNthWeekdayOf(i, i) ?? TryTime(i) ?? TryOffsetFromDay(i) ?? TryAgo(i)
                ?? (W(i - 1) == "on" ? TryBareDayOfMonth(i, i) : null) ?? TryQuarter(i, i) ?? TryDecade(i, i) ?? TryYear(i, i);
        }

        if (l.Kind != LexKind.Word)
        {
            // "'80s", "the late '90s"
            return w == "'" ? TwoDigitDecade(i, i) : null;
        }

        var kinds = KindsOf(w);
        if ((kinds & WordKinds.HolidayStart) != 0 && TryHoliday(i, i, 0) is { } holiday)
        {
            return holiday;
        }

        if ((kinds & (WordKinds.Month | WordKinds.MonthAbbreviation)) != 0)
        {
            return TryGluedMonthDate(i) ?? TryMonthFirst(i);
        }

        if ((kinds & WordKinds.Weekday) != 0 || ((kinds & WordKinds.WeekdayAbbreviation) != 0 && WeekdayOf(i) is not null))
        {
            return TryWeekday(i, i, 0);
        }

        switch (w)
        {
            case "today":
            case "tonight" or "tonite":
                return DeicticDay(i, i, 0);
            case "yesterday":
                return DeicticDay(i, i, -1);
            case "tomorrow":
                return DeicticDay(i, i, 1);
            case "this" or "last" or "next" or "past" or "coming" or "previous" when W(i + 1) == "easter":
                return TryEaster(i, i + 1, W(i) is "last" or "past" or "previous" ? -1 : W(i) is "next" or "coming" ? 1 : 0);
            case "following" when W(i + 1) == "easter":
                return TryEaster(i, i + 1, 1);
            case "this" or "last" or "next" or "past" or "coming" or "previous" when Holidays.ByFirstWord.ContainsKey(W(i + 1)) && TryHoliday(i, i + 1, W(i) is "last" or "past" or "previous" ? -1 : W(i) is "next" or "coming" ? 1 : 0) is { } relativeHoliday:
                return relativeHoliday;
            case "this" or "last" or "next" or "past" or "coming" or "previous":
                return TryLength(i) ?? TryRelativeUnit(i);
            case "upcoming" or "following" when TryLength(i) is { } length:
                return length;
            case "following" when DateWords.Weekdays.ContainsKey(W(i + 1)):
                return TryWeekday(i, i + 1, 1);
            case "upcoming":
                // "upcoming" is a word of the "next" class, as "coming" is, and composes with every unit "next" does
                // ("upcoming Friday", "upcoming week"). Not "following" without its article: in news it is mostly a
                // preposition ("following December's tsunami").
                return TryRelativeUnit(i);
            case "the":
                return TryThe(i);
            case "that" when W(i + 1) is "year" or "quarter" or "month" or "week" or "weekend":
                return TryAnaphoric(i);
            case "now" or "right" or "these" or "currently" or "current" or "nowadays" or "recently" or "lately" or "recent":
                return TryReference(i);
            case "year" or "month" or "quarter" when W(i + 1) == "to" && W(i + 2) == "date":
                return PeriodToDate(i);
            case "year":
                return IsYearNumber(i + 1) && W(i - 1) != "fiscal" ? TryYear(i, i + 1) : TryYearEnd(i) ?? TryYearAgoAdjective(i, i);
            case "fiscal":
                if (IsYearNumber(i + 1))
                {
                    return TryYear(i, i + 1);
                }

                return null;
            case "q" when IsNumber(i + 1) && Glued(i, i + 1) && W(i + 1) is "1" or "2" or "3" or "4":
            case "h" when IsNumber(i + 1) && Glued(i, i + 1) && W(i + 1) is "1" or "2":
                return TryQuarterCode(i);
            case "a" or "an":
                return TryOffsetFromDay(i) ?? TryAgo(i);
            case "noon" or "midday" or "midnight" or "noonish" or "noontime" or "half" or "quarter":
                return TryTime(i);
            case "week":
                return TryWeekNumber(i);
            case "eod":
                return Eod(i, i);
            case "rest" or "remainder" or "remaining":
                return TryRestOf(i);
            case "day":
                return TryDayAfterTomorrow(i, i);
            case "once" or "twice" when W(i + 1) is "a" or "an" or "per":
                return TryOnceA(i);
            case "daily" or "everyday" or "weekly" or "biweekly" or "fortnightly" or "monthly" or "bimonthly" or "quarterly" or "yearly" or "annually" or "hourly" or "bi" or "semi":
                return TrySetAdverb(i);
            default:
                break;
        }

        return TryOtherWord(i, w, kinds);
    }

    /// <summary>The words the switch above leaves: seasons, decade words, Easter, ordinals, quarters, cardinals, plural weekdays.</summary>
    private DateMatch? TryOtherWord(int i, string w, WordKinds kinds)
    {
        if ((kinds & WordKinds.Season) != 0)
        {
            return TrySeasonYear(i, i);
        }

        // "the late eighties", "the mid-nineties": the modifier's decade (a bare one needs its article, read by TryThe).
        if (W(i - 1) is "early" or "mid" or "late" or "-" && DecadeWord(i, i) is { } decade)
        {
            return decade;
        }

        if (w == "easter" && (IsCapitalized(i) || W(i - 1) is "on" or "at" || IsYearNumber(i + 1)))
        {
            return TryEaster(i, i, 0);
        }

        if ((kinds & WordKinds.Ordinal) != 0 || w is "twenty" or "thirty")
        {
            var ordinal = TryOrdinalOfMonth(i, i) ?? TryWeekOf(i, i) ?? TryNthWeekdayOf(i, i) ?? TryCentury(i, i);
            if (ordinal is not null)
            {
                return ordinal;
            }
        }

        if ((kinds & WordKinds.QuarterOrdinal) != 0 || w is "first" or "second")
        {
            return TryQuarter(i, i);
        }

        if ((kinds & WordKinds.Cardinal) != 0)
        {
            return TryLength(i) ?? TryTime(i) ?? TryOffsetFromDay(i) ?? TryAgo(i) ?? TryWrittenYear(i) ?? TryWrittenDayMonthYear(i);
        }

        return TryWeekdayPlural(i);
    }

    /// <summary>"the year to date", "month to date": the anchor's period so far.</summary>
    private DateMatch? PeriodToDate(int i)
    {
        if (_anchor is not { } a)
        {
            return null;
        }

        return W(i) switch
        {
            "year" => new DateMatch(i, i + 2, a.Year.ToString("0000", Inv), DateGranularities.Year, true, true),
            "month" => new DateMatch(i, i + 2, Month(a), DateGranularities.Month, true, true),
            _ => new DateMatch(i, i + 2, a.Year.ToString("0000", Inv) + "-Q" + ((a.Month + 2) / 3).ToString(Inv), DateGranularities.Quarter, true, true),
        };
    }

    private int YearOf(int i) => int.Parse(_lx[i].Lower, Inv);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", Inv);

    private static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return ISOWeek.GetYear(dt).ToString("0000", Inv) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("00", Inv);
    }
}
