using static NewsApi.Analysis.Facts.Parties.NameShape;
using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// An acronym introduced in brackets after a name ("the Northern Grain Marketing Board ( NGMB )", "the Office for
/// Water Standards in Wales ( OWSW )") spells the name's initials: the words whose initials it spells are one
/// organisation, even where the chunker split them at "and", "in" or a gazetteer name inside, and the acronym names it too.
/// </summary>
internal static class BracketAcronyms
{
    private const int MaxWords = 12;

    internal static void Attach(string text, IReadOnlyList<WordUnit> units, List<RawMention> found)
    {
        for (var i = 2; i + 2 < units.Count; i++)
        {
            if (units[i].Text != "(" || units[i + 2].Text != ")" || !units[i + 1].IsAllCaps || !IsNameLike(units[i - 1]))
            {
                continue;
            }

            var acronym = Letters(units[i + 1].Text);
            if (acronym.Length < 3 || units[i + 1].Text.Contains('.', StringComparison.Ordinal) || NameStart(units, i, acronym) is not (var start and >= 0))
            {
                continue;
            }

            // "Alan John Percivale ( A.J.P. ) Taylor": a person's initials, not an acronym.
            var whole = Spanning(found, start, i - 1);
            if (whole?.Type == PartyType.Person)
            {
                continue;
            }

            if (whole?.Type != PartyType.Organization)
            {
                RemoveOverlapping(found, start, i - 1);
                found.Add(Make(text, units, start, i, PartyType.Organization, Evidence.Context, null, null));
            }

            // The acronym names the organisation from here on, even one spelled like an ordinary word ("( WHO )"): its
            // later bare uses take its type from this mention.
            var acronymMention = Spanning(found, i + 1, i + 1);
            if (acronymMention is null)
            {
                found.Add(Make(text, units, i + 1, i + 2, PartyType.Organization, Evidence.Context, null, null));
            }
            else
            {
                acronymMention.Type = PartyType.Organization;
                acronymMention.Evidence = Evidence.Context;
            }
        }
    }

    // Plain loops, not lambdas: a lambda capturing the loop's locals would allocate a closure for every unit of every sentence.
    private static RawMention? Spanning(List<RawMention> found, int first, int last)
    {
        foreach (var m in found)
        {
            if (m.FirstUnit == first && m.LastUnit == last)
            {
                return m;
            }
        }

        return null;
    }

    private static void RemoveOverlapping(List<RawMention> found, int first, int last)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (found[k].LastUnit >= first && found[k].FirstUnit <= last)
            {
                found.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// Where the run of capitalised words and connectors before the bracket at <paramref name="open"/> starts whose
    /// initials spell <paramref name="acronym"/> (with or without the connectors' initials); -1 when none does.
    /// </summary>
    private static int NameStart(IReadOnlyList<WordUnit> units, int open, string acronym)
    {
        var capitals = "";
        var all = "";
        for (var k = open - 1; k >= 0 && open - k <= MaxWords; k--)
        {
            var u = units[k];
            if (IsNameLike(u) && !u.Possessive)
            {
                var initials = Initials(u.Text);
                capitals = initials + capitals;
                all = initials + all;
                if (capitals == acronym || all == acronym)
                {
                    return open - k >= 2 ? k : -1;
                }
            }
            else if (u.Text is "of" or "for" or "in" or "and" or "on" or "the" or "&" or "de")
            {
                all = (u.Text == "&" ? "" : char.ToUpperInvariant(u.Text[0]).ToString()) + all;
            }
            else
            {
                return -1;
            }

            if (capitals.Length > acronym.Length)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"U.N." spells "UN"; any other word its first letter.</summary>
    private static string Initials(string word) =>
        word.Length >= 3 && word[1] == '.' ? Letters(word) : char.ToUpperInvariant(word[0]).ToString();

    private static string Letters(string word) => string.Concat(word.Where(char.IsLetter)).ToUpperInvariant();
}
