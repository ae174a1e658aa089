using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Deictic dates relative to the publication date: "last week", "this year", "next September", "two years ago", quarters
/// ("the third quarter", "Q3 2013") and seasons.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>"last week", "this year", "next month", "last summer", "last September", "last Friday", "this quarter".</summary>
    private DateMatch? TryRelativeUnit(int i, string? readAs = null)
    {
        var w = readAs ?? W(i);
        var k = i + 1;
        var direction = w switch
        {
            "last" or "past" or "previous" => -1,
            "next" or "coming" or "upcoming" => 1,
            _ => 0,
        };
        if (w == "past")
        {
            return null;
        }

        // "this calendar year", "this working week"
        if (W(k) is "calendar" or "working" or "business" && W(k + 1) is "year" or "week")
        {
            k++;
        }

        var unit = W(k);
        if (WeekdayOf(k) is not null)
        {
            return (w == "last" && W(k + 1) == "of" ? TryNthWeekdayOf(i, i) : null) ?? TryWeekday(i, k, direction);
        }

        if (IsTitle(i, k))
        {
            return null;
        }

        // "next 5/12": the next such day after the anchor; "last 5/12" the one before.
        if (direction != 0 && IsNumber(k) && TryMonthSlashDay(k) is { Value: { Length: 10 } md } && _anchor is { } an0
            && DateOnly.TryParseExact(md, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var mdDate))
        {
            while (direction > 0 && mdDate <= an0)
            {
                mdDate = mdDate.AddYears(1);
            }

            while (direction < 0 && mdDate >= an0)
            {
                mdDate = mdDate.AddYears(-1);
            }

            return new DateMatch(i, k + 2, Day(mdDate), DateGranularities.Day, true, true);
        }

        // "this past Wednesday", "this upcoming Friday"; "this past week", "this coming spring", "this past March": "this past"
        // reads as "last" and "this coming" as "next" (but "this coming weekend" is the weekend to come, as "this weekend"),
        // with "this" in the span.
        if (w == "this" && unit is "past" or "upcoming" or "coming")
        {
            return WeekdayOf(k + 1) is not null ? TryWeekday(i, k + 1, unit == "past" ? -1 : 1)
                : TryRelativeUnit(k, unit == "past" ? "last" : W(k + 1) == "weekend" ? "this" : "next") is { } relative ? relative with { FirstLex = i } : null;
        }

        // "the previous year" is relative to the story's time, not to the publication date (an anaphoric step); without the
        // article a period is the one before the publication date's ("sales for previous quarter"), as "last quarter" is.
        if (w == "previous" && (W(i - 1) is "the" or "a" or "its" or "their" or "his" or "her" || unit is not ("week" or "month" or "quarter" or "year")))
        {
            return null;
        }

        if (_anchor is not { } a)
        {
            return null;
        }

        if (unit == "night" && w == "last")
        {
            return new DateMatch(i, k, Day(a.AddDays(-1)) + "TNI", DateGranularities.Time, true, true) { DayPart = "NI" };
        }

        // "the next morning" is the story's next morning, not the publication date's.
        if (w is "this" or "next" && unit is "morning" or "afternoon" or "evening" && DayPartCode(unit) is { } part && !(w == "next" && W(i - 1) == "the"))
        {
            // "next evening" is tomorrow's.
            return new DateMatch(i, k, Day(a.AddDays(w == "next" ? 1 : 0)) + "T" + part, DateGranularities.Time, true, true) { DayPart = part };
        }

        if (unit == "week" && W(k + 1) == "of" && w == "last" && TryWeekOf(i, i) is { } lastWeekOf)
        {
            return lastWeekOf;
        }

        return RelativePeriod(i, k, unit, direction, a);
    }

    /// <summary>
    /// A programme or column named in title case inside a sentence (ABC's "This Week", on "Next Year"): the unit is
    /// capitalised like its modifier, and what comes before is a quotation mark, a possessive or a lower-case word, so the
    /// words do not open a sentence or a headline.
    /// </summary>
    private bool IsTitle(int i, int k) =>
        W(k) is "week" or "month" or "year" && IsCapitalized(i) && IsCapitalized(k) && i > 0
        && (W(i - 1) is "\"" or "\u201c" or "'s" or "\u2019s" || (_lx[i - 1].Kind == LexKind.Word && !IsCapitalized(i - 1)));

    /// <summary>"last week", "next month", "this quarter", "last decade", "next summer", "last September" at <paramref name="k"/>, relative to <paramref name="a"/>.</summary>
    private DateMatch? RelativePeriod(int i, int k, string unit, int direction, DateOnly a)
    {
        switch (unit)
        {
            case "week":
                return WeekThenWeekday(i, k, direction) ?? new DateMatch(i, k, Week(a.AddDays(7 * direction)), DateGranularities.Week, true, true);
            case "weekend":
                {
                    // The weekend of the anchor's ISO week; "last weekend" on a Monday is the one just gone.
                    var d = a.AddDays(7 * direction);
                    if (direction < 0 && a.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Wednesday)
                    {
                        d = a.AddDays(-7);
                    }

                    return new DateMatch(i, k, Week(d) + "-WE", DateGranularities.Week, true, true);
                }

            case "fortnight":
                return Fortnight(i, k, a, direction);
            case "month":
                return new DateMatch(i, k, Month(a.AddMonths(direction)), DateGranularities.Month, true, true);
            case "year":
                return PossessiveYearPeriod(i, k, a.Year + direction) ?? new DateMatch(i, k, (a.Year + direction).ToString("0000", Inv), DateGranularities.Year, true, true);
            case "quarter":
                {
                    var q = (a.Month - 1) / 3 + direction;
                    var y = a.Year + (int)Math.Floor(q / 4.0);
                    q = ((q % 4) + 4) % 4;
                    return new DateMatch(i, k, y.ToString("0000", Inv) + "-Q" + (q + 1).ToString(Inv), DateGranularities.Quarter, true, true);
                }

            case "decade":
                return new DateMatch(i, k, ((a.Year / 10) + direction).ToString(Inv), DateGranularities.Decade, true, true);
            case "century":
                return new DateMatch(i, k, ((a.Year / 100) + direction).ToString("00", Inv), DateGranularities.Century, true, true);
            default:
                break;
        }

        if (DateWords.Seasons.TryGetValue(unit, out var season))
        {
            var current = SeasonOf(a, out var currentYear);
            var order = SeasonIndex(season);
            var y = currentYear;
            if (direction < 0)
            {
                y = order < SeasonIndex(current) ? currentYear : currentYear - 1;
            }
            else if (direction > 0)
            {
                y = order > SeasonIndex(current) ? currentYear : currentYear + 1;
            }

            return new DateMatch(i, k, y.ToString("0000", Inv) + "-" + season, DateGranularities.Season, true, true);
        }

        if (DateWords.Months.TryGetValue(unit, out var month) && IsCapitalized(k))
        {
            var y = direction switch
            {
                < 0 => month < a.Month ? a.Year : a.Year - 1,
                > 0 => month > a.Month ? a.Year : a.Year + 1,
                _ => a.Year,
            };
            return new DateMatch(i, k, y.ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, true, true);
        }

        return null;
    }

    /// <summary>"the third quarter", "the 1990s", "the summer of 2013", "the 21st century", "the year 2000".</summary>
    private DateMatch? TryThe(int i)
    {
        var k = i + 1;
        var w = W(k);
        if (IsNumber(k))
        {
            return TheNumber(i, k);
        }

        if (w == "'" && TwoDigitDecade(i, k) is { } decade)
        {
            return decade;
        }

        if (w == "year" && IsYearNumber(k + 1))
        {
            return TryYear(i, k + 1);
        }

        // "the year two thousand"
        if (w == "year" && WrittenYear(k + 1, out var written, out var writtenLast, named: true))
        {
            return new DateMatch(i, writtenLast, written.ToString("0000", Inv), DateGranularities.Year, false, false);
        }

        if (DateWords.Seasons.ContainsKey(w) && W(k + 1) == "of" && (IsYearNumber(k + 2) || WrittenYear(k + 2, out _, out _)))
        {
            return TrySeasonYear(i, k);
        }

        if ((NumberWords.Ordinals.ContainsKey(w) || w is "twenty" or "thirty" or "last") && (TryCentury(i, k) ?? TryOrdinalOfMonth(i, k) ?? TryWeekOf(i, k) ?? TryNthWeekdayOf(i, k) ?? TryNthUnitOf(i, k) ?? TryBareDayOfMonth(i, k)) is { } ordinalOf)
        {
            return ordinalOf;
        }

        if (DecadeWords.ContainsKey(w))
        {
            return DecadeWord(i, k);
        }

        if (TryAnaphoricStep(i, k) is { } step)
        {
            return step;
        }

        // "the week of March 4", "the weekend of June 12": the ISO week (or its weekend) that holds the day.
        if (w is "week" or "weekend" && W(k + 1) == "of" && TryCore(k + 2) is { Granularity: DateGranularities.Day, Value: { Length: 10 } dayValue } day
            && DateOnly.TryParseExact(dayValue, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var held))
        {
            return new DateMatch(i, day.LastLex, Week(held) + (w == "weekend" ? "-WE" : ""), DateGranularities.Week, day.Relative, day.UsedAnchor);
        }

        // "the next decade", "the last century"
        if (w is "next" or "coming" or "last" && W(k + 1) is "decade" or "century" && TryRelativeUnit(k) is { } coming)
        {
            return coming with { FirstLex = i };
        }

        // "the mid-1990s", "the late '80s", "the early 1900s": a modified decade or century keeps its article, as the bare one does.
        if (w is "early" or "mid" or "late" && TryAtCore(k) is { Granularity: DateGranularities.Decade or DateGranularities.Century } modified)
        {
            return modified with { FirstLex = i };
        }

        if (w == "day")
        {
            return TryDayAfterTomorrow(i, k) ?? TheDay(i, k);
        }

        // "the past Monday", "the coming Friday": the relative modifiers of a bare weekday, with their article.
        if (w is "past" or "coming" or "upcoming" && WeekdayOf(k + 1) is not null)
        {
            return TryWeekday(i, k + 1, w == "past" ? -1 : 1);
        }

        if (QuarterOrdinal(k, out _, out _) || w is "fiscal")
        {
            return TheQuarter(i, k);
        }

        return TryTheReference(i, k) ?? TheUnit(i, k);
    }

    /// <summary>"the 1990s", "the 21st century", "the 3rd of May", "the 15th", "the 3rd quarter": "the" before a number at <paramref name="k"/>.</summary>
    private DateMatch? TheNumber(int i, int k)
    {
        if (TryYearPeriod(i, k) is { } yearPeriod)
        {
            return yearPeriod;
        }

        var decade = TryDecade(i, k);
        if (decade is not null)
        {
            return decade;
        }

        var dayOf = TryCentury(i, k) ?? TryOrdinalOfMonth(i, k) ?? TryWeekOf(i, k) ?? TryNthWeekdayOf(i, k) ?? (TryDayMonth(k) is { } dm ? dm with { FirstLex = i } : null);
        if (dayOf is null && QuarterOrdinal(k, out _, out var ordinalLast) && TryQuarter(i, k) is { } numbered)
        {
            // "the 3rd quarter" as "the third quarter"; "the 3rd-quarter loss" leaves the article to the noun.
            return W(ordinalLast + 1) == "-" ? numbered with { FirstLex = k } : YearBack(numbered);
        }

        return dayOf ?? TryBareDayOfMonth(i, k);
    }

    /// <summary>"the third quarter", "the fiscal second quarter", "the third-quarter loss" (the article left to the noun).</summary>
    private DateMatch? TheQuarter(int i, int k)
    {
        var w = W(k);
        // "the fiscal second quarter", "the fiscal-first quarter"
        var ordinal = w != "fiscal" ? k : W(k + 1) == "-" && Glued(k, k + 1) ? k + 2 : k + 1;
        var quarter = TryQuarter(i, ordinal);
        var ordinalLast = QuarterOrdinal(ordinal, out _, out var ol) ? ol : ordinal;

        // "the third-quarter loss": the article belongs to the noun, not to the date.
        if (quarter is not null && W(ordinalLast + 1) == "-" && Glued(ordinalLast, ordinalLast + 1))
        {
            return quarter with { FirstLex = k };
        }

        return quarter is null ? TheUnit(i, k) : YearBack(quarter);
    }

    /// <summary>The ordinal of a quarter or half at <paramref name="i"/>: a word ("third", "last") or digits with their suffix ("3rd", "4th").</summary>
    private bool QuarterOrdinal(int i, out int q, out int last)
    {
        last = i;
        if (DateWords.QuarterOrdinals.TryGetValue(W(i), out q))
        {
            return true;
        }

        if (IsNumber(i) && W(i) is "1" or "2" or "3" or "4" && IsWord(i + 1) && Glued(i, i + 1) && NumberWords.IsOrdinalSuffix(W(i + 1))
            && NumberWords.Ordinals.TryGetValue(W(i) switch { "1" => "first", "2" => "second", "3" => "third", _ => "fourth" }, out q))
        {
            last = i + 1;
            return true;
        }

        return false;
    }

    /// <summary>"third quarter", "the fourth-quarter", "the first half of 2013", "third quarter of last year", "the 3rd quarter".</summary>
    private DateMatch? TryQuarter(int first, int i)
    {
        if (!QuarterOrdinal(i, out var q, out var ordinalLast))
        {
            return null;
        }

        var k = W(ordinalLast + 1) == "-" && Glued(ordinalLast, ordinalLast + 1) ? ordinalLast + 2 : ordinalLast + 1;
        if (W(k) == "fiscal")
        {
            k++;
        }

        var unit = W(k);
        string code;
        if (unit is "quarter" or "quarters")
        {
            code = "Q" + q.ToString(Inv);
        }
        else if (unit is "half" && q <= 2)
        {
            code = "H" + q.ToString(Inv);
        }
        else if (unit is "half" && W(i) is "last" or "final" && first != i)
        {
            // "the last half of 2012"
            code = "H2";
        }
        else
        {
            return null;
        }

        if (W(i) is "last" or "final" && first == i)
        {
            return null;
        }

        var last = k;
        int? year = null;
        if (W(k + 1) == "of" && IsYearNumber(k + 2))
        {
            year = YearOf(k + 2);
            last = k + 2;
        }
        else if (W(k + 1) == "of" && W(k + 2) is "this" or "last" or "next" && W(k + 3) == "year" && _anchor is { } a0)
        {
            year = a0.Year + (W(k + 2) switch { "last" => -1, "next" => 1, _ => 0 });
            last = k + 3;
        }
        else if (W(k + 1) == "of" && W(k + 2) == "the" && W(k + 3) == "year")
        {
            // "the first quarter of the year": the year is inferred as for "the first quarter".
            last = k + 3;
        }
        else if (IsYearNumber(k + 1) && !IsYearNumberFollowedByUnit(k + 1))
        {
            // "third quarter 2020", "the first half 2013": the year right after the period, as "Q3 2020".
            year = YearOf(k + 1);
            last = k + 1;
        }
        else if (W(k + 1) == "of" && unit == "half")
        {
            // "the first half of March", "the second half of the month": a half of something else than a year.
            return null;
        }

        var inferred = year is null;
        if (year is null)
        {
            if (_anchor is not { } a)
            {
                return null;
            }

            var current = code[0] == 'Q' ? (a.Month - 1) / 3 + 1 : (a.Month - 1) / 6 + 1;
            year = q <= current || HasFutureCue(first, last) ? a.Year : a.Year - 1;
        }

        return new DateMatch(first, last, year.Value.ToString("0000", Inv) + "-" + code, DateGranularities.Quarter, inferred, inferred);
    }

    private DateMatch? TryQuarterCode(int i)
    {
        var q = W(i + 1)[0] - '0';
        var letter = W(i) == "h" ? 'H' : 'Q';

        // "Q1-2019", "q1-2019", "Q1 of 2019"
        var yl = (W(i + 2) == "-" && Glued(i + 1, i + 2) && Glued(i + 2, i + 3)) || (W(i + 2) == "of" && IsYearNumber(i + 3)) ? i + 3 : i + 2;
        if ((!char.IsUpper(_text[_lx[i].Start]) && !(yl == i + 3 && IsYearNumber(yl))) || (IsWord(i + 2) && Glued(i + 1, i + 2)))
        {
            return null;
        }

        return PeriodCode(i, i + 1, letter, q, yl == i + 3 && IsYearNumber(yl) ? yl : i + 2);
    }

    /// <summary>"3Q 2019", "1H 2013": the count first, glued to its letter, then a year or the anchor's nearest such period.</summary>
    private DateMatch? TryCountFirstPeriodCode(int i)
    {
        if (!(W(i) is "1" or "2" or "3" or "4" && W(i + 1) is "q" or "h" && Glued(i, i + 1) && char.IsUpper(_text[_lx[i + 1].Start])) || (W(i + 1) == "h" && W(i) is "3" or "4"))
        {
            return null;
        }

        return PeriodCode(i, i + 1, W(i + 1) == "h" ? 'H' : 'Q', W(i)[0] - '0', i + 2);
    }

    /// <summary>Quarter or half <paramref name="n"/> (letter Q or H) over lexemes first..last, of the year at <paramref name="yearAt"/> when one is written there, else the anchor's latest such period (or the next one in a clause about the future).</summary>
    private DateMatch? PeriodCode(int first, int last, char letter, int n, int yearAt)
    {
        var code = "-" + letter + n.ToString(Inv);
        if (IsYearNumber(yearAt))
        {
            return new DateMatch(first, yearAt, YearOf(yearAt).ToString("0000", Inv) + code, DateGranularities.Quarter, false, false);
        }

        if (_anchor is not { } a)
        {
            return null;
        }

        var current = letter == 'H' ? (a.Month - 1) / 6 + 1 : (a.Month - 1) / 3 + 1;
        var y = n <= current || HasFutureCue(first, last) ? a.Year : a.Year - 1;
        return new DateMatch(first, last, y.ToString("0000", Inv) + code, DateGranularities.Quarter, true, true);
    }

    private DateMatch? TrySeasonYear(int first, int i)
    {
        var code = DateWords.Seasons[W(i)];
        var y = W(i + 1) == "of" ? i + 2 : i + 1;
        if (IsYearNumber(y))
        {
            return new DateMatch(first, y, YearOf(y).ToString("0000", Inv) + "-" + code, DateGranularities.Season, false, false);
        }

        // "the winter of nineteen eighty-seven"
        return W(i + 1) == "of" && WrittenYear(y, out var written, out var last) && W(y) != "two"
            ? new DateMatch(first, last, written.ToString("0000", Inv) + "-" + code, DateGranularities.Season, false, false)
            : null;
    }

    private static string SeasonOf(DateOnly d, out int year)
    {
        year = d.Year;
        switch (d.Month)
        {
            case 12:
                year = d.Year + 1;
                return "WI";
            case 1 or 2:
                return "WI";
            case 3 or 4 or 5:
                return "SP";
            case 6 or 7 or 8:
                return "SU";
            default:
                return "FA";
        }
    }

    private static int SeasonIndex(string code) => code switch
    {
        "WI" => 0,
        "SP" => 1,
        "SU" => 2,
        _ => 3,
    };

    /// <summary>
    /// "this fortnight", "next fortnight", "last fortnight", "the fortnight": two weeks from the Monday of the anchor's week,
    /// two weeks on or back; a range of length P2W from its first day.
    /// </summary>
    private static DateMatch Fortnight(int i, int k, DateOnly a, int direction)
    {
        var start = a.AddDays(-(((int)a.DayOfWeek + 6) % 7) + (14 * direction));
        return new DateMatch(i, k, Day(start), DateGranularities.Day, true, true) { EndValue = Day(start.AddDays(14)), Length = "P2W" };
    }

    /// <summary>
    /// "closed for the day", "the partner of the day": the day the text is about, the last day it mentioned, else the
    /// publication day (HeidelTime's anaphoric reading); not "the end of the day" or "the rest of the day", nor a day
    /// named by what follows ("the day of the vote", "the day after", "the day when").
    /// </summary>
    private DateMatch? TheDay(int i, int k)
    {
        if (!(W(i - 1) == "for" || (W(i - 1) == "of" && W(i - 2) is not ("end" or "rest" or "time" or "order" or "start" or "beginning" or "middle" or "course" or "part" or "most" or "all" or "hour" or "hours" or "heat" or "length")))
            || W(k + 1) is "-" or "of" or "after" or "before" or "when" or "that" or "on" or "in" or "'" or "’" || ReferenceDay("day") is not { } day)
        {
            return null;
        }

        return new DateMatch(i, k, Day(day), DateGranularities.Day, true, _lastMentioned is null) { Derived = _lastMentioned is not null };
    }

    private bool IsAgoPhrase(int i) => TryAgo(i) is not null;

    /// <summary>"three years ago", "a year ago", "two weeks ago", "a fortnight ago", "two centuries ago", "a year earlier".</summary>
    private DateMatch? TryAgo(int i)
    {
        double n;
        int k;
        if (W(i) is "a" or "an")
        {
            n = 1;
            k = i + 1;
        }
        else if (IsNumber(i) && IsPlainDigits(i) && _lx[i].Length <= 3)
        {
            n = int.Parse(_lx[i].Lower, Inv);
            k = i + 1;
        }
        else if (NumberWords.Cardinals.TryGetValue(W(i), out var c))
        {
            n = c;
            k = i + 1;
            if (c >= 20 && c % 10 == 0 && (W(k) == "-" ? NumberWords.Cardinals.TryGetValue(W(k + 1), out var u) : NumberWords.Cardinals.TryGetValue(W(k), out u)) && u is > 0 and < 10)
            {
                n += u;
                k += W(k) == "-" ? 2 : 1;
            }
        }
        else
        {
            return null;
        }

        var unit = W(k);
        var marker = W(k + 1);
        var isAgo = marker == "ago";
        var isEarlier = marker is "earlier" && n == 1;
        if (!isAgo && !isEarlier)
        {
            return null;
        }

        if (_anchor is not { } a)
        {
            return null;
        }

        var count = (int)n;
        return unit switch
        {
            "day" or "days" => new DateMatch(i, k + 1, Day(a.AddDays(-count)), DateGranularities.Day, true, true),
            "week" or "weeks" => new DateMatch(i, k + 1, Day(a.AddDays(-7 * count)), DateGranularities.Day, true, true),
            "fortnight" or "fortnights" => new DateMatch(i, k + 1, Day(a.AddDays(-14 * count)), DateGranularities.Day, true, true),
            "month" or "months" => new DateMatch(i, k + 1, Month(a.AddMonths(-count)), DateGranularities.Month, true, true),
            "year" or "years" => new DateMatch(i, k + 1, (a.Year - count).ToString("0000", Inv), DateGranularities.Year, true, true),
            "decade" or "decades" => new DateMatch(i, k + 1, (a.Year - 10 * count).ToString("0000", Inv), DateGranularities.Year, true, true),
            "century" or "centuries" when a.Year > 100 * count => new DateMatch(i, k + 1, (a.Year - 100 * count).ToString("0000", Inv), DateGranularities.Year, true, true),
            _ => null,
        };
    }
}
