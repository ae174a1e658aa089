using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Recurring times (TIMEX3 SET): "every Monday", "daily", "Thursdays at 17.30", "each July".
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>
    /// "once a week", "twice a month", "once per year": a frequency is a set of its unit, as "every week" is (the
    /// Recognizers "once a" each-prefix; TIMEX3 SET with the count left to its freq).
    /// </summary>
    private DateMatch? TryOnceA(int i)
    {
        var value = W(i + 2) switch
        {
            "day" => "P1D",
            "week" => "P1W",
            "fortnight" => "P2W",
            "month" => "P1M",
            "quarter" => "P3M",
            "year" => "P1Y",
            "decade" => "P10Y",
            "century" => "P100Y",
            "hour" => "PT1H",
            _ => null,
        };
        // "Once A Day" in title case mid-sentence is a name.
        return value is null || W(i + 3) == "of" || (IsCapitalized(i + 2) && i > 0 && !IsClauseBreak(i - 1, includeComma: false))
            ? null
            : new DateMatch(i, i + 2, value, DateGranularities.Set, false, false);
    }

    /// <summary>"every Monday", "each week", "every other day", "every 15 minutes" (not "every minute counts"), "every evening at 7:13 p.m.", "each July".</summary>
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
        else if (IsNumber(k) && IsPlainDigits(k) && _lx[k].Length <= 3)
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
            "minute" or "minutes" when n > 1 || W(k - 1) == "other" => $"PT{n}M",
            "second" or "seconds" when n > 1 || W(k - 1) == "other" => $"PT{n}S",
            "decade" or "decades" => $"P{10 * n}Y",
            "century" or "centuries" => $"P{100 * n}Y",
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
}
