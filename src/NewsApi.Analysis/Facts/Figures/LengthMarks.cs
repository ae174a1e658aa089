namespace NewsApi.Analysis.Facts.Figures;

/// <summary>
/// Feet and inch marks after digits: a foot mark (′ or an apostrophe) and an inch mark (″ or a straight double quote), as in
/// "5' 10"", "6'2"", "5′10″" (one height), "a 15.6" screen" (inches) or "6' tall" (feet). A straight quote is an inch mark only
/// where it cannot close a quotation: an even number of straight quotes stands before it in its paragraph.
/// </summary>
internal static class LengthMarks
{
    public static bool IsFootMark(string w) => w is "'" or "\u2032" or "\u2019";

    /// <summary>
    /// An inch mark at lexeme <paramref name="j"/>, glued to the digits before it or (spaced) before a dimension adjective ("10 " long").
    /// <paramref name="afterFeet"/>: the inches of a height after a foot mark ("5' 10"", "5’10”"), where a closing curly quote is a mark too.
    /// </summary>
    public static bool IsInchMark(string text, Lex[] lexes, int j, bool afterFeet = false)
    {
        if (j <= 0 || j >= lexes.Length || lexes[j - 1].Kind != LexKind.Number || !(lexes[j].Lower is "\"" or "\u2033" || (afterFeet && lexes[j].Lower == "\u201d")))
        {
            return false;
        }

        var glued = lexes[j - 1].End == lexes[j].Start;
        var gap = lexes[j].Start - lexes[j - 1].End;
        var next = j + 1 < lexes.Length ? lexes[j + 1] : default;
        var nextGlued = j + 1 < lexes.Length && next.Start == lexes[j].End;
        if (nextGlued && next.Kind != LexKind.Punct)
        {
            // "10"abc", "5"3": no mark.
            return false;
        }

        if (afterFeet)
        {
            return glued;
        }

        var beforeAdjective = j + 1 < lexes.Length && next.Kind == LexKind.Word && UnitTable.DimensionAdjectives.Contains(next.Lower);
        if (!glued && !(gap == 1 && beforeAdjective))
        {
            return false;
        }

        return lexes[j].Lower == "\u2033" || EvenQuotesBefore(text, lexes[j].Start);
    }

    /// <summary>An even number of straight double quotes between the start of the paragraph and <paramref name="at"/>: a quote there would open, not close.</summary>
    private static bool EvenQuotesBefore(string text, int at)
    {
        var count = 0;
        for (var i = at - 1; i >= 0 && text[i] != '\n'; i--)
        {
            count += text[i] == '"' ? 1 : 0;
        }

        return count % 2 == 0;
    }
}
