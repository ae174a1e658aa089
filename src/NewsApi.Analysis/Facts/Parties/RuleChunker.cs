using static NewsApi.Analysis.Facts.Parties.NameShape;
using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// The rules' reading of a sentence: capitalised runs of words are chunked (through connectors, "and" before an
/// organisation cue, "of" before a legal form, the tail of an organisation's head phrase), lower-case institutions
/// ("the Russian foreign ministry") are taken whole, and each chunk is handed to the <see cref="ChunkSplitter"/>.
/// </summary>
internal sealed class RuleChunker(PartyLexicon lexicon, NameLookup lookup, ChunkSplitter splitter)
{
    private const int MaxChunkWords = 12;

    internal void Find(string text, IReadOnlyList<WordUnit> units, List<RawMention> found)
    {
        var i = 0;
        while (i < units.Count)
        {
            if (!IsNameLike(units[i]))
            {
                i++;
                continue;
            }

            var j = i + 1;
            if (!units[i].Possessive)
            {
                while (j < units.Count && j - i < MaxChunkWords)
                {
                    var u = units[j];
                    if (IsNameLike(u))
                    {
                        j++;
                        if (u.Possessive)
                        {
                            break;
                        }

                        continue;
                    }

                    if (j + 1 < units.Count && IsNameLike(units[j + 1]) && IsConnector(units[j - 1], u) && u.Start == units[j - 1].End + 1
                        && !PartyLexicon.NeverNames.Contains(units[j + 1].Text))
                    {
                        j += 2;
                        if (units[j - 1].Possessive)
                        {
                            break;
                        }

                        continue;
                    }

                    // "Joost van der Westhuizen", "Ursula von der Leyen": two lower-case particles before the surname.
                    if (j + 2 < units.Count && IsNameLike(units[j + 2]) && IsConnector(units[j - 1], u) && IsConnector(u, units[j + 1])
                        && u.Start == units[j - 1].End + 1 && !PartyLexicon.NeverNames.Contains(units[j + 2].Text))
                    {
                        j += 3;
                        if (units[j - 1].Possessive)
                        {
                            break;
                        }

                        continue;
                    }

                    break;
                }
            }

            j = AndJoinedOrganisationEnd(units, i, j);
            j = OfJoinedCompanyEnd(units, i, j);
            j = OrgHeadPhraseEnd(units, i, j);

            // "the Russian foreign ministry", also "The Russian foreign ministry" opening a sentence.
            var demonym = j - 1;
            if ((demonym == i || (demonym == i + 1 && units[i].SentenceInitial && lookup.IsCommonWord(units[i])))
                && LowerCaseInstitution.End(units, demonym) is var end and > 0)
            {
                var country = PartyLexicon.DemonymOrPlural(units[demonym].Text) is { Length: > 0 } c ? c : null;
                found.Add(Make(text, units, demonym, end, PartyType.Organization, Evidence.Context, null, country));
                i = end;
                continue;
            }

            splitter.ProcessChunk(text, units, i, j, found);
            i = j;
        }
    }

    /// <summary>
    /// "Test and County Cricket Board", "Guangdong Post and Telecommunications Administration": a run joined by "and" to
    /// a run that ends in an organisation cue is one name, unless the first run is a name of its own (a known party, one
    /// ending in a cue, or a person's given name). Returns the chunk's end, extended or not.
    /// </summary>
    private int AndJoinedOrganisationEnd(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (to + 2 >= units.Count || units[to].Text != "and" || units[to - 1].Possessive || PartyLexicon.OrgCues.Contains(units[to - 1].Text))
        {
            return to;
        }

        var k = JoinedRunEnd(units, to);

        if (k == to + 1 || !PartyLexicon.OrgCues.Contains(units[k - 1].Text) || lookup.LongestKnown(units, from, to).Length == to - from
            || (lexicon.GivenNames.Contains(units[from].Text) && !lexicon.Places.ContainsKey(units[from].Text)))
        {
            return to;
        }

        return k;
    }

    /// <summary>
    /// "Gold Fields of South Africa Ltd": a run joined by "of" to a run that ends in a legal form is one company, unless
    /// the first run opens with a person's given name ("Joel Naroff of First Union Corp") or an ordinary word capitalised
    /// by its position ("Shares of Lear Corp"). Returns the chunk's end.
    /// </summary>
    private int OfJoinedCompanyEnd(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (to + 2 >= units.Count || units[to].Text != "of" || units[to - 1].Possessive || PartyLexicon.LegalForms.Contains(units[to - 1].Text))
        {
            return to;
        }

        var k = JoinedRunEnd(units, to);

        if (k < to + 3 || !PartyLexicon.LegalForms.Contains(units[k - 1].Text) || lexicon.GivenNames.Contains(units[from].Text)
            || (units[from].SentenceInitial && lookup.IsCommonWord(units[from])))
        {
            return to;
        }

        return k;
    }

    /// <summary>The end of the capitalised run after the joining word at <paramref name="joiner"/> (an organisation's length at most).</summary>
    private static int JoinedRunEnd(IReadOnlyList<WordUnit> units, int joiner)
    {
        var k = joiner + 1;
        while (k < units.Count && k - joiner <= PartyLexicon.MaxOrgWords && IsNameLike(units[k]) && !units[k].Possessive)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// "Organisation for Security and Cooperation in Europe": after an organisation's head noun and "of"/"for", the name
    /// goes on through "and" between two ordinary nouns and through "in" after one ("Bank of England and France" stops).
    /// </summary>
    private int OrgHeadPhraseEnd(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (!OpensWithOrgHead(units, from, to))
        {
            return to;
        }

        while (to + 1 < units.Count && to - from < MaxChunkWords && units[to].Text is "and" or "in"
            && !units[to - 1].Possessive && IsNameLike(units[to + 1]) && lookup.IsCommonWord(units[to - 1]) && !lookup.IsKnown(units, to - 1)
            && (units[to].Text == "in" || (lookup.IsCommonWord(units[to + 1]) && !lookup.IsKnown(units, to + 1)))
            && !PartyLexicon.NeverNames.Contains(units[to + 1].Text))
        {
            var k = to + 1;
            while (k < units.Count && k - from < MaxChunkWords && IsNameLike(units[k]) && !units[k].Possessive)
            {
                k++;
            }

            to = k;
        }

        return to;
    }
}
