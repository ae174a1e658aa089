namespace NewsApi.Analysis.Facts.Figures;

/// <summary>
/// Digit runs that are written like numbers but report no quantity, found by their shape before any figure is built:
/// <list type="bullet">
/// <item>results: a falling or level pair joined by a dash ("won 7-5", "a 2-1 defeat", "20-1 favourite", "drew 0-0", "1 – 0"), and any
/// pair in a run with such a pair ("6-7 (8-10) 6-3"). A range rises ("20-30"); a result, odds or a tally does not, and it is one
/// outcome, not two counts;</item>
/// <item>codes: digit groups split by single spaces that are no thousands grouping ("020 7219 3000", "0845 123 4567"); a lone run with
/// a leading zero is left alone (it was tried: it cost a Recognizers case on the decision fold);</item>
/// <item>betting odds: a slash or dash pair before "favourite", "outsider", "shot" or after "odds (of)" ("1/3 favourite");</item>
/// <item>dashed codes: three or more digit groups joined by hyphens ("555-123-4567");</item>
/// <item>list labels: a small number that opens a sentence or line and is closed by "." or ")" before a capitalised word ("1. Switzerland"),
/// and numbered lists run into one line ("1 Roger Federer (Switzerland) 2 Andy Roddick (US) 3 ..."), see <see cref="MarkNumberedRuns"/>;</item>
/// <item>clock times before a time zone ("2300 GMT - 0100 GMT"), and 24-hour readings paired with one written with a leading zero
/// ("between 2200 and 0700");</item>
/// <item>model codes: digits, a hyphen and digits glued to letters ("777-200LR");</item>
/// <item>clipped years: two digits glued after an apostrophe ("since '57", "Feb 24, '90").</item>
/// </list>
/// Linear: every test looks a bounded distance around one lexeme.
/// </summary>
internal static class NotFigures
{
    public static void Mark(string text, Lex[] lx, bool[] mask)
    {
        MarkResults(text, lx, mask);
        MarkOdds(lx, mask);
        for (var i = 0; i < lx.Length; i++)
        {
            if (lx[i].Kind != LexKind.Number)
            {
                continue;
            }

            if (IsClippedYear(lx, i) || IsListLabel(text, lx, i) || IsZonedClock(text, lx, i))
            {
                mask[i] = true;
            }

            if (IsClockPair(lx, i) || IsModelCode(text, lx, i))
            {
                mask[i] = mask[i + 2] = true;
            }
        }

        MarkSpacedCodes(lx, mask);
        MarkDashedCodes(lx, mask);
        MarkNumberedRuns(text, lx, mask);
    }

    /// <summary>
    /// A numbered list whose lines were run together: three or more plain integers rising by one ("1", "2", "3"), each before a capitalised
    /// word, each at most 12 lexemes after the one before with no other number between ("1 Roger Federer (Switzerland) 2 Andy Roddick (US) 3
    /// Lleyton Hewitt"). They rank or label their entries; they count nothing.
    /// </summary>
    private static void MarkNumberedRuns(string text, Lex[] lx, bool[] mask)
    {
        var (first, last, length, value) = (-1, -1, 0, -1);
        for (var i = 0; i <= lx.Length; i++)
        {
            if (i < lx.Length && lx[i].Kind != LexKind.Number)
            {
                continue;
            }

            var label = i < lx.Length && IsPlainInteger(lx[i]) && IsEntryLabel(text, lx, i);
            var v = label ? int.Parse(lx[i].Lower, System.Globalization.CultureInfo.InvariantCulture) : -1;
            if (label && last >= 0 && i - last <= 12 && v == value + 1)
            {
                (last, length, value) = (i, length + 1, v);
                continue;
            }

            if (length >= 3)
            {
                for (var k = first; k <= last; k++)
                {
                    mask[k] |= lx[k].Kind == LexKind.Number;
                }
            }

            (first, last, length, value) = label ? (i, i, 1, v) : (-1, -1, 0, -1);
        }
    }

    /// <summary>A number apart from its neighbours, before a capitalised word: "2 Andy Roddick".</summary>
    private static bool IsEntryLabel(string text, Lex[] lx, int i) =>
        i + 1 < lx.Length && lx[i + 1].Kind == LexKind.Word && lx[i + 1].Start > lx[i].End && char.IsUpper(text[lx[i + 1].Start])
        && (i == 0 || lx[i - 1].End < lx[i].Start);

    /// <summary>
    /// "a curfew between 2200 and 0700", "from 2300 to 0600": two 24-hour clock readings joined by "and"/"to"/"until", one of them with a
    /// leading zero (a count is never written "0700").
    /// </summary>
    private static bool IsClockPair(Lex[] lx, int i) =>
        i + 2 < lx.Length && lx[i + 1].Lower is "and" or "to" or "until" or "till" && lx[i + 2].Kind == LexKind.Number
        && IsClockReading(lx[i].Lower) && IsClockReading(lx[i + 2].Lower) && (lx[i].Lower[0] == '0' || lx[i + 2].Lower[0] == '0');

    private static bool IsClockReading(string s) =>
        s.Length == 4 && IsDigits(s) && (s[0] - '0') * 10 + (s[1] - '0') < 24 && s[2] < '6';

    /// <summary>
    /// "the 777-200LR", "an A340-600HGW": digits, a glued hyphen and digits with capital letters glued after them name a model; a scale
    /// or a unit there makes a range ("20-30bn", "1-2Mbps", "10-25M"). So does a three-digit type with a round series ("737-800").
    /// </summary>
    private static bool IsModelCode(string text, Lex[] lx, int i)
    {
        if (!(i + 2 < lx.Length && IsDigits(lx[i].Lower) && lx[i + 1].Lower == "-" && lx[i + 1].Start == lx[i].End && lx[i + 2].Kind == LexKind.Number
            && lx[i + 2].Start == lx[i + 1].End && IsDigits(lx[i + 2].Lower)))
        {
            return false;
        }

        // "the 737-800", "a 747-400": a three-digit type and a round hundred for its series; a range starts rounder than that ("250-300").
        var (a, b) = (lx[i].Lower, lx[i + 2].Lower);
        if (a.Length == 3 && b.Length == 3 && a[2] != '0' && b[1] == '0' && b[2] == '0')
        {
            return true;
        }

        if (i + 3 >= lx.Length || lx[i + 3].Start != lx[i + 2].End)
        {
            return false;
        }

        var letters = lx[i + 3];
        return letters.Kind == LexKind.Word && letters.Length >= 2 && !text.AsSpan(letters.Start, letters.Length).ContainsAnyInRange('a', 'z')
            && !NumberWords.GluedMultipliers.ContainsKey(letters.Lower) && !UnitTable.Measures.ContainsKey(letters.Lower)
            && !CurrencyTable.Codes.ContainsKey(letters.Lower);
    }

    /// <summary>Three or more digit groups joined by glued hyphens: "555-123-4567", "1-800-555-0199" (a telephone number or a code).</summary>
    private static void MarkDashedCodes(Lex[] lx, bool[] mask)
    {
        var i = 0;
        while (i < lx.Length)
        {
            var j = i;
            while (j + 2 < lx.Length && j - i < 16 && lx[j].Kind == LexKind.Number && IsDigits(lx[j].Lower) && lx[j + 1].Lower == "-"
                && lx[j + 1].Start == lx[j].End && lx[j + 2].Start == lx[j + 1].End && lx[j + 2].Kind == LexKind.Number && IsDigits(lx[j + 2].Lower))
            {
                j += 2;
            }

            if (j - i >= 4)
            {
                for (var k = i; k <= j; k++)
                {
                    mask[k] = true;
                }
            }

            i = j + 1;
        }
    }

    /// <summary>The pair "a-b" starting at lexeme <paramref name="i"/>: two plain integers joined by a glued hyphen or a dash with or without spaces.</summary>
    private static bool IsPair(string text, Lex[] lx, int i, out double a, out double b)
    {
        a = b = 0;
        if (i + 2 >= lx.Length || !IsPlainInteger(lx[i]) || !IsPlainInteger(lx[i + 2]) || lx[i + 1].Lower is not ("-" or "\u2013" or "\u2014"))
        {
            return false;
        }

        var glued = lx[i].End == lx[i + 1].Start && lx[i + 1].End == lx[i + 2].Start;
        var spaced = lx[i + 1].Lower != "-" && lx[i + 1].Start - lx[i].End <= 1 && lx[i + 2].Start - lx[i + 1].End <= 1;
        if (!(glued || spaced) || Touches(lx, i, i + 2))
        {
            return false;
        }

        a = double.Parse(lx[i].Lower, System.Globalization.CultureInfo.InvariantCulture);
        b = double.Parse(lx[i + 2].Lower, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    // Letters, signs or another dash glued on either side make a code or a longer chain ("F-16-2", "£20-10", "555-123-4567").
    private static bool Touches(Lex[] lx, int first, int last)
    {
        if (first > 0 && lx[first - 1].End == lx[first].Start && lx[first - 1].Lower is not ("(" or "[" or "\"" or "'"))
        {
            return true;
        }

        return last + 1 < lx.Length && lx[last + 1].Start == lx[last].End && (lx[last + 1].Kind != LexKind.Punct || lx[last + 1].Lower is "-" or "/" or "%");
    }

    private static void MarkResults(string text, Lex[] lx, bool[] mask)
    {
        // Pairs by first lexeme, and whether each is a result by itself (falling or level).
        var pairs = new List<(int First, bool Result)>();
        for (var i = 0; i + 2 < lx.Length; i++)
        {
            if (IsPair(text, lx, i, out var a, out var b))
            {
                pairs.Add((i, a >= b));
            }
        }

        for (var p = 0; p < pairs.Count; p++)
        {
            var result = pairs[p].Result || (p > 0 && pairs[p - 1].Result && Adjacent(lx, pairs[p - 1].First + 2, pairs[p].First))
                || (p + 1 < pairs.Count && pairs[p + 1].Result && Adjacent(lx, pairs[p].First + 2, pairs[p + 1].First));
            if (result)
            {
                mask[pairs[p].First] = mask[pairs[p].First + 2] = true;
            }
        }
    }

    /// <summary>Betting odds: "1/3 favourite", "odds of 4/1", "5-2 shot", rising or not (a rising dash pair is otherwise a range).</summary>
    private static void MarkOdds(Lex[] lx, bool[] mask)
    {
        for (var i = 0; i + 2 < lx.Length; i++)
        {
            if (!IsPlainInteger(lx[i]) || lx[i + 1].Lower is not ("/" or "-") || !IsPlainInteger(lx[i + 2])
                || lx[i + 1].Start != lx[i].End || lx[i + 2].Start != lx[i + 1].End)
            {
                continue;
            }

            var after = i + 3 < lx.Length ? lx[i + 3].Lower : "";
            var odds = after is "favourite" or "favourites" or "favorite" or "favorites" or "outsider" or "outsiders" or "shot" or "shots" or "chance"
                || (i > 0 && lx[i - 1].Lower == "odds") || (i > 1 && lx[i - 1].Lower == "of" && lx[i - 2].Lower == "odds");
            if (odds)
            {
                mask[i] = mask[i + 2] = true;
            }
        }
    }

    // "6-3 6-4", "7-6 (7-3)": the next pair starts after at most a bracket.
    private static bool Adjacent(Lex[] lx, int lastOfFirst, int firstOfNext) =>
        firstOfNext == lastOfFirst + 1 || (firstOfNext == lastOfFirst + 2 && lx[lastOfFirst + 1].Lower is "(" or ")" or ",");

    private static bool IsPlainInteger(Lex l) => l.Kind == LexKind.Number && l.Length <= 3 && IsDigits(l.Lower);

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (!Lexer.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    /// <summary>"020", "0845", "007": a leading zero before a significant digit ("0000" is zero, "0.5" a decimal).</summary>
    private static bool IsLeadingZeroCode(string digits) =>
        digits.Length >= 2 && digits[0] == '0' && IsDigits(digits) && digits.AsSpan(1).IndexOfAnyExcept('0') >= 0;

    private static bool IsClippedYear(Lex[] lx, int i) =>
        i > 0 && lx[i].Length == 2 && IsDigits(lx[i].Lower) && lx[i - 1].Lower is "'" or "\u2019" && lx[i - 1].End == lx[i].Start
        && (i < 2 || lx[i - 2].End < lx[i - 1].Start || lx[i - 2].Kind == LexKind.Punct)
        && !(i + 1 < lx.Length && lx[i + 1].Start == lx[i].End && lx[i + 1].Kind == LexKind.Word && lx[i + 1].Lower != "s");

    /// <summary>"0100 GMT", "1730 BST": four clock digits before a time zone in capitals (the date scanner misses some inside ranges).</summary>
    private static bool IsZonedClock(string text, Lex[] lx, int i)
    {
        if (lx[i].Length != 4 || !IsDigits(lx[i].Lower) || i + 1 >= lx.Length || lx[i + 1].Kind != LexKind.Word || lx[i + 1].Start - lx[i].End != 1
            || lx[i + 1].Lower is not ("gmt" or "bst" or "utc" or "cet" or "est" or "edt" or "pst" or "pdt" or "cst" or "cdt") || !char.IsUpper(text[lx[i + 1].Start]))
        {
            return false;
        }

        var hhmm = int.Parse(lx[i].Lower, System.Globalization.CultureInfo.InvariantCulture);
        return hhmm / 100 <= 23 && hhmm % 100 <= 59;
    }

    /// <summary>"1. Switzerland", "2) Iceland": a number of at most two digits that opens a sentence or line, then "." or ")" and a capital.</summary>
    private static bool IsListLabel(string text, Lex[] lx, int i)
    {
        if (lx[i].Length > 2 || !IsDigits(lx[i].Lower) || i + 2 >= lx.Length || lx[i + 1].Lower is not ("." or ")") || lx[i + 1].Start != lx[i].End
            || lx[i + 2].Kind != LexKind.Word || !char.IsUpper(text[lx[i + 2].Start]) || lx[i + 2].Start == lx[i + 1].End)
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        var before = lx[i - 1];
        return before.Lower is "." or "!" or "?" or "\"" or "\u201d" || text.AsSpan(before.End, lx[i].Start - before.End).IndexOfAny('\n', '\r') >= 0;
    }

    /// <summary>
    /// Digit groups split by single spaces: "40 000" and "1 414 021" (groups of three after the first) are thousands; any other chain of three
    /// or more groups, or of two that opens with a leading-zero group, is a telephone number or a code ("020 7219 3000", "0845 4567").
    /// </summary>
    private static void MarkSpacedCodes(Lex[] lx, bool[] mask)
    {
        var i = 0;
        while (i < lx.Length)
        {
            if (lx[i].Kind != LexKind.Number || !IsDigits(lx[i].Lower))
            {
                i++;
                continue;
            }

            var j = i;
            var thousands = lx[i].Length <= 3;
            while (j + 1 < lx.Length && j - i < 8 && lx[j + 1].Kind == LexKind.Number && lx[j + 1].Start - lx[j].End == 1 && IsDigits(lx[j + 1].Lower))
            {
                j++;
                thousands &= lx[j].Length == 3;
            }

            var groups = j - i + 1;
            if (groups >= 2 && !thousands && (groups >= 3 || IsLeadingZeroCode(lx[i].Lower)))
            {
                for (var k = i; k <= j; k++)
                {
                    mask[k] = true;
                }
            }

            i = j + 1;
        }
    }
}
