using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Clock times ("7:30 pm", "8am", "noon", "half past seven", "3 in the morning"), time ranges ("5 to 6pm",
/// "between 9am and 11am"), parts of a day ("this morning" → TMO) and their composition with a date
/// ("tomorrow at 5pm", "Friday 8:00", "3pm today", "Monday from 10am to 12pm"). A bare number is never a time: it needs
/// a clock colon, am/pm, "o'clock", a time-of-day phrase, or a partner in a range or after "at" that is one.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>A clock reading over lexemes First..Last. Hour is 0–23 when <see cref="Meridiem"/> was given, else as written (0–24).</summary>
    private readonly record struct Clock(int First, int Last, int Hour, int Minute, bool Meridiem, bool Strong);

    /// <summary>TIMEX3 part-of-day codes.</summary>
    private static string? DayPartCode(string w) => w switch
    {
        "morning" or "mornings" => "MO",
        "afternoon" or "afternoons" => "AF",
        "evening" or "evenings" => "EV",
        "night" or "nights" or "overnight" or "tonight" or "tonite" or "nighttime" => "NI",
        "daytime" => "DT",
        _ => null,
    };

    /// <summary>Reads a clock at <paramref name="i"/>; false when there is none. Weak readings (a bare "5") are for ranges and "at 5" only.</summary>
    private bool ParseClock(int i, out Clock clock)
    {
        clock = default;
        if (i < 0 || i >= _lx.Length)
        {
            return false;
        }

        if (NamedClock(i, out clock) is { } named)
        {
            return named;
        }

        var parts = new ClockParts { Last = i };
        var decided = IsNumber(i) ? DigitClock(i, ref parts, out clock)
            : NumberWords.Cardinals.TryGetValue(W(i), out var cw) && cw is >= 1 and < 60 ? WordClock(i, cw, ref parts, out clock)
            : false;
        return decided ?? FinishClock(i, parts, out clock);
    }

    /// <summary>What a clock read so far: hour, minute, its last lexeme and how it was written.</summary>
    private struct ClockParts
    {
        public int Hour;
        public int Minute;
        public int Last;
        public bool Colon;
        public bool Dotted;
        public bool Compact;
        public bool Word;
    }

    /// <summary>"noon", "midnight", "half past seven", "quarter to six"; null when the word names no clock.</summary>
    private bool? NamedClock(int i, out Clock clock)
    {
        clock = default;
        var w = W(i);
        switch (w)
        {
            case "noon" or "midday" or "noonish" or "noontime":
                // "High Noon" (a title), "high noon" (an idiom).
                if (W(i - 1) == "high")
                {
                    return false;
                }

                clock = new Clock(i, i, 12, 0, true, true);
                return true;
            case "midnight":
                clock = new Clock(i, i, 0, 0, true, true);
                return true;
            case "half" or "quarter" when W(i + 1) is "past" or "after" || (w == "quarter" && W(i + 1) is "to" or "before"):
                return ParsePast(i, w == "half" ? 30 : 15, i + 1, out clock);
            default:
                return null;
        }
    }

    /// <summary>"7", "7:30", "12:30:15", "7.30", "0730", "15 past seven"; null to go on to the am/pm suffix.</summary>
    private bool? DigitClock(int i, ref ClockParts c, out Clock clock)
    {
        clock = default;
        var raw = _lx[i].Lower;
        var dot = raw.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            if (dot == 0 || raw.Length - dot - 1 != 2 || !int.TryParse(raw.AsSpan(0, dot), NumberStyles.None, Inv, out c.Hour)
                || !int.TryParse(raw.AsSpan(dot + 1), NumberStyles.None, Inv, out c.Minute))
            {
                return false;
            }

            c.Dotted = true;
        }
        else if (!IsPlainDigits(i) || raw.Length > 4)
        {
            return false;
        }
        else if (raw.Length <= 2)
        {
            c.Hour = int.Parse(raw, Inv);
        }
        else
        {
            var v = int.Parse(raw, Inv);
            (c.Hour, c.Minute, c.Compact) = (v / 100, v % 100, true);
        }

        if (!c.Dotted && !c.Compact && W(i + 1) == ":" && Glued(i, i + 1) && IsNumber(i + 2) && Glued(i + 1, i + 2) && _lx[i + 2].Length == 2 && IsPlainDigits(i + 2))
        {
            c.Minute = int.Parse(_lx[i + 2].Lower, Inv);
            c.Last = i + 2;
            c.Colon = true;

            // "12:30:15": seconds dropped; "1:2:3" is no clock.
            if (W(i + 3) == ":" && Glued(i + 2, i + 3))
            {
                if (!(IsNumber(i + 4) && Glued(i + 3, i + 4) && _lx[i + 4].Length == 2 && IsPlainDigits(i + 4)))
                {
                    return false;
                }

                c.Last = i + 4;
            }
        }

        // "15 past seven", "20 minutes past eight"
        if (!c.Colon && !c.Dotted && !c.Compact && c.Hour is >= 1 and <= 59 && !(W(i - 1) is ":" && Glued(i - 1, i)))
        {
            var p = W(i + 1) is "min" or "mins" or "minute" or "minutes" ? i + 2 : i + 1;
            if (W(p) is "past" or "after" && ParsePast(i, c.Hour, p, out clock))
            {
                return true;
            }
        }

        return null;
    }

    /// <summary>"seven", "nine thirty", "five-thirty", "twenty past eight"; null to go on to the am/pm suffix.</summary>
    private bool? WordClock(int i, int cw, ref ClockParts c, out Clock clock)
    {
        clock = default;
        var minutes = cw;
        var p = i + 1;
        if (cw is >= 20 and < 60 && cw % 10 == 0 && (W(p) == "-" ? NumberWords.Cardinals.TryGetValue(W(p + 1), out var u) : NumberWords.Cardinals.TryGetValue(W(p), out u)) && u is > 0 and < 10)
        {
            minutes += u;
            p += W(p) == "-" ? 2 : 1;
        }

        if (W(p) is "min" or "mins" or "minute" or "minutes")
        {
            p++;
        }

        if (W(p) is "past" or "after")
        {
            return ParsePast(i, minutes, p, out clock);
        }

        if (cw > 12)
        {
            return false;
        }

        c.Hour = cw;
        c.Word = true;

        // "nine thirty", "five-thirty", "six forty-three (minutes)", "two forty five": a clock in words.
        var mk = W(i + 1) == "-" && Glued(i, i + 1) ? i + 2 : i + 1;
        if (NumberWords.Cardinals.TryGetValue(W(mk), out var tens) && tens is >= 10 and < 60 && (tens < 20 || tens % 10 == 0))
        {
            var ml = mk;
            if (tens >= 20 && (W(mk + 1) == "-" ? NumberWords.Cardinals.TryGetValue(W(mk + 2), out var mu) : NumberWords.Cardinals.TryGetValue(W(mk + 1), out mu)) && mu is > 0 and < 10)
            {
                tens += mu;
                ml += W(mk + 1) == "-" ? 2 : 1;
            }

            if (W(ml + 1) is "minutes" or "min" or "mins")
            {
                ml++;
            }

            var after = W(ml + 1);
            if (ml + 1 >= _lx.Length || !(IsWord(ml + 1) || after == "-") || after is "am" or "pm" or "a" or "p" or "to" or "tomorrow" or "today" or "tonight" or "this" or "in" or "on")
            {
                (c.Minute, c.Last, c.Colon) = (tens, ml, true);
            }
        }

        return null;
    }

    /// <summary>The am/pm or o'clock after a clock, then the checks that make it one ("0730" needs am/pm or its zero).</summary>
    private bool FinishClock(int i, ClockParts c, out Clock clock)
    {
        clock = default;
        var (hour, minute, last) = (c.Hour, c.Minute, c.Last);
        var meridiem = 0;
        var oclock = false;
        var s = W(last + 1);
        if (s is "am" or "pm")
        {
            meridiem = s == "am" ? 1 : 2;
            last++;
        }
        else if (s is "a" or "p" && W(last + 2) == "." && W(last + 3) == "m" && Glued(last + 1, last + 2) && Glued(last + 2, last + 3))
        {
            meridiem = s == "a" ? 1 : 2;
            last += 3;
            if (W(last + 1) == "." && Glued(last, last + 1))
            {
                last++;
            }
        }
        else if (s is "a" or "p" && Glued(last, last + 1) && !(IsWord(last + 2) && Glued(last + 1, last + 2)) && (s == "a" || c.Colon || IsWord(i - 1) && W(i - 1) is "at" or "until" or "from" or "till"))
        {
            // A bare hour with a glued "p" is pence in British news ("the 10p rate", "cut by 1p"); "7:30p" and "at 7p" stay times.
            meridiem = s == "a" ? 1 : 2;
            last++;
        }
        else if (s is "o'clock" or "oclock" or "o\u2019clock")
        {
            oclock = true;
            last++;
        }

        if (minute > 59 || hour > 24 || (hour == 24 && minute > 0) || (meridiem != 0 && hour is < 1 or > 12))
        {
            return false;
        }

        // A four-digit "0730" is a clock only with am/pm or a leading zero; "2013" never is.
        if ((c.Compact && meridiem == 0 && _lx[i].Lower[0] != '0') || (c.Word && meridiem == 0 && !oclock && !c.Colon))
        {
            return false;
        }

        if (meridiem == 2 && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == 1 && hour == 12)
        {
            hour = 0;
        }

        clock = new Clock(i, last, hour, minute, meridiem != 0, meridiem != 0 || c.Colon || oclock);
        return true;
    }

    /// <summary>"half past seven", "quarter to eight", "15 past seven o'clock": minutes at <paramref name="first"/>, "past"/"to" at <paramref name="p"/>.</summary>
    private bool ParsePast(int first, int minutes, int p, out Clock clock)
    {
        clock = default;
        var h = p + 1;
        int hour;
        if (IsNumber(h) && IsPlainDigits(h) && _lx[h].Length <= 2)
        {
            hour = int.Parse(_lx[h].Lower, Inv);
        }
        else if (!NumberWords.Cardinals.TryGetValue(W(h), out hour))
        {
            return false;
        }

        if (hour is < 1 or > 12 || minutes is < 1 or > 59)
        {
            return false;
        }

        var last = h;
        if (W(h + 1) is "o'clock" or "oclock" or "o\u2019clock")
        {
            last++;
        }

        if (W(p) is "to" or "before")
        {
            hour = hour == 1 ? 12 : hour - 1;
            minutes = 60 - minutes;
        }

        // "half past 6 pm", "quarter to eight a.m.": the half of the day written after the hour.
        var meridiem = WrittenMeridiem(last + 1, out var meridiemLast);
        if (meridiem != 0)
        {
            last = meridiemLast;
            hour = meridiem == 2 ? hour % 12 + 12 : hour % 12;
        }

        clock = new Clock(first, last, hour, minutes, meridiem != 0, true);
        return true;
    }

    /// <summary>"am"/"pm" or "a.m."/"p.m." at <paramref name="k"/>: 1 for am, 2 for pm, 0 for neither; <paramref name="last"/> its last lexeme.</summary>
    private int WrittenMeridiem(int k, out int last)
    {
        last = k;
        var s = W(k);
        if (s is "am" or "pm")
        {
            return s == "am" ? 1 : 2;
        }

        if (s is "a" or "p" && W(k + 1) == "." && W(k + 2) == "m" && Glued(k, k + 1) && Glued(k + 1, k + 2))
        {
            last = W(k + 3) == "." && Glued(k + 2, k + 3) ? k + 3 : k + 2;
            return s == "a" ? 1 : 2;
        }

        return 0;
    }

    /// <summary>"in the morning", "in the afternoon", "at night" after a clock: the half of the day, and the longer span.</summary>
    private Clock WithDayPart(Clock c)
    {
        string? code = null;
        var last = c.Last;
        if (W(c.Last + 1) == "in" && W(c.Last + 2) == "the" && DayPartCode(W(c.Last + 3)) is { } inThe)
        {
            (code, last) = (inThe, c.Last + 3);
        }
        else if (W(c.Last + 1) == "at" && W(c.Last + 2) == "night")
        {
            (code, last) = ("NI", c.Last + 2);
        }
        else if (W(c.Last + 1) is "early" or "late" && W(c.Last + 2) is "morning" or "afternoon" or "evening" or "night" && DayPartCode(W(c.Last + 2)) is { } modified)
        {
            // "8:00 early morning", "10 late evening"
            (code, last) = (modified, c.Last + 2);
        }

        if (code is null || c.Meridiem)
        {
            return code is null ? c : c with { Last = last };
        }

        return c with { Last = last, Hour = ShiftToPart(c.Hour, code), Meridiem = true, Strong = true };
    }

    private static int ShiftToPart(int hour, string? part) =>
        part is "AF" or "EV" || (part == "NI" && hour >= 6) ? (hour < 12 ? hour + 12 : hour) : (part == "MO" && hour == 12 ? 0 : hour);

    private static string Hm(int hour, int minute) => hour.ToString("00", Inv) + ":" + minute.ToString("00", Inv);

    private string AnchorDay() => _anchor is { } a ? Day(a) : "XXXX-XX-XX";

    /// <summary>A time at the number or word <paramref name="i"/>: "7pm", "19:00", "noon", "5 to 6pm", "3 in the morning".</summary>
    private DateMatch? TryTime(int i)
    {
        if (!ParseClock(i, out var a))
        {
            return null;
        }

        var range = TryClockRange(i, a, allowWeak: false, between: false, part: null);
        if (range is not null)
        {
            return range;
        }

        a = WithDayPart(a);
        if (!a.Strong)
        {
            return null;
        }

        return ClockMatch(i, a.Last, Hm(a.Hour, a.Minute), null) with { NoMeridiem = !a.Meridiem };
    }

    private DateMatch ClockMatch(int first, int last, string start, string? end) =>
        new(first, last, AnchorDay() + "T" + start, DateGranularities.Time, true, _anchor is not null)
        {
            EndValue = end is null ? null : AnchorDay() + "T" + end,
            ClockOnly = true,
        };

    /// <summary>
    /// "5 to 6pm", "1-3 pm", "9.30-4.30pm", "between 9am and 11am" from clock <paramref name="a"/>: the start, and the end in
    /// <see cref="DateMatch.EndValue"/>. An end without am/pm follows the start's half of the day and the other way round.
    /// </summary>
    private DateMatch? TryClockRange(int first, Clock a, bool allowWeak, bool between, string? part)
    {
        a = WithDayPart(a);
        var k = a.Last + 1;
        var conn = W(k);
        if (!IsRangeWord(conn, between))
        {
            return null;
        }

        if (!ParseClock(k + 1, out var b))
        {
            return null;
        }

        b = WithDayPart(b);
        // Two bare numbers are a score ("3-2") unless the caller knows better; "0730-0930" is a time.
        if (!a.Strong && !b.Strong && (_lx[a.First].Kind != LexKind.Number || _lx[b.First].Kind != LexKind.Number))
        {
            return null;
        }

        if (!a.Strong && !b.Strong && !allowWeak && !(_lx[a.First].Length == 4 && _lx[b.First].Length == 4))
        {
            return null;
        }

        int h1 = a.Hour, h2 = b.Hour;
        if (!a.Meridiem && part is not null)
        {
            h1 = ShiftToPart(h1, part);
        }

        if (!b.Meridiem && part is not null)
        {
            h2 = ShiftToPart(h2, part);
        }

        if (!a.Meridiem && b.Meridiem && h2 >= 12 && h1 < 12 && (h1 + 12) * 60 + a.Minute <= h2 * 60 + b.Minute)
        {
            h1 += 12;
        }
        else if (a.Meridiem && !b.Meridiem && h2 < 12 && (h2 < h1 || (h2 == h1 && b.Minute < a.Minute)))
        {
            h2 += 12;
        }
        else if (!a.Meridiem && !b.Meridiem && h2 < h1 && h2 < 12 && h2 + 12 > h1)
        {
            h2 += 12;
        }

        if (h1 > 24 || h2 > 24)
        {
            return null;
        }

        return ClockMatch(first, b.Last, Hm(h1 % 24, a.Minute), Hm(h2 % 24, b.Minute)) with { NoMeridiem = !a.Meridiem && !b.Meridiem };
    }

    /// <summary>
    /// A date followed by its time: "tomorrow at 5pm", "tomorrow 8:00am", "Friday 8:00", "tonight around 3",
    /// "Monday morning from 10am to 12pm", "next evening between 10:30 and 11:45". The value is the date at that time.
    /// </summary>
    private DateMatch AttachTime(DateMatch m)
    {
        if (m.Value is not { Length: >= 10 } v || v[4] != '-' || (m.Granularity == DateGranularities.Day ? v.Length != 10 : m.DayPart is null))
        {
            return m;
        }

        // A holiday keeps its time apart ("Christmas eve" and "6 p.m."), as upstream marks them; a month is no holiday ("May 5").
        if ((Holidays.ByFirstWord.ContainsKey(W(m.FirstLex)) && !DateWords.Months.ContainsKey(W(m.FirstLex))) || W(m.FirstLex) == "easter")
        {
            return m;
        }

        var date = v[..10];
        var part = m.DayPart;
        var k = m.LastLex + 1;

        // "June 5th, 3:30 pm", "Friday, 10 a.m.": after a comma only a clock with am/pm or minutes.
        if (W(k) == "," && ParseClock(k + 1, out var afterComma) && afterComma.Strong)
        {
            k++;
        }

        var w = W(k);
        DateMatch? time = null;
        if (w is "from" or "between" && ParseClock(k + 1, out var a))
        {
            time = TryClockRange(k, a, allowWeak: true, between: w == "between", part);
        }
        else
        {
            // "at 7", "around 7", "at around 7", "at about 7"
            var at = w is "at" && W(k + 1) is "around" or "about" ? k + 2 : w is "at" or "around" or "about" or "by" or "before" or "after" ? k + 1 : k;
            if (ParseClock(at, out var c))
            {
                // "Monday 11-4", "next Monday 6-8": two bare hours right after the day, and nothing after them.
                var hours = at == k && W(c.Last + 1) == "-" && Glued(c.Last, c.Last + 1) && Glued(c.Last + 1, c.Last + 2) && c.Hour is >= 1 and <= 12
                    && ParseClock(c.Last + 2, out var c2) && c2.Hour is >= 1 and <= 12 && c2.Last == c.Last + 2
                    && (c2.Last + 1 >= _lx.Length || W(c2.Last + 1) is "." or "," or "?" or "!" or ";");
                time = TryClockRange(at, c, allowWeak: hours, between: false, part);
                if (time is null)
                {
                    c = WithDayPart(c);
                    var weakOk = at != k && _lx[c.First].Kind == LexKind.Number && (c.Hour is >= 1 and <= 12 || _lx[c.First].Lower.Contains('.', StringComparison.Ordinal))
                        && !IsWord(c.Last + 1) && W(c.Last + 1) is not ("-" or "%" or "/" or ":");
                    if (c.Strong || weakOk)
                    {
                        var h = c.Meridiem ? c.Hour : ShiftToPart(c.Hour, part);
                        time = ClockMatch(at, c.Last, Hm(h, c.Minute), null);
                    }
                }
            }
        }

        time ??= FollowingClock(k);
        if (time is null)
        {
            return m;
        }

        return new DateMatch(m.FirstLex, time.LastLex, date + time.Value![10..], DateGranularities.Time, m.Relative, m.UsedAnchor)
        {
            EndValue = time.EndValue is { } e ? date + e[10..] : null,
            AlternativeValue = m.AlternativeValue is { Length: >= 10 } alt ? alt[..10] + time.Value[10..] : null,
        };
    }

    /// <summary>
    /// Any time of day the grammar reads on its own, right after a day ("14th Feb from 9:30am for 7 hours", "Friday before
    /// 2.30pm"): a time part parsed alone composes with every date before it, as the forms above do.
    /// </summary>
    private DateMatch? FollowingClock(int k)
    {
        if (k >= _lx.Length)
        {
            return null;
        }

        // The time may start after its preposition ("from 9:30am for 7 hours" is read from "9:30am", then widened).
        var t = TryAt(k) ?? (W(k) is "from" or "at" && k + 1 < _lx.Length ? TryAt(k + 1) : null);
        if (t is not { ClockOnly: true })
        {
            return null;
        }

        t = ForHours(t);
        return t.Value is { Length: > 11 } v && v[10] == 'T' && t.FirstLex == k ? t : null;
    }

    /// <summary>A time followed by its date: "3pm today", "8am this morning", "10 p.m. Wednesday", "from 3:30 to 5:55 on 1/1/2015".</summary>
    private static readonly HashSet<string> TimeZones = new(StringComparer.Ordinal)
    {
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "bst", "utc", "cet", "cest", "et", "pt", "ct", "mt",
    };

    private DateMatch AttachDate(DateMatch t)
    {
        var k = t.LastLex + 1;

        // "5 p.m. EST Nov. 9", "9 a.m. EST, Tuesday": a time zone between the time and its date.
        if (TimeZones.Contains(W(k)) && _lx[k].Length >= 2 && char.IsUpper(_text[_lx[k].Start]))
        {
            k += W(k + 1) == "," ? 2 : 1;
        }

        if (W(k) == "on")
        {
            k++;
        }
        else if (W(k) == "," && k + 1 < _lx.Length && IsCapitalized(k + 1) && (WeekdayOf(k + 1) is not null || DateWords.Months.ContainsKey(W(k + 1)) || DateWords.MonthAbbreviations.ContainsKey(W(k + 1))))
        {
            // "3pm, June 5", "10 a.m., Friday": a weekday or a month-day after the comma.
            k++;
        }

        if (k >= _lx.Length || !(IsWord(k) || IsNumber(k)))
        {
            return t;
        }

        var w = W(k);
        if (!(w is "today" or "tomorrow" or "yesterday" or "tonight" or "tonite" or "this" or "last" or "next" or "the" || IsNumber(k)
            || WeekdayOf(k) is not null || DateWords.Months.ContainsKey(w) || DateWords.MonthAbbreviations.ContainsKey(w)))
        {
            return t;
        }

        var d = TryCore(k);
        if (d is not { Value: { Length: >= 10 } dv } || dv[4] != '-' || d.ClockOnly || !(d.Granularity == DateGranularities.Day ? dv.Length == 10 : d.DayPart is not null))
        {
            return t;
        }

        var date = dv[..10];
        var start = t.Value![10..];
        var end = t.EndValue?[10..];
        if (t.NoMeridiem && d.DayPart is { } part)
        {
            // "between 7 and 9:30 last night": the evening's hours.
            start = "T" + Hm(ShiftToPart(int.Parse(start.AsSpan(1, 2), Inv), part), int.Parse(start.AsSpan(4, 2), Inv));
            end = end is null ? null : "T" + Hm(ShiftToPart(int.Parse(end.AsSpan(1, 2), Inv), part) % 24, int.Parse(end.AsSpan(4, 2), Inv));
        }

        return new DateMatch(t.FirstLex, d.LastLex, date + start, DateGranularities.Time, true, d.UsedAnchor)
        {
            EndValue = end is null ? null : date + end,
        };
    }

    /// <summary>"today", "tomorrow night", "this morning": a day, or that day's part as a time ("2013-09-07TNI").</summary>
    private DateMatch? DeicticDay(int first, int i, int days)
    {
        if (_anchor is not { } a)
        {
            return null;
        }

        var day = Day(a.AddDays(days));
        // "tomorrow early morning", "yesterday late evening": the modifier goes with the part of the day, as after a weekday.
        var p = W(i + 1) is "early" or "late" && W(i + 2) is "morning" or "afternoon" or "evening" or "night" ? i + 2 : i + 1;
        var part = DayPartCode(W(p));
        if (part is not null && W(p) is not ("mornings" or "afternoons" or "evenings" or "nights" or "tonight" or "tonite"))
        {
            return new DateMatch(first, p, day + "T" + part, DateGranularities.Time, true, true) { DayPart = part };
        }

        return new DateMatch(first, i, day, DateGranularities.Day, true, true) { DayPart = W(i) is "tonight" or "tonite" ? "NI" : null };
    }

    /// <summary>
    /// "in the morning", "in the afternoon", "in the evening", and without the article ("in morning"): that part of the
    /// publication day (granularity time).
    /// </summary>
    private DateMatch? TryInTheDayPart(int i)
    {
        var p = W(i + 1) == "the" ? i + 2 : i + 1;
        // "in the night-time": the compound written with a hyphen.
        var last = W(p) is "night" or "day" && W(p + 1) == "-" && W(p + 2) == "time" && Glued(p, p + 1) && Glued(p + 1, p + 2) ? p + 2 : p;
        var word = last == p + 2 ? W(p) + "time" : W(p);
        if (W(i) != "in" || DayPartCode(word) is not { } part || word is "overnight" or "tonight" or "tonite" || (W(last + 1) == "-" && Glued(last, last + 1))
            || (p == i + 1 && word is not ("morning" or "afternoon" or "evening")))
        {
            return null;
        }

        return new DateMatch(i, last, AnchorDay() + "T" + part, DateGranularities.Time, true, _anchor is not null) { DayPart = part };
    }

    /// <summary>
    /// "one morning", "a morning", "another evening", "2 morning sessions": a part of a day counted, without its day: the
    /// part alone (TIMEX3 "TMO"), on the publication day as "in the morning" is.
    /// </summary>
    private DateMatch? TryCountedDayPart(int i)
    {
        var w = W(i);
        if (w is not ("morning" or "afternoon" or "evening") || DayPartCode(w) is not { } part || (W(i + 1) == "-" && Glued(i, i + 1))
            || !(W(i - 1) is "one" or "a" or "an" or "another" || (i > 0 && IsPlainDigits(i - 1) && _lx[i - 1].Length <= 2)))
        {
            return null;
        }

        return new DateMatch(i, i, AnchorDay() + "T" + part, DateGranularities.Time, true, _anchor is not null) { DayPart = part };
    }
}
