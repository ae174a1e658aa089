using NewsApi.Analysis.Facts.Parties.Tagger;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Turns the tagger's labels over a sentence's <see cref="WordUnit"/>s into mentions (the gazetteers add canonical
/// names), and merges them with the rules' mentions.
/// </summary>
internal static class TaggedMentions
{
    private const int StackLimit = 256;

    public static List<RawMention> Find(PartyTagger tagger, PartyLexicon lexicon, string text, IReadOnlyList<WordUnit> units)
    {
        // The tagger was trained on Penn tokens, where a possessive "'s" is a token of its own.
        var tokens = new List<string>(units.Count + 4);
        var owner = new List<int>(units.Count + 4);
        for (var u = 0; u < units.Count; u++)
        {
            tokens.Add(units[u].Text);
            owner.Add(u);
            if (units[u].Possessive)
            {
                tokens.Add("'s");
                owner.Add(-1);
            }
        }

        var found = new List<RawMention>();
        if (tokens.Count == 0)
        {
            return found;
        }

        Span<int> labels = tokens.Count <= StackLimit ? stackalloc int[tokens.Count] : new int[tokens.Count];
        tagger.Tag(TaggerSentence.Create(tokens), labels);
        var headline = UnitText.IsHeadline(units);
        var i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == NerTags.Outside)
            {
                i++;
                continue;
            }

            var type = NerTags.TypeOf(labels[i]);
            var end = i + 1;
            while (end < labels.Length && NerTags.IsInside(labels[end]) && NerTags.TypeOf(labels[end]) == type)
            {
                end++;
            }

            var first = owner[i];
            var lastToken = end - 1;
            while (lastToken > i && owner[lastToken] < 0)
            {
                lastToken--;
            }

            var last = owner[lastToken];
            i = end;
            if (type == 3 || first < 0 || last < first || !units[first].IsWord || !Plausible(units, first, last))
            {
                continue;
            }

            var partyType = type switch { 0 => PartyType.Person, 1 => PartyType.Organization, _ => PartyType.Place };
            var surface = UnitText.Join(units, first, last + 1);
            string? canonical = null, country = null;
            var evidence = Evidence.Context;
            if (partyType == PartyType.Place && (lexicon.Places.TryGetValue(surface, out var place) || (headline && lexicon.PlacesUpper.TryGetValue(surface, out place))))
            {
                (canonical, country, evidence) = (place.Canonical, place.Country, Evidence.Lexicon);
            }
            else if (partyType == PartyType.Organization && PartyLexicon.KnownOrgs.TryGetValue(surface, out var org))
            {
                (canonical, country, evidence) = (org.Canonical, org.Country, Evidence.Lexicon);
            }

            found.Add(UnitText.Make(text, units, first, last + 1, partyType, evidence, canonical, country));
        }

        return found;
    }

    /// <summary>
    /// The rules' mentions, with the tagger's type for those the rules could only guess ("Pirelli", "Ruch"). Measured on
    /// CoNLL-2003 dev this beat letting the tagger propose spans: trained on GUM and WikiGold alone it misses the sports
    /// teams and agencies that fill wire copy, and its spans cost more precision than they add recall.
    /// </summary>
    public static List<RawMention> Combine(List<RawMention> tagged, List<RawMention> rules, bool confirm)
    {
        foreach (var r in rules)
        {
            if (r.Evidence != Evidence.Guess || r.OnlyIfKnown)
            {
                continue;
            }

            // The evidence stays a guess: a lone word still needs confirmation elsewhere in the text to be kept.
            var t = tagged.Find(t => t.Start == r.Start && t.End == r.End);
            if (t is not null)
            {
                r.Type = t.Type;

                // With confirmation, a lone word both recognisers call a name is kept even if the text names it only once.
                if (confirm && t.Type != PartyType.Person)
                {
                    r.Evidence = Evidence.Context;
                }
            }
        }

        return rules;
    }

    private static bool Overlaps(RawMention a, RawMention b) => a.Start < b.End && b.Start < a.End;

    /// <summary>Names start with a capital (or a particle such as "al-"); a lone demonym, title or weekday is no party.</summary>
    private static bool Plausible(IReadOnlyList<WordUnit> units, int first, int last)
    {
        var head = units[first].Text;
        if (head.Length == 0 || !(char.IsUpper(head[0]) || char.IsDigit(head[0]) || head.Contains('-', StringComparison.Ordinal)))
        {
            return false;
        }

        if (first == last)
        {
            return !PartyLexicon.IsDemonymLike(head) && !PartyLexicon.NeverNames.Contains(head) && !PartyLexicon.TitleWords.Contains(head);
        }

        return true;
    }
}
