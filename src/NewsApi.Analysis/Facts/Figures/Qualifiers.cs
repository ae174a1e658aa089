namespace NewsApi.Analysis.Facts.Figures;

/// <summary>Hedges and bounds written before a number ("more than", "about", "up to").</summary>
internal static class Qualifiers
{
    /// <summary>Longest first, so "no more than" wins over "more than".</summary>
    public static readonly string[][] Phrases = Build(
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
