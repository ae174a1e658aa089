using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// TIMEX3 reference dates ("now", "recently", "the future"), reporting periods of financial news ("the quarter",
/// "the latest period", "the year-earlier quarter"), "the weekend" and "the end of 2013".
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>How far back (in lexemes) a quarter still sets the period a "year-ago" phrase compares with.</summary>
    private const int YearAgoQuarterReach = 150;

    // The last quarter named in the text ("the third quarter"): the reporting period that "the quarter" and
    // "the year-ago quarter" refer to. Set by Scan as it goes, so the scan stays one left-to-right pass.
    private string? _lastQuarter;
    private int _lastQuarterLex = int.MinValue / 2;

    /// <summary>"now", "right now", "currently", "nowadays", "these days", "at present", "to date" (not "up to date"), "recently", "lately", "in recent years".</summary>
    private DateMatch? TryReference(int i)
    {
        switch (W(i))
        {
            case "now":
                // "from now" belongs to an offset ("two weeks from now"), "by now" is an idiom; "until now", "for now" and "now
                // that" are the present, as TIMEX3 marks them.
                return W(i - 1) is "from" or "by" ? null : Reference(i, i, DateWords.PresentRef);
            case "right" when W(i + 1) == "now":
                return Reference(i, i + 1, DateWords.PresentRef);
            case "these" when W(i + 1) == "days":
                return Reference(i, i + 1, DateWords.PresentRef);
            case "currently" or "nowadays":
                return Reference(i, i, DateWords.PresentRef);
            case "recently" or "lately":
                return Reference(i, i, DateWords.PastRef);
            case "recent" when W(i + 1) == "years" && W(i - 1) is "in" or "of" or "over":
                // "in recent years", "the boom of recent years": a vague past, as "recently" is.
                return Reference(i, i + 1, DateWords.PastRef);
            case "current":
                return CurrentAdjective(i);
            case "at" when W(i + 1) == "present":
                return Reference(i, i + 1, DateWords.PresentRef);
            case "to" when W(i + 1) == "date" && W(i - 1) != "up" && !IsWord(i + 2):
                return Reference(i, i + 1, DateWords.PresentRef);
            default:
                return null;
        }
    }

    /// <summary>
    /// "current" before a noun ("its current wife", "current market conditions") is the time of writing, as TIMEX3 marks it
    /// (PRESENT_REF; "then current" is PAST_REF); before a period it is that period ("current fiscal year"). Not the
    /// noun ("the current carried him") nor "current account".
    /// </summary>
    private DateMatch? CurrentAdjective(int i)
    {
        if (!IsWord(i + 1) || IsCapitalized(i + 1) || W(i + 1) is "account" or "accounts" or "affairs" || (W(i + 1) == "-" && Glued(i, i + 1))
            || W(i + 1).EndsWith("ed", StringComparison.Ordinal) || DateWords.PastCues.Contains(W(i + 1)) || DateWords.FutureCues.Contains(W(i + 1)))
        {
            return null;
        }

        if (CurrentPeriod(i, i + 1) is { } period)
        {
            return period;
        }

        return W(i - 1) == "then" ? Reference(i - 1, i, DateWords.PastRef) : Reference(i, i, DateWords.PresentRef);
    }

    /// <summary>
    /// "the week after next", "the month before last", "the weekend after next", "the year before last": the unit two steps
    /// from the publication date's, one class for every unit.
    /// </summary>
    private DateMatch TwoAway(int i, int k, DateOnly a, int steps)
    {
        var last = k + 2;
        return W(k) switch
        {
            "week" => new DateMatch(i, last, Week(a.AddDays(7 * steps)), DateGranularities.Week, true, true),
            "weekend" => new DateMatch(i, last, Week(a.AddDays(7 * steps)) + "-WE", DateGranularities.Week, true, true),
            "month" => new DateMatch(i, last, Month(a.AddMonths(steps)), DateGranularities.Month, true, true),
            _ => new DateMatch(i, last, (a.Year + steps).ToString("0000", Inv), DateGranularities.Year, true, true),
        };
    }

    private static DateMatch Reference(int first, int last, string value) =>
        new(first, last, value, DateWords.Reference, true, false);

    /// <summary>
    /// After "the" at <paramref name="i"/>, word <paramref name="k"/>: "the future", "the near future", "the past",
    /// "the past year", "the quarter", "the latest quarter", "the current year", "the year-earlier period", "the weekend",
    /// "the end of 2013", "the previous Friday".
    /// </summary>
    private DateMatch? TryTheReference(int i, int k)
    {
        var w = W(k);
        switch (w)
        {
            case "future":
                return Reference(i, k, DateWords.FutureRef);
            case "near" when W(k + 1) == "future":
                return Reference(i, k + 1, DateWords.FutureRef);
            case "near" or "short" when W(k + 1) == "term" && !(W(k + 2) == "-" && Glued(k + 1, k + 2)):
                return Reference(i, k + 1, DateWords.FutureRef);
            case "past":
                return ThePast(i, k);
            case "quarter" when !(W(k + 1) == "-" && Glued(k, k + 1)):
                return ReportingQuarter(i, k) is { } quarter ? YearBack(quarter) : null;
            case "latest" or "just" or "recent" when W(k + 1) is "quarter" or "period":
                return ReportingQuarter(i, k + 1);
            case "same" or "corresponding" or "comparable" or "equivalent":
                return ComparablePeriod(i, k);
            case "most" when W(k + 1) == "recent" && W(k + 2) is "quarter" or "period":
                return ReportingQuarter(i, k + 2);
            case "current":
                return CurrentPeriod(i, k + 1);
            case "year" when IsYearAgoAdjective(k):
                return TryYearAgoAdjective(i, k);
            case "previous" when DateWords.Weekdays.ContainsKey(W(k + 1)):
                return TryWeekday(i, k + 1, -1);
            case "week" or "weekend" or "month" or "year" when (W(k + 1), W(k + 2)) is ("after", "next") or ("before", "last") && !IsWord(k + 3) && _anchor is { } two:
                return TwoAway(i, k, two, W(k + 1) == "after" ? 2 : -2);
            case "weekend":
                return Weekend(i, k, HasFutureCue(i, k) ? 1 : 0);
            case "end" when W(k + 1) == "of" && EndOfDay(i, k + 1) is { } endOfDay:
                return endOfDay;
            case "eod":
                return Eod(i, k);
            case "end" or "beginning" or "start" or "middle" when W(k + 1) == "of" && k + 2 < _lx.Length:
                {
                    var inner = TryCore(k + 2);
                    return inner is { Granularity: not (DateGranularities.Time or DateGranularities.Duration or DateWords.Reference) } ? inner with { FirstLex = i } : null;
                }

            default:
                return null;
        }
    }

    /// <summary>"the past" alone is PAST_REF; "the past year" is last year; "the past two months", "the past decade" are durations.</summary>
    private DateMatch? ThePast(int i, int k)
    {
        var next = W(k + 1);
        if (next == "year" && _anchor is { } a)
        {
            return new DateMatch(i, k + 1, (a.Year - 1).ToString("0000", Inv), DateGranularities.Year, true, true);
        }

        if (IsNumber(k + 1) || NumberWords.Cardinals.ContainsKey(next) || next is "few" or "several" or "couple" or "many" or "decade" or "century"
            or "week" or "weeks" or "month" or "months" or "years" or "days" or "day" or "quarter" or "quarters" or "half" or "decades" or "-")
        {
            return null;
        }

        return Reference(i, k, DateWords.PastRef);
    }

    /// <summary>"the quarter", "the latest period": the last completed quarter named before, else the last quarter completed at the anchor.</summary>
    private DateMatch? ReportingQuarter(int first, int last)
    {
        var q = CurrentReportingQuarter();
        return q is null ? null : new DateMatch(first, last, q, DateGranularities.Quarter, true, true) { Derived = _lastQuarter is not null };
    }

    private string? CurrentReportingQuarter()
    {
        return _lastQuarter ?? LastCompletedQuarter();
    }

    /// <summary>The last quarter that had ended by the anchor: a reporting period is a past one ("2013-Q2" on 6 Sep 2013).</summary>
    private string? LastCompletedQuarter()
    {
        if (_anchor is not { } a)
        {
            return null;
        }

        var q = (a.Month - 1) / 3;
        return q == 0 ? (a.Year - 1).ToString("0000", Inv) + "-Q4" : a.Year.ToString("0000", Inv) + "-Q" + q.ToString(Inv);
    }

    /// <summary>"the current year", "the current fiscal year", "the current quarter", "the current month", "the current week".</summary>
    private DateMatch? CurrentPeriod(int i, int k)
    {
        if (_anchor is not { } a)
        {
            return null;
        }

        if (W(k) == "fiscal" && W(k + 1) == "year")
        {
            k++;
        }

        return W(k) switch
        {
            "year" => new DateMatch(i, k, a.Year.ToString("0000", Inv), DateGranularities.Year, true, true),
            "quarter" => new DateMatch(i, k, a.Year.ToString("0000", Inv) + "-Q" + ((a.Month - 1) / 3 + 1).ToString(Inv), DateGranularities.Quarter, true, true),
            "month" => new DateMatch(i, k, Month(a), DateGranularities.Month, true, true),
            "week" => new DateMatch(i, k, Week(a), DateGranularities.Week, true, true),
            "day" or "date" when !IsWord(k + 1) => new DateMatch(i, k, Day(a), DateGranularities.Day, true, true),
            _ => null,
        };
    }

    /// <summary>
    /// "by year-end", "before year's end": the end of the publication year, as a noun after a preposition ("year-end
    /// results" is an adjective and left out).
    /// </summary>
    private DateMatch? TryYearEnd(int i)
    {
        var last = W(i + 1) == "-" && Glued(i, i + 1) && Glued(i + 1, i + 2) && W(i + 2) == "end" ? i + 2
            : W(i + 1) is "'" or "\u2019" && W(i + 2) == "s" && Glued(i, i + 1) && W(i + 3) == "end" ? i + 3 : -1;
        if (last < 0 || _anchor is not { } a || W(i - 1) is not ("by" or "at" or "before" or "until" or "till" or "after" or "around" or "near" or "toward" or "towards")
            || (IsWord(last + 1) && !IsClauseBreak(last + 1, includeComma: true) && W(last + 1) is not ("and" or "or" or "to" or "when" or "as" or "if")))
        {
            return null;
        }

        return new DateMatch(i, last, a.Year.ToString("0000", Inv), DateGranularities.Year, true, true);
    }

    private bool IsYearAgoAdjective(int k) => W(k + 1) == "-" && Glued(k, k + 1) && Glued(k + 1, k + 2) && W(k + 2) is "earlier" or "ago";

    /// <summary>
    /// "year-earlier profit", "the year-ago quarter", "the year-earlier third quarter", "the year-ago period": the reporting
    /// quarter a year back when the text names quarters (or "quarter"/"period" follows), else the year before the anchor.
    /// </summary>
    private DateMatch? TryYearAgoAdjective(int first, int k)
    {
        if (!IsYearAgoAdjective(k) || _anchor is not { } a)
        {
            return null;
        }

        var last = k + 2;
        var n = last + 1;
        int? ordinal = null;
        if (DateWords.QuarterOrdinals.TryGetValue(W(n), out var o) && W(n + 1) == "quarter")
        {
            ordinal = o;
            n++;
        }

        var periodNoun = W(n) is "quarter" or "period";
        if (periodNoun)
        {
            last = n;
        }
        else if (first != k)
        {
            // "The year-earlier results": TIMEX3 marks only the adjective.
            first = k;
        }

        var reporting = CurrentReportingQuarter();
        if (ordinal is { } q && reporting is not null)
        {
            reporting = reporting[..5] + "Q" + q.ToString(Inv);
        }

        if (reporting is not null && (periodNoun || _lastQuarter is not null) && int.TryParse(reporting.AsSpan(0, 4), System.Globalization.NumberStyles.None, Inv, out var y))
        {
            return new DateMatch(first, last, (y - 1).ToString("0000", Inv) + reporting[4..], DateGranularities.Quarter, true, true) { Derived = true };
        }

        return new DateMatch(first, last, (a.Year - 1).ToString("0000", Inv), DateGranularities.Year, true, true) { Derived = true };
    }

    /// <summary>"the weekend": the last weekend at or before the anchor, or the next one in a future clause. TIMEX3 "2013-W35-WE".</summary>
    private DateMatch? Weekend(int first, int last, int direction)
    {
        if (_anchor is not { } a)
        {
            return null;
        }

        // Saturday of the weekend meant: the one just gone (or today's), or the coming one.
        var back = a.AddDays(-(((int)a.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));
        if (a.DayOfWeek == DayOfWeek.Sunday)
        {
            back = a.AddDays(-1);
        }

        var saturday = direction > 0 && back < a.AddDays(-1) ? back.AddDays(7) : back;
        return new DateMatch(first, last, Week(saturday) + "-WE", DateGranularities.Week, true, true);
    }
}
