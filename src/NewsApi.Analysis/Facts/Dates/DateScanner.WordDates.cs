using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Dates written in words: ordinal days ("the twenty third", "January first"), years ("nineteen ninety-six", "two
/// thousand and fifteen") and whole dates ("twenty five January nineteen eighty six").
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>"first" … "thirty-first", "twenty third" as a day of the month.</summary>
    private bool TryDayOrdinalWord(int i, out int day, out int last)
    {
        day = 0;
        last = i;
        var w = W(i);
        if (w is "twenty" or "thirty")
        {
            var k = W(i + 1) == "-" ? i + 2 : i + 1;
            if (NumberWords.Ordinals.TryGetValue(W(k), out var unit) && unit is >= 1 and <= 9)
            {
                day = (w == "twenty" ? 20 : 30) + unit;
                last = k;
                return day <= 31;
            }

            return false;
        }

        if (NumberWords.Ordinals.TryGetValue(w, out day) && day is >= 1 and <= 31 && !(W(i + 1) == "-" && Glued(i, i + 1)))
        {
            return true;
        }

        day = 0;
        return false;
    }

    /// <summary>An ordinal word as the day after a month name ("January first 2000", "april ninth"), not "January first-quarter" or "March second round".</summary>
    private bool DayWordAfterMonth(int k, out int day, out int last)
    {
        if (!TryDayOrdinalWord(k, out day, out last))
        {
            return false;
        }

        var next = last + 1;
        if (next >= _lx.Length || !IsWord(next) || WrittenYear(next, out _, out _) || W(next) is "at" or "to" or "through" or "till" or "until" or "and" or "or" or "of" or "in" or "from" or "between"
            || (ParseClock(next, out var c) && c.Strong) || IsYearNumber(next))
        {
            return true;
        }

        // "march eighteenth nine thirty": a clock in words.
        return NumberWords.Cardinals.TryGetValue(W(next), out var h) && h is >= 1 and <= 12 && NumberWords.Cardinals.TryGetValue(W(next + 1), out var mnt) && mnt is >= 10 and < 60 && mnt % 10 == 0;
    }

    /// <summary>
    /// "nineteen ninety six" (1996), "eighteen twelve", "two thousand and fifteen", "two thousand": a year in words.
    /// <paramref name="named"/>: the words follow "the year", so "two thousand" is a year whatever comes after it.
    /// </summary>
    private bool WrittenYear(int i, out int year, out int last, bool named = false)
    {
        year = 0;
        last = i;
        var w = W(i);
        if (w is "nineteen" or "eighteen" && TwoDigitWords(i + 1, out var yy, out var l) && yy >= 10)
        {
            (year, last) = ((w == "nineteen" ? 1900 : 1800) + yy, l);
            return true;
        }

        if (w == "two" && W(i + 1) == "thousand")
        {
            last = i + 1;
            year = 2000;
            var k = W(i + 2) == "and" ? i + 3 : i + 2;
            if (TwoDigitWords(k, out var rest, out var rl))
            {
                (year, last) = (2000 + rest, rl);
            }

            // "two thousand people" is a count.
            return named || !(IsWord(last + 1) && !(W(last + 1) is "and" or "or" or "to" or "in" or "on" or "at" or "was" or "were" or "is" or "will") && last == i + 1 && !IsClauseBreak(last + 1, includeComma: true));
        }

        return false;
    }

    /// <summary>"ninety six", "ninety-six", "seventy", "fifteen", "five": 1–99 in words.</summary>
    private bool TwoDigitWords(int i, out int value, out int last)
    {
        last = i;
        if (!NumberWords.Cardinals.TryGetValue(W(i), out value) || value is < 1 or > 90)
        {
            return false;
        }

        var k = W(i + 1) == "-" ? i + 2 : i + 1;
        if (value >= 20 && value % 10 == 0 && NumberWords.Cardinals.TryGetValue(W(k), out var unit) && unit is > 0 and < 10)
        {
            value += unit;
            last = k;
        }

        return true;
    }

    /// <summary>"in nineteen ninety six", "in two thousand and fifteen": a written year on its own, only after "in", "since", "of" or "by", or in the unambiguous "nineteen …" form.</summary>
    private DateMatch? TryWrittenYear(int i)
    {
        if (!WrittenYear(i, out var year, out var last) || (W(i) == "two" && W(i - 1) is not ("in" or "since" or "of" or "by" or "until")))
        {
            return null;
        }

        // "nineteen ninety people": a count, which takes a plural noun; "in nineteen eighty-two Mary Walsh" is a year.
        if (IsWord(last + 1) && !IsCapitalized(last + 1) && W(last + 1).EndsWith('s') && !(W(last + 1) is "was" or "is" or "has" or "as"))
        {
            return null;
        }

        return new DateMatch(i, last, year.ToString("0000", Inv), DateGranularities.Year, false, false);
    }

    /// <summary>"twenty five January nineteen eighty six": a day in words before a month, taken only with a year after it.</summary>
    private DateMatch? TryWrittenDayMonthYear(int i)
    {
        if (!TwoDigitWords(i, out var day, out var dl) || day > 31)
        {
            return null;
        }

        var mi = dl + 1;
        var mw = W(mi);
        if (!(DateWords.Months.TryGetValue(mw, out var month) || DateWords.MonthAbbreviations.TryGetValue(mw, out month)) || !IsCapitalized(mi))
        {
            return null;
        }

        int year;
        int last;
        if (IsYearNumber(mi + 1))
        {
            (year, last) = (YearOf(mi + 1), mi + 1);
        }
        else if (!WrittenYear(mi + 1, out year, out last))
        {
            return null;
        }

        return MonthDay(i, last, month, day, year);
    }
}
