using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Weekdays and weeks: "Friday" resolved by the clause's tense (<see cref="Tense"/>), a weekday placed in a week
/// ("Tuesday next week", "next week on Tuesday", "Friday the 13th"), "the week of May 5" and ISO week numbers.
/// </summary>
internal sealed partial class DateScanner
{
    private static readonly Dictionary<string, DayOfWeek> WeekdayAbbreviations = new(StringComparer.Ordinal)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["weds"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    /// <summary>The weekday named at <paramref name="i"/>: a full name, or an abbreviation ("Tue") taken only next to a date or after "next"/"last"/"this"/"week".</summary>
    private DayOfWeek? WeekdayOf(int i)
    {
        var w = W(i);
        if (DateWords.Weekdays.TryGetValue(w, out var d))
        {
            return d;
        }

        if (!WeekdayAbbreviations.TryGetValue(w, out d) || (W(i + 1) == "." && Glued(i, i + 1) ? false : IsWord(i + 1) && Glued(i, i + 1)))
        {
            return null;
        }

        var n = W(i + 1) is "." or "," ? i + 2 : i + 1;
        // "Tue May 9", "Tue 13th", "Tue 12 May": a date right after the abbreviation, as after the full name.
        var nextIsDate = DateWords.Months.ContainsKey(W(n)) || DateWords.MonthAbbreviations.ContainsKey(W(n)) || (TryDayNumber(n, out _, out var dl) && dl > n)
            || (TryDayNumber(n, out _, out var dayLast) && (DateWords.Months.ContainsKey(W(dayLast + 1)) || DateWords.MonthAbbreviations.ContainsKey(W(dayLast + 1))));

        // "Mon or Tue": after another weekday.
        var listed = W(i - 1) is "or" or "and" or "," or "-" && (DateWords.Weekdays.ContainsKey(W(i - 2)) || WeekdayAbbreviations.ContainsKey(W(i - 2)));
        return nextIsDate || listed || W(i - 1) is "next" or "last" or "this" or "week" or "previous" ? d : null;
    }

    private static int IsoDay(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;

    /// <summary>Monday of the anchor's week moved by <paramref name="weeks"/>, plus the weekday.</summary>
    private static DateOnly InWeek(DateOnly anchor, int weeks, DayOfWeek dow)
    {
        var monday = anchor.AddDays(-(IsoDay(anchor.DayOfWeek) - 1) + 7 * weeks);
        return monday.AddDays(IsoDay(dow) - 1);
    }

    /// <summary>The weekday in the anchor's week; the next one when a future clause would put it behind, the last one when a past clause would put it ahead.</summary>
    private static DateOnly ThisWeekday(DateOnly anchor, DayOfWeek dow, int tense)
    {
        var inWeek = InWeek(anchor, 0, dow);
        return tense > 0 && inWeek < anchor ? inWeek.AddDays(7) : tense < 0 && inWeek > anchor ? inWeek.AddDays(-7) : inWeek;
    }

    /// <summary>"next week on Tuesday", "this week Monday", "next week Mon": after "last/this/next week" at <paramref name="weekLex"/>.</summary>
    private DateMatch? WeekThenWeekday(int first, int weekLex, int direction)
    {
        var k = W(weekLex + 1) == "on" ? weekLex + 2 : weekLex + 1;
        if (_anchor is not { } a || WeekdayOf(k) is not { } dow || (W(weekLex + 1) != "on" && !IsCapitalized(k) && !WeekdayAbbreviations.ContainsKey(W(k)) && !DateWords.Weekdays.ContainsKey(W(k))))
        {
            return null;
        }

        return new DateMatch(first, k, Day(InWeek(a, direction, dow)), DateGranularities.Day, true, true);
    }

    /// <summary>"Tuesday next week", "Tuesday of last week", "Wednesday evening next week" after the weekday (and its part of day) ending at <paramref name="last"/>.</summary>
    private bool WeekdayInWeek(int last, DayOfWeek dow, out DateOnly date, out int end)
    {
        date = default;
        end = last;
        var k = W(last + 1) == "of" ? last + 2 : last + 1;
        if (_anchor is not { } a || W(k) is not ("last" or "next" or "this") || W(k + 1) != "week")
        {
            return false;
        }

        date = InWeek(a, W(k) switch { "last" => -1, "next" => 1, _ => 0 }, dow);
        end = k + 1;
        return true;
    }

    /// <summary>A weekday with a day of the month and no month ("Monday 21", "Tue 13th", "Friday the 26th"): the nearest such date.</summary>
    private bool WeekdayWithDayNumber(int last, DayOfWeek dow, out DateOnly date, out int end)
    {
        date = default;
        end = last;
        // "Friday the 26th", "Friday, the 26th", "Friday 26th".
        var k = W(last + 1) == "the" ? last + 2 : W(last + 1) == "," && W(last + 2) == "the" ? last + 3 : last + 1;
        if (_anchor is not { } a || !TryDayNumber(k, out var day, out var dl) && !TryDayOrdinalWord(k, out day, out dl))
        {
            return false;
        }

        // "Sunday 3-1" is a score, "Monday 21 people" a count.
        if (W(dl + 1) is "-" or "\u2013" or ":" or "/" || (IsWord(dl + 1) && !(W(dl + 1) is "at" or "and" or "or" or "between" or "from" or "in" or "on" or "to" or "for" or "around")
            && !(ParseClock(dl + 1, out var clock) && clock.Strong)))
        {
            return false;
        }

        // The publication month first ("Friday the 26th"), else the nearest month where that day is that weekday.
        if (day <= DateTime.DaysInMonth(a.Year, a.Month) && new DateOnly(a.Year, a.Month, day).DayOfWeek == dow)
        {
            date = new DateOnly(a.Year, a.Month, day);
            end = dl;
            return true;
        }

        var bestCost = int.MaxValue;
        for (var m = -12; m <= 12; m++)
        {
            var month = new DateOnly(a.Year, a.Month, 1).AddMonths(m);
            if (day > DateTime.DaysInMonth(month.Year, month.Month))
            {
                continue;
            }

            var d = new DateOnly(month.Year, month.Month, day);
            var distance = d.DayNumber - a.DayNumber;
            var cost = distance > 0 ? distance * 2 : -distance;
            if (d.DayOfWeek == dow && cost < bestCost)
            {
                (bestCost, date) = (cost, d);
            }
        }

        end = dl;
        return bestCost != int.MaxValue;
    }

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
        // "Sunday late evening", "Friday early morning": the modifier goes with the part of the day.
        var beforePart = W(last + 1) is "early" or "late" && W(last + 2) is "morning" or "afternoon" or "evening" or "night" ? last + 1 : last;
        var part = DayPartCode(W(beforePart + 1)) is { } p && W(beforePart + 1) is "morning" or "afternoon" or "evening" or "night" or "overnight" ? p : null;
        last = SkipDayPart(beforePart);

        // "Monday after next", "the Friday after next": that day of the week after next, as "the week after next" is.
        if (direction == 0 && W(last + 1) == "after" && W(last + 2) == "next" && !IsWord(last + 3) && _anchor is { } afterNext)
        {
            return new DateMatch(first, last + 2, Day(InWeek(afterNext, 2, dow)), DateGranularities.Day, true, true);
        }

        // "on Monday next", "Friday last": the modifier after the weekday, as before it.
        if (direction == 0 && W(last + 1) is "next" or "last" && !IsWord(last + 2))
        {
            direction = W(last + 1) == "next" ? 1 : -1;
            last++;
        }

        if (WeekdayExplicitDate(first, last) is { } explicitDay)
        {
            return explicitDay;
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
            // "next Friday" is the Friday of next week; the first Friday to come is the other reading.
            var nextOne = forward == a ? forward.AddDays(7) : forward;
            var nextWeek = InWeek(a, 1, dow);
            (value, alternative) = W(first) == "next" && nextWeek != nextOne ? (Day(nextWeek), Day(nextOne)) : (Day(nextOne), null);
        }
        else if (W(i - 1) == "this" && ThisWeekday(a, dow, Tense(first, last)) is var thisOne)
        {
            // "this Friday" is the Friday of the publication week, unless the tense puts it in the week before or after.
            (value, alternative) = (Day(thisOne), null);
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

    /// <summary>An explicit date right after the weekday ending at <paramref name="last"/>, which decides the value: "Friday, Oct. 23", "Friday (jun-15)", "Friday the 15th of March".</summary>
    private DateMatch? WeekdayExplicitDate(int first, int last)
    {
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
        else if ((W(k) == "the" ? TryThe(k) : NumberWords.Ordinals.ContainsKey(W(k)) ? TryOrdinalOfMonth(k, k) : null) is { Granularity: DateGranularities.Day } ordinalDate
            && HasMonthWord(k, ordinalDate.LastLex))
        {
            // "Friday the 15th of March", "Friday, the fifteenth of March": the written day decides.
            return ordinalDate with { FirstLex = first };
        }

        return null;
    }

    /// <summary>
    /// "the last week of July", "first week of Jan 2015", "3rd week of Jan", "the second week of 2021", "the last week of last month":
    /// an ISO week ("2016-W30"). A month's first week is the one holding its first day, its last the one holding its last day.
    /// </summary>
    private DateMatch? TryWeekOf(int first, int k)
    {
        int n;
        int p;
        if (W(k) == "last")
        {
            (n, p) = (-1, k + 1);
        }
        else if (NumberWords.Ordinals.TryGetValue(W(k), out n) && n is >= 1 and <= 5)
        {
            p = k + 1;
        }
        else if (TryDayNumber(k, out n, out var dl) && dl > k && n <= 5)
        {
            p = dl + 1;
        }
        else
        {
            return null;
        }

        if (W(p) != "week" || W(p + 1) != "of")
        {
            return null;
        }

        var t = p + 2;
        var tw = W(t);
        int year;
        int? month = null;
        var last = t;
        var relative = false;
        if ((DateWords.Months.TryGetValue(tw, out var mo) || DateWords.MonthAbbreviations.TryGetValue(tw, out mo)) && (IsCapitalized(t) || tw is not ("may" or "march")))
        {
            month = mo;
            if (IsYearNumber(t + 1))
            {
                year = YearOf(t + 1);
                last = t + 1;
            }
            else if (_anchor is { } a)
            {
                year = MonthYear(a, mo, YearTense(first, t));
                relative = true;
            }
            else
            {
                return null;
            }
        }
        else if (IsYearNumber(t))
        {
            year = YearOf(t);
        }
        else if (tw is "this" or "last" or "next" && W(t + 1) is "month" or "year" && _anchor is { } a)
        {
            var shift = tw switch { "last" => -1, "next" => 1, _ => 0 };
            last = t + 1;
            relative = true;
            if (W(t + 1) == "month")
            {
                var m = new DateOnly(a.Year, a.Month, 1).AddMonths(shift);
                (year, month) = (m.Year, m.Month);
            }
            else
            {
                year = a.Year + shift;
            }
        }
        else
        {
            return null;
        }

        DateOnly monday;
        if (month is { } mm)
        {
            var day = n < 0 ? new DateOnly(year, mm, DateTime.DaysInMonth(year, mm)) : new DateOnly(year, mm, 1);
            monday = day.AddDays(-(IsoDay(day.DayOfWeek) - 1) + (n > 0 ? 7 * (n - 1) : 0));
            if (monday.Month != mm && n > 1)
            {
                return null;
            }
        }
        else
        {
            var week = n < 0 ? ISOWeek.GetWeeksInYear(year) : n;
            monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        }

        return new DateMatch(first, last, Week(monday), DateGranularities.Week, relative, relative);
    }

    /// <summary>"week 10", "week 3 of 2027": an ISO week.</summary>
    private DateMatch? TryWeekNumber(int i)
    {
        if (!(IsNumber(i + 1) && IsPlainDigits(i + 1) && _lx[i + 1].Length <= 2) || W(i + 2) is "-" or "/" or ":" or "." && !(W(i + 2) == "." && !IsNumber(i + 3)))
        {
            return null;
        }

        var week = int.Parse(_lx[i + 1].Lower, Inv);
        var last = i + 1;
        int year;
        if (W(i + 2) == "of" && IsYearNumber(i + 3))
        {
            year = YearOf(i + 3);
            last = i + 3;
        }
        else if (_anchor is { } a && (i + 2 >= _lx.Length || !IsWord(i + 2) || IsNumber(i + 2) || W(i + 2) is "and" or "or" or "should" or "is" or "will"))
        {
            year = a.Year;
        }
        else
        {
            return null;
        }

        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        return new DateMatch(i, last, year.ToString("0000", Inv) + "-W" + week.ToString("00", Inv), DateGranularities.Week, last == i + 1, last == i + 1);
    }

    /// <summary>
    /// "the first Monday of March", "the second Tuesday of next month", "the last Friday of August 2014": an ordinal (or
    /// "last") at <paramref name="k"/>, a weekday, "of" and a month.
    /// </summary>
    private DateMatch? TryNthWeekdayOf(int first, int k)
    {
        // The ordinal in words or in digits ("the third Monday", "the 3rd Monday").
        var n = W(k) == "last" ? -1 : NumberWords.Ordinals.TryGetValue(W(k), out var o) && o is >= 1 and <= 5 ? o : 0;
        if (n == 0 && IsNumber(k) && TryDayNumber(k, out var digits, out var suffix) && suffix > k && digits is >= 1 and <= 5)
        {
            (n, k) = (digits, suffix);
        }

        // "the first weekend of June": the weekend of the month's n-th Saturday.
        var weekend = W(k + 1) == "weekend";
        if (n == 0 || (weekend ? DayOfWeek.Saturday : WeekdayOf(k + 1)) is not { } dow || W(k + 2) != "of" || !MonthOf(first, k + 3, out var year, out var month, out var last, out var relative))
        {
            return null;
        }

        if (HolidayRule.NthWeekday(month, n, dow).In(year, EasterOf) is not { } d || d.Month != month)
        {
            return null;
        }

        return weekend
            ? new DateMatch(first, last, Week(d) + "-WE", DateGranularities.Week, relative, relative)
            : new DateMatch(first, last, Day(d), DateGranularities.Day, relative, relative);
    }

    /// <summary>A month at <paramref name="t"/>: a name with or without a year ("March", "August 2014"), or "this/next/last month".</summary>
    private bool MonthOf(int first, int t, out int year, out int month, out int last, out bool relative)
    {
        (year, month, last, relative) = (0, 0, t, true);
        var w = W(t);
        if (DateWords.Months.TryGetValue(w, out month) || DateWords.MonthAbbreviations.TryGetValue(w, out month))
        {
            if (IsYearNumber(t + 1))
            {
                (year, last, relative) = (YearOf(t + 1), t + 1, false);
                return true;
            }

            if (_anchor is not { } a)
            {
                return false;
            }

            year = MonthYear(a, month, YearTense(first, t));
            return true;
        }

        if (w is "this" or "next" or "last" && W(t + 1) == "month" && _anchor is { } an)
        {
            var m = an.AddMonths(w == "next" ? 1 : w == "last" ? -1 : 0);
            (year, month, last) = (m.Year, m.Month, t + 1);
            return true;
        }

        // Any other way of writing a month that the grammar reads on its own: "the month", "that month", "the following month".
        if (t < _lx.Length && TryCore(t) is { Granularity: DateGranularities.Month, Value: { Length: 7 } v } written && v[4] == '-'
            && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, Inv, out year) && int.TryParse(v.AsSpan(5, 2), NumberStyles.None, Inv, out month) && year >= 1)
        {
            (last, relative) = (written.LastLex, written.Relative);
            return true;
        }

        return false;
    }

    private bool HasMonthWord(int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            if (DateWords.Months.ContainsKey(W(j)) || DateWords.MonthAbbreviations.ContainsKey(W(j)))
            {
                return true;
            }
        }

        return false;
    }
}
