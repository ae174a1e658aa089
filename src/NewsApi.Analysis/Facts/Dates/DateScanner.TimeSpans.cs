using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Times bounded or measured: "before 2.30pm", "around 1pm", "for two hours from 3pm", "2 hours" as a clock span.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>"before 2.30pm", "after 3pm", "around 1pm", "circa 5 in the morning": a clock time with its approximation or bound, as upstream spans it.</summary>
    private DateMatch? TryBoundedTime(int i)
    {
        var k = W(i + 1) == "around" && W(i) is "after" or "before" or "from" ? i + 2 : i + 1;
        if (!ParseClock(k, out var c))
        {
            return null;
        }

        var weakOk = W(i) == "circa" || (W(i) == "at" && _lx[k].Kind == LexKind.Number && _lx[k].Lower.Contains('.', StringComparison.Ordinal)
            && (k + 1 >= _lx.Length || W(k + 1) is "?" or "!" or ","));
        var t = TryTime(k);

        // "at 7 tonight", "at 9 tomorrow morning": a bare hour is a time when a day with its part of the day comes right
        // after it ("closed at 7 on Friday", "stood at 3 yesterday" are levels).
        if (t is null && !weakOk && W(i) == "at" && _lx[k].Kind == LexKind.Number && IsPlainDigits(k) && c is { Hour: >= 1 and <= 12, Last: var cl } && cl == k
            && (W(cl + 1) is "tonight" or "tonite" || (W(cl + 1) is "this" or "tomorrow" or "yesterday" && W(cl + 2) is "morning" or "afternoon" or "evening" or "night"))
            && AttachDate(ClockMatch(k, cl, Hm(c.Hour, c.Minute), null) with { NoMeridiem = true }).LastLex > cl)
        {
            weakOk = true;
        }

        if (t is null && weakOk)
        {
            c = WithDayPart(c);
            t = c.Hour <= 24 ? ClockMatch(k, c.Last, Hm(c.Hour % 24, c.Minute), null) with { NoMeridiem = !c.Meridiem } : null;
        }

        // "at 5pm" keeps its preposition out of the span, like "on Friday"; "at 6.45" needs it to be a time at all.
        if (t is null || t.EndValue is not null || (W(i) == "at" && !weakOk) || (W(i) == "from" && k == i + 1))
        {
            return null;
        }

        return t with { FirstLex = i };
    }

    /// <summary>"2 hours", "2.5 hours", "3 hours 30 minutes", "90 minutes" at <paramref name="i"/>: the length in minutes and its last lexeme.</summary>
    private bool TryHourLength(int i, out int minutes, out int last)
    {
        minutes = 0;
        last = i;
        for (var part = 0; part < 2; part++)
        {
            double n;
            if (IsNumber(last) && double.TryParse(_lx[last].Lower, NumberStyles.AllowDecimalPoint, Inv, out var v) && v is > 0 and <= 48)
            {
                n = v;
            }
            else if (NumberWords.Cardinals.TryGetValue(W(last), out var c) && c > 0)
            {
                n = c;
            }
            else if (W(last) is "an" or "a" && part == 0)
            {
                n = 1;
            }
            else
            {
                break;
            }

            var unit = W(last + 1);
            var factor = unit is "hour" or "hours" or "hr" or "hrs" ? 60 : unit is "minute" or "minutes" or "min" or "mins" ? 1 : 0;
            if (factor == 0 || (part == 1 && factor == 60))
            {
                break;
            }

            minutes += (int)Math.Round(n * factor);
            last += 2;
        }

        last--;
        return minutes is > 0 and <= 48 * 60 && last > i;
    }

    private static string AddMinutes(string value, int minutes)
    {
        var t = value.IndexOf('T', StringComparison.Ordinal);
        var h = int.Parse(value.AsSpan(t + 1, 2), Inv);
        var m = int.Parse(value.AsSpan(t + 4, 2), Inv);
        var total = h * 60 + m + minutes;
        if (total >= 24 * 60 || value[0] == 'X')
        {
            return value[..(t + 1)] + Hm(total / 60 % 24, total % 60);
        }

        return value[..(t + 1)] + Hm(total / 60, total % 60);
    }

    /// <summary>"from 10 am for 3 hours 30 minutes": a start and its length make a time range.</summary>
    private DateMatch ForHours(DateMatch m)
    {
        // Only a start given with "from": "at 2pm for 1 hr" is a time and a duration.
        if (m.Granularity != DateGranularities.Time || !m.ClockOnly || W(m.FirstLex - 1) != "from" || m.EndValue is not null || m.DayPart is not null || m.Value is not { Length: 16 } v || v[10] != 'T'
            || W(m.LastLex + 1) != "for" || !TryHourLength(m.LastLex + 2, out var minutes, out var last) || v[..10] != (v[0] == 'X' ? "XXXX-XX-XX" : v[..10]))
        {
            return m;
        }

        var end = AddMinutes(v, minutes);
        if (string.CompareOrdinal(end[11..], v[11..]) < 0)
        {
            return m;
        }

        return m with { FirstLex = m.FirstLex - 1, LastLex = last, EndValue = end };
    }

    /// <summary>"for 2 hours from 2pm", "for 2.5 hours from 9": a length and its start make a time range.</summary>
    private DateMatch? TryHoursFrom(int i)
    {
        if (!TryHourLength(i + 1, out var minutes, out var last) || W(last + 1) != "from" || !ParseClock(last + 2, out var c))
        {
            return null;
        }

        c = WithDayPart(c);
        if (!c.Strong && !(_lx[c.First].Kind == LexKind.Number && c.Hour is >= 1 and <= 12 && !IsWord(c.Last + 1) && !IsNumber(c.Last + 1)))
        {
            return null;
        }

        var start = ClockMatch(i, c.Last, Hm(c.Hour % 24, c.Minute), null);
        var end = AddMinutes(start.Value!, minutes);
        return string.CompareOrdinal(end[11..], start.Value![11..]) < 0 ? null : start with { EndValue = end };
    }
}
