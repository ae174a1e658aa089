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
}

/// <summary>
/// Finds calendar expressions over the lexemes and resolves them against the publication date.
/// Each position tries a fixed set of patterns that look a bounded number of lexemes ahead: linear in the text.
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
                    scanner._lastQuarter = quarter;
                    scanner._lastQuarterLex = m.LastLex;
                }

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

        return ForHours(ExtendRange(AttachTime(m)));
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

        // Modifiers kept in the span, as TIMEX3 does: "early September", "mid-1990s", "late last year".
        if (w is "early" or "mid" or "late" or "earlier" or "later")
        {
            var k = W(i + 1) == "-" && Glued(i, i + 1) ? i + 2 : i + 1;
            var core = k >= _lx.Length ? null : W(k) == "in" ? TryInTheDayPart(k) : TryCore(k);
            if (core is not null && (w is not ("earlier" or "later") || W(k) is "this" or "last" or "next" or "in"))
            {
                return core with { FirstLex = i };
            }

            return null;
        }

        // Approximations of "ago" phrases: "almost four years ago".
        if (w is "almost" or "nearly" or "about" or "some" or "around" or "just" or "roughly" or "only" && IsAgoPhrase(i + 1))
        {
            var core = TryAgo(i + 1);
            return core is null ? null : core with { FirstLex = i };
        }

        return TryCore(i);
    }

    private DateMatch? TryCoreInner(int i)
    {
        var l = _lx[i];
        var w = l.Lower;
        if (l.Kind == LexKind.Number)
        {
            return TryGluedMonthDate(i) ?? TryWeekOf(i, i) ?? TryCentury(i) ?? TryIso(i) ?? TryNumericSlash(i) ?? TryDottedDate(i) ?? TryMonthSlashDay(i) ?? TryDayMonth(i) ?? TryOrdinalOfMonth(i, i) ?? TryTime(i) ?? TryOffsetFromDay(i) ?? TryAgo(i)
                ?? (W(i - 1) == "on" ? TryBareDayOfMonth(i, i) : null) ?? TryDecade(i, i) ?? TryYear(i, i);
        }

        if (l.Kind != LexKind.Word)
        {
            return null;
        }

        if (DateWords.Months.ContainsKey(w) || DateWords.MonthAbbreviations.ContainsKey(w))
        {
            return TryGluedMonthDate(i) ?? TryMonthFirst(i);
        }

        if (DateWords.Weekdays.ContainsKey(w) || (WeekdayAbbreviations.ContainsKey(w) && WeekdayOf(i) is not null))
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
            case "this" or "last" or "next" or "past" or "coming" or "previous":
                return TryRelativeUnit(i);
            case "following" when DateWords.Weekdays.ContainsKey(W(i + 1)):
                return TryWeekday(i, i + 1, 1);
            case "the":
                return TryThe(i);
            case "now" or "right" or "these" or "currently" or "nowadays" or "recently" or "lately":
                return TryReference(i);
            case "year":
                return TryYearAgoAdjective(i, i);
            case "fiscal":
                if (IsYearNumber(i + 1))
                {
                    return TryYear(i, i + 1);
                }

                return null;
            case "q" when IsNumber(i + 1) && Glued(i, i + 1) && W(i + 1) is "1" or "2" or "3" or "4":
                return TryQuarterCode(i);
            case "a" or "an":
                return TryOffsetFromDay(i) ?? TryAgo(i);
            case "noon" or "midday" or "midnight" or "noonish" or "noontime" or "half" or "quarter":
                return TryTime(i);
            case "week":
                return TryWeekNumber(i);
            case "day":
                return TryDayAfterTomorrow(i, i);
            case "daily" or "everyday" or "weekly" or "biweekly" or "fortnightly" or "monthly" or "bimonthly" or "quarterly" or "yearly" or "annually" or "hourly" or "bi" or "semi":
                return TrySetAdverb(i);
            default:
                break;
        }

        if (DateWords.Seasons.ContainsKey(w))
        {
            return TrySeasonYear(i, i);
        }

        if (DateWords.Holidays.TryGetValue(w, out var holiday) && (IsCapitalized(i) || W(i - 1) is "on" or "at" || IsYearNumber(i + 1)))
        {
            var last = W(i + 1) is "day" or "eve" ? i + 1 : i;
            var day = W(i + 1) == "eve" ? holiday.Day - 1 : holiday.Day;
            int? year = IsYearNumber(last + 1) ? YearOf(last + 1) : null;
            return MonthDay(i, year is null ? last : last + 1, holiday.Month, day, year);
        }

        if (w == "easter" && (IsCapitalized(i) || W(i - 1) is "on" or "at" || IsYearNumber(i + 1)))
        {
            return TryEaster(i, i, 0);
        }

        if (NumberWords.Ordinals.ContainsKey(w) || w is "twenty" or "thirty")
        {
            var ordinal = TryOrdinalOfMonth(i, i) ?? TryWeekOf(i, i);
            if (ordinal is not null)
            {
                return ordinal;
            }
        }

        if (DateWords.QuarterOrdinals.ContainsKey(w) || w is "first" or "second")
        {
            return TryQuarter(i, i);
        }

        if (NumberWords.Cardinals.ContainsKey(w))
        {
            return TryTime(i) ?? TryOffsetFromDay(i) ?? TryAgo(i) ?? TryWrittenYear(i) ?? TryWrittenDayMonthYear(i);
        }

        return TryWeekdayPlural(i);
    }

    // ---- absolute dates -------------------------------------------------------------------------------------

    /// <summary>"August 21", "Aug. 21, 2013", "September 2013", "September 5-7", "August".</summary>
    private DateMatch? TryMonthFirst(int i)
    {
        var w = W(i);
        var full = DateWords.Months.TryGetValue(w, out var month);
        if (!full)
        {
            month = DateWords.MonthAbbreviations[w];
        }

        // Lower-case month names ("april 2017", "july 4th", chat style) only with a day or year right after them.
        if (!IsCapitalized(i) && !(full && w is not ("may" or "march") && (TryDayNumber(i + 1, out _, out _) || IsYearNumber(i + 1) || DayWordAfterMonth(i + 1, out _, out _))))
        {
            return null;
        }

        var k = i + 1;
        if (W(k) == "." && Glued(i, k) && !full)
        {
            k++;
        }
        else if (!full && w != "sept" && w.Length > 3)
        {
            return null;
        }

        if (TryDayNumber(k, out var day, out var dayLast) || DayWordAfterMonth(k, out day, out dayLast))
        {
            var last = dayLast;

            // "September 5-7" / "September 5 to 7" / "April 9th through seventeenth"
            int? endDay = null;
            if (W(last + 1) is "-" or "\u2013" or "to" or "through" or "till" or "until" && (TryDayNumber(last + 2, out var d2, out var d2Last) || DayWordAfterMonth(last + 2, out d2, out d2Last)) && d2 > day)
            {
                endDay = d2;
                last = d2Last;
            }

            int? year = null;
            var y = W(last + 1) is "," or "of" ? last + 2 : last + 1;
            if (IsYearNumber(y))
            {
                year = YearOf(y);
                last = y;
            }
            else if (y == last + 1 && WrittenYear(y, out var wy, out var wl))
            {
                year = wy;
                last = wl;
            }

            var m = MonthDay(i, last, month, day, year);
            if (m is not null && endDay is not null && m.Value is not null && day <= DateTime.DaysInMonth(2000, month))
            {
                m = m with { EndValue = m.Value[..^2] + endDay.Value.ToString("00", Inv) };
            }

            return m;
        }

        var yk = W(k) is "," or "of" || (W(k) == "-" && Glued(k - 1, k) && Glued(k, k + 1)) ? k + 1 : k;
        if (IsYearNumber(yk))
        {
            return new DateMatch(i, yk, YearOf(yk).ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        // "April of 87": a two-digit year after "of".
        if (W(k) == "of" && IsNumber(k + 1) && _lx[k + 1].Length == 2 && IsPlainDigits(k + 1) && !IsWord(k + 2) && !IsNumber(k + 2) && W(k + 2) is not ("-" or "%" or "/" or ":"))
        {
            var yy = int.Parse(_lx[k + 1].Lower, Inv);
            return new DateMatch(i, k + 1, (yy + (yy <= 30 ? 2000 : 1900)).ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        // "August two thousand and fifteen", "October two thousand"
        if (yk == k && WrittenYear(k, out var writtenYear, out var writtenLast))
        {
            return new DateMatch(i, writtenLast, writtenYear.ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        if (!full)
        {
            return null;
        }

        // A bare month: "May" and "March" are also words, so they need a date-ish neighbour.
        if (w is "may" or "march")
        {
            var prev = W(i - 1);
            if (prev is not ("in" or "since" or "until" or "till" or "by" or "of" or "last" or "next" or "this" or "early" or "late" or "mid" or "-" or "from" or "through" or "during" or "before" or "after"))
            {
                return null;
            }
        }

        if (_anchor is not { } a)
        {
            return new DateMatch(i, i, "XXXX-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        var future = HasFutureCue(i, i);
        var best = ClosestYear(a, month, 15, future);
        return new DateMatch(i, i, best.ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, true);
    }

    /// <summary>"21 August 2013", "21st of August", "5 to 7 September".</summary>
    private DateMatch? TryDayMonth(int i)
    {
        if (!TryDayNumber(i, out var day, out var k) || (i > 0 && CurrencyTable.IsSymbol(W(i - 1))))
        {
            return null;
        }

        int? endDay = null;
        if (W(k + 1) is "-" or "\u2013" or "to" or "and" && TryDayNumber(k + 2, out var d2, out var d2Last) && d2 > day)
        {
            endDay = d2;
            k = d2Last;
        }

        var mi = W(k + 1) == "of" ? k + 2 : k + 1;
        var mw = W(mi);
        if (!(DateWords.Months.TryGetValue(mw, out var month) || DateWords.MonthAbbreviations.TryGetValue(mw, out month))
            || !(IsCapitalized(mi) || (DateWords.Months.ContainsKey(mw) && mw is not ("may" or "march")) || (mi == k + 1 && mw.Length == 3 && mw is not ("mar" or "may" or "jun"))))
        {
            return null;
        }

        var last = mi;
        if (W(last + 1) == "." && Glued(last, last + 1) && !DateWords.Months.ContainsKey(mw))
        {
            last++;
        }

        int? year = null;
        var y = W(last + 1) is "," or "of" ? last + 2 : last + 1;
        if (IsYearNumber(y))
        {
            year = YearOf(y);
            last = y;
        }
        else if (y == last + 1 && WrittenYear(y, out var wy, out var wl))
        {
            year = wy;
            last = wl;
        }

        var m = MonthDay(i, last, month, day, year);
        if (m is not null && endDay is not null && m.Value is not null)
        {
            m = m with { EndValue = m.Value[..^2] + endDay.Value.ToString("00", Inv) };
        }

        return m;
    }

    private DateMatch? MonthDay(int first, int last, int month, int day, int? year)
    {
        if (day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        if (year is { } y)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                return null;
            }

            return new DateMatch(first, last, Day(new DateOnly(y, month, day)), DateGranularities.Day, false, false);
        }

        if (_anchor is not { } a)
        {
            return new DateMatch(first, last, "XXXX-" + month.ToString("00", Inv) + "-" + day.ToString("00", Inv), DateGranularities.Day, false, false);
        }

        var best = ClosestYear(a, month, day, HasFutureCue(first, last));
        if (day > DateTime.DaysInMonth(best, month))
        {
            return null;
        }

        return new DateMatch(first, last, Day(new DateOnly(best, month, day)), DateGranularities.Day, false, true);
    }

    /// <summary>"2013-08-21".</summary>
    private DateMatch? TryIso(int i)
    {
        if (!(_lx[i].Length == 4 && IsPlainDigits(i) && W(i + 1) == "-" && IsNumber(i + 2) && W(i + 3) == "-" && IsNumber(i + 4)
            && Glued(i, i + 1) && Glued(i + 1, i + 2) && Glued(i + 2, i + 3) && Glued(i + 3, i + 4)))
        {
            return null;
        }

        var y = int.Parse(_lx[i].Lower, Inv);
        if (!int.TryParse(_lx[i + 2].Lower, NumberStyles.None, Inv, out var mo) || !int.TryParse(_lx[i + 4].Lower, NumberStyles.None, Inv, out var d)
            || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), mo))
        {
            return null;
        }

        return new DateMatch(i, i + 4, Day(new DateOnly(y, mo, d)), DateGranularities.Day, false, false);
    }

    /// <summary>"5/17/2018", "17/5/2018", "11/02/89": month first when both readings are valid (US wire style).</summary>
    private DateMatch? TryNumericSlash(int i)
    {
        if (!(W(i + 1) == "/" && IsNumber(i + 2) && W(i + 3) == "/" && IsNumber(i + 4) && Glued(i, i + 1) && Glued(i + 1, i + 2) && Glued(i + 2, i + 3) && Glued(i + 3, i + 4)))
        {
            return null;
        }

        if (!int.TryParse(_lx[i].Lower, NumberStyles.None, Inv, out var a) || !int.TryParse(_lx[i + 2].Lower, NumberStyles.None, Inv, out var b)
            || !int.TryParse(_lx[i + 4].Lower, NumberStyles.None, Inv, out var y))
        {
            return null;
        }

        if (_lx[i + 4].Length == 2)
        {
            y += y <= 30 ? 2000 : 1900;
        }
        else if (_lx[i + 4].Length != 4)
        {
            return null;
        }

        var (mo, d) = a is >= 1 and <= 12 ? (a, b) : (b, a);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        return new DateMatch(i, i + 4, Day(new DateOnly(y, mo, d)), DateGranularities.Day, false, false);
    }

    /// <summary>A standalone year: 1900–2100, not "2,013", not "2013 people", not "$2013".</summary>
    private DateMatch? TryYear(int first, int i)
    {
        if (!IsYearNumber(i) || IsYearNumberFollowedByUnit(i))
        {
            return null;
        }

        var y = YearOf(i);
        if (y is < 1900 or > 2100 && first == i && W(i - 1) is not ("in" or "since" or "of" or "by" or "until"))
        {
            return null;
        }

        if (i > 0 && (CurrencyTable.IsSymbol(W(i - 1)) || W(i - 1) is "number" or "no" or "#" or "route" or "flight"))
        {
            return null;
        }

        // "138-2010-2015", "82-2100", "32 - 2015": a phone number or arithmetic, not a year.
        if (W(i - 1) is "-" or "\u2013" && IsNumber(i - 2) && (!IsYearNumber(i - 2) || (W(i - 3) == "-" && IsNumber(i - 4))))
        {
            return null;
        }

        var last = i;

        // "2017 q1", "2019-Q1", "2019-H2"
        var qk = W(i + 1) == "-" && Glued(i, i + 1) ? i + 2 : i + 1;
        if (W(qk) is "q" or "h" && IsNumber(qk + 1) && Glued(qk, qk + 1) && (qk == i + 1 || Glued(i + 1, qk)) && W(qk + 1) is "1" or "2" or "3" or "4"
            && !(W(qk) == "h" && W(qk + 1) is "3" or "4") && !(IsWord(qk + 2) && Glued(qk + 1, qk + 2)))
        {
            return new DateMatch(first, qk + 1, y.ToString("0000", Inv) + "-" + W(qk).ToUpperInvariant() + W(qk + 1), DateGranularities.Quarter, false, false);
        }

        // "1989-90" is the span of two years: the first is the value, the second the end.
        string? end = null;
        if (W(i + 1) == "-" && Glued(i, i + 1) && IsNumber(i + 2) && Glued(i + 1, i + 2) && _lx[i + 2].Length is 2 or 4 && IsPlainDigits(i + 2))
        {
            last = i + 2;
            var e = int.Parse(_lx[i + 2].Lower, Inv) + (_lx[i + 2].Length == 2 ? y / 100 * 100 : 0);
            if (_lx[i + 2].Length == 2 && e < y)
            {
                e += 100;
            }

            // "2015-32" is no span of years.
            if (e <= y || (_lx[i + 2].Length == 2 && e - y > 10))
            {
                return null;
            }

            end = e.ToString("0000", Inv);
        }

        return new DateMatch(first, last, y.ToString("0000", Inv), DateGranularities.Year, false, false) { EndValue = end };
    }

    /// <summary>"1990s", "the 1990s", "the '90s", "mid-1990s" → TIMEX3 decade "199".</summary>
    private DateMatch? TryDecade(int first, int i)
    {
        // "1990s"; "1990 s" only at the end of a sentence.
        if (IsNumber(i) && _lx[i].Length == 4 && IsPlainDigits(i) && W(i + 1) == "s" && _lx[i].Lower[3] == '0'
            && (Glued(i, i + 1) || i + 2 >= _lx.Length || W(i + 2) is "." or "," or "?" or "!"))
        {
            return new DateMatch(first, i + 1, _lx[i].Lower[..3], DateGranularities.Decade, false, false);
        }

        if (IsNumber(i) && _lx[i].Length == 4 && IsPlainDigits(i) && W(i + 1) == "'" && W(i + 2) == "s" && Glued(i, i + 1) && _lx[i].Lower[3] == '0')
        {
            return new DateMatch(first, i + 2, _lx[i].Lower[..3], DateGranularities.Decade, false, false);
        }

        return null;
    }

    // ---- relative dates -------------------------------------------------------------------------------------

    private int SkipDayPart(int i) => DateWords.DayParts.Contains(W(i + 1)) ? i + 1 : i;

    /// <summary>"Thursday", "Friday morning", "last Friday", "Friday, Oct. 23".</summary>
    private DateMatch? TryWeekday(int first, int i, int direction)
    {
        if (WeekdayOf(i) is not { } dow)
        {
            return null;
        }

        // "Friday mornings": a recurring part of a weekday.
        if (first == i && W(i + 1) is "mornings" or "afternoons" or "evenings" or "nights" && DayPartCode(W(i + 1)) is { } plural)
        {
            return SetWithTime(i, i + 1, "XXXX-WXX-" + IsoDay(dow).ToString(Inv) + "T" + plural, timeable: true);
        }

        // Lower-case weekdays (chat style) only after "on", "by" and the like.
        if (!IsCapitalized(i) && first == i && !DateWords.Weekdays.ContainsKey(W(i)))
        {
            return null;
        }

        var last = !DateWords.Weekdays.ContainsKey(W(i)) && W(i + 1) == "." && Glued(i, i + 1) && (IsNumber(i + 2) || DateWords.MonthAbbreviations.ContainsKey(W(i + 2)) || DateWords.Months.ContainsKey(W(i + 2))) ? i + 1 : i;
        var part = DayPartCode(W(last + 1)) is { } p && W(last + 1) is "morning" or "afternoon" or "evening" or "night" or "overnight" ? p : null;
        last = SkipDayPart(last);

        // An explicit date right after the weekday decides the value: "Friday, Oct. 23", "Friday (jun-15)".
        if (W(last + 1) == "(" && TryGluedMonthDate(last + 2) is { Granularity: DateGranularities.Day } inParens && W(inParens.LastLex + 1) == ")")
        {
            return inParens with { FirstLex = first, LastLex = inParens.LastLex + 1 };
        }

        var k = W(last + 1) == "," ? last + 2 : last + 1;
        if (k < _lx.Length && (DateWords.Months.ContainsKey(W(k)) || DateWords.MonthAbbreviations.ContainsKey(W(k))))
        {
            var explicitDate = TryMonthFirst(k);
            if (explicitDate is { Granularity: DateGranularities.Day })
            {
                return explicitDate with { FirstLex = first };
            }
        }
        else if (IsNumber(k) && (TryIso(k) ?? TryNumericSlash(k) ?? TryMonthSlashDay(k) ?? TryDayMonth(k)) is { Granularity: DateGranularities.Day } dm)
        {
            return dm with { FirstLex = first };
        }

        if (_anchor is not { } a)
        {
            return null;
        }

        if (WeekdayInWeek(last, dow, out var inWeek, out var weekEnd))
        {
            return new DateMatch(first, weekEnd, Day(inWeek), DateGranularities.Day, true, true) { DayPart = part };
        }

        if (direction == 0 && WeekdayWithDayNumber(last, dow, out var dated, out var datedEnd))
        {
            return new DateMatch(first, datedEnd, Day(dated), DateGranularities.Day, true, true) { DayPart = part };
        }

        var back = a.AddDays(-(((int)a.DayOfWeek - (int)dow + 7) % 7));
        var forward = a.AddDays(((int)dow - (int)a.DayOfWeek + 7) % 7);
        string value;
        string? alternative;
        if (W(first) is "previous" or "following" || (W(first) == "the" && W(i - 1) == "previous"))
        {
            // "previous Monday", "the previous Friday": that day of the week before; "following Friday": of the week after.
            (value, alternative) = (Day(InWeek(a, W(i - 1) == "following" ? 1 : -1, dow)), null);
        }
        else if (direction < 0)
        {
            var lastOne = back == a ? back.AddDays(-7) : back;
            (value, alternative) = (Day(lastOne), null);
        }
        else if (direction > 0)
        {
            var nextOne = forward == a ? forward.AddDays(7) : forward;
            (value, alternative) = (Day(nextOne), null);
        }
        else if (HasFutureCue(first, last))
        {
            (value, alternative) = (Day(forward), back == forward ? null : Day(back));
        }
        else
        {
            (value, alternative) = (Day(back), back == forward ? null : Day(forward));
        }

        return new DateMatch(first, last, value, DateGranularities.Day, true, true) { AlternativeValue = alternative, DayPart = part };
    }

    /// <summary>"last week", "this year", "next month", "last summer", "last September", "last Friday", "this quarter".</summary>
    private DateMatch? TryRelativeUnit(int i)
    {
        var w = W(i);
        var k = i + 1;
        var direction = w switch
        {
            "last" or "past" or "previous" => -1,
            "next" or "coming" => 1,
            _ => 0,
        };
        if (w == "past")
        {
            return null;
        }

        // "this calendar year", "this working week"
        if (W(k) is "calendar" or "working" or "business" && W(k + 1) is "year" or "week")
        {
            k++;
        }

        var unit = W(k);
        if (WeekdayOf(k) is not null)
        {
            return TryWeekday(i, k, direction);
        }

        // "next 5/12": the next such day after the anchor; "last 5/12" the one before.
        if (direction != 0 && IsNumber(k) && TryMonthSlashDay(k) is { Value: { Length: 10 } md } && _anchor is { } an0
            && DateOnly.TryParseExact(md, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var mdDate))
        {
            while (direction > 0 && mdDate <= an0)
            {
                mdDate = mdDate.AddYears(1);
            }

            while (direction < 0 && mdDate >= an0)
            {
                mdDate = mdDate.AddYears(-1);
            }

            return new DateMatch(i, k + 2, Day(mdDate), DateGranularities.Day, true, true);
        }

        // "this past Wednesday", "this upcoming Friday"
        if (w == "this" && unit is "past" or "upcoming" or "coming" && WeekdayOf(k + 1) is not null)
        {
            return TryWeekday(i, k + 1, unit == "past" ? -1 : 1);
        }

        // "the previous year" is relative to the story's time, not to the publication date: only "previous Monday" is taken.
        if (w == "previous")
        {
            return null;
        }

        if (_anchor is not { } a)
        {
            return null;
        }

        if (unit == "night" && w == "last")
        {
            return new DateMatch(i, k, Day(a.AddDays(-1)) + "TNI", DateGranularities.Time, true, true) { DayPart = "NI" };
        }

        // "the next morning" is the story's next morning, not the publication date's.
        if (w is "this" or "next" && unit is "morning" or "afternoon" or "evening" && DayPartCode(unit) is { } part && !(w == "next" && W(i - 1) == "the"))
        {
            // "next evening" is tomorrow's.
            return new DateMatch(i, k, Day(a.AddDays(w == "next" ? 1 : 0)) + "T" + part, DateGranularities.Time, true, true) { DayPart = part };
        }

        if (unit == "week" && W(k + 1) == "of" && w == "last" && TryWeekOf(i, i) is { } lastWeekOf)
        {
            return lastWeekOf;
        }

        switch (unit)
        {
            case "week":
                return WeekThenWeekday(i, k, direction) ?? new DateMatch(i, k, Week(a.AddDays(7 * direction)), DateGranularities.Week, true, true);
            case "weekend":
                {
                    // The weekend of the anchor's ISO week; "last weekend" on a Monday is the one just gone.
                    var d = a.AddDays(7 * direction);
                    if (direction < 0 && a.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Wednesday)
                    {
                        d = a.AddDays(-7);
                    }

                    return new DateMatch(i, k, Week(d) + "-WE", DateGranularities.Week, true, true);
                }

            case "month":
                return new DateMatch(i, k, Month(a.AddMonths(direction)), DateGranularities.Month, true, true);
            case "year":
                return new DateMatch(i, k, (a.Year + direction).ToString("0000", Inv), DateGranularities.Year, true, true);
            case "quarter":
                {
                    var q = (a.Month - 1) / 3 + direction;
                    var y = a.Year + (int)Math.Floor(q / 4.0);
                    q = ((q % 4) + 4) % 4;
                    return new DateMatch(i, k, y.ToString("0000", Inv) + "-Q" + (q + 1).ToString(Inv), DateGranularities.Quarter, true, true);
                }

            case "decade":
                return new DateMatch(i, k, ((a.Year / 10) + direction).ToString(Inv), DateGranularities.Decade, true, true);
            case "century":
                return new DateMatch(i, k, ((a.Year / 100) + direction).ToString("00", Inv), DateGranularities.Century, true, true);
            default:
                break;
        }

        if (DateWords.Seasons.TryGetValue(unit, out var season))
        {
            var current = SeasonOf(a, out var currentYear);
            var order = SeasonIndex(season);
            var y = currentYear;
            if (direction < 0)
            {
                y = order < SeasonIndex(current) ? currentYear : currentYear - 1;
            }
            else if (direction > 0)
            {
                y = order > SeasonIndex(current) ? currentYear : currentYear + 1;
            }

            return new DateMatch(i, k, y.ToString("0000", Inv) + "-" + season, DateGranularities.Season, true, true);
        }

        if (DateWords.Months.TryGetValue(unit, out var month) && IsCapitalized(k))
        {
            var y = direction switch
            {
                < 0 => month < a.Month ? a.Year : a.Year - 1,
                > 0 => month > a.Month ? a.Year : a.Year + 1,
                _ => a.Year,
            };
            return new DateMatch(i, k, y.ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, true, true);
        }

        return null;
    }

    /// <summary>"the third quarter", "the 1990s", "the summer of 2013", "the 21st century", "the year 2000".</summary>
    private DateMatch? TryThe(int i)
    {
        var k = i + 1;
        var w = W(k);
        if (IsNumber(k))
        {
            var decade = TryDecade(i, k);
            if (decade is not null)
            {
                return decade;
            }

            if (TryDayNumber(k, out var c, out var cl) && W(cl + 1) == "century" && cl > k)
            {
                return new DateMatch(i, cl + 1, (c - 1).ToString("00", Inv), DateGranularities.Century, false, false);
            }

            var dayOf = TryOrdinalOfMonth(i, k) ?? TryWeekOf(i, k) ?? (TryDayMonth(k) is { } dm ? dm with { FirstLex = i } : null);
            return dayOf ?? TryBareDayOfMonth(i, k);
        }

        if (w == "'" && IsNumber(k + 1) && _lx[k + 1].Length == 2 && W(k + 2) == "s")
        {
            var yy = int.Parse(_lx[k + 1].Lower, Inv);
            var century = yy < 30 ? 20 : 19;
            return new DateMatch(i, k + 2, (century * 10 + yy / 10).ToString(Inv), DateGranularities.Decade, false, false);
        }

        if (w == "year" && IsYearNumber(k + 1))
        {
            return TryYear(i, k + 1);
        }

        if (DateWords.Seasons.ContainsKey(w) && W(k + 1) == "of" && IsYearNumber(k + 2))
        {
            return TrySeasonYear(i, k);
        }

        if ((NumberWords.Ordinals.ContainsKey(w) || w is "twenty" or "thirty" or "last") && (TryOrdinalOfMonth(i, k) ?? TryWeekOf(i, k)) is { } ordinalOf)
        {
            return ordinalOf;
        }

        // "the next decade"
        if (w is "next" or "coming" && W(k + 1) is "decade" or "century" && TryRelativeUnit(k) is { } coming)
        {
            return coming with { FirstLex = i };
        }

        if (w == "day")
        {
            return TryDayAfterTomorrow(i, k);
        }

        if (DateWords.QuarterOrdinals.ContainsKey(w) || w is "fiscal")
        {
            var quarter = TryQuarter(i, w == "fiscal" ? k + 1 : k);

            // "the third-quarter loss": the article belongs to the noun, not to the date.
            if (quarter is not null && W(k + 1) == "-" && Glued(k, k + 1))
            {
                return quarter with { FirstLex = k };
            }

            return quarter;
        }

        return TryTheReference(i, k);
    }

    /// <summary>"third quarter", "the fourth-quarter", "the first half of 2013", "third quarter of last year".</summary>
    private DateMatch? TryQuarter(int first, int i)
    {
        if (!DateWords.QuarterOrdinals.TryGetValue(W(i), out var q))
        {
            return null;
        }

        var k = W(i + 1) == "-" && Glued(i, i + 1) ? i + 2 : i + 1;
        if (W(k) == "fiscal")
        {
            k++;
        }

        var unit = W(k);
        string code;
        if (unit is "quarter" or "quarters")
        {
            code = "Q" + q.ToString(Inv);
        }
        else if (unit is "half" && q <= 2)
        {
            code = "H" + q.ToString(Inv);
        }
        else
        {
            return null;
        }

        if (W(i) is "last" or "final" && first == i)
        {
            return null;
        }

        var last = k;
        int? year = null;
        if (W(k + 1) == "of" && IsYearNumber(k + 2))
        {
            year = YearOf(k + 2);
            last = k + 2;
        }
        else if (W(k + 1) == "of" && W(k + 2) is "this" or "last" or "next" && W(k + 3) == "year" && _anchor is { } a0)
        {
            year = a0.Year + (W(k + 2) switch { "last" => -1, "next" => 1, _ => 0 });
            last = k + 3;
        }
        else if (W(k + 1) == "of" && W(k + 2) == "the" && W(k + 3) == "year")
        {
            // "the first quarter of the year": the year is inferred as for "the first quarter".
            last = k + 3;
        }
        var inferred = year is null;
        if (year is null)
        {
            if (_anchor is not { } a)
            {
                return null;
            }

            var current = code[0] == 'Q' ? (a.Month - 1) / 3 + 1 : (a.Month - 1) / 6 + 1;
            year = q <= current || HasFutureCue(first, last) ? a.Year : a.Year - 1;
        }

        return new DateMatch(first, last, year.Value.ToString("0000", Inv) + "-" + code, DateGranularities.Quarter, inferred, inferred);
    }

    private DateMatch? TryQuarterCode(int i)
    {
        var q = W(i + 1)[0] - '0';

        // "Q1-2019", "q1-2019"
        var yl = W(i + 2) == "-" && Glued(i + 1, i + 2) && Glued(i + 2, i + 3) ? i + 3 : i + 2;
        if ((!char.IsUpper(_text[_lx[i].Start]) && !(yl == i + 3 && IsYearNumber(yl))) || (IsWord(i + 2) && Glued(i + 1, i + 2)))
        {
            return null;
        }

        if (yl == i + 3 && IsYearNumber(yl))
        {
            return new DateMatch(i, yl, YearOf(yl).ToString("0000", Inv) + "-Q" + q.ToString(Inv), DateGranularities.Quarter, false, false);
        }

        if (IsYearNumber(i + 2))
        {
            return new DateMatch(i, i + 2, YearOf(i + 2).ToString("0000", Inv) + "-Q" + q.ToString(Inv), DateGranularities.Quarter, false, false);
        }

        if (_anchor is not { } a)
        {
            return null;
        }

        var current = (a.Month - 1) / 3 + 1;
        var y = q <= current || HasFutureCue(i, i + 1) ? a.Year : a.Year - 1;
        return new DateMatch(i, i + 1, y.ToString("0000", Inv) + "-Q" + q.ToString(Inv), DateGranularities.Quarter, true, true);
    }

    private DateMatch? TrySeasonYear(int first, int i)
    {
        var code = DateWords.Seasons[W(i)];
        var y = W(i + 1) == "of" ? i + 2 : i + 1;
        if (!IsYearNumber(y))
        {
            return null;
        }

        return new DateMatch(first, y, YearOf(y).ToString("0000", Inv) + "-" + code, DateGranularities.Season, false, false);
    }

    private bool IsAgoPhrase(int i) => TryAgo(i) is not null;

    /// <summary>"three years ago", "a year ago", "two weeks ago", "a year earlier".</summary>
    private DateMatch? TryAgo(int i)
    {
        double n;
        int k;
        if (W(i) is "a" or "an")
        {
            n = 1;
            k = i + 1;
        }
        else if (IsNumber(i) && IsPlainDigits(i) && _lx[i].Length <= 3)
        {
            n = int.Parse(_lx[i].Lower, Inv);
            k = i + 1;
        }
        else if (NumberWords.Cardinals.TryGetValue(W(i), out var c))
        {
            n = c;
            k = i + 1;
            if (c >= 20 && c % 10 == 0 && (W(k) == "-" ? NumberWords.Cardinals.TryGetValue(W(k + 1), out var u) : NumberWords.Cardinals.TryGetValue(W(k), out u)) && u is > 0 and < 10)
            {
                n += u;
                k += W(k) == "-" ? 2 : 1;
            }
        }
        else
        {
            return null;
        }

        var unit = W(k);
        var marker = W(k + 1);
        var isAgo = marker == "ago";
        var isEarlier = marker is "earlier" && n == 1;
        if (!isAgo && !isEarlier)
        {
            return null;
        }

        if (_anchor is not { } a)
        {
            return null;
        }

        var count = (int)n;
        return unit switch
        {
            "day" or "days" => new DateMatch(i, k + 1, Day(a.AddDays(-count)), DateGranularities.Day, true, true),
            "week" or "weeks" => new DateMatch(i, k + 1, Day(a.AddDays(-7 * count)), DateGranularities.Day, true, true),
            "month" or "months" => new DateMatch(i, k + 1, Month(a.AddMonths(-count)), DateGranularities.Month, true, true),
            "year" or "years" => new DateMatch(i, k + 1, (a.Year - count).ToString("0000", Inv), DateGranularities.Year, true, true),
            "decade" or "decades" => new DateMatch(i, k + 1, (a.Year - 10 * count).ToString("0000", Inv), DateGranularities.Year, true, true),
            _ => null,
        };
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private bool TryDayNumber(int i, out int day, out int last)
    {
        day = 0;
        last = i;
        if (!IsNumber(i) || _lx[i].Length > 2 || !int.TryParse(_lx[i].Lower, NumberStyles.None, Inv, out day) || day is < 1 or > 31)
        {
            return false;
        }

        if (IsWord(i + 1) && Glued(i, i + 1))
        {
            if (!NumberWords.IsOrdinalSuffix(W(i + 1)))
            {
                return false;
            }

            last = i + 1;
        }
        else if (W(i + 1) == ":" && Glued(i, i + 1))
        {
            return false;
        }

        return true;
    }

    private bool IsPlainDigits(int i)
    {
        foreach (var c in _lx[i].Lower)
        {
            if (!Lexer.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsYearNumber(int i)
    {
        if (!IsNumber(i) || _lx[i].Length != 4 || !IsPlainDigits(i))
        {
            return false;
        }

        var y = YearOf(i);
        if (y is < 1000 or > 2999)
        {
            return false;
        }

        // Glued letters make it a name or a measure ("G2013", "2013km"), except the possessive-free decade "1990s".
        return !(i > 0 && IsWord(i - 1) && Glued(i - 1, i)) && !(IsWord(i + 1) && Glued(i, i + 1));
    }

    /// <summary>"2013 people": a count, not a year.</summary>
    private bool IsYearNumberFollowedByUnit(int i)
    {
        var next = W(i + 1);
        if (!IsWord(i + 1) || next.Length < 3 || char.IsUpper(_text[_lx[i + 1].Start]))
        {
            return next is "%" or "percent";
        }

        if (UnitTable.NotUnits.Contains(next) || DateWords.Seasons.ContainsKey(next) || DateWords.DayParts.Contains(next))
        {
            return false;
        }

        // "the 2013 budget", "its 1990 election": a year used as a modifier.
        var prev = W(i - 1);
        if (prev is "the" or "a" or "its" or "his" or "her" or "their" or "our" or "this" or "that" or "s" or "fiscal" or "in" or "since" or "of" or "by" or "from" or "until")
        {
            return false;
        }

        return !char.IsUpper(_text[_lx[i + 1].Start]);
    }

    private int YearOf(int i) => int.Parse(_lx[i].Lower, Inv);

    /// <summary>True when the clause around the expression is about the future ("would travel to Moscow for talks on Monday").</summary>
    private bool HasFutureCue(int first, int last)
    {
        // Backwards to the start of the clause.
        for (var j = first - 1; j >= 0 && j >= first - 15; j--)
        {
            var w = _lx[j].Lower;
            if (IsClauseBreak(j, includeComma: true))
            {
                break;
            }

            if (IsFutureWord(j, w))
            {
                return true;
            }
        }

        // Forwards only when the date opens its clause ("On Monday, the minister will ...").
        var opensClause = first == 0 || IsClauseBreak(first - 1, includeComma: true)
            || (W(first - 1) is "on" or "by" or "from" or "until" && (first - 1 == 0 || IsClauseBreak(first - 2, includeComma: true)));
        if (!opensClause)
        {
            return false;
        }

        for (var j = last + 1; j < _lx.Length && j <= last + 10; j++)
        {
            if (IsClauseBreak(j, includeComma: false))
            {
                break;
            }

            if (IsFutureWord(j, _lx[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFutureWord(int j, string w)
    {
        if (w is "set" or "due" or "expected" or "scheduled" or "going")
        {
            return W(j + 1) == "to" || (w is "scheduled" or "due" && W(j + 1) is "for" or "on");
        }

        if (w == "ll" && j > 0 && W(j - 1) is "'" or "\u2019")
        {
            return true;
        }

        return DateWords.FutureCues.Contains(w);
    }

    private bool IsClauseBreak(int j, bool includeComma)
    {
        if (j < 0)
        {
            return true;
        }

        var w = _lx[j].Lower;
        if (_lx[j].Kind == LexKind.Punct && (w is ";" or ":" or "!" or "?" or "\"" or "\u201c" or "\u201d" || (includeComma && w == ",")))
        {
            return true;
        }

        if (w == "." && !(j > 0 && _lx[j - 1].Kind == LexKind.Word && _lx[j - 1].Length <= 4 && Glued(j - 1, j) && (DateWords.MonthAbbreviations.ContainsKey(_lx[j - 1].Lower) || char.IsUpper(_text[_lx[j - 1].Start]))))
        {
            return true;
        }

        return j > 0 && _text.AsSpan(_lx[j - 1].End, _lx[j].Start - _lx[j - 1].End).Contains('\n');
    }

    private static int ClosestYear(DateOnly anchor, int month, int day, bool future)
    {
        var bestYear = anchor.Year;
        var bestDistance = int.MaxValue;
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            var d = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
            var distance = d.DayNumber - anchor.DayNumber;
            if (future && distance < 0)
            {
                continue;
            }

            // Past bias: news reports look back more often than forward, so a future date must be much closer to win.
            var cost = distance > 0 ? distance * 2 : -distance;
            if (cost < bestDistance)
            {
                bestDistance = cost;
                bestYear = y;
            }
        }

        return bestYear;
    }

    private static string SeasonOf(DateOnly d, out int year)
    {
        year = d.Year;
        switch (d.Month)
        {
            case 12:
                year = d.Year + 1;
                return "WI";
            case 1 or 2:
                return "WI";
            case 3 or 4 or 5:
                return "SP";
            case 6 or 7 or 8:
                return "SU";
            default:
                return "FA";
        }
    }

    private static int SeasonIndex(string code) => code switch
    {
        "WI" => 0,
        "SP" => 1,
        "SU" => 2,
        _ => 3,
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", Inv);

    private static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return ISOWeek.GetYear(dt).ToString("0000", Inv) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("00", Inv);
    }
}
