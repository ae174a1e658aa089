namespace NewsApi.Analysis.Facts.Figures;

/// <summary>A number found in text, before any news-specific filtering; <see cref="End"/> is exclusive.</summary>
public sealed record NumberMention(string Text, int Start, int End, double Value, bool IsOrdinal);

/// <summary>
/// The general number layer under <see cref="FigureExtractor"/>: every cardinal, fraction and (optionally) ordinal,
/// in digits or words, including the ones a news figure would drop (years, parts of dates, the pronoun-like "one").
/// </summary>
public static class NumberRecognizer
{
    public static IReadOnlyList<NumberMention> Recognize(string text, bool includeOrdinals = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexes = Lexer.Lex(text);
        var result = new List<NumberMention>();
        foreach (var n in NumberScanner.Scan(text, lexes))
        {
            if (n.Has(NumberFlags.GluedSuffix) || (n.Has(NumberFlags.Ordinal) && !includeOrdinals))
            {
                continue;
            }

            if (n.Has(NumberFlags.GluedPrefix) && n.FirstLex > 0 && lexes[n.FirstLex - 1].Kind == LexKind.Word)
            {
                continue;
            }

            // "the one you mentioned", "which one": a pronoun.
            if (n.FirstLex == n.LastLex && lexes[n.FirstLex].Lower == "one" && n.FirstLex > 0
                && lexes[n.FirstLex - 1].Lower is "the" or "this" or "that" or "which" or "each" or "every" or "any" or "no" or "another")
            {
                continue;
            }

            result.Add(new NumberMention(text[n.Start..n.End], n.Start, n.End, n.Value, n.Has(NumberFlags.Ordinal)));
        }

        return result;
    }
}
