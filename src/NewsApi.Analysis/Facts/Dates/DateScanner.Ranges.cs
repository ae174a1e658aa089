using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Ranges ("from Jan 1 to Jan 5", "between 2007 and 2009", "2014-2018"), sets ("every Monday", "daily", "Thursdays at
/// 17.30"), offsets from the publication date ("in two weeks", "three weeks from tomorrow", "the day after tomorrow"),
/// weekdays placed in a week ("Tuesday next week", "next week on Tuesday") and a few more numeric forms ("5/12", "the 21st").
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

        var n = W(i + 1) == "." ? i + 2 : i + 1;
        var nextIsDate = DateWords.Months.ContainsKey(W(n)) || DateWords.MonthAbbreviations.ContainsKey(W(n)) || (TryDayNumber(n, out _, out var dl) && dl > n);

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
        var k = W(last + 1) == "the" ? last + 2 : last + 1;
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

    /// <summary>"second of Aug", "the fourth of July of 1995", "twenty third day of September".</summary>
    private DateMatch? TryOrdinalOfMonth(int first, int i)
    {
        if (!TryDayOrdinalWord(i, out var day, out var last) && !(TryDayNumber(i, out day, out last) && last > i))
        {
            return null;
        }

        var k = W(last + 1) == "day" ? last + 2 : last + 1;
        if (W(k) != "of")
        {
            return null;
        }

        if (W(k + 1) is "next" or "this" or "last" && W(k + 2) == "month" && _anchor is { } a)
        {
            var month = new DateOnly(a.Year, a.Month, 1).AddMonths(W(k + 1) switch { "next" => 1, "last" => -1, _ => 0 });
            return day <= DateTime.DaysInMonth(month.Year, month.Month)
                ? new DateMatch(first, k + 2, Day(new DateOnly(month.Year, month.Month, day)), DateGranularities.Day, true, true)
                : null;
        }

        var mw = W(k + 1);
        if (!(DateWords.Months.TryGetValue(mw, out var mo) || DateWords.MonthAbbreviations.TryGetValue(mw, out mo)) || (mw is "may" or "march" && !IsCapitalized(k + 1) && last == i))
        {
            return null;
        }

        var end = k + 1;
        if (W(end + 1) == "." && Glued(end, end + 1) && DateWords.MonthAbbreviations.ContainsKey(mw) && IsYearNumber(end + 2))
        {
            end++;
        }

        int? year = null;
        var y = W(end + 1) is "of" or "," ? end + 2 : end + 1;
        if (IsYearNumber(y))
        {
            year = YearOf(y);
            end = y;
        }

        return MonthDay(first, end, mo, day, year);
    }

    /// <summary>"the 18th", "on 29th": that day of the publication month (or the month before, when it is still to come).</summary>
    private DateMatch? TryBareDayOfMonth(int first, int i)
    {
        if (_anchor is not { } a || W(first - 1) != "on" || !TryDayNumber(i, out var day, out var last) || last == i)
        {
            return null;
        }

        var next = W(last + 1);
        if (last + 1 < _lx.Length && !(next is "," or "." or "!" or "?" or ";" or ")" or "-" or "at" or "from" or "between" or "and" or "or" or "to" or "around" or "for" or "is" or "was" or "will" or "would" or "in"))
        {
            return null;
        }

        if ((next == "." && IsNumber(last + 2)) || (next == "-" && Glued(last, last + 1)))
        {
            return null;
        }

        var month = new DateOnly(a.Year, a.Month, 1);
        if (day > a.Day && !HasFutureCue(first, last))
        {
            month = month.AddMonths(-1);
        }

        return day <= DateTime.DaysInMonth(month.Year, month.Month)
            ? new DateMatch(first, last, Day(new DateOnly(month.Year, month.Month, day)), DateGranularities.Day, true, true)
            : null;
    }

    /// <summary>"5/12", "22/04" (no year): month first when both readings are valid; only after "on", "from", "to", a weekday and the like.</summary>
    private DateMatch? TryMonthSlashDay(int i)
    {
        if (!(W(i + 1) == "/" && IsNumber(i + 2) && Glued(i, i + 1) && Glued(i + 1, i + 2) && _lx[i].Length <= 2 && _lx[i + 2].Length <= 2 && IsPlainDigits(i) && IsPlainDigits(i + 2)))
        {
            return null;
        }

        if (W(i + 3) is "/" or "%" || (IsNumber(i + 3) || IsWord(i + 3)) && Glued(i + 2, i + 3))
        {
            return null;
        }

        var prev = W(i - 1);
        if (W(i + 3) == "of")
        {
            return null;
        }

        // A date that is a whole phrase ("The date? 11/20, 12 of Nov?") needs no preposition.
        var alone = IsClauseBreak(i - 1, includeComma: false) && (i + 3 >= _lx.Length || W(i + 3) is "," or "." or "?" or "!" or ";");
        var context = alone || prev is "on" or "from" or "to" or "until" or "till" or "by" or "since" or "through" or "for" or "next" or "last" or "-" || WeekdayOf(i - 1) is not null
            || (W(i + 3) is "-" or "to" && IsNumber(i + 4) && W(i + 5) == "/");
        if (!context)
        {
            return null;
        }

        var a = int.Parse(_lx[i].Lower, Inv);
        var b = int.Parse(_lx[i + 2].Lower, Inv);
        var (mo, d) = a is >= 1 and <= 12 ? (a, b) : (b, a);
        return mo is >= 1 and <= 12 ? MonthDay(i, i + 2, mo, d, null) : null;
    }

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

        return new DateMatch(i, last, ClosestYear(a, month, 15, false).ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, true);
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
        var conn = W(k);
        if (!(conn is "to" or "till" or "until" or "through" or "thru" or "-" or "\u2013" or "~" || (between && conn == "and")))
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

        return x with { FirstLex = i, LastLex = y.LastLex, EndValue = y.EndValue ?? y.Value };
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

        return m with { LastLex = y.LastLex, EndValue = y.Value };
    }

    // ---- sets ----------------------------------------------------------------------------------------------

    /// <summary>"every Monday", "each week", "every other day", "every evening at 7:13 p.m.", "each July".</summary>
    private DateMatch? TrySet(int i)
    {
        var k = i + 1;
        var n = 1;
        if (W(k) == "other")
        {
            n = 2;
            k++;
        }
        else if (NumberWords.Cardinals.TryGetValue(W(k), out var c) && c is >= 2 and <= 12)
        {
            n = c;
            k++;
        }
        else if (IsNumber(k) && IsPlainDigits(k) && _lx[k].Length <= 2)
        {
            n = int.Parse(_lx[k].Lower, Inv);
            k++;
        }

        var unit = W(k);
        string? value = unit switch
        {
            "day" or "days" => $"P{n}D",
            "week" or "weeks" => $"P{n}W",
            "month" or "months" => $"P{n}M",
            "year" or "years" => $"P{n}Y",
            "quarter" or "quarters" => $"P{3 * n}M",
            "weekend" or "weekends" => $"P{n}WE",
            "hour" or "hours" => $"PT{n}H",
            _ => null,
        };
        if (value is not null && W(k + 1) == "of")
        {
            return null;
        }

        var timeable = false;
        if (value is null && (n == 1 || W(k - 1) == "other"))
        {
            if (DateWords.Weekdays.TryGetValue(unit, out var dow))
            {
                value = "XXXX-WXX-" + IsoDay(dow).ToString(Inv);
                timeable = true;
                if (DayPartCode(W(k + 1)) is { } wp && W(k + 1) != "tonight")
                {
                    value += "T" + wp;
                    k++;
                }
            }
            else if (DayPartCode(unit) is { } p && unit is not ("tonight" or "tonite" or "overnight"))
            {
                value = "T" + p;
                timeable = true;
            }
            else if (DateWords.Months.TryGetValue(unit, out var mo) && IsCapitalized(k))
            {
                value = "XXXX-" + mo.ToString("00", Inv);
            }
        }

        if (value is null)
        {
            return null;
        }

        timeable |= value == "P1D";
        return SetWithTime(i, k, value, timeable);
    }

    /// <summary>A set and an optional "at 4pm": "every Monday at 4pm" → XXXX-WXX-1T16:00, "every evening at 7:13 p.m." → T19:13, "each day at 3pm" → T15:00.</summary>
    private DateMatch SetWithTime(int first, int last, string value, bool timeable)
    {
        if (timeable && W(last + 1) == "at" && ParseClock(last + 2, out var c))
        {
            c = WithDayPart(c);
            if (c.Strong || (_lx[c.First].Kind == LexKind.Number && (!IsWord(c.Last + 1) || _lx[c.First].Lower.Contains('.', StringComparison.Ordinal))))
            {
                var baseValue = value == "P1D" ? "" : value;
                var t = baseValue.IndexOf('T', StringComparison.Ordinal);
                var part = t >= 0 ? baseValue[(t + 1)..] : null;
                if (t >= 0)
                {
                    baseValue = baseValue[..t];
                }

                var h = c.Meridiem ? c.Hour : ShiftToPart(c.Hour, part);
                return new DateMatch(first, c.Last, baseValue + "T" + Hm(h, c.Minute), DateGranularities.Set, false, false);
            }
        }

        return new DateMatch(first, last, value, DateGranularities.Set, false, false);
    }

    /// <summary>"daily", "weekly", "monthly", "quarterly", "annually", "everyday", "bi-monthly", "semi-annually".</summary>
    private DateMatch? TrySetAdverb(int i)
    {
        var w = W(i);
        var first = i;
        var factor = 1.0;
        if (w is "bi" or "semi" && W(i + 1) == "-" && Glued(i, i + 1) && Glued(i + 1, i + 2))
        {
            factor = w == "bi" ? 2 : 0.5;
            i += 2;
            w = W(i);
        }

        var value = w switch
        {
            "daily" or "everyday" => "D",
            "weekly" => "W",
            "biweekly" or "fortnightly" => "2W",
            "monthly" => "M",
            "bimonthly" => "2M",
            "quarterly" => "3M",
            "yearly" or "annually" => "Y",
            "hourly" => "TH",
            _ => null,
        };

        // "the Daily Mail", "Weekly Standard", "the party daily Granma": a name.
        if (value is null || (IsCapitalized(first) && first > 0 && !IsClauseBreak(first - 1, includeComma: false)) || (IsWord(i + 1) && IsCapitalized(i + 1)))
        {
            return null;
        }

        var n = value.Length > 1 && char.IsAsciiDigit(value[0]) ? value[0] - '0' : 1;
        var letter = value[^1..];
        var number = (n * factor).ToString("0.##", Inv);
        var timex = value.StartsWith('T') ? "PT" + number + "H" : "P" + number + letter;
        if (w == "everyday" || w == "daily")
        {
            return SetWithTime(first, i, timex, timeable: false);
        }

        return new DateMatch(first, i, timex, DateGranularities.Set, false, false);
    }

    /// <summary>"Thursdays", "Friday mornings", "Thursdays at 17.30": a capitalised plural weekday is a set.</summary>
    private DateMatch? TryWeekdayPlural(int i)
    {
        var w = W(i);
        if (w.Length < 7 || w[^1] != 's' || !DateWords.Weekdays.TryGetValue(w[..^1], out var dow) || !IsCapitalized(i))
        {
            return null;
        }

        var value = "XXXX-WXX-" + IsoDay(dow).ToString(Inv);
        var last = i;
        if (W(i + 1) is "mornings" or "afternoons" or "evenings" or "nights" && DayPartCode(W(i + 1)) is { } p)
        {
            value += "T" + p;
            last++;
        }

        return SetWithTime(i, last, value, timeable: true);
    }

    /// <summary>"3pm each day", "6am everyday": a time that recurs.</summary>
    private DateMatch RecurringTime(DateMatch t)
    {
        if (!t.ClockOnly || t.EndValue is not null || t.Value is not { Length: > 10 } v)
        {
            return t;
        }

        var k = t.LastLex + 1;
        var last = W(k) is "each" or "every" && W(k + 1) == "day" ? k + 1 : W(k) is "everyday" or "daily" ? k : -1;
        return last < 0 ? t : new DateMatch(t.FirstLex, last, v[10..], DateGranularities.Set, false, false);
    }

    // ---- offsets from the publication date ------------------------------------------------------------------

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

    /// <summary>"the day after tomorrow", "the day before yesterday".</summary>
    private DateMatch? TryDayAfterTomorrow(int first, int k)
    {
        if (_anchor is not { } a || W(k) != "day" || !(W(k + 1) == "after" && W(k + 2) == "tomorrow" || W(k + 1) == "before" && W(k + 2) == "yesterday"))
        {
            return null;
        }

        return new DateMatch(first, k + 2, Day(a.AddDays(W(k + 1) == "after" ? 2 : -2)), DateGranularities.Day, true, true);
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
}

internal sealed partial class DateScanner
{
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
}

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

    /// <summary>"23.04.2022": day, month and year with dots (European style).</summary>
    private DateMatch? TryDottedDate(int i)
    {
        var raw = _lx[i].Lower;
        if (raw.Length != 5 || raw[2] != '.' || W(i + 1) != "." || !Glued(i, i + 1) || !Glued(i + 1, i + 2) || !IsYearNumber(i + 2)
            || !int.TryParse(raw.AsSpan(0, 2), NumberStyles.None, Inv, out var d) || !int.TryParse(raw.AsSpan(3, 2), NumberStyles.None, Inv, out var mo)
            || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(YearOf(i + 2), mo))
        {
            return null;
        }

        return new DateMatch(i, i + 2, Day(new DateOnly(YearOf(i + 2), mo, d)), DateGranularities.Day, false, false);
    }
}

internal sealed partial class DateScanner
{
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
                year = ClosestYear(a, mo, 15, HasFutureCue(first, t));
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

    /// <summary>"Sep-23-2020", "2019-aug-1", "23/Sep/2020", "2020/23/Sep", "Jan/3": a month name glued by "/" or "-" to a day and maybe a year.</summary>
    private DateMatch? TryGluedMonthDate(int i)
    {
        var sep = W(i + 1);
        if (sep is not ("/" or "-") || !Glued(i, i + 1) || !Glued(i + 1, i + 2) || i + 2 >= _lx.Length)
        {
            return null;
        }

        var count = W(i + 3) == sep && Glued(i + 2, i + 3) && Glued(i + 3, i + 4) && i + 4 < _lx.Length ? 3 : 2;
        int? month = null, day = null, year = null;
        var secondMonth = false;
        for (var c = 0; c < count; c++)
        {
            var j = i + 2 * c;
            var w = W(j);
            if (DateWords.Months.TryGetValue(w, out var mo) || DateWords.MonthAbbreviations.TryGetValue(w, out mo))
            {
                if (month is not null)
                {
                    if (c == 1 && count == 2)
                    {
                        secondMonth = true;
                        continue;
                    }

                    return null;
                }

                month = mo;
            }
            else if (IsNumber(j) && IsPlainDigits(j) && _lx[j].Length == 4 && year is null)
            {
                year = YearOf(j);
            }
            else if (IsNumber(j) && IsPlainDigits(j) && _lx[j].Length <= 2 && day is null)
            {
                day = int.Parse(_lx[j].Lower, Inv);
            }
            else
            {
                return null;
            }
        }

        var last = i + 2 * (count - 1);
        // "Jan-Feb 2017": two months and their year.
        if (secondMonth && month is { } m1 && sep == "-" && IsYearNumber(i + 3)
            && (DateWords.Months.TryGetValue(W(i + 2), out var m2) || DateWords.MonthAbbreviations.TryGetValue(W(i + 2), out m2)) && m2 > m1)
        {
            var yy = YearOf(i + 3).ToString("0000", Inv);
            return new DateMatch(i, i + 3, yy + "-" + m1.ToString("00", Inv), DateGranularities.Month, false, false) { EndValue = yy + "-" + m2.ToString("00", Inv) };
        }

        if (secondMonth || month is not { } m || (IsNumber(last + 1) || IsWord(last + 1)) && Glued(last, last + 1) || (W(last + 1) == sep && Glued(last, last + 1)))
        {
            return null;
        }

        if (day is { } d)
        {
            return MonthDay(i, last, m, d, year);
        }

        return year is { } y && count == 2 ? new DateMatch(i, last, y.ToString("0000", Inv) + "-" + m.ToString("00", Inv), DateGranularities.Month, false, false) : null;
    }
}

internal sealed partial class DateScanner
{
    /// <summary>"nineteen ninety six" (1996), "eighteen twelve", "two thousand and fifteen", "two thousand": a year in words.</summary>
    private bool WrittenYear(int i, out int year, out int last)
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
            return !(IsWord(last + 1) && !(W(last + 1) is "and" or "or" or "to" or "in" or "on" or "at" or "was" or "were" or "is" or "will") && last == i + 1 && !IsClauseBreak(last + 1, includeComma: true));
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

        // "nineteen ninety people": a count.
        if (IsWord(last + 1) && !(W(last + 1) is "and" or "or" or "to" or "in" or "on" or "at" or "was" or "were" or "is" or "will" or "when"))
        {
            return null;
        }

        return new DateMatch(i, last, year.ToString("0000", Inv), DateGranularities.Year, false, false);
    }

    /// <summary>"15th century", "21st century": TIMEX3 century "14", "20".</summary>
    private DateMatch? TryCentury(int i)
    {
        if (!TryDayNumber(i, out var c, out var cl) || cl == i || W(cl + 1) != "century")
        {
            return null;
        }

        return new DateMatch(i, cl + 1, (c - 1).ToString("00", Inv), DateGranularities.Century, false, false);
    }
}

internal sealed partial class DateScanner
{
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
