using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Results and tables of a team sport tell clubs of one name apart by a letter or two of their town in brackets
/// ("Dinamo ( T ) 2 Sloga ( KR ) 1"): the name with its bracketed code is one team. A code that is a known place
/// ("( US )", a rider's country) is not a town code and stays apart.
/// </summary>
internal static class TeamCodes
{
    internal static void Attach(string text, IReadOnlyList<WordUnit> units, PartyLexicon lexicon, List<RawMention> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var open = m.LastUnit + 1;
            if (m.Type == PartyType.Place || open + 2 >= units.Count || units[open].Text != "(" || units[open + 2].Text != ")"
                || units[m.LastUnit].Possessive || !IsTownCode(units[open + 1], lexicon))
            {
                continue;
            }

            var team = Make(text, units, m.FirstUnit, open + 3, PartyType.Organization, Evidence.Context, null, null);
            found[i] = team;
            found.RemoveAll(other => other.SentenceIndex == team.SentenceIndex && other.FirstUnit == open + 1);
        }
    }

    private static bool IsTownCode(WordUnit code, PartyLexicon lexicon) =>
        code.IsWord && code.Text.Length <= 2 && code.Text.All(char.IsUpper) && !lexicon.Places.ContainsKey(code.Text);
}
