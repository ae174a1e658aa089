using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Ranges: "from Jan 1 to Jan 5", "between 2007 and 2009", "5 to 7 September", "2014-2018". Two endpoints that each
/// stand alone stay two dates; endpoints that need each other become one mention with an end value.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>
    /// The words that join the two ends of a range, one class for every kind of end (days, months, years, clocks): "to",
    /// "till", "until", "through", "thru", a dash, a tilde, and "and" after "between".
    /// </summary>
    private static bool IsRangeWord(string w, bool between) =>
        w is "to" or "till" or "til" or "until" or "through" or "thru" or "-" or "\u2013" or "~" || (between && w == "and");

    private static bool IsRangeEndpoint(DateMatch m) =>
        m is { Value: not null, ClockOnly: false, Derived: false } && m.Granularity is DateGranularities.Day or DateGranularities.Month or DateGranularities.Year
            or DateGranularities.Quarter or DateGranularities.Week or DateGranularities.Season or DateGranularities.Decade;

    /// <summary>A bare month inside a range ("from Sep to Nov"), closest to the anchor.</summary>
    private DateMatch? BareMonth(int i)
    {
        var w = W(i);
        if (!(DateWords.Months.TryGetValue(w, out var month) || DateWords.MonthAbbreviations.TryGetValue(w, out month)))
        {
            return null;
        }

        var last = i;
        if (_anchor is not { } a)
        {
            return new DateMatch(i, last, "XXXX-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        return new DateMatch(i, last, MonthYear(a, month, 0).ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, true);
    }

    private DateMatch? RangeEndpoint(int i)
    {
        if (i >= _lx.Length)
        {
            return null;
        }

        var m = TryAt(i);
        if (m is not null && IsRangeEndpoint(m))
        {
            return m;
        }

        if (W(i) is "today" or "now" or "yesterday" && _anchor is { } a)
        {
            return new DateMatch(i, i, Day(a.AddDays(W(i) == "yesterday" ? -1 : 0)), DateGranularities.Day, true, true);
        }

        return BareMonth(i);
    }

    /// <summary>
    /// "from Jan 1 to Jan 5", "between 2007 and 2009", "from 10/1 to 11/7", "from 5 to 7pm", "between 3 and 12 of Sept".
    /// The span keeps "from"/"between": the range is one expression. <see cref="DateMatch.EndValue"/> holds its end.
    /// </summary>
    /// <summary>
    /// Two days of one month written once, after "from"/"between" at <paramref name="first"/>: "from the 5th to the 9th of
    /// June", "between ninth and seventeenth of April 2014", "from 5 till 9 of June".
    /// </summary>
    private DateMatch? TrySharedMonthDays(int first, int k, bool between)
    {
        var article = W(k) == "the";
        k = article ? k + 1 : k;
        if (!(TryDayOrdinalWord(k, out var d1, out var l1) || TryDayNumber(k, out d1, out l1)))
        {
            return null;
        }

        // Without a month name the days must read as days: "the 4th", "4th", "fourth", not "4-23".
        var ordinal = article || l1 > k || !IsNumber(k);

        if (!IsRangeWord(W(l1 + 1), between))
        {
            return null;
        }

        var k2 = W(l1 + 2) == "the" ? l1 + 3 : l1 + 2;
        if (!(TryDayOrdinalWord(k2, out var d2, out var l2) || TryDayNumber(k2, out d2, out l2)) || d2 <= d1)
        {
            return null;
        }

        var mk = W(l2 + 1) is "of" or "in" ? l2 + 2 : l2 + 1;
        DateMatch? m;
        if (DateWords.Months.TryGetValue(W(mk), out var month) || DateWords.MonthAbbreviations.TryGetValue(W(mk), out month))
        {
            if (W(mk) is "may" or "march" && !IsCapitalized(mk))
            {
                return null;
            }

            var last = mk;
            var year = TrailingYear(ref last);
            m = MonthDay(first, last, month, d1, year);
        }
        else if (!ordinal)
        {
            return null;
        }
        else if (MonthOf(first, mk, out var year, out month, out var last, out var relative))
        {
            // "from the 4th to the 22nd of next month", "between the 1st and the 5th of that month".
            m = d1 <= DateTime.DaysInMonth(year, month) ? new DateMatch(first, last, Day(new DateOnly(year, month, d1)), DateGranularities.Day, relative, relative) : null;
        }
        else
        {
            // Days with no month at all ("between the 21st and 23rd") are left out, as the Recognizers spec does.
            return null;
        }

        return m is { Value: { Length: 10 } v } && d2 <= DateTime.DaysInMonth(2000, month) ? m with { EndValue = v[..^2] + d2.ToString("00", Inv) } : null;
    }

    private DateMatch? TryFromBetween(int i)
    {
        var between = W(i) == "between";
        if (ParseClock(i + 1, out var a))
        {
            // Two bare numbers are a time range only when a day follows ("between 3 and 8 yesterday").
            var weakOk = ParseClock(a.Last + 2, out var b) && IsDayWordAt(WithDayPart(b).Last + 1);
            var clock = TryClockRange(i, a, weakOk, between, null);
            if (clock is not null)
            {
                return clock;
            }
        }

        if (TrySharedMonthDays(i, i + 1, between) is { } days)
        {
            return days;
        }

        var x = RangeEndpoint(i + 1);
        if (x is null)
        {
            return null;
        }

        // "from 2014~2018", "from 10/1/2018-10/7/2018": a written range after "from".
        x = ExtendRange(x);

        if (x.EndValue is not null)
        {
            return x with { FirstLex = i };
        }

        var k = x.LastLex + 1;
        if (!IsRangeWord(W(k), between))
        {
            return null;
        }

        var y = RangeEndpoint(k + 1);
        if (y is null || !Compatible(x, y))
        {
            return null;
        }

        // Two dates that each stand alone ("from 1991 to 1997", "between now and Feb. 10") stay two dates, as TIMEX3
        // marks them; one range is made when an endpoint needs the other ("from Sep to Nov") or when both are months
        // ("from August to October", "from April until the end of June"): a span of months is one period, as "Jan-Feb" is.
        var months = x.Granularity == DateGranularities.Month && y.Granularity == DateGranularities.Month;
        if (!months && StandsAlone(i + 1) && StandsAlone(k + 1))
        {
            return null;
        }

        return AlignYear(x, y) with { FirstLex = i, LastLex = y.LastLex, EndValue = y.EndValue ?? y.Value };
    }

    /// <summary>
    /// A range start written without its year takes the end's ("from March to May 2014" starts in March 2014), the year
    /// before when it would come after the end ("from November to February 2014"); so does a start whose inferred year put
    /// it after an end with an inferred year.
    /// </summary>
    private static DateMatch AlignYear(DateMatch x, DateMatch y)
    {
        // Only a year that was inferred (a month or month-day written without one) gives way; "today" has its own. When
        // both years were inferred, the start gives way only if it came out after the end ("will be out from August to
        // October" in September: the tense put August in the next year, October in this one).
        if (!x.UsedAnchor || x.Relative || x.Granularity != y.Granularity || x.Granularity is not (DateGranularities.Month or DateGranularities.Day)
            || x.Value is not { Length: >= 7 } xv || (y.EndValue ?? y.Value) is not { Length: >= 7 } yv || !char.IsAsciiDigit(yv[0]) || !char.IsAsciiDigit(xv[0])
            || (y.UsedAnchor && string.CompareOrdinal(xv, yv) <= 0))
        {
            return x;
        }

        var aligned = yv[..4] + xv[4..];
        if (string.CompareOrdinal(aligned, yv) > 0 && int.TryParse(yv.AsSpan(0, 4), NumberStyles.None, Inv, out var year))
        {
            aligned = (year - 1).ToString("0000", Inv) + xv[4..];
        }

        // "2/29-3/1": no 29 February in the end's year.
        if (x.Granularity == DateGranularities.Day && !DateOnly.TryParseExact(aligned, "yyyy-MM-dd", Inv, DateTimeStyles.None, out _))
        {
            return x;
        }

        return x with { Value = aligned, UsedAnchor = false, Relative = false };
    }

    private bool StandsAlone(int i) => W(i) is "now" or "today" or "yesterday" or "tomorrow" || (TryAt(i) is { } m && IsRangeEndpoint(m));

    private static bool Compatible(DateMatch x, DateMatch y) =>
        x.Granularity == y.Granularity || (x.Granularity is DateGranularities.Month or DateGranularities.Year && y.Granularity is DateGranularities.Day or DateGranularities.Month);

    private bool IsDayWordAt(int k)
    {
        var w = W(k == _lx.Length ? k : (W(k) == "on" ? k + 1 : k));
        return w is "today" or "tomorrow" or "yesterday" or "tonight" or "last" or "next" or "this" || DateWords.Weekdays.ContainsKey(w);
    }

    /// <summary>"January 12, 2016 - 01/22/2016", "Nov 18 2014-Dec 19 2015": a date, a dash, and a date of the same kind (with words between, TIMEX3 keeps two dates).</summary>
    private DateMatch ExtendRange(DateMatch m)
    {
        if (!IsRangeEndpoint(m) || m.EndValue is not null || m.Granularity is not (DateGranularities.Day or DateGranularities.Year))
        {
            return m;
        }

        var k = m.LastLex + 1;
        if (W(k) is not ("-" or "\u2013" or "~"))
        {
            return m;
        }

        // The end must be a date of the same kind: "2014-2018", not "2014-15 people".
        var y = k + 1 < _lx.Length ? TryAt(k + 1) : null;
        if (y is null || y.Granularity != m.Granularity || !IsRangeEndpoint(y) || y.EndValue is not null)
        {
            return m;
        }

        // "5/1-5/7, 2020": a year after the end belongs to the whole range.
        var last = y.LastLex;
        if (y is { UsedAnchor: true, Relative: false, Granularity: DateGranularities.Day, Value: { Length: 10 } yv } && W(last + 1) == ","
            && TrailingYear(ref last) is { } year && DateOnly.TryParseExact(year.ToString("0000", Inv) + yv[4..], "yyyy-MM-dd", Inv, DateTimeStyles.None, out var yearEnd))
        {
            y = y with { LastLex = last, Value = Day(yearEnd), UsedAnchor = false };
        }

        return AlignYear(m, y) with { LastLex = y.LastLex, EndValue = y.Value };
    }
}
