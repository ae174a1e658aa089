using System.Globalization;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// The n-th day or month of a period written as any date part: "the last day of March", "the first day of the month",
/// "the 10th day of next year", "the last month of 2019", "the third day of that month". The period is read by the same
/// grammar as a date on its own, so every way of writing a month or a year works here too.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>
    /// "end of the day", "end of day" after "end" and "of" (<paramref name="of"/> is the "of"), and "eod": the last second
    /// of the publication day, a time. "At the end of the day," opening a clause is the idiom ("in the end"), no time.
    /// </summary>
    private DateMatch? EndOfDay(int first, int of)
    {
        var last = W(of + 1) == "day" ? of + 1 : W(of + 1) == "the" && W(of + 2) == "day" ? of + 2 : -1;
        if (_anchor is not { } a || last < 0 || W(last + 1) is "of" or "after" or "before" or "-" || (W(first - 1) == "at" && W(last + 1) == ","))
        {
            return null;
        }

        return new DateMatch(first, last, Day(a) + "T23:59:59", DateGranularities.Time, true, true);
    }

    /// <summary>
    /// "rest of the week", "the remainder of this month", "remaining of the year": the days from the publication date to
    /// the end of its period, a range written as a length (TIMEX3 marks it as a DURATION).
    /// </summary>
    private DateMatch? TryRestOf(int i)
    {
        var k = W(i + 2) is "the" or "this" ? i + 3 : -1;
        if (_anchor is not { } a || W(i + 1) != "of" || k < 0 || W(k + 1) is "-" or "'" or "\u2019" or "of" or "ended" or "ending")
        {
            return null;
        }

        DateOnly end;
        switch (W(k))
        {
            case "week":
                end = a.AddDays((7 - (int)a.DayOfWeek) % 7);
                break;
            case "month":
                end = new DateOnly(a.Year, a.Month, DateTime.DaysInMonth(a.Year, a.Month));
                break;
            case "year":
                end = new DateOnly(a.Year, 12, 31);
                break;
            default:
                return null;
        }

        var days = end.DayNumber - a.DayNumber;
        return days <= 0 ? null : new DateMatch(i, k, Day(a), DateGranularities.Day, true, true)
        {
            EndValue = Day(end),
            Length = "P" + days.ToString(Inv) + "D",
        };
    }

    /// <summary>"EOD", "the eod": end of day.</summary>
    private DateMatch? Eod(int first, int i) =>
        _anchor is { } a && W(i) == "eod" ? new DateMatch(first, i, Day(a) + "T23:59:59", DateGranularities.Time, true, true) : null;

    /// <summary>"the" at <paramref name="first"/>, the ordinal (or "last") at <paramref name="i"/>.</summary>
    private DateMatch? TryNthUnitOf(int first, int i)
    {
        int n, last;
        if (W(i) == "last")
        {
            (n, last) = (-1, i);
        }
        else if (!TryDayOrdinalWord(i, out n, out last) && !(TryDayNumber(i, out n, out last) && last > i))
        {
            return null;
        }

        var unit = W(last + 1);
        if (unit is not ("day" or "month") || W(last + 2) != "of" || TryCore(last + 3) is not { Value: { } v } inner
            || inner.Granularity is not (DateGranularities.Month or DateGranularities.Year) || v.Length < 4 || !int.TryParse(v.AsSpan(0, 4), NumberStyles.None, Inv, out var year) || year < 1)
        {
            return null;
        }

        var isMonth = inner.Granularity == DateGranularities.Month && v.Length == 7 && int.TryParse(v.AsSpan(5, 2), NumberStyles.None, Inv, out _);
        var from = isMonth ? new DateOnly(year, int.Parse(v.AsSpan(5, 2), Inv), 1) : new DateOnly(year, 1, 1);
        var to = isMonth ? from.AddMonths(1).AddDays(-1) : new DateOnly(year, 12, 31);
        if (unit == "day")
        {
            var day = n < 0 ? to : from.AddDays(n - 1);
            return day > to ? null : new DateMatch(first, inner.LastLex, Day(day), DateGranularities.Day, inner.Relative, inner.UsedAnchor);
        }

        if (isMonth || n > 12)
        {
            return null;
        }

        return new DateMatch(first, inner.LastLex, Month(n < 0 ? new DateOnly(year, 12, 1) : new DateOnly(year, n, 1)), DateGranularities.Month, inner.Relative, inner.UsedAnchor);
    }
}
