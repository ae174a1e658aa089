namespace NewsApi.Analysis.Facts.Figures;

/// <summary>
/// A unit written once for several numbers: "331 of the 650 seats" (the first counts seats too), "aged 30 and 45" (both ages),
/// "by 400 votes to 175", and a list of shares after party names ("34 per cent, Labour 33, the Lib Dems 9 and UKIP 15").
/// English leaves the unit out of the second of two coordinated numbers, or out of the part before "of the"; the bare number
/// takes the unit of its neighbour. Money is left out (its scale would have to be guessed: "£5m and 3").
/// </summary>
internal static class Ellipsis
{
    private static readonly System.Collections.Frozen.FrozenSet<string> OfDeterminers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "its", "their", "his", "her", "our", "those", "these"], StringComparer.Ordinal);

    /// <summary>Gives bare counts in <paramref name="figures"/> the unit of the figure they are coordinated with (in place).</summary>
    public static void Fill(Lex[] lexes, List<Figure> figures)
    {
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (a, b) = (figures[i], figures[i + 1]);
            if (a.SentenceIndex != b.SentenceIndex)
            {
                continue;
            }

            var between = LexesBetween(lexes, a.End, b.Start, out var first);
            if (IsBare(a with { Qualifier = null }) && b.Kind == FigureKinds.Count && b.Unit is not null && b.ValueMax is null && between is 2 or 3
                && lexes[first].Lower == "of" && (between == 2 || OfDeterminers.Contains(lexes[first + 1].Lower)))
            {
                // "331 of the 650 seats", "12 of 56 MPs".
                figures[i] = a with { Unit = b.Unit };
            }
            else if (IsBare(a) && a.Value % 1 == 0 && b.Kind is FigureKinds.Count or FigureKinds.Duration && b.Unit is not null && b.Qualifier is null
                && b.ValueMax is null && between == 1 && lexes[first].Lower == "or" && b.Value > a.Value)
            {
                // "four or five months", "two or three bidders": one estimate, the unit written once at its end.
                figures[i] = a with { Unit = b.Unit, Kind = b.Kind };
            }
            else if (IsBare(a) && b.Unit is not null && b.Currency is null && b.ValueMax is null && b.Qualifier is null && between == 1
                && lexes[first].Lower == "to" && IsFrom(lexes, a.Start) && (b.Kind != FigureKinds.Count || b.Value % 1 == 0))
            {
                // "rose from 5 to 10 percent", "from 3 to 4 degrees" after a change word: two levels, the unit written once at the end.
                figures[i] = a with { Unit = b.Unit, Kind = b.Kind };
            }
            else if (IsBare(b) && a.Qualifier is null && a.ValueMax is null && a.Currency is null && a.Unit is not null
                && a.Kind is FigureKinds.Count or FigureKinds.Duration or FigureKinds.Percent && between == 1
                && (lexes[first].Lower is "and" or "or" or "," || (lexes[first].Lower == "to" && IsFromOrBy(lexes, a.Start) && a.Kind != FigureKinds.Percent))
                && !IsFollowedByOther(lexes, b.End) && (a.Kind == FigureKinds.Percent || b.Value % 1 == 0))
            {
                // "aged 30 and 45", "by 400 votes to 175", "12 seats and 4 were lost".
                figures[i + 1] = b with { Unit = a.Unit, Kind = a.Kind };
            }
        }
    }

    /// <summary>
    /// "Richard Brown, 42, was charged", "the actor, 35, said": a bare whole number set off by commas right after a name or a person noun
    /// is that person's age (news style), in years.
    /// </summary>
    public static void FillAges(string text, Lex[] lexes, List<Figure> figures)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (!IsBare(f) || f.Value is not (>= 1 and <= 120) || f.Value % 1 != 0)
            {
                continue;
            }

            var at = FirstAtOrAfter(lexes, f.Start);
            var end = FirstAtOrAfter(lexes, f.End);
            if (IsOpeningAt(text, lexes, at, end))
            {
                figures[i] = f with { Unit = "years", Kind = FigureKinds.Duration };
                continue;
            }

            if (at < 2 || lexes[at - 1].Lower != "," || end >= lexes.Length || lexes[end].Lower is not ("," or ")" or "." or ";")
                || lexes[at - 2].Kind != LexKind.Word || lexes[at - 1].Start != lexes[at - 2].End)
            {
                continue;
            }

            var w = lexes[at - 2];
            if (char.IsUpper(text[w.Start]) && w.Lower.Length > 1 && !IsAllCapitals(text, w) || PersonNouns.Contains(w.Lower))
            {
                figures[i] = f with { Unit = "years", Kind = FigureKinds.Duration };
            }
        }
    }

    /// <summary>"At 34, Holmes will ...", "At 101, he says": a sentence that opens with "At" and a whole number set off by a comma, before a
    /// name or a personal pronoun, gives that person's age.</summary>
    private static bool IsOpeningAt(string text, Lex[] lexes, int at, int end)
    {
        if (at < 1 || end + 1 >= lexes.Length || lexes[at - 1].Lower != "at" || text[lexes[at - 1].Start] != 'A' || lexes[end].Lower != ","
            || lexes[end].Start != lexes[end - 1].End || lexes[end + 1].Kind != LexKind.Word)
        {
            return false;
        }

        var opens = at < 2 || lexes[at - 2].Lower is "." or "!" or "?" or "\"" or "\u201c" or "\u201d"
            || text.AsSpan(lexes[at - 2].End, lexes[at - 1].Start - lexes[at - 2].End).IndexOfAny('\n', '\r') >= 0;
        var next = lexes[end + 1];
        return opens && (next.Lower is "he" or "she" or "i" or "they" or "we" || (char.IsUpper(text[next.Start]) && !UnitTable.NotUnits.Contains(next.Lower)));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> PersonNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband", "actor", "actress", "singer", "player",
         "minister", "mp", "leader", "driver", "victim", "suspect", "teenager", "pensioner", "widow", "chairman", "founder", "star"], StringComparer.Ordinal);

    private static bool IsAllCapitals(string text, Lex lex) => !text.AsSpan(lex.Start, lex.Length).ContainsAnyInRange('a', 'z');

    /// <summary>
    /// "34 per cent, Labour 33, the Lib Dems 9 and UKIP 15": a bare number right after a party mention, in a list that goes on from a
    /// percentage in the same sentence, is that party's share. <paramref name="previous"/> is the last figure kept before it.
    /// </summary>
    public static Figure? ListedShare(string text, Lex[] lexes, bool[] inName, NumberSpan n, Figure previous, int sentence)
    {
        if (previous.Kind != FigureKinds.Percent || previous.ValueMax is not null || previous.SentenceIndex != sentence || !n.IsSingleDigitRun
            || n.Has(NumberFlags.Decimal | NumberFlags.Grouped) || n.Value > 100 || n.FirstLex == 0 || !IsNameWord(text, lexes, inName, n.FirstLex - 1)
            || inName[n.FirstLex])
        {
            return null;
        }

        // Between the percentage and this number only list commas, "and", "the", and party mentions, with at least one comma or "and".
        var listed = false;
        var i = n.FirstLex - 1;
        for (; i >= 0 && lexes[i].End > previous.End; i--)
        {
            var w = lexes[i].Lower;
            if (w is "," or "and" or ";")
            {
                listed = true;
            }
            else if (!IsNameWord(text, lexes, inName, i) && w is not ("the" or "with" or "on"))
            {
                return null;
            }
        }

        // It ends its item: a comma, "and", or the end of the sentence follows.
        var after = n.LastLex + 1;
        if (!listed || (after < lexes.Length && lexes[after].Lower is not ("," or "and" or "." or ";" or ")")))
        {
            return null;
        }

        var start = lexes[n.FirstLex].Start;
        var end = lexes[n.LastLex].End;
        return new Figure(text[start..end], start, end, sentence, n.Value, previous.Unit, null, FigureKinds.Percent);
    }

    private static bool IsNameWord(string text, Lex[] lexes, bool[] inName, int i) =>
        inName[i] || (lexes[i].Kind == LexKind.Word && char.IsUpper(text[lexes[i].Start]));

    private static bool IsBare(Figure f) =>
        f.Kind == FigureKinds.Count && f.Unit is null && f.Currency is null && f.Qualifier is null && f.ValueMax is null;

    // After a change word "to" gives the new level, in another unit ("rising nine places to 15", "rose 16% to 250,000"); after "by" or
    // "from" it closes a tally or a span of one unit ("by 400 votes to 175", "from 90 planes to 53").
    private static bool IsFrom(Lex[] lexes, int start)
    {
        var i = FirstAtOrAfter(lexes, start) - 1;
        return i >= 0 && lexes[i].Lower == "from";
    }

    private static bool IsFromOrBy(Lex[] lexes, int start)
    {
        var i = FirstAtOrAfter(lexes, start) - 1;
        return i >= 0 && lexes[i].Lower is "by" or "from";
    }

    // "13 games and 178 "sound recordings"", "5% and 3 of the firms": what follows names its own unit.
    private static bool IsFollowedByOther(Lex[] lexes, int end)
    {
        var i = FirstAtOrAfter(lexes, end);
        return i < lexes.Length && (lexes[i].Lower is "of" or "per" or "times" or "%" or "\"" or "\u201c" or "\u2018" or "'" || lexes[i].Kind == LexKind.Number);
    }

    /// <summary>The number of lexemes between offsets <paramref name="end"/> and <paramref name="start"/>, and the first of them.</summary>
    private static int LexesBetween(Lex[] lexes, int end, int start, out int first)
    {
        first = FirstAtOrAfter(lexes, end);
        var count = 0;
        for (var i = first; i < lexes.Length && lexes[i].End <= start; i++)
        {
            count++;
        }

        return count;
    }

    private static int FirstAtOrAfter(Lex[] lexes, int offset)
    {
        int lo = 0, hi = lexes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (lexes[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
