using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Figures;

/// <summary>English number vocabulary, precomputed once.</summary>
internal static class NumberWords
{
    /// <summary>zero..nineteen and the tens: the words that add to a running number.</summary>
    public static readonly FrozenDictionary<string, int> Cardinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that multiply what precedes them and close a group.</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["lakh"] = 1e5, ["crore"] = 1e7,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Abbreviated scales written as a separate word after digits ("10 bln", "2.33 k").</summary>
    public static readonly FrozenDictionary<string, double> ScaleAbbreviations = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["mn"] = 1e6, ["mln"] = 1e6, ["mm"] = 1e6, ["mil"] = 1e6, ["bn"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["tln"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Ordinal words by value.</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
        ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
        ["thousandth"] = 1000, ["millionth"] = 1000000, ["billionth"] = 1000000000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Fraction denominators ("two thirds", "a quarter"); "second" is left out: "one second" is a duration.</summary>
    public static readonly FrozenDictionary<string, int> Denominators = BuildDenominators();

    /// <summary>Multipliers glued to digits ("10k", "$1.2bn"); lower-case "m" only counts after a currency sign.</summary>
    public static readonly FrozenDictionary<string, double> GluedMultipliers = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["mn"] = 1e6, ["mln"] = 1e6, ["mm"] = 1e6, ["mil"] = 1e6, ["m"] = 1e6, ["bn"] = 1e9, ["bln"] = 1e9, ["b"] = 1e9,
        ["tn"] = 1e12, ["tln"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A fraction denominator word ("thirds", "quarter", "millionths"), including the ones past the int range ("trillionth").</summary>
    public static bool TryDenominator(string word, out double value)
    {
        if (Denominators.TryGetValue(word, out var d))
        {
            value = d;
            return true;
        }

        value = word is "trillionth" or "trillionths" ? 1e12 : 0;
        return value > 0;
    }

    /// <summary>The unit ordinals 1-9, singular or plural ("first", "fifths"): the last word of "twenty-first", "thirty fifths".</summary>
    public static int UnitOrdinal(string word)
    {
        var w = word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
        return Ordinals.TryGetValue(w, out var v) && v is >= 1 and <= 9 ? v : 0;
    }

    public static bool IsOrdinalSuffix(string lower) => lower is "st" or "nd" or "rd" or "th";

    private static FrozenDictionary<string, int> BuildDenominators()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["half"] = 2, ["halves"] = 2, ["quarter"] = 4, ["quarters"] = 4,
        };
        foreach (var (word, value) in Ordinals)
        {
            if (value < 3)
            {
                continue;
            }

            d[word] = value;
            d[word + "s"] = value;
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
