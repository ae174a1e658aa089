using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Institutions that news writes in lower case after a nationality: "the Russian foreign ministry", "the French
/// embassy", "the German central bank". They act and speak like the capitalised "Foreign Ministry", so they are
/// organisations (of the nationality's country).
/// </summary>
internal static class LowerCaseInstitution
{
    private static readonly FrozenSet<string> Heads = new[]
    {
        "ministry", "embassy", "consulate", "parliament",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words that may stand between the nationality and the head ("foreign", "defence").</summary>
    private static readonly FrozenSet<string> Modifiers = new[]
    {
        "foreign", "defence", "defense", "interior", "finance", "economy", "economics", "trade", "health", "justice",
        "education", "agriculture", "energy", "environment", "labour", "labor", "transport", "culture", "information",
        "emergencies", "emergency", "industry", "oil", "home", "state", "federal", "national", "central",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Exclusive end of the institution that the demonym at <paramref name="at"/> opens, or -1.</summary>
    public static int End(IReadOnlyList<WordUnit> units, int at)
    {
        if (!PartyLexicon.Demonyms.ContainsKey(units[at].Text) || units[at].Possessive)
        {
            return -1;
        }

        var k = at + 1;
        while (k < units.Count && k - at <= 3 && units[k].IsWord && Modifiers.Contains(units[k].Text) && !units[k].Possessive)
        {
            k++;
        }

        if (k < units.Count && units[k].IsWord && Heads.Contains(units[k].Text))
        {
            return k + 1;
        }

        // "the German central bank": a bank only after "central".
        return k < units.Count && k > at + 1 && units[k - 1].Text == "central" && units[k].Text == "bank" ? k + 1 : -1;
    }
}
