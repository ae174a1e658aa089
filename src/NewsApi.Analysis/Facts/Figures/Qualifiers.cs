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

    /// <summary>
    /// Phrasings reported under a plainer qualifier with the same bound: "higher or equal than" is "at least", "lower than" "less than". Verbs ("exceeded $22bn") stay out: a verb is not part of the figure.
    /// The figure's text keeps the words as written.
    /// </summary>
    public static readonly System.Collections.Frozen.FrozenDictionary<string, string> Canonical = BuildCanonical();

    /// <summary>Longest first, so "no more than" wins over "more than".</summary>
    public static readonly string[][] Phrases = Build([.. Canonical.Keys,
        "less than or equal to", "greater than or equal to", "more than or equal to", "equal to or less than", "equal to or more than",
        "equal to or greater than", "equal to or fewer than", "equal to", "exceeding", "larger than", "bigger than", "smaller than",
        "no more than", "no fewer than", "no less than", "as many as", "as much as", "as few as", "as little as", "in excess of", "upwards of",
        "more than", "less than", "fewer than", "greater than", "up to", "at least", "at most", "close to", "just over", "just under", "well over",
        "an estimated", "almost", "nearly", "about", "around", "approximately", "roughly", "some", "over", "under", "below", "above",
        "estimated", "exactly", "only", "just", "barely", "roughly", "circa", "approx"]);

    /// <summary>"or more than" after a number ("200 or greater than"): the closed bound it makes with the number.</summary>
    public static string? TrailingBound(string comparative) => comparative switch
    {
        "more" or "greater" or "higher" or "larger" or "bigger" or "above" or "over" or "older" => "at least",
        "less" or "fewer" or "smaller" or "lower" or "below" or "under" or "younger" => "at most",
        _ => null,
    };

    /// <summary>The closed form of a strict bound followed by "or equal (to)": "less than 5000 or equal" is at most 5000.</summary>
    public static string? OrEqual(string qualifier) =>
        LowerBounds.Contains(qualifier) && qualifier is not ("at least" or "no less than" or "no fewer than") ? "at least"
        : UpperBounds.Contains(qualifier) && qualifier is not ("at most" or "no more than" or "up to") ? "at most"
        : null;

    private static System.Collections.Frozen.FrozenDictionary<string, string> BuildCanonical()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["at least or equal to"] = "at least", ["at most or equal to"] = "at most", ["equals to"] = "equal to", ["equals"] = "equal to",
["higher than"] = "more than", ["lower than"] = "less than",
        };

        // "a minimum of 20" is at least 20; "not exceeding 30" at most 30.
        (d["a minimum of"], d["a maximum of"], d["not exceeding"]) = ("at least", "at most", "at most");

        // A verb of passing bounds the number it passes ("the toll exceeded 3,000", "sales topped $1bn"); negated, it caps it
        // ("must not exceed 3%"). "top 10" ranks, so only the past and the participle of "top".
        foreach (var verb in new[] { "exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed", "surpassing", "topped", "topping" })
        {
            d[verb] = "more than";
            foreach (var negation in new[] { "not", "never", "cannot", "doesn't", "don't", "didn't", "won't", "can't", "mustn't", "shouldn't", "wouldn't",
                         "doesn\u2019t", "don\u2019t", "didn\u2019t", "won\u2019t", "can\u2019t" })
            {
                d[$"{negation} {verb}"] = "at most";
            }
        }

        // The grammar of a comparative bound, for every comparative: "higher or equal than", "less or equal to", "bigger than or equal to",
        // "smaller than or equal", "equal to or lower than" close it; "no/not" before it turns it over ("no greater than" is at most,
        // "not fewer than" at least). The phrases already listed under their own words keep them ("less than or equal to", "no more than").
        (d["older than"], d["younger than"]) = ("more than", "less than");
        foreach (var comparative in new[] { "more", "greater", "higher", "larger", "bigger", "older", "less", "fewer", "smaller", "lower", "younger" })
        {
            var bound = TrailingBound(comparative)!;
            foreach (var tail in new[] { "than", "to" })
            {
                d[$"{comparative} or equal {tail}"] = bound;
                d[$"equal or {comparative} {tail}"] = bound;
            }

            d.TryAdd($"{comparative} than or equal to", bound);
            d.TryAdd($"{comparative} than or equal", bound);
            d.TryAdd($"equal to or {comparative} than", bound);
            var turned = bound == "at least" ? "at most" : "at least";
            d.TryAdd($"not {comparative} than", turned);
            if (comparative is not ("more" or "less" or "fewer"))
            {
                d.TryAdd($"no {comparative} than", turned);
            }
        }

        // Written as they are elsewhere in the list.
        foreach (var own in new[] { "less than or equal to", "greater than or equal to", "more than or equal to", "equal to or less than", "equal to or more than",
                     "equal to or greater than", "equal to or fewer than" })
        {
            d.Remove(own);
        }

        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(d, StringComparer.Ordinal);
    }

    private static string[][] Build(string[] phrases)
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
