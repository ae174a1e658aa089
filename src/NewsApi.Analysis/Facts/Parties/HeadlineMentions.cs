using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Names in a headline written in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP"), where case says nothing.
/// The headline is read after the body: a run of words the body spells as a name keeps the body's reading
/// ("Leicestershire" → the county side), and only then are the gazetteers asked, case-insensitively.
/// </summary>
internal static class HeadlineMentions
{
    private const int MaxWords = 6;

    public static void Find(
        string text,
        IReadOnlyList<WordUnit> units,
        PartyLexicon lexicon,
        IReadOnlyDictionary<string, RawMention> bodyForms,
        DocumentLayout layout,
        List<RawMention> found)
    {
        var i = 0;
        while (i < units.Count)
        {
            var matched = units[i].IsWord ? Match(text, units, i, lexicon, bodyForms, layout) : null;
            if (matched is null)
            {
                i++;
                continue;
            }

            found.Add(matched);
            i = matched.LastUnit + 1;
        }
    }

    /// <summary>The longest known name starting at <paramref name="from"/>, or null.</summary>
    private static RawMention? Match(string text, IReadOnlyList<WordUnit> units, int from, PartyLexicon lexicon, IReadOnlyDictionary<string, RawMention> bodyForms, DocumentLayout layout)
    {
        for (var len = Math.Min(MaxWords, units.Count - from); len >= 1; len--)
        {
            var to = from + len;
            if (!AllWords(units, from, to) || !units[to - 1].IsWord)
            {
                continue;
            }

            var surface = Join(units, from, to);
            var upper = surface.ToUpperInvariant();
            if (bodyForms.TryGetValue(surface, out var body))
            {
                // The body's team named after a town is still the town where the line places it ("ATLANTA AT CHICAGO").
                return body.Type == PartyType.Organization && layout.IsSports && len <= PartyLexicon.MaxPlaceWords
                    && lexicon.PlacesUpper.TryGetValue(upper, out var town) && town.Country is not null && town.Country != town.Canonical
                    && !layout.ActsAsTeam(units, from, to)
                    ? Make(text, units, from, to, PartyType.Place, Evidence.Lexicon, town.Canonical, town.Country)
                    : Make(text, units, from, to, body.Type, body.Evidence, body.Canonical, body.Country);
            }

            if (len <= PartyLexicon.MaxPlaceWords && lexicon.PlacesUpper.TryGetValue(upper, out var place) && (len > 1 || upper.Length > 2 || surface is "US" or "UK"))
            {
                return layout.NamesTeam(units, from, to, place.Canonical, place.Country)
                    ? Make(text, units, from, to, PartyType.Organization, Evidence.Lexicon, null, null)
                    : Make(text, units, from, to, PartyType.Place, Evidence.Lexicon, place.Canonical, place.Country);
            }

            if (PartyLexicon.KnownOrgs.TryGetValue(surface, out var org))
            {
                return Make(text, units, from, to, PartyType.Organization, Evidence.Lexicon, org.Canonical, org.Country);
            }

            if ((len > 1 || surface.Length > 3) && lexicon.Orgs.TryGetValue(surface, out var record)
                && (record.Kind != OrgRecord.TownClub || layout.ActsAsTeam(units, from, to)))
            {
                return Make(text, units, from, to, PartyType.Organization, Evidence.Lexicon, record.Canonical, null);
            }
        }

        return null;
    }
}
