using static NewsApi.Analysis.Facts.Parties.NameShape;
using static NewsApi.Analysis.Facts.Parties.SportsCues;
using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Reads one capitalised chunk: drops days, months, works and events, peels off an ordinary word capitalised by its
/// position, takes a chunk an organisation cue makes one name, and otherwise splits it into the gazetteer names,
/// nationalities, titles and remaining names it holds.
/// </summary>
internal sealed class ChunkSplitter(PartyLexicon lexicon, NameLookup lookup, NameClassifier classifier)
{
    /// <summary>Letters written after a person's name: ranks of the law and of parliaments, and British honours.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PostNominals = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["QC", "KC", "MP", "MEP", "MSP", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"], StringComparer.Ordinal);

    /// <summary>
    /// Conjunctions and sentence adverbs that open a clause, in title case ("When", "This", "In" can open a title of a
    /// work and are left to <see cref="NotParties.IsWorkTitle"/>).
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["But", "And", "Although", "Though", "While", "Whilst", "If", "As", "After", "Before", "Since", "Because", "However",
         "Meanwhile", "Yet", "Unless", "Whereas", "Until", "Nor"], StringComparer.Ordinal);

    internal void ProcessChunk(string text, IReadOnlyList<WordUnit> units, int from, int to, List<RawMention> found)
    {
        to = BeforeFieldLabel(units, from, to);
        if (to - from >= 2 && PostNominals.Contains(units[to - 1].Text) && !units[to - 2].Possessive && !IsInitial(units[to - 2]))
        {
            // "Mark Ellison QC", "Jane Doe MP", "Sir John Smith OBE": letters after a name are a rank or an honour, no
            // part of it ("Mr Ellison" is the same person).
            to--;
        }

        if (to == from)
        {
            return;
        }

        // Days and months are capitalised but never part of a name: split around them.
        for (var k = from; k < to; k++)
        {
            // "Jan Kroslak": a month's short form that is also a given name, before a surname (not "August MO data").
            // "... at the Oval in 2003 But Stewart made clear": a conjunction capitalised where a full stop went
            // missing (captions, run-on lines) opens a clause, never a name.
            if ((PartyLexicon.NeverNames.Contains(units[k].Text) && !(GivenNameBeforeSurname(units, k, to) && !units[k + 1].IsAllCaps))
                || NotParties.IsMonthBeforeDay(units, k) || (ClauseOpeners.Contains(units[k].Text) && !units[k].Possessive && k + 1 < to))
            {
                if (k > from)
                {
                    ProcessChunk(text, units, from, k, found);
                }

                if (k + 1 < to)
                {
                    ProcessChunk(text, units, k + 1, to, found);
                }

                return;
            }
        }

        Span<char> buffer = stackalloc char[StackChars];
        if (IsQualifiedDemonym(units, from, to))
        {
            // "North Africans", "South Korean", "Seven Iraqis", "Many West Indians": a people or its adjective, not a party.
            return;
        }

        if (NotParties.IsWorkTitle(units, from, to) || (NotParties.IsEvent(units, from, to) && !NameLookup.KnownOrgsBySpan.ContainsKey(Surface(units, from, to, buffer)) && !OpensWithOrgHead(units, from, to)))
        {
            return;
        }

        if (IsNamedDay(units, from, to))
        {
            // "the U.S. Labor Day weekend": the day is no party; what comes before it still may be.
            if (to - 2 > from)
            {
                ProcessChunk(text, units, from, to - 2, found);
            }

            return;
        }

        if (NotParties.IsPresentedWork(units, from, to) && lookup.LongestKnown(units, from, to).Length != to - from && !PartyLexicon.OrgCues.Contains(units[to - 1].Text))
        {
            // "appeared on Question Time", "the BBC's Newsnight", "the Today programme": a programme, not a party
            // (but "appeared on Sky News" names a channel).
            return;
        }

        if (from < to && units[from].SentenceInitial && !OpensCuedName(units, from, to) && (lookup.IsCommonWord(units[from]) || LooksInflected(units, from, to) || UnitText.WrittenLowerElsewhere(text, units[from])) && !lookup.IsKnown(units, from) && lookup.LongestKnown(units, from, to).Length < 2)
        {
            // "During a dinner", "Efforts to", "According to": an ordinary word capitalised by its position, known as one
            // from the vocabulary or because the same text writes it in lower case ("Traders said ..." and "traders").
            // It survives only as a candidate that the resolver keeps if it names someone found elsewhere ("Ban said").
            if (to - from == 1 || !IsNameLike(units[from + 1]))
            {
                var candidate = Make(text, units, from, from + 1, PartyType.Person, Evidence.Guess, null, null);
                found.Add(new RawMention
                {
                    Start = candidate.Start, End = candidate.End, Text = candidate.Text, SentenceIndex = candidate.SentenceIndex,
                    FirstUnit = from, LastUnit = from, Words = 1, Type = PartyType.Person, Evidence = Evidence.Guess, OnlyIfKnown = true,
                });
            }

            from++;
        }

        if (to - from >= 3 && units[from].SentenceInitial && !PartyLexicon.TitleWords.Contains(units[from].Text)
            && lexicon.GivenNames.Contains(units[from + 1].Text) && !lookup.IsKnown(units, from)
            && (PartyLexicon.RoleHeads.Contains(units[from].Text) || IsDescriptor(units, from, to)))
        {
            // "Economist Mark Lewis said": a role noun capitalised by its position, then a person's given name; the role
            // reader takes it as the role. "Commuter Tom Reilly said", "Grandmother Jean Walsh , 74 ,": any other
            // ordinary noun there describes the person and is no part of the name.
            from++;
        }

        if (from >= to || AllLoneLetters(units, from, to))
        {
            // "N / A", "W L PCT", "Revenue N / A": letters of a table's headings and blanks name nobody.
            return;
        }

        if (!AddCuedOrganisation(text, units, from, to, found))
        {
            SplitNames(text, units, from, to, found);
        }
    }

    /// <summary>
    /// "Radio Red quoted", "Die Wochenpost reported", "( Federal Open Market Committee )", "( Patriotic Union of Kurdistan chief )": an ordinary
    /// word opening a sentence or a bracket is still the first word of a name that opens with a business noun, or of a
    /// name of three words or more that ends in an organisation's head noun.
    /// </summary>
    private static bool OpensCuedName(IReadOnlyList<WordUnit> units, int from, int to) =>
        to - from >= 2 && !units[from].Possessive
        && (PartyLexicon.OrgPrefixes.Contains(units[from].Text) || NameClassifier.ForeignArticles.Contains(units[from].Text)
            || (to - from >= 3 && IsAdjectiveLike(units[from].Text) && (PartyLexicon.OrgCues.Contains(units[to - 1].Text) || OpensWithOrgHead(units, from + 1, to))));

    /// <summary>"Federal", "Patriotic", "Democratic", "Progressive": the endings of adjectives that open organisations' names.</summary>
    private static bool IsAdjectiveLike(string word) =>
        word.Length > 4 && (word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
            || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ary", StringComparison.Ordinal));

    /// <summary>
    /// "ISSUER : ...", "TAX STAT : Exempt", "Bay Co Building Authority ST : MI": words in capitals right before a colon
    /// are the label of a field in a table or form, not a name (a known party, "NATO :", stays). Returns where the name
    /// before the label ends (<paramref name="from"/> when the whole chunk is a label).
    /// </summary>
    private int BeforeFieldLabel(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (to >= units.Count || units[to].Text != ":")
        {
            return to;
        }

        var k = to;
        while (k > from && units[k - 1].IsAllCaps && units[k - 1].Text.Length > 1 && !lookup.IsKnown(units, k - 1)
            && lookup.LongestKnown(units, k - 1, to).Length == 0)
        {
            k--;
        }

        return k;
    }

    /// <summary>"UN Security Council", "Lear Corp", "Douglas & Lomason": a chunk that an organisation cue makes one name.</summary>
    private bool AddCuedOrganisation(string text, IReadOnlyList<WordUnit> units, int from, int to, List<RawMention> found)
    {
        Span<char> buffer = stackalloc char[StackChars];
        var last = units[to - 1];
        if (to - from >= 2 && (PartyLexicon.OrgCues.Contains(last.Text) || HasOrgCueBeforeOf(units, from, to) || HasAmpersand(units, from, to)) && !lookup.PlaceOrOrgSpans(units, from, to))
        {
            if (KnownOrganisationBeforeName(units, from, to) is var split and > 0)
            {
                // "House of Commons John Bercow", "House of Representatives Wahono": the body, then whoever speaks for it.
                var (_, _, knownCanonical, knownCountry, knownEvidence) = lookup.LongestKnown(units, from, split);
                found.Add(Make(text, units, from, split, PartyType.Organization, knownEvidence, knownCanonical, knownCountry));
                SplitNames(text, units, split, to, found);
                return true;
            }

            var start = from;
            // "General Motors Corp", "General Electric Co": a title word that opens a name the lexicon knows stays.
            while (start < to - 1 && PartyLexicon.TitleWords.Contains(units[start].Text) && !PartyLexicon.OrgCues.Contains(units[start].Text)
                && lookup.LongestKnown(units, start, to) is not { Type: PartyType.Organization, Length: >= 2 }
                && units[start].Text is not ("National" or "Foreign" or "State" or "Security" or "Supreme" or "Home" or "Trade" or "Interior" or "Defence" or "Defense" or "Finance" or "Energy" or "Health" or "Education" or "Justice" or "Labour" or "Labor" or "Agriculture" or "Environment"))
            {
                start++;
            }

            // "Lear Corp" is the company the lexicon calls "Lear": the canonical name merges it with a bare "Lear".
            var surface = Surface(units, start, to, buffer);
            NameLookup.KnownOrgsBySpan.TryGetValue(surface, out var known);
            var canonical = known?.Canonical ?? (lookup.Orgs.TryGetValue(surface, out var record) ? record.Canonical : null);
            found.Add(Make(text, units, start, to, PartyType.Organization, canonical is null ? Evidence.Context : Evidence.Lexicon, canonical, known?.Country));
            return true;
        }

        return false;
    }

    /// <summary>
    /// Where a known organisation of several words that opens the chunk ends, when the chunk goes on past it with a name
    /// of its own and no cue of its own ("House of Commons John Bercow"); else -1.
    /// </summary>
    private int KnownOrganisationBeforeName(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (PartyLexicon.OrgCues.Contains(units[to - 1].Text) || HasAmpersand(units, from, to))
        {
            return -1;
        }

        var known = lookup.LongestKnown(units, from, to);
        var end = from + known.Length;
        return known is { Type: PartyType.Organization, Length: >= 2 } && end < to && IsNameLike(units[end]) && !units[end - 1].Possessive
            && !PartyLexicon.TitleWords.Contains(units[end].Text) && units[end].Text is not ("of" or "for")
            ? end
            : -1;
    }

    /// <summary>
    /// Splits a chunk into names: the longest gazetteer names first (a town read as a team in sport), demonyms and titles
    /// peeled off, and each remaining run of words classified as one name.
    /// </summary>
    private void SplitNames(string text, IReadOnlyList<WordUnit> units, int from, int to, List<RawMention> found)
    {
        Span<char> buffer = stackalloc char[StackChars];

        var p = from;
        var sawTitle = false;
        if (to - from >= 2 && PartyLexicon.OrgPrefixes.Contains(units[from].Text) && !units[from].Possessive)
        {
            // "Air France", "Radio Free Europe", "Banco Santander": a name that opens with a business noun is the business.
            found.Add(Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null));
            return;
        }

        while (p < to)
        {
            var (len, type, canonical, country, evidence) = IsInitial(units[p]) ? (0, PartyType.Person, null, null, Evidence.Guess) : lookup.LongestKnown(units, p, to);
            if (len > 0)
            {
                if (type == PartyType.Place && country is not null && country != canonical && PlaceNamedOrganisationEnd(units, p + len, to) is var orgEnd and > 0)
                {
                    // "Texas Rangers", "Boston Red Sox", "Bradford Bulls": a place and a name of its own make one organisation.
                    found.Add(Make(text, units, p, orgEnd, PartyType.Organization, Evidence.Context, null, null));
                    p = orgEnd;
                    continue;
                }

                if (type == PartyType.Place && len == 1 && GivenNameBeforeSurname(units, p, to))
                {
                    // "Devon White", "Chester Williams", "Chad Curtis": a town or country that is also a given name opens a
                    // person's name.
                    var end = p + 2;
                    found.Add(classifier.ClassifyName(text, units, p, end, sawTitle));
                    sawTitle = false;
                    p = end;
                    continue;
                }

                if (type == PartyType.Place && lookup.Layout.NamesTeam(units, p, p + len, canonical, country))
                {
                    // A town or county in a sports story is the team that plays for it ("Leicestershire beat Somerset").
                    found.Add(Make(text, units, p, p + len, PartyType.Organization, Evidence.Lexicon, null, null));
                    p += len;
                    continue;
                }

                if (type == PartyType.Place && p + len == to && country is not null && country != canonical && (IsScoreAfter(units, p, to) || IsOpponent(units, p)))
                {
                    // Sports results and tables: "Surrey 326", "CHICAGO 71 58 .550" name the team, not the city.
                    found.Add(Make(text, units, p, p + len, PartyType.Organization, Evidence.Context, null, null));
                    p += len;
                    continue;
                }

                if (type == PartyType.Organization && DocumentLayout.IsDateline(units, p, p + len))
                {
                    // "LA CORUNA , Spain 1996-08-31": a dateline opens with a place, even one a club is named after.
                    type = PartyType.Place;
                    canonical = null;
                    country = null;
                }

                found.Add(Make(text, units, p, p + len, type, evidence, canonical, country));
                p += len;
                continue;
            }

            var word = units[p].Text;
            if (PartyLexicon.Demonyms.ContainsKey(word) && GivenNameBeforeSurname(units, p, to))
            {
                // "Christian Karembeu", "German Villa": a nationality that is also a given name, before a surname.
                found.Add(classifier.ClassifyName(text, units, p, p + 2, sawTitle));
                sawTitle = false;
                p += 2;
                continue;
            }

            if (PartyLexicon.IsDemonymLike(word) || (p + 1 < to && NameLookup.DemonymsBySpan.ContainsKey(Surface(units, p, p + 2, buffer))))
            {
                p += PartyLexicon.Demonyms.ContainsKey(word) || PartyLexicon.IsDemonymLike(word) ? 1 : 2;
                continue;
            }

            if (PartyLexicon.TitleWords.Contains(word) && p + 1 < to)
            {
                sawTitle = true;
                p++;
                continue;
            }

            if (PartyLexicon.TitleWords.Contains(word) && (p + 1 == to) && (sawTitle || p > from))
            {
                // A chunk that ends in a title ("Foreign Minister") names nobody.
                return;
            }

            // The rest of the chunk is one name, up to the next name the lexicon knows.
            var q = p + 1;
            while (q < to && (IsInitial(units[q - 1]) || SurnameLikeTown(units, p, q, to) || (lookup.LongestKnown(units, q, to).Length == 0 && (!PartyLexicon.TitleWords.Contains(units[q].Text) || TitleAsSurname(units, p, q, to)))))
            {
                q++;
            }

            if (OrdinaryWordsBeforeKnownOrganisation(units, p, q, to))
            {
                // "the International Red Cross", "the Progressive Conservative Party": ordinary words before a known
                // organisation that ends the chunk qualify it; they are no name of their own.
                found.Add(Make(text, units, p, to, PartyType.Organization, Evidence.Context, null, null));
                return;
            }

            found.Add(classifier.ClassifyName(text, units, p, q, sawTitle));
            sawTitle = false;
            p = q;
        }
    }

    private bool OrdinaryWordsBeforeKnownOrganisation(IReadOnlyList<WordUnit> units, int p, int q, int to)
    {
        if (q >= to || q - p > 2 || lookup.LongestKnown(units, q, to) is not { Type: PartyType.Organization } known || q + known.Length != to)
        {
            return false;
        }

        for (var k = p; k < q; k++)
        {
            if (units[k].Possessive || units[k].SentenceInitial || !lookup.IsCommonWord(units[k]) || PartyLexicon.TitleWords.Contains(units[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A sentence's first word that describes the person named after it ("Commuter", "Pensioner", "Grandmother"): a word
    /// in lower and upper case that no gazetteer knows and that is not a given name, a name particle or an article, before
    /// a given name and a last word that are no organisation's.
    /// </summary>
    private bool IsDescriptor(IReadOnlyList<WordUnit> units, int from, int to)
    {
        var word = units[from];
        return !word.IsAllCaps && !word.Possessive && word.Text.Length > 2 && !lexicon.GivenNames.Contains(word.Text)
            && !PartyLexicon.NameParticles.Contains(word.Text.ToLowerInvariant()) && !NameClassifier.ForeignArticles.Contains(word.Text)
            && !PartyLexicon.IsDemonymLike(word.Text) && !PartyLexicon.OrgPrefixes.Contains(word.Text) && lookup.LongestKnown(units, from, to).Length == 0
            && !PartyLexicon.OrgCues.Contains(units[to - 1].Text) && !units[from + 1].Possessive;
    }

    /// <summary>Compass and region words that qualify a nationality ("North Korean", "West Indian", "Latin American").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> CompassWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Latin", "Northeast",
         "Northwest", "Southeast", "Southwest"], StringComparer.Ordinal);

    /// <summary>
    /// A nationality or people ("Africans", "American") at the end of a run of compass words ("North Africans") or of
    /// ordinary words capitalised by the sentence start ("Seven Iraqis", "Many South Koreans"): MISC, not a party.
    /// </summary>
    private bool IsQualifiedDemonym(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (to - from < 2 || units[to - 1].Possessive || !PartyLexicon.IsDemonymLike(units[to - 1].Text))
        {
            return false;
        }

        for (var k = from; k < to - 1; k++)
        {
            if (units[k].Possessive || !(CompassWords.Contains(units[k].Text) || (k == from && units[k].SentenceInitial && lookup.IsCommonWord(units[k]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Labour Day", "Independence Day", "Boxing Day": a named day, not a party ("Doris Day" opens with a given name).</summary>
    private bool IsNamedDay(IReadOnlyList<WordUnit> units, int from, int to) =>
        to - from >= 2 && units[to - 1].Text == "Day" && !units[to - 1].Possessive && !lexicon.GivenNames.Contains(units[to - 2].Text)
        && !lexicon.GivenNames.Contains(units[from].Text);

    /// <summary>
    /// The end of the words that follow a place inside one capitalised run and name something of the place (a team's
    /// nickname "Rangers", "Red Sox"), or -1: not a title, a nationality, a possessive place or another known place.
    /// </summary>
    private int PlaceNamedOrganisationEnd(IReadOnlyList<WordUnit> units, int at, int to)
    {
        if (!lookup.Layout.IsSports || at >= to || units[at - 1].Possessive)
        {
            return -1;
        }

        var q = at;
        while (q < to && IsNameLike(units[q]) && !PartyLexicon.TitleWords.Contains(units[q].Text) && !PartyLexicon.IsDemonymLike(units[q].Text)
            && !IsInitial(units[q]) && lookup.LongestKnown(units, q, to) is var known && (known.Length == 0 || known is { Length: 1, Type: PartyType.Organization }))
        {
            q++;
            if (units[q - 1].Possessive)
            {
                break;
            }
        }

        // A nickname is a plural ("Rangers", "Red Sox") or opens with an ordinary word ("Inverness Thistle" does not,
        // "Devon White" and "Cuauhtemoc Blanco" are people).
        var last = units[q - 1].Text;
        var plural = last.Length > 3 && last[^1] is 's' or 'x' && !units[q - 1].Possessive;
        return q == to && (plural || (lookup.IsCommonWord(units[at]) && !lexicon.GivenNames.Contains(units[at - 1].Text))) ? q : -1;
    }

    /// <summary>
    /// "John Major", "Ed Judge": a title word right after a given name and ending the run is a surname (a title comes
    /// before the name it introduces, never after it).
    /// </summary>
    private bool TitleAsSurname(IReadOnlyList<WordUnit> units, int p, int q, int to) =>
        q == p + 1 && q + 1 == to && !units[p].Possessive && lexicon.GivenNames.Contains(units[p].Text) && !PartyLexicon.TitleWords.Contains(units[p].Text);

    /// <summary>A given name at <paramref name="p"/> followed by one more unknown capitalised word that ends the run.</summary>
    private bool GivenNameBeforeSurname(IReadOnlyList<WordUnit> units, int p, int to) =>
        p + 2 == to && !units[p].Possessive && lexicon.GivenNames.Contains(units[p].Text) && IsNameLike(units[p + 1])
        && !PartyLexicon.OrgCues.Contains(units[p + 1].Text) && !PartyLexicon.PlaceCues.Contains(units[p + 1].Text)
        && !PartyLexicon.TitleWords.Contains(units[p + 1].Text) && !PartyLexicon.IsDemonymLike(units[p + 1].Text) && lookup.LongestKnown(units, p + 1, to).Length == 0;

    /// <summary>
    /// "Mark Cairns", "Wang Donghai": a one-word town right after the first word of a name, and ending the run, is the
    /// surname (towns and surnames share many names); a country or a longer place name still ends the name. (Extending
    /// this to one-word clubs and companies, "Steve Brown", cost fold 5: 0.842 -> 0.838.)
    /// </summary>
    private bool SurnameLikeTown(IReadOnlyList<WordUnit> units, int p, int q, int to)
    {
        if (q != p + 1 || (q + 1 < to && IsNameLike(units[q + 1])) || units[p].Possessive)
        {
            return false;
        }

        // A town, or a country after a given name ("Trevor Holland", "Mark Israel").
        var known = lookup.LongestKnown(units, q, to);
        if (known is { Length: 1, Type: PartyType.Place } && known.Country is not null
            && (known.Country != known.Canonical || lexicon.GivenNames.Contains(units[p].Text)))
        {
            return true;
        }

        // "Gordon Brown", "Kevin Brown": after a given name, a one-word company or club name is the surname.
        return known is { Length: 1, Type: PartyType.Organization, Evidence: Evidence.Context } && lexicon.GivenNames.Contains(units[p].Text);
    }
}
