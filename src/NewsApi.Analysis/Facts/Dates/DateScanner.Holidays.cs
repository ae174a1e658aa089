using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Holidays (<see cref="Holidays"/>) as date parts: a name, an optional year ("Black Friday 2011", "Independence Day of
/// last year"), an optional "weekend" ("Labor Day weekend", "Easter weekend 2020"), and the relative modifiers of any
/// date ("last Thanksgiving", "next Christmas"). Without a year the holiday lies in the year the clause's tense points to,
/// as a month-day does. Easter Sunday itself is computed (<see cref="EasterOf"/>).
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>Easter Sunday of a year (anonymous Gregorian algorithm).</summary>
    private static DateOnly EasterOf(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = ((h + l - 7 * m + 114) % 31) + 1;
        return new DateOnly(y, month, day);
    }

    /// <summary>"Easter 2018", "Easter", "last Easter", "next Easter".</summary>
    private DateMatch? TryEaster(int first, int i, int direction)
    {
        if (IsYearNumber(i + 1) && direction == 0)
        {
            var y = YearOf(i + 1);
            return y is >= 1583 and <= 4099 ? new DateMatch(first, i + 1, Day(EasterOf(y)), DateGranularities.Day, false, false) : null;
        }

        if (_anchor is not { } a)
        {
            return null;
        }

        var thisYear = EasterOf(a.Year);
        var value = direction switch
        {
            < 0 => thisYear < a ? thisYear : EasterOf(a.Year - 1),
            > 0 => thisYear > a ? thisYear : EasterOf(a.Year + 1),
            _ => HasFutureCue(first, i) && thisYear < a ? EasterOf(a.Year + 1) : thisYear,
        };
        return new DateMatch(first, i, Day(value), DateGranularities.Day, true, true);
    }

    /// <summary>The holiday name starting at <paramref name="i"/>: its rule and last lexeme (apostrophes and a possessive "s" skipped).</summary>
    private bool HolidayName(int i, out HolidayRule rule, out int last)
    {
        (rule, last) = (default, i);
        if (!Holidays.ByFirstWord.TryGetValue(W(i), out var candidates))
        {
            return false;
        }

        foreach (var (words, r) in candidates)
        {
            var k = i;
            var ok = true;
            for (var n = 0; n < words.Length && ok; n++)
            {
                while (n > 0 && (W(k) is "'" or "\u2019" || (W(k) == "s" && k > 0 && W(k - 1) is "'" or "\u2019" && Glued(k - 1, k))))
                {
                    k++;
                }

                ok = W(k) == words[n];

                // "St. Patrick's Day": the abbreviation's full stop.
                k += ok && words[n] == "st" && W(k + 1) == "." && Glued(k, k + 1) ? 2 : 1;
            }

            // A trailing possessive belongs to the name ("Presidents' Day" read up to "day"; "Valentine's" alone is no holiday).
            if (ok)
            {
                (rule, last) = (r, k - 1);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Thanksgiving Day", "black friday 2011", "the independence day of last year", "Labor Day weekend", "last Christmas"
    /// (<paramref name="direction"/> from the modifier before <paramref name="i"/>, which starts the span at <paramref name="first"/>).
    /// </summary>
    private DateMatch? TryHoliday(int first, int i, int direction)
    {
        if (!HolidayName(i, out var rule, out var last))
        {
            return null;
        }

        // A one-word name is a holiday when capitalised or introduced as a date ("on christmas"); so is a lower-case
        // multi-word one, which could otherwise be a phrase ("my mother's day").
        var introduced = first != i || W(i - 1) is "on" or "at" or "for" or "until" or "till" or "since" or "before" or "after" or "by" or "during" or "of" or "the" or "over";
        int? year = null;
        var k = last + 1;
        if (IsYearNumber(k))
        {
            (year, last, k) = (YearOf(k), k, k + 1);
        }
        else if (W(k) == "of" && IsYearNumber(k + 1))
        {
            (year, last, k) = (YearOf(k + 1), k + 1, k + 2);
        }
        else if (W(k) == "of" && W(k + 1) is "this" or "last" or "next" && W(k + 2) == "year" && _anchor is { } ya)
        {
            (year, last, k) = (ya.Year + (W(k + 1) == "last" ? -1 : W(k + 1) == "next" ? 1 : 0), k + 2, k + 3);
        }

        var weekend = W(k) == "weekend";
        if (weekend && year is null && IsYearNumber(k + 1))
        {
            // "Easter weekend 2020"
            (year, k) = (YearOf(k + 1), k + 1);
        }

        if (!(IsCapitalized(i) || introduced || year is not null || weekend))
        {
            return null;
        }

        var date = year is { } y ? rule.In(y, EasterOf) : HolidayNear(rule, direction, first, last);
        if (date is not { } d)
        {
            return _anchor is null && year is null && !rule.FromEaster && rule.Nth == 0
                ? new DateMatch(first, last, "XXXX-" + rule.Month.ToString("00", Inv) + "-" + rule.Day.ToString("00", Inv), DateGranularities.Day, false, false)
                : null;
        }

        var relative = year is null || first != i;
        if (weekend)
        {
            // The weekend a holiday belongs to: the one before a Monday holiday, its own, or the one after.
            var saturday = d.DayOfWeek switch
            {
                DayOfWeek.Monday => d.AddDays(-2),
                DayOfWeek.Sunday => d.AddDays(-1),
                _ => d.AddDays(((int)DayOfWeek.Saturday - (int)d.DayOfWeek + 7) % 7),
            };
            return new DateMatch(first, k, Week(saturday) + "-WE", DateGranularities.Week, relative, relative);
        }

        return new DateMatch(first, last, Day(d), DateGranularities.Day, relative, relative);
    }

    /// <summary>The holiday's day nearest the anchor: the last one before it or the next one after it for "last"/"next", else as a month-day without a year.</summary>
    private DateOnly? HolidayNear(HolidayRule rule, int direction, int first, int last)
    {
        if (_anchor is not { } a)
        {
            return null;
        }

        var future = direction > 0 || (direction == 0 && HasFutureCue(first, last));
        DateOnly? best = null;
        var bestCost = int.MaxValue;
        for (var y = a.Year - 1; y <= a.Year + 1; y++)
        {
            if (rule.In(y, EasterOf) is not { } d)
            {
                continue;
            }

            var distance = d.DayNumber - a.DayNumber;
            if ((direction < 0 && distance >= 0) || (direction > 0 && distance <= 0) || (future && distance < 0))
            {
                continue;
            }

            var cost = distance > 0 ? distance * 2 : -distance;
            if (cost < bestCost)
            {
                (best, bestCost) = (d, cost);
            }
        }

        return best;
    }
}
