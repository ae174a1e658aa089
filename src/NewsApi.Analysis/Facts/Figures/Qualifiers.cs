namespace NewsApi.Analysis.Facts.Figures;

/// <summary>Hedges and bounds written before a number ("more than", "about", "up to"), and bounds written after it ("or more").</summary>
internal static class Qualifiers
{
    /// <summary>"500 or more", "aged 65 or older": the second word after "or"/"and", written as the qualifier "or more" etc.</summary>
    public static readonly System.Collections.Frozen.FrozenSet<string> Trailing = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["more", "less", "fewer", "greater", "above", "below", "older", "younger", "over", "under", "higher", "lower"], StringComparer.Ordinal);

    /// <summary>Lower bounds that may open a two-sided range ("more than 100 and less than 300").</summary>
    public static readonly System.Collections.Frozen.FrozenSet<string> LowerBounds = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["more than", "greater than", "larger than", "bigger than", "over", "above", "at least", "no less than", "no fewer than", "greater than or equal to",
         "more than or equal to", "exceeding", "in excess of"], StringComparer.Ordinal);

    /// <summary>Upper bounds that may close one.</summary>
    public static readonly System.Collections.Frozen.FrozenSet<string> UpperBounds = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["less than", "fewer than", "smaller than", "under", "below", "at most", "no more than", "up to", "less than or equal to"], StringComparer.Ordinal);

    /// <summary>Longest first, so "no more than" wins over "more than".</summary>
    public static readonly string[][] Phrases = Build(
        "less than or equal to", "greater than or equal to", "more than or equal to", "equal to or less than", "equal to or more than",
        "equal to or greater than", "equal to or fewer than", "equal to", "exceeding", "larger than", "bigger than", "smaller than",
        "no more than", "no fewer than", "no less than", "as many as", "as much as", "as few as", "as little as", "in excess of", "upwards of",
        "more than", "less than", "fewer than", "greater than", "up to", "at least", "at most", "close to", "just over", "just under", "well over",
        "an estimated", "almost", "nearly", "about", "around", "approximately", "roughly", "some", "over", "under", "below", "above",
        "estimated", "exactly", "only", "just", "barely", "roughly", "circa", "approx");

    private static string[][] Build(params string[] phrases)
    {
        var result = new string[phrases.Length][];
        for (var i = 0; i < phrases.Length; i++)
        {
            result[i] = phrases[i].Split(' ');
        }

        Array.Sort(result, (a, b) => b.Length.CompareTo(a.Length));
        return result;
    }
}
