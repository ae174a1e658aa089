using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Words after an unknown name that only a person fits: a possessive before what people have and places do not
/// ("Byron's mother", "in Smith's memoirs"), or the name as the subject of a verb whose object is the subject's own
/// ("Byron received his early education", "Kimble finally married himself off"). Places and organisations take "its".
/// </summary>
internal static class PersonContext
{
    /// <summary>Kin and a life's events and writings: "Byron's mother", "Clinton's wife", "Hale's funeral".</summary>
    private static readonly FrozenSet<string> OwnedByPeople = new[]
    {
        "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "widow", "widower", "parents",
        "sons", "daughters", "brothers", "sisters", "children", "grandfather", "grandmother", "grandson", "granddaughter",
        "uncle", "aunt", "nephew", "niece", "cousin", "fiancee", "fiancée", "fiance", "girlfriend", "boyfriend", "stepfather",
        "stepmother", "memoirs", "memoir", "autobiography", "funeral", "birthday", "childhood", "deathbed", "mistress",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of the subject's own: "his", "himself", "herself" ("her" is also an object: "Harrow gave her a prize").</summary>
    private static readonly FrozenSet<string> OwnPronouns = new[] { "his", "himself", "herself" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words that cannot be the verb: "Byron and his friends", "Leeds of his youth".</summary>
    private static readonly FrozenSet<string> NotVerbs = new[]
    {
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "about", "than", "like", "near",
        "where", "when", "who", "whom", "which", "that", "after", "before", "since", "during", "under", "over", "into",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool After(IReadOnlyList<WordUnit> units, int to)
    {
        if (to >= units.Count)
        {
            return false;
        }

        if (units[to - 1].Possessive)
        {
            // "Byron's later memoirs": one adjective may stand between.
            return IsLowerWord(units[to]) && (OwnedByPeople.Contains(units[to].Text)
                || (to + 1 < units.Count && IsLowerWord(units[to + 1]) && OwnedByPeople.Contains(units[to + 1].Text)));
        }

        // The name, up to two adverbs and a verb, then the subject's own pronoun.
        for (var k = to; k < units.Count && k < to + 4; k++)
        {
            if (!IsLowerWord(units[k]))
            {
                return false;
            }

            if (OwnPronouns.Contains(units[k].Text))
            {
                return k > to;
            }

            if (NotVerbs.Contains(units[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLowerWord(WordUnit u) => u.IsWord && !u.Possessive && u.Text.Length > 0 && char.IsLower(u.Text[0]);
}
