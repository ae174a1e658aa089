using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Absolute calendar dates: month names with days and years ("Sept. 5, 2013", "5 September", "January first"),
/// numeric forms ("2013-09-05", "9/5/2013", "5/12", "5.9.2013"), years and decades ("1988", "the 1990s", "'80s"),
/// centuries, and the choice of year for a month-day without one. Dates in words are in DateScanner.WordDates.cs.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>"August 21", "Aug. 21, 2013", "September 2013", "September 5-7", "August".</summary>
    private DateMatch? TryMonthFirst(int i)
    {
        var w = W(i);
        var full = DateWords.Months.TryGetValue(w, out var month);
        if (!full)
        {
            month = DateWords.MonthAbbreviations[w];
        }

        // Lower-case month names ("april 2017", "july 4th", "in mid-april", chat style) only with a day or year right after
        // them, or after a date preposition or modifier; never "may", "march" or "august", which are words too.
        if (!IsCapitalized(i) && !LowerMonthDay(i, full) && !(full && w is not ("may" or "march")
            && (TryDayNumber(i + 1, out _, out _) || IsYearNumber(i + 1) || (W(i + 1) is "in" or "of" or "," && IsYearNumber(i + 2)) || DayWordAfterMonth(i + 1, out _, out _)
                || (w != "august" && W(i - 1) is "in" or "since" or "until" or "till" or "from" or "to" or "during" or "before" or "after" or "of" or "mid" or "early" or "late" or "-"))))
        {
            return null;
        }

        var k = i + 1;
        if (W(k) == "." && Glued(i, k) && !full)
        {
            k++;
        }
        else if (!full && w != "sept" && w.Length > 3)
        {
            return null;
        }

        // "March the 12th", "March the twelfth"
        if (W(k) == "the" && (TryDayNumber(k + 1, out _, out _) || DayWordAfterMonth(k + 1, out _, out _)))
        {
            k++;
        }

        if (TryDayNumber(k, out var day, out var dayLast) || DayWordAfterMonth(k, out day, out dayLast))
        {
            var last = dayLast;

            // "September 5-7" / "September 5 to 7" / "April 9th through seventeenth"
            int? endDay = null;
            var k2 = W(last + 2) == "the" && W(last + 1) is not ("-" or "\u2013") ? last + 3 : last + 2;
            if (IsRangeWord(W(last + 1), W(i - 1) == "between") && (TryDayNumber(k2, out var d2, out var d2Last) || DayWordAfterMonth(k2, out d2, out d2Last)) && d2 > day)
            {
                endDay = d2;
                last = d2Last;
            }

            var year = TrailingYear(ref last);

            var m = MonthDay(i, last, month, day, year);
            if (m is not null && endDay is not null && m.Value is not null && day <= DateTime.DaysInMonth(2000, month))
            {
                m = m with { EndValue = m.Value[..^2] + endDay.Value.ToString("00", Inv) };
            }

            return m;
        }

        var yk = W(k) is "," or "of" || (W(k) == "in" && IsYearNumber(k + 1)) || (W(k) == "-" && Glued(k - 1, k) && Glued(k, k + 1)) ? k + 1 : k;
        if (IsYearNumber(yk))
        {
            return new DateMatch(i, yk, YearOf(yk).ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        // "Jan '17", "May '98": a clipped year right after the month.
        if (ClippedYear(k) is { } clippedYear)
        {
            return new DateMatch(i, k + 1, clippedYear.ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        // "April of 87": a two-digit year after "of".
        if (W(k) == "of" && IsNumber(k + 1) && _lx[k + 1].Length == 2 && IsPlainDigits(k + 1) && !IsWord(k + 2) && !IsNumber(k + 2) && W(k + 2) is not ("-" or "%" or "/" or ":"))
        {
            var yy = int.Parse(_lx[k + 1].Lower, Inv);
            return new DateMatch(i, k + 1, (yy + (yy <= 30 ? 2000 : 1900)).ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        // "August two thousand and fifteen", "October two thousand"
        if (yk == k && WrittenYear(k, out var writtenYear, out var writtenLast))
        {
            return new DateMatch(i, writtenLast, writtenYear.ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        // A bare month: "May" and "March" are also words, and an abbreviation ("Feb", "Sept.") could be a name or a
        // code, so they need a date-ish word before them ("after Feb", "since Sept."); "Jan" is also a given name.
        var datePrev = W(i - 1) is "in" or "since" or "until" or "till" or "by" or "of" or "last" or "next" or "this" or "early" or "late" or "mid" or "-"
            or "from" or "through" or "during" or "before" or "after";
        if ((!full && (w == "jan" || !IsCapitalized(i) || !datePrev)) || (w is "may" or "march" && !datePrev))
        {
            // A month that does not stand alone may still start a range of months ("Jan to Feb 2017"); one that does
            // ("July to September") stays a date of its own, and the range is linked over the two (TIMEX3 marks both).
            return MonthToMonth(i, month, k);
        }

        if (_anchor is not { } a)
        {
            return new DateMatch(i, i, "XXXX-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        }

        var best = FollowingRelativeYear(i, a) ?? MonthYear(a, month, YearTense(i, i));
        return new DateMatch(i, i, best.ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, true);
    }

    /// <summary>
    /// "Jan to Feb 2017", "Oct - Dec", "Jan-Feb": a month name that needs its partner to be read as a date, joined by a range
    /// word to a second month, is one period with it, as after "from"; the start, written without a year, takes the end's.
    /// <paramref name="k"/> is the lexeme after the first month.
    /// </summary>
    private DateMatch? MonthToMonth(int i, int month, int k)
    {
        var j = k + 1;
        var w2 = W(j);
        // Not inside a list of months ("from May to April to March"): the range starts at the first.
        if (j >= _lx.Length || IsRangeWord(W(i - 1), between: false) || !IsRangeWord(W(k), W(i - 1) == "between") || W(k) == "and" || IsCapitalized(i) != IsCapitalized(j)
            || !(DateWords.Months.ContainsKey(w2) || DateWords.MonthAbbreviations.ContainsKey(w2)) || (w2 is "may" or "march" && !IsCapitalized(j)))
        {
            return null;
        }

        if ((TryMonthFirst(j) ?? BareMonth(j)) is not { Granularity: DateGranularities.Month, Value: { } endValue, EndValue: null } end)
        {
            return null;
        }

        var start = _anchor is { } a
            ? new DateMatch(i, i, MonthYear(a, month, YearTense(i, i)).ToString("0000", Inv) + "-" + month.ToString("00", Inv), DateGranularities.Month, false, true)
            : new DateMatch(i, i, "XXXX-" + month.ToString("00", Inv), DateGranularities.Month, false, false);
        return AlignYear(start, end) with { LastLex = end.LastLex, EndValue = endValue };
    }

    /// <summary>
    /// A month name in lower case (chat style) read as a date by the day written after it, as a capitalised one is: an
    /// abbreviation with an ordinal day or a year ("dec 23rd", "dec 23, 2020"), a name with "the" and its day ("december
    /// the 23rd"). Never "mar" or "may", which are words too.
    /// </summary>
    private bool LowerMonthDay(int i, bool full)
    {
        if (W(i) is "mar" or "may" or "march")
        {
            return false;
        }

        if (full)
        {
            return W(i + 1) == "the" && ((TryDayNumber(i + 2, out _, out var l) && l > i + 2) || DayWordAfterMonth(i + 2, out _, out _));
        }

        var k = W(i + 1) == "." && Glued(i, i + 1) ? i + 2 : i + 1;
        return TryDayNumber(k, out _, out var dl) && (dl > k || IsYearNumber(W(dl + 1) == "," ? dl + 2 : dl + 1));
    }

    /// <summary>"21 August 2013", "21st of August", "5 to 7 September".</summary>
    private DateMatch? TryDayMonth(int i)
    {
        if (!TryDayNumber(i, out var day, out var k) || (i > 0 && CurrencyTable.IsSymbol(W(i - 1))))
        {
            return null;
        }

        int? endDay = null;
        if ((IsRangeWord(W(k + 1), between: true)) && TryDayNumber(k + 2, out var d2, out var d2Last) && d2 > day)
        {
            endDay = d2;
            k = d2Last;
        }

        var mi = W(k + 1) == "of" ? k + 2 : k + 1;
        var mw = W(mi);
        if (!(DateWords.Months.TryGetValue(mw, out var month) || DateWords.MonthAbbreviations.TryGetValue(mw, out month))
            || !(IsCapitalized(mi) || (DateWords.Months.ContainsKey(mw) && mw is not ("may" or "march")) || (mi == k + 1 && mw.Length == 3 && mw is not ("mar" or "may" or "jun"))))
        {
            return null;
        }

        var last = mi;
        if (W(last + 1) == "." && Glued(last, last + 1) && !DateWords.Months.ContainsKey(mw))
        {
            last++;
        }

        var year = TrailingYear(ref last);

        var m = MonthDay(i, last, month, day, year);
        if (m is not null && endDay is not null && m.Value is not null)
        {
            m = m with { EndValue = m.Value[..^2] + endDay.Value.ToString("00", Inv) };
        }

        return m;
    }

    private DateMatch? MonthDay(int first, int last, int month, int day, int? year)
    {
        if (day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        if (year is { } y)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                return null;
            }

            return new DateMatch(first, last, Day(new DateOnly(y, month, day)), DateGranularities.Day, false, false);
        }

        if (_anchor is not { } a)
        {
            return new DateMatch(first, last, "XXXX-" + month.ToString("00", Inv) + "-" + day.ToString("00", Inv), DateGranularities.Day, false, false);
        }

        var best = FollowingRelativeYear(last, a) ?? ClosestYear(a, month, day, YearTense(first, last));
        if (day > DateTime.DaysInMonth(best, month))
        {
            return null;
        }

        return new DateMatch(first, last, Day(new DateOnly(best, month, day)), DateGranularities.Day, false, true);
    }

    /// <summary>
    /// The year of "this year", "next year" or "last year" right after a date written without one ("in February this year",
    /// "January 1st next year"): TIMEX3 marks the two apart, but the year is the date's.
    /// </summary>
    private int? FollowingRelativeYear(int last, DateOnly anchor)
    {
        var k = W(last + 1) == "," ? last + 2 : last + 1;
        return W(k + 1) != "year" || W(k + 2) == "-" ? null : W(k) switch
        {
            "this" => anchor.Year,
            "next" => anchor.Year + 1,
            "last" => anchor.Year - 1,
            _ => null,
        };
    }

    /// <summary>"2013-08-21", "2013/08/21".</summary>
    private DateMatch? TryIso(int i)
    {
        // Year first with slashes too ("2016/05/21"), the same separator both times.
        if (!(_lx[i].Length == 4 && IsPlainDigits(i) && W(i + 1) is "-" or "/" && IsNumber(i + 2) && W(i + 3) == W(i + 1) && IsNumber(i + 4)
            && Glued(i, i + 1) && Glued(i + 1, i + 2) && Glued(i + 2, i + 3) && Glued(i + 3, i + 4)))
        {
            return null;
        }

        var y = int.Parse(_lx[i].Lower, Inv);
        if (!int.TryParse(_lx[i + 2].Lower, NumberStyles.None, Inv, out var mo) || !int.TryParse(_lx[i + 4].Lower, NumberStyles.None, Inv, out var d)
            || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), mo))
        {
            return null;
        }

        return new DateMatch(i, i + 4, Day(new DateOnly(y, mo, d)), DateGranularities.Day, false, false);
    }

    /// <summary>"5/17/2018", "17/5/2018", "11/02/89": month first when both readings are valid (US wire style).</summary>
    private DateMatch? TryNumericSlash(int i)
    {
        // "12/23/2020", and with dashes as with slashes ("12-23-2020", "23-12-2020") when the year has four digits and the
        // day and month at most two, not inside a longer run of numbers (a telephone number).
        var dash = W(i + 1) == "-" && W(i + 3) == "-" && IsNumber(i + 2) && IsNumber(i + 4) && _lx[i].Length <= 2 && _lx[i + 2].Length <= 2 && _lx[i + 4].Length == 4
            && !(W(i - 1) is "-" or "/" && Glued(i - 1, i)) && !(W(i + 5) is "-" or "/" && Glued(i + 4, i + 5));
        if (!((W(i + 1) == "/" && W(i + 3) == "/") || dash) || !IsNumber(i + 2) || !IsNumber(i + 4)
            || !(Glued(i, i + 1) && Glued(i + 1, i + 2) && Glued(i + 2, i + 3) && Glued(i + 3, i + 4)))
        {
            return null;
        }

        if (!int.TryParse(_lx[i].Lower, NumberStyles.None, Inv, out var a) || !int.TryParse(_lx[i + 2].Lower, NumberStyles.None, Inv, out var b)
            || !int.TryParse(_lx[i + 4].Lower, NumberStyles.None, Inv, out var y))
        {
            return null;
        }

        if (_lx[i + 4].Length == 2)
        {
            y += y <= 30 ? 2000 : 1900;
        }
        else if (_lx[i + 4].Length != 4)
        {
            return null;
        }

        var (mo, d) = a is >= 1 and <= 12 ? (a, b) : (b, a);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        return new DateMatch(i, i + 4, Day(new DateOnly(y, mo, d)), DateGranularities.Day, false, false);
    }

    /// <summary>"1/2017", "12/2016": a month and a four-digit year (not a third part: that is a date; not "1/2000 of", a fraction).</summary>
    private DateMatch? TryMonthSlashYear(int i)
    {
        if (!(W(i + 1) == "/" && Glued(i, i + 1) && Glued(i + 1, i + 2) && IsPlainDigits(i) && _lx[i].Length <= 2 && IsYearNumber(i + 2) && _lx[i + 2].Length == 4)
            || (W(i + 3) is "/" or "-" && Glued(i + 2, i + 3)) || (W(i - 1) is "/" && Glued(i - 1, i)) || W(i + 3) == "of"
            || !int.TryParse(_lx[i].Lower, NumberStyles.None, Inv, out var mo) || mo is < 1 or > 12)
        {
            return null;
        }

        return new DateMatch(i, i + 2, YearOf(i + 2).ToString("0000", Inv) + "-" + mo.ToString("00", Inv), DateGranularities.Month, false, false);
    }

    /// <summary>A standalone year: 1900–2100, not "2,013", not "2013 people", not "$2013".</summary>
    private DateMatch? TryYear(int first, int i)
    {
        if (!IsYearNumber(i) || IsYearNumberFollowedByUnit(i))
        {
            return null;
        }

        var y = YearOf(i);
        if (y is < 1900 or > 2100 && first == i && W(i - 1) is not ("in" or "since" or "of" or "by" or "until"))
        {
            return null;
        }

        if (i > 0 && (CurrencyTable.IsSymbol(W(i - 1)) || W(i - 1) is "number" or "no" or "#" or "route" or "flight"))
        {
            return null;
        }

        // "138-2010-2015", "82-2100", "32 - 2015": a phone number or arithmetic, not a year.
        if (W(i - 1) is "-" or "\u2013" && IsNumber(i - 2) && (!IsYearNumber(i - 2) || (W(i - 3) == "-" && IsNumber(i - 4))))
        {
            return null;
        }

        var last = i;

        // "2017 q1", "2019-Q1", "2019-H2"
        var qk = W(i + 1) == "-" && Glued(i, i + 1) ? i + 2 : i + 1;
        if (W(qk) is "q" or "h" && IsNumber(qk + 1) && Glued(qk, qk + 1) && (qk == i + 1 || Glued(i + 1, qk)) && W(qk + 1) is "1" or "2" or "3" or "4"
            && !(W(qk) == "h" && W(qk + 1) is "3" or "4") && !(IsWord(qk + 2) && Glued(qk + 1, qk + 2)))
        {
            return new DateMatch(first, qk + 1, y.ToString("0000", Inv) + "-" + W(qk).ToUpperInvariant() + W(qk + 1), DateGranularities.Quarter, false, false);
        }

        // "1989-90" is the span of two years: the first is the value, the second the end.
        string? end = null;
        if (W(i + 1) == "-" && Glued(i, i + 1) && IsNumber(i + 2) && Glued(i + 1, i + 2) && _lx[i + 2].Length is 2 or 4 && IsPlainDigits(i + 2))
        {
            last = i + 2;
            var e = int.Parse(_lx[i + 2].Lower, Inv) + (_lx[i + 2].Length == 2 ? y / 100 * 100 : 0);
            if (_lx[i + 2].Length == 2 && e < y)
            {
                e += 100;
            }

            // "2015-32" is no span of years.
            if (e <= y || (_lx[i + 2].Length == 2 && e - y > 10))
            {
                return null;
            }

            end = e.ToString("0000", Inv);
        }

        return new DateMatch(first, last, y.ToString("0000", Inv), DateGranularities.Year, false, false) { EndValue = end };
    }

    /// <summary>"1990s", "the 1990s", "the '90s", "mid-1990s" → TIMEX3 decade "199".</summary>
    private DateMatch? TryDecade(int first, int i)
    {
        // "1990s"; "1990 s" only at the end of a sentence.
        if (IsNumber(i) && _lx[i].Length == 4 && IsPlainDigits(i) && W(i + 1) == "s" && _lx[i].Lower[3] == '0'
            && (Glued(i, i + 1) || i + 2 >= _lx.Length || W(i + 2) is "." or "," or "?" or "!"))
        {
            return new DateMatch(first, i + 1, _lx[i].Lower[..3], DateGranularities.Decade, false, false);
        }

        if (IsNumber(i) && _lx[i].Length == 4 && IsPlainDigits(i) && W(i + 1) == "'" && W(i + 2) == "s" && Glued(i, i + 1) && _lx[i].Lower[3] == '0')
        {
            return new DateMatch(first, i + 2, _lx[i].Lower[..3], DateGranularities.Decade, false, false);
        }

        // "the 80s", "the late 90s": two digits need the article ("in her 80s" is an age).
        return W(i - 1) == "the" || (W(i - 1) is "early" or "mid" or "late" && W(i - 2) == "the") || (W(i - 1) == "-" && W(i - 2) == "mid" && W(i - 3) == "the")
            ? TwoDigitDecade(first, i)
            : null;
    }

    /// <summary>"80s" or "'80s" (the apostrophe at <paramref name="i"/>): TIMEX3 "198"; this century's when it has begun by the anchor ("the '10s" in 2016), else the last one's ("the '20s").</summary>
    private DateMatch? TwoDigitDecade(int first, int i)
    {
        var k = W(i) == "'" && Glued(i, i + 1) ? i + 1 : i;
        if (!IsNumber(k) || _lx[k].Length != 2 || !IsPlainDigits(k) || _lx[k].Lower[1] != '0' || W(k + 1) != "s" || !Glued(k, k + 1))
        {
            return null;
        }

        var yy = int.Parse(_lx[k].Lower, Inv);
        var thisCentury = _anchor is { } a ? 2000 + yy <= a.Year : yy <= 20;
        return new DateMatch(first, k + 1, ((thisCentury ? 200 : 190) + yy / 10).ToString(Inv), DateGranularities.Decade, false, false);
    }

    private static readonly Dictionary<string, int> DecadeWords = new(StringComparer.Ordinal)
    {
        ["twenties"] = 2, ["thirties"] = 3, ["forties"] = 4, ["fifties"] = 5, ["sixties"] = 6, ["seventies"] = 7, ["eighties"] = 8, ["nineties"] = 9,
    };

    /// <summary>
    /// "the nineties", "the late eighties", "the mid-seventies": the latest such decade that has begun by the anchor (the
    /// twentieth century's without one), TIMEX3 "199".
    /// </summary>
    private DateMatch? DecadeWord(int first, int i)
    {
        if (!DecadeWords.TryGetValue(W(i), out var tens))
        {
            return null;
        }

        var century = _anchor is { } a ? a.Year / 100 : 19;
        if (_anchor is { } b && century * 100 + tens * 10 > b.Year)
        {
            century--;
        }

        return new DateMatch(first, i, (century * 10 + tens).ToString(Inv), DateGranularities.Decade, _anchor is not null, _anchor is not null);
    }

    private bool TryDayNumber(int i, out int day, out int last)
    {
        day = 0;
        last = i;
        if (!IsNumber(i) || _lx[i].Length > 2 || !int.TryParse(_lx[i].Lower, NumberStyles.None, Inv, out day) || day is < 1 or > 31)
        {
            return false;
        }

        if (IsWord(i + 1) && Glued(i, i + 1))
        {
            if (!NumberWords.IsOrdinalSuffix(W(i + 1)))
            {
                return false;
            }

            last = i + 1;
        }
        else if (W(i + 1) == ":" && Glued(i, i + 1) && IsNumber(i + 2))
        {
            return false;
        }

        return true;
    }

    private bool IsPlainDigits(int i)
    {
        foreach (var c in _lx[i].Lower)
        {
            if (!Lexer.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsYearNumber(int i)
    {
        if (!IsNumber(i) || _lx[i].Length != 4 || !IsPlainDigits(i))
        {
            return false;
        }

        var y = YearOf(i);
        if (y is < 1000 or > 2999)
        {
            return false;
        }

        // Glued letters make it a name or a measure ("G2013", "2013km"), except the possessive-free decade "1990s".
        return !(i > 0 && IsWord(i - 1) && Glued(i - 1, i)) && !(IsWord(i + 1) && Glued(i, i + 1));
    }

    /// <summary>"2013 people": a count, not a year.</summary>
    private bool IsYearNumberFollowedByUnit(int i)
    {
        var next = W(i + 1);
        if (!IsWord(i + 1) || next.Length < 3 || char.IsUpper(_text[_lx[i + 1].Start]))
        {
            return next is "%" or "percent";
        }

        if (UnitTable.NotUnits.Contains(next) || DateWords.Seasons.ContainsKey(next) || DateWords.DayParts.Contains(next))
        {
            return false;
        }

        // "the 2013 budget", "its 1990 election": a year used as a modifier.
        var prev = W(i - 1);
        if (prev is "the" or "a" or "its" or "his" or "her" or "their" or "our" or "this" or "that" or "s" or "fiscal" or "in" or "since" or "of" or "by" or "from" or "until")
        {
            return false;
        }

        return !char.IsUpper(_text[_lx[i + 1].Start]);
    }

    /// <summary>
    /// The year of a month-day written without one, by the clause's tense (<see cref="YearTense"/>): in a future clause the
    /// next such day at or after the anchor, in a past clause the last one at or before it, else the nearest, a future one
    /// counting double because news looks back more often than forward.
    /// </summary>
    private static int ClosestYear(DateOnly anchor, int month, int day, int tense)
    {
        var bestYear = anchor.Year;
        var bestDistance = int.MaxValue;
        // Four years either way, so that "Feb 29" finds the nearest leap year; any other day is found within one.
        for (var y = anchor.Year - 4; y <= anchor.Year + 4; y++)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            var d = new DateOnly(y, month, day);
            var distance = d.DayNumber - anchor.DayNumber;
            if ((tense > 0 && distance < 0) || (tense < 0 && distance > 0))
            {
                continue;
            }

            var cost = distance > 0 ? distance * 2 : -distance;
            if (cost < bestDistance)
            {
                bestDistance = cost;
                bestYear = y;
            }
        }

        return bestYear;
    }

    /// <summary>The year of a month named without one: the anchor's month is the anchor's year in either tense, others as <see cref="ClosestYear"/> from mid-month.</summary>
    private static int MonthYear(DateOnly anchor, int month, int tense) =>
        month == anchor.Month ? anchor.Year : ClosestYear(anchor, month, 15, tense);

    /// <summary>
    /// The tense that places a month or month-day without a year (<see cref="Tense"/>), except that a past verb does not pull
    /// back a deadline or a target ("was pushed back to March 5", "asked to reply by June", "agreed to sell it in May", "the
    /// Jan. 14 deadline", "elections were called for December"): the date after "to", "by", "until" or "till", after a
    /// past participle and "for", before "deadline", or in an infinitive clause, may lie ahead of the verb.
    /// </summary>
    private int YearTense(int first, int last)
    {
        // The modifiers of a part of the month go with it: "until mid-November", "by the end of May".
        while (first > 0 && W(first - 1) is "-" or "mid" or "early" or "late" or "the" or "of" or "end" or "beginning" or "middle" or "start")
        {
            first--;
        }

        var tense = Tense(first, last);
        // "were called for December", "was set for May": the date a past decision is for.
        var decidedFor = W(first - 1) == "for" && (W(first - 2) is "set" or "due" || (W(first - 2).EndsWith("ed", StringComparison.Ordinal) && W(first - 2).Length >= 5));
        return tense < 0 && (W(first - 1) is "to" or "by" or "until" or "till" or "through" || decidedFor || W(last + 1) == "deadline" || HasInfinitiveBefore(first)) ? 0 : tense;
    }

    /// <summary>True when a "to" + verb lies between the clause start and lexeme <paramref name="first"/> ("agreed to buy it in May").</summary>
    private bool HasInfinitiveBefore(int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - TenseReach; j--)
        {
            if (IsClauseBreak(j, includeComma: true))
            {
                return false;
            }

            // "to Paris", "to the mill" are places; a lower-case word after "to" is mostly a verb.
            if (W(j) == "to" && j + 1 < first && _lx[j + 1].Kind == LexKind.Word && !IsCapitalized(j + 1) && W(j + 1) is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that"))
            {
                return true;
            }
        }

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
            // "fifth March", "twenty-first June": a day in words right before a capitalised month, as "5th March" is.
            return k == last + 1 && k < _lx.Length && !IsNumber(i) && DateWords.Months.ContainsKey(W(k)) && IsCapitalized(k) ? OrdinalMonth(first, k - 1, day) : null;
        }

        // "the 15th of next month", "the 1st of the month", "the fifth of that month": any month the grammar reads, as
        // "the first Monday of the month" takes it.
        if (!(DateWords.Months.ContainsKey(W(k + 1)) || DateWords.MonthAbbreviations.ContainsKey(W(k + 1))))
        {
            return MonthOf(first, k + 1, out var y, out var mo, out var monthLast, out var relative) && day <= DateTime.DaysInMonth(y, mo)
                ? new DateMatch(first, monthLast, Day(new DateOnly(y, mo, day)), DateGranularities.Day, relative, relative)
                : null;
        }

        var mw = W(k + 1);
        if (mw is "may" or "march" && !IsCapitalized(k + 1) && last == i)
        {
            return null;
        }

        return OrdinalMonth(first, k, day);
    }

    /// <summary>The month named after <paramref name="k"/> ("of" or the day's last lexeme), with its year if written: day <paramref name="day"/> of it.</summary>
    private DateMatch? OrdinalMonth(int first, int k, int day)
    {
        var mw = W(k + 1);
        if (!(DateWords.Months.TryGetValue(mw, out var mo) || DateWords.MonthAbbreviations.TryGetValue(mw, out mo)))
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
    /// <summary>What may follow a day written without its month ("on the 4th"): the end, punctuation, a time or a verb, not a noun ("the 3rd division").</summary>
    private bool IsBareDayEnd(int k)
    {
        var next = W(k);
        if (k < _lx.Length && !(next is "," or "." or "!" or "?" or ";" or ")" or "-" or "at" or "from" or "between" or "and" or "or" or "to" or "around" or "for" or "is" or "was" or "will" or "would" or "in"))
        {
            return false;
        }

        return !((next == "." && IsNumber(k + 1)) || (next == "-" && Glued(k - 1, k)));
    }

    private DateMatch? TryBareDayOfMonth(int first, int i)
    {
        // "on the 4th", "on 4th", and in words after the article ("on the fourth"), as "Tuesday the fourth" is read.
        if (_anchor is not { } a || W(first - 1) != "on"
            || !((TryDayNumber(i, out var day, out var last) && last > i) || (!IsNumber(i) && first < i && TryDayOrdinalWord(i, out day, out last))))
        {
            return null;
        }

        if (!IsBareDayEnd(last + 1))
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
            || (W(i + 3) is "-" or "to" && IsNumber(i + 4) && W(i + 5) == "/")
            // "between 5/1 and 5/7": the range words of "between" give both ends their context, as "from 5/1 to 5/7" does.
            || (prev == "between" && W(i + 3) == "and" && IsNumber(i + 4) && W(i + 5) == "/")
            || (prev == "and" && W(i - 3) == "/" && W(i - 5) == "between")
            // "3/5 at 3pm": a clock after it makes it a date, as a date before a clock is ("March 5 at 3pm").
            || (W(i + 3) == "at" && ParseClock(i + 4, out var clock) && clock.Strong);
        if (!context)
        {
            return null;
        }

        var a = int.Parse(_lx[i].Lower, Inv);
        var b = int.Parse(_lx[i + 2].Lower, Inv);
        var (mo, d) = a is >= 1 and <= 12 ? (a, b) : (b, a);
        return mo is >= 1 and <= 12 ? MonthDay(i, i + 2, mo, d, null) : null;
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

    /// <summary>"15th century", "21st century", "the twenty-first century": TIMEX3 century "14", "20"; the ordinal in digits or words.</summary>
    private DateMatch? TryCentury(int first, int i)
    {
        if (!((TryDayNumber(i, out var c, out var cl) && cl > i) || (!IsNumber(i) && TryDayOrdinalWord(i, out c, out cl))) || W(cl + 1) != "century")
        {
            return null;
        }

        // "Twentieth Century Fox", "20th Century Studios": a name when a capitalised word follows the capitalised century.
        if (IsCapitalized(cl + 1) && cl + 2 < _lx.Length && IsWord(cl + 2) && IsCapitalized(cl + 2))
        {
            return null;
        }

        return new DateMatch(first, cl + 1, (c - 1).ToString("00", Inv), DateGranularities.Century, false, false);
    }

    /// <summary>A year after a month-day ("5 March 2014", "March 5, 2014", "the 5th of March nineteen ninety", "26 June in 2019"), moving <paramref name="last"/> past it.</summary>
    private int? TrailingYear(ref int last)
    {
        var y = W(last + 1) is "," or "of" || (W(last + 1) == "in" && IsYearNumber(last + 2)) ? last + 2 : last + 1;
        if (IsYearNumber(y))
        {
            last = y;
            return YearOf(y);
        }

        if (y == last + 1 && WrittenYear(y, out var year, out var yearLast))
        {
            last = yearLast;
            return year;
        }

        if (y == last + 1 && ClippedYear(y) is { } clipped)
        {
            last = y + 1;
            return clipped;
        }

        return null;
    }

    /// <summary>"'17" at <paramref name="i"/> (the apostrophe): a year written with two digits, 2000s up to ten years past the anchor, else 1900s.</summary>
    private int? ClippedYear(int i)
    {
        if (W(i) is not ("'" or "\u2019") || !Glued(i, i + 1) || !IsNumber(i + 1) || _lx[i + 1].Length != 2 || !IsPlainDigits(i + 1)
            || IsWord(i + 2) && Glued(i + 1, i + 2))
        {
            return null;
        }

        var yy = int.Parse(_lx[i + 1].Lower, Inv);
        var limit = (_anchor?.Year ?? 2030) + 10 - 2000;
        return yy <= limit ? 2000 + yy : 1900 + yy;
    }
}
