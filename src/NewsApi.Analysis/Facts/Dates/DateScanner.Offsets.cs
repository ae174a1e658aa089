using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Offsets from the publication date or from another day: "in two weeks", "three weeks from tomorrow", "the day after
/// tomorrow".
/// </summary>
internal sealed partial class DateScanner
{
    private bool TryCount(int i, out int n, out int next)
    {
        next = i + 1;
        n = 0;
        if (W(i) is "a" or "an" or "one")
        {
            n = 1;
            return true;
        }

        if (IsNumber(i) && IsPlainDigits(i) && _lx[i].Length <= 3)
        {
            n = int.Parse(_lx[i].Lower, Inv);
            return true;
        }

        if (NumberWords.Cardinals.TryGetValue(W(i), out n) && n > 0)
        {
            if (n >= 20 && n % 10 == 0 && (W(next) == "-" ? NumberWords.Cardinals.TryGetValue(W(next + 1), out var u) : NumberWords.Cardinals.TryGetValue(W(next), out u)) && u is > 0 and < 10)
            {
                n += u;
                next += W(next) == "-" ? 2 : 1;
            }

            return true;
        }

        return false;
    }

    private static DateOnly? Shift(DateOnly from, string unit, int n) => unit switch
    {
        "day" or "days" => from.AddDays(n),
        "week" or "weeks" => from.AddDays(7 * n),
        "fortnight" or "fortnights" => from.AddDays(14 * n),
        "month" or "months" => from.AddMonths(n),
        "year" or "years" => from.AddYears(n),
        _ => null,
    };

    /// <summary>"in two weeks", "in 3 days", "in a month": the day that far after the publication date, in a clause about the future.</summary>
    private DateMatch? TryInOffset(int i)
    {
        if (_anchor is not { } a || !TryCount(i + 1, out var n, out var u) || n > 400)
        {
            return null;
        }

        // "the highest in three years" is a duration; "will leave in two days" a date.
        if (Shift(a, W(u), n) is not { } d || (W(u + 1) is "'" or "\u2019" or "time") || !(HasFutureCue(i, u) || (i == 0 && u == _lx.Length - 1)))
        {
            return null;
        }

        return new DateMatch(i, u, Day(d), DateGranularities.Day, true, true);
    }

    /// <summary>"three weeks from tomorrow", "4 months from today", "two days before yesterday".</summary>
    private DateMatch? TryOffsetFromDay(int i)
    {
        if (_anchor is not { } a || !TryCount(i, out var n, out var u) || n > 400 || W(u + 1) is not ("from" or "after" or "before"))
        {
            return null;
        }

        var baseDay = W(u + 2) switch
        {
            "today" or "now" => 0,
            "tomorrow" => 1,
            "yesterday" => -1,
            _ => int.MinValue,
        };
        if (W(u + 1) == "from" && W(u + 2) == "now" && W(u) is "year" or "years")
        {
            return null;
        }

        // "2 weeks before May 13 1999", "two months after next Friday", "3 days from Tuesday": a written day as the base.
        var last = u + 2;
        DateOnly from;
        var usedAnchor = true;
        if (baseDay != int.MinValue)
        {
            from = a.AddDays(baseDay);
        }
        else if (u + 2 < _lx.Length && TryAt(u + 2) is { Granularity: DateGranularities.Day, Value: { Length: 10 } bv } b && b.Value[0] != 'X'
            && DateOnly.TryParseExact(bv, "yyyy-MM-dd", Inv, DateTimeStyles.None, out from))
        {
            last = b.LastLex;
            usedAnchor = b.UsedAnchor;
        }
        else
        {
            return null;
        }

        var sign = W(u + 1) == "before" ? -1 : 1;
        if (Shift(from, W(u), sign * n) is not { } d)
        {
            return null;
        }

        return new DateMatch(i, last, Day(d), DateGranularities.Day, true, usedAnchor);
    }

    /// <summary>
    /// "less than 3 days after tomorrow" (<paramref name="first"/> at "less", the offset read from "3"): the range from the
    /// base day to the offset day; before the base ("less than a week before May 3"), from the offset day to the base.
    /// </summary>
    private DateMatch WithinOffset(DateMatch offset, int first)
    {
        var u = first + 2;
        if (!TryCount(u, out var n, out u) || W(u + 1) is not ("after" or "from" or "before")
            || !DateOnly.TryParseExact(offset.Value, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var d)
            || Shift(d, W(u), W(u + 1) == "before" ? n : -n) is not { } baseDay)
        {
            return offset with { FirstLex = first };
        }

        var (start, end) = W(u + 1) == "before" ? (d, baseDay) : (baseDay, d);
        return offset with { FirstLex = first, Value = Day(start), EndValue = Day(end) };
    }

    /// <summary>"the day after tomorrow", "the day before yesterday"; "the day after Christmas", "the day before May 3": a day next to any written day.</summary>
    private DateMatch? TryDayAfterTomorrow(int first, int k)
    {
        if (_anchor is not { } a || W(k) != "day" || W(k + 1) is not ("after" or "before"))
        {
            return null;
        }

        var sign = W(k + 1) == "after" ? 1 : -1;
        if (W(k + 1) == "after" && W(k + 2) == "tomorrow" || W(k + 1) == "before" && W(k + 2) == "yesterday")
        {
            return new DateMatch(first, k + 2, Day(a.AddDays(2 * sign)), DateGranularities.Day, true, true);
        }

        // Only with the article: "a day after Christmas" counts one day of a span.
        if (first == k || k + 2 >= _lx.Length || TryAt(k + 2) is not { Granularity: DateGranularities.Day, Value: { Length: 10 } v } day || v[0] == 'X'
            || !DateOnly.TryParseExact(v, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var d))
        {
            return null;
        }

        return new DateMatch(first, day.LastLex, Day(d.AddDays(sign)), DateGranularities.Day, true, day.UsedAnchor);
    }
}
