using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Reporting and fiscal periods composed from parts: a year (a number, "this year's", "last year's"), an optional
/// "fiscal", an ordinal and a period noun ("quarter", "half", "period"): "the 2011 third quarter", "this year's third
/// quarter", "the 2012 period", "next year's first quarter", "the fiscal-second quarter". A period noun without an ordinal
/// is the reporting quarter of the text (<see cref="CurrentReportingQuarter"/>) in that year. A reporting period followed
/// by a year-back phrase ("the quarter a year ago", "the corresponding period last year") is that quarter a year back.
/// Anaphoric "that year", "that quarter", "that month" take the last date the text mentioned, as HeidelTime anchors
/// anaphoric expressions.
/// </summary>
internal sealed partial class DateScanner
{
    // The last date the text mentioned (its value), set by Scan as it goes: what "that year" and "that month" refer to.
    private string? _lastMentioned;

    /// <summary>After a year whose value is <paramref name="year"/>, at <paramref name="n"/>: [fiscal] [ordinal[-]] (quarter | half | period).</summary>
    private DateMatch? PeriodOfYear(int first, int n, int year, bool relative)
    {
        if (W(n) == "fiscal")
        {
            n++;
        }

        string code;
        int last;
        var derived = false;
        if (DateWords.QuarterOrdinals.TryGetValue(W(n), out var q) && W(n) is not ("last" or "final"))
        {
            last = W(n + 1) == "-" && Glued(n, n + 1) ? n + 2 : n + 1;
            if (W(last) == "quarter")
            {
                code = "Q" + q.ToString(Inv);
            }
            else if (W(last) == "half" && q <= 2)
            {
                code = "H" + q.ToString(Inv);
            }
            else
            {
                return null;
            }
        }
        else if (W(n) is "quarter" or "period" && !(W(n + 1) == "-" && Glued(n, n + 1)) && CurrentReportingQuarter() is { } reporting)
        {
            (code, last, derived) = (reporting[5..], n, true);
        }
        else
        {
            return null;
        }

        return new DateMatch(first, last, year.ToString("0000", Inv) + "-" + code, DateGranularities.Quarter, relative || derived, relative || derived) { Derived = derived };
    }

    /// <summary>"the 2011 third quarter", "the 2012 period": "the" at <paramref name="first"/>, a year at <paramref name="k"/>.</summary>
    private DateMatch? TryYearPeriod(int first, int k) =>
        IsYearNumber(k) ? PeriodOfYear(first, k + 1, YearOf(k), relative: false) : null;

    /// <summary>"2019's third quarter", "1990's first half": a year number with its "'s" and a period.</summary>
    private DateMatch? TryYearPossessivePeriod(int i) =>
        IsYearNumber(i) && W(i + 1) is "'" or "\u2019" && W(i + 2) == "s" && Glued(i, i + 1) ? PeriodOfYear(i, i + 3, YearOf(i), relative: false) : null;

    /// <summary>"this year's third quarter", "last year's quarter": the relative year at <paramref name="k"/> with its "'s".</summary>
    private DateMatch? PossessiveYearPeriod(int first, int k, int year) =>
        W(k + 1) is "'" or "\u2019" && W(k + 2) == "s" && Glued(k, k + 1) ? PeriodOfYear(first, k + 3, year, relative: true) : null;

    /// <summary>
    /// A reporting period followed by a phrase that takes it a year back: "the quarter a year ago", "the corresponding
    /// period last year", "the same quarter a year earlier"; the match unchanged otherwise.
    /// </summary>
    private DateMatch YearBack(DateMatch m)
    {
        var k = m.LastLex + 1;
        var end = W(k) switch
        {
            "a" or "one" when W(k + 1) == "year" && W(k + 2) is "ago" or "earlier" or "before" => k + 2,
            "last" when W(k + 1) == "year" && !(W(k + 2) is "'" or "\u2019") => k + 1,
            "of" when W(k + 1) == "last" && W(k + 2) == "year" => k + 2,
            "the" when W(k + 1) == "year" && W(k + 2) is "before" or "earlier" => k + 2,
            _ => -1,
        };
        if (end < 0 || m.Value is not { Length: 7 } v || !int.TryParse(v.AsSpan(0, 4), NumberStyles.None, Inv, out var y))
        {
            return m;
        }

        return m with { LastLex = end, Value = (y - 1).ToString("0000", Inv) + v[4..], Derived = true };
    }

    /// <summary>"the same period", "the corresponding quarter", "the comparable year-ago quarter": the reporting quarter, taken a year back when a phrase says so.</summary>
    private DateMatch? ComparablePeriod(int first, int k)
    {
        if (W(k + 1) == "year" && IsYearAgoAdjective(k + 1))
        {
            return TryYearAgoAdjective(first, k + 1);
        }

        if (W(k + 1) is not ("period" or "quarter") || ReportingQuarter(first, k + 1) is not { } m)
        {
            return null;
        }

        var back = YearBack(m);
        return back.LastLex == m.LastLex ? null : back;
    }

    /// <summary>"that year", "that quarter", "that month": the period of the last date the text mentioned.</summary>
    private DateMatch? TryAnaphoric(int i)
    {
        var unit = W(i + 1);
        if (W(i + 2) is "-" or "'" or "\u2019")
        {
            return null;
        }

        if (unit == "quarter")
        {
            return _lastQuarter is { } q ? new DateMatch(i, i + 1, q, DateGranularities.Quarter, true, false) { Derived = true } : null;
        }

        // "that week", "that weekend": the week of the last mentioned day, else the publication date's.
        if (unit is "week" or "weekend" && ReferenceDay("week") is { } day)
        {
            return unit == "week"
                ? new DateMatch(i, i + 1, Week(day), DateGranularities.Week, true, _lastMentioned is null) { Derived = true }
                : new DateMatch(i, i + 1, Week(day.AddDays(DayOfWeek.Saturday - day.DayOfWeek)) + "-WE", DateGranularities.Week, true, _lastMentioned is null) { Derived = true };
        }

        if (_lastMentioned is not { Length: >= 4 } v)
        {
            return null;
        }

        return unit switch
        {
            "year" => new DateMatch(i, i + 1, v[..4], DateGranularities.Year, true, false) { Derived = true },
            "month" when v.Length >= 7 && char.IsAsciiDigit(v[5]) => new DateMatch(i, i + 1, v[..7], DateGranularities.Month, true, false) { Derived = true },
            _ => null,
        };
    }

    /// <summary>"the year", "the month", "the week", "the full year", "the fiscal year": the anchor's, unless what follows makes it a span or another period ("the year ended March 31", "the year before").</summary>
    private DateMatch? TheUnit(int first, int k)
    {
        if (W(k) is "full" or "fiscal" or "calendar" && W(k + 1) == "year")
        {
            k++;
        }

        var next = W(k + 1);
        if (_anchor is not { } a || (next is "-" or "'" or "\u2019" or "ended" or "ending" or "ends" or "end" or "before" or "after" or "earlier" or "ago"
            or "to" or "through" or "that" or "when" or "in" or "of" or "which" or "two" or "later" or "following" or "prior") || IsNumber(k + 1))
        {
            return null;
        }

        return W(k) switch
        {
            "year" => new DateMatch(first, k, a.Year.ToString("0000", Inv), DateGranularities.Year, true, true),
            "month" => new DateMatch(first, k, Month(a), DateGranularities.Month, true, true),
            "week" => new DateMatch(first, k, Week(a), DateGranularities.Week, true, true),
            "fortnight" => Fortnight(first, k, a, 0),
            _ => null,
        };
    }

    /// <summary>Remembers a date the text mentioned, for anaphoric "that year".</summary>
    private void Remember(DateMatch m)
    {
        if (m.Value is { Length: >= 4 } v && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[3])
            && m.Granularity is DateGranularities.Day or DateGranularities.Month or DateGranularities.Year or DateGranularities.Quarter or DateGranularities.Season or DateGranularities.Week or DateGranularities.Time)
        {
            _lastMentioned = v;
        }
    }
}
