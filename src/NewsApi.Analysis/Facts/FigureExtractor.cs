using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts;

/// <summary>
/// Finds figures: counts, money, percentages, durations, measures and ranges.
/// <see cref="Figure.Text"/> spans the whole phrase: qualifier, currency sign, number and unit word
/// ("more than 1,400 people", "about half an hour", "$1.2bn", "two-day"). Numbers that are part of a date,
/// a time, a name ("G20", "F-16", "BBC Radio 4", a party's mention) or a code (phone numbers, "192.168.1.2") are not figures, and the word "one"
/// only counts with a measuring unit ("one day", "one percent"), because it is mostly a pronoun.
/// A typed range keeps its type ("$20-30m" is money with <see cref="Figure.ValueMax"/>); only a range of plain
/// counts gets the kind range. Ordinals ("third term", "60th anniversary") rank rather than measure: they are not figures.
/// </summary>
public sealed class FigureExtractor : IFigureExtractor
{
    // Any anchor will do for telling which numbers belong to dates; the values are not used.
    private static readonly DateOnly SpanAnchor = new(2000, 1, 1);

    public IReadOnlyList<Figure> Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var text = document.Text;
        if (text.Length == 0)
        {
            return [];
        }

        var lexed = context.Lexemes;
        var lexes = lexed.Lexes;
        var numbers = NumberScanner.Scan(text, lexes);
        var excluded = new bool[lexes.Length];
        foreach (var d in lexed.DatesFor(text, context.PublishedAt ?? SpanAnchor))
        {
            // A range written as a length ("the past five years") is also that duration: its number stays a figure.
            if (d.Length is not null)
            {
                continue;
            }

            for (var i = IsSignedFraction(lexes, d.FirstLex, d.LastLex) ? d.FirstLex + 3 : d.FirstLex; i <= d.LastLex; i++)
            {
                excluded[i] = true;
            }

            ExcludeJoinedDay(lexes, excluded, d.FirstLex, d.LastLex);
        }

        // Results ("7-5"), telephone numbers and codes, list labels and clipped years are shaped like numbers but count nothing.
        NotFigures.Mark(text, lexes, excluded);
        var inName = NameMask(lexes, context.Parties);
        var builder = new FigureBuilder(text, lexes, numbers, excluded, inName);
        var result = new List<Figure>();
        var k = 0;
        var previousEnd = 0;
        var rejected = -2;
        var nameRejected = -2;
        while (k < numbers.Count)
        {
            // "6-7", "737-800", "0-2": when the first of a hyphenated pair is no figure (a score, a model name), the second is none either.
            if (rejected == k - 1 && IsSecondOfPair(lexes, numbers[k - 1], numbers[k]))
            {
                rejected = k;
                k++;
                continue;
            }

            var figure = builder.TryBuild(k, out var used);
            if (figure is null)
            {
                rejected = k;
            }

            // "Radio 1 and 2", "junctions 10 and 11", "Dead or Alive 1 and 2": a bare number joined to a name's number names too.
            if (figure is not null && nameRejected == k - 1 && IsJoinedBareNumber(lexes, numbers[k - 1], numbers[k], figure))
            {
                figure = null;
                rejected = k;
                nameRejected = k;
            }
            else if (figure is null && builder.LastWasNamePart)
            {
                // "34 per cent, Labour 33, the Lib Dems 9": a party's share in a list after a percentage.
                figure = result.Count == 0 ? null
                    : Ellipsis.ListedShare(text, lexes, inName, numbers[k], result[^1], document.SentenceIndexAt(lexes[numbers[k].FirstLex].Start));
                nameRejected = figure is null ? k : nameRejected;
            }

            // Overflowing literals ("1e309") have no finite value: they are not figures a client could use.
            // A figure never overlaps the one before it ("17 USD 25": the code belongs to the first amount).
            if (figure is not null && double.IsFinite(figure.Value ?? 0) && double.IsFinite(figure.ValueMax ?? 0) && figure.Start >= previousEnd)
            {
                var sentence = document.SentenceIndexAt(figure.Start);
                result.Add(figure with { SentenceIndex = sentence });
                previousEnd = figure.End;
            }

            k += Math.Max(1, used);
        }

        Ellipsis.Fill(lexes, result);
        Ellipsis.FillAges(text, lexes, result);
        return result;
    }

    /// <summary>
    /// "on 16 or 17 March", "between 5 and 6 June", "March 16 or 17.": a day of the month joined by "or"/"and"/"to"/a dash to a date
    /// that starts (or ends) with a day number belongs to that date, not to the figures.
    /// </summary>
    private static void ExcludeJoinedDay(Lex[] lexes, bool[] excluded, int first, int last)
    {
        if (first >= 2 && lexes[first].Kind == LexKind.Number && IsJoiner(lexes[first - 1].Lower) && IsDayNumber(lexes[first - 2])
            && (first < 3 || lexes[first - 3].Kind != LexKind.Number))
        {
            excluded[first - 2] = true;
        }

        if (last + 2 < lexes.Length && lexes[last].Kind == LexKind.Number && IsDayNumber(lexes[last]) && IsJoiner(lexes[last + 1].Lower)
            && IsDayNumber(lexes[last + 2]) && (last + 3 >= lexes.Length || lexes[last + 3].Kind == LexKind.Punct))
        {
            excluded[last + 2] = true;
        }
    }

    private static bool IsJoiner(string w) => w is "or" or "and" or "to" or "-" or "\u2013" or "&";

    private static bool IsDayNumber(Lex l) =>
        l.Kind == LexKind.Number && l.Length <= 2 && int.TryParse(l.Lower, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;

    /// <summary>"-4/5", "-3/5 at noon": a minus sign glued before the "a/b" a date starts with makes it a negative fraction; a date has no sign.</summary>
    private static bool IsSignedFraction(Lex[] lexes, int first, int last) =>
        last >= first + 2 && first >= 1 && lexes[first + 1].Lower == "/" && lexes[first].Kind == LexKind.Number && lexes[last].Kind == LexKind.Number
        && lexes[first - 1].Lower is "-" or "\u2212" && lexes[first - 1].End == lexes[first].Start
        && (first == 1 || lexes[first - 2].End < lexes[first - 1].Start);

    private static bool IsJoinedBareNumber(Lex[] lexes, NumberSpan first, NumberSpan second, Figure figure) =>
        second.FirstLex == first.LastLex + 2 && lexes[first.LastLex + 1].Lower is "and" or "or" or "&" or ","
        && (figure.Unit is null || !figure.Unit.EndsWith('s')) && figure.Currency is null && figure.Qualifier is null && figure.Kind == FigureKinds.Count
        && first.Has(NumberFlags.Digits) == second.Has(NumberFlags.Digits);

    private static bool IsSecondOfPair(Lex[] lexes, NumberSpan first, NumberSpan second) =>
        second.FirstLex == first.LastLex + 2 && lexes[second.FirstLex - 1].Lower == "-" && lexes[first.LastLex].End == lexes[second.FirstLex - 1].Start
        && lexes[second.FirstLex - 1].End == lexes[second.FirstLex].Start && first.Has(NumberFlags.Digits) && second.Has(NumberFlags.Digits);

    /// <summary>Lexemes inside a party mention ("Radio 4" in "BBC Radio 4", "10" in "10 Downing Street").</summary>
    private static bool[] NameMask(Lex[] lexes, IReadOnlyList<Party> parties)
    {
        var mask = new bool[lexes.Length];
        foreach (var party in parties)
        {
            foreach (var m in party.Mentions)
            {
                // First lexeme starting at or after the mention (binary search: lexemes are in text order).
                int lo = 0, hi = lexes.Length;
                while (lo < hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (lexes[mid].Start < m.Start)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                for (var i = lo; i < lexes.Length && lexes[i].End <= m.End; i++)
                {
                    mask[i] = true;
                }
            }
        }

        return mask;
    }
}
