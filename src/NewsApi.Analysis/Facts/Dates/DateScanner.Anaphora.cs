using System.Globalization;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Anaphoric steps, as HeidelTime resolves them: "the following week", "the previous month", "the prior year", "the
/// next day", "the day before" — one unit after or before the last date the text mentioned, or the publication date when
/// none was; the step needs the referent at the unit's precision at least ("the next day" after "in March" stays
/// unresolved and is not reported).
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>"the following week" (i at "the", k at the modifier), "the day before" (k at the unit).</summary>
    private DateMatch? TryAnaphoricStep(int i, int k)
    {
        string unit;
        int direction, last;
        if (W(k) is "following" or "previous" or "prior" or "next" && W(k + 1) is "day" or "week" or "month" or "year")
        {
            unit = W(k + 1);
            direction = W(k) is "following" or "next" ? 1 : -1;
            last = k + 1;
            if (W(k) == "next" && unit != "day")
            {
                // "the next year" is mostly a span ahead ("over the next year"), not a date.
                return null;
            }
        }
        else if (W(k) is "day" or "week" or "month" or "year" && W(k + 1) is "before" or "after" && !StartsDate(k + 2))
        {
            unit = W(k);
            direction = W(k + 1) == "after" ? 1 : -1;
            last = k + 1;
        }
        else
        {
            return null;
        }

        if (W(last + 1) is "-" or "of" or "'s" or "'" || IsNumber(last + 1) || ReferenceDay(unit) is not { } from)
        {
            return null;
        }

        var (value, granularity) = unit switch
        {
            "day" => (Day(from.AddDays(direction)), DateGranularities.Day),
            "week" => (Week(from.AddDays(7 * direction)), DateGranularities.Week),
            "month" => (Month(from.AddMonths(direction)), DateGranularities.Month),
            _ => (from.AddYears(direction).Year.ToString("0000", Inv), DateGranularities.Year),
        };
        return new DateMatch(i, last, value, granularity, true, _lastMentioned is null) { Derived = true };
    }

    /// <summary>True when a date (or a clause: "the day before the vote") follows: then "before"/"after" is its preposition.</summary>
    private bool StartsDate(int k) => k < _lx.Length && (IsWord(k) || IsNumber(k)) && !IsClauseBreak(k, includeComma: true);

    /// <summary>The last mentioned date at the precision the unit needs, else the publication date.</summary>
    private DateOnly? ReferenceDay(string unit)
    {
        if (_lastMentioned is not { } v)
        {
            return _anchor;
        }

        var need = unit switch { "day" => 10, "week" => 8, "month" => 7, _ => 4 };
        if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", Inv, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (v.Length == 8 && v[5] == 'W' && int.TryParse(v[..4], NumberStyles.None, Inv, out var wy) && int.TryParse(v[6..], NumberStyles.None, Inv, out var wn) && wn is >= 1 and <= 53 && need <= 8)
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(wy, wn, DayOfWeek.Monday));
        }

        if (v.Length >= 7 && need <= 7 && DateOnly.TryParseExact(v[..7] + "-01", "yyyy-MM-dd", Inv, DateTimeStyles.None, out var month))
        {
            return month;
        }

        return need <= 4 && int.TryParse(v[..4], NumberStyles.None, Inv, out var y) && y >= 1 ? new DateOnly(y, 1, 1) : null;
    }
}
