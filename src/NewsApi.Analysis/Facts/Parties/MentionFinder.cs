using System.Buffers;
using System.Collections.Frozen;
using NewsApi.Analysis.Facts.Parties.Tagger;
using NewsApi.Analysis.Text;
using static NewsApi.Analysis.Facts.Parties.RoleReader;
using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Finds person, organisation and place names in one sentence: capitalised runs of words are chunked, sentence-initial
/// common words, nationality adjectives and titles are peeled off, and what is left is typed from the gazetteers,
/// organisation and place cue words, given names and the surrounding words. Roles are read from premodifiers
/// ("Kremlin spokesman Dmitry Peskov") and appositives ("Ben Rhodes, ... deputy national security advisor ...").
/// </summary>
internal sealed class MentionFinder
{
    private const int MaxChunkWords = 12;

    private static readonly FrozenDictionary<string, OrgEntry>.AlternateLookup<ReadOnlySpan<char>> KnownOrgsBySpan =
        PartyLexicon.KnownOrgs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> DemonymsBySpan =
        PartyLexicon.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly PartyLexicon _lexicon;
    private readonly PartyExtractorOptions _options;

    // Span views of the gazetteers: lookups of joined words ("St Petersburg") without allocating the joined string.
    private readonly FrozenDictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> _places;
    private readonly FrozenDictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> _placesUpper;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonWords;

    private readonly FrozenDictionary<string, OrgRecord>.AlternateLookup<ReadOnlySpan<char>> _orgs;

    private readonly PartyTagger? _tagger;

    /// <summary>The layout of the document being read (set per sentence by <see cref="Find"/>).</summary>
    private DocumentLayout _layout = DocumentLayout.Plain;

    public MentionFinder(PartyLexicon lexicon, PartyExtractorOptions options)
    {
        _lexicon = lexicon;
        _options = options;
        _places = lexicon.Places.GetAlternateLookup<ReadOnlySpan<char>>();
        _placesUpper = lexicon.PlacesUpper.GetAlternateLookup<ReadOnlySpan<char>>();
        _commonWords = lexicon.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _orgs = lexicon.Orgs.GetAlternateLookup<ReadOnlySpan<char>>();
        _tagger = options.Recognizer == PartyRecognizer.Rules ? null : options.Tagger ?? PartyTagger.Shared;
    }

    /// <summary>
    /// Adds the sentence's mentions to <paramref name="output"/>. A headline in capitals carries no case information:
    /// without <paramref name="bodyForms"/> it is left for later (returns false), so it can be read with the names the
    /// body spells in mixed case.
    /// </summary>
    public bool Find(TextDocument document, Sentence sentence, DocumentLayout layout, IReadOnlyDictionary<string, RawMention>? bodyForms, List<RawMention> output)
    {
        var units = WordUnit.Build(document, sentence);
        var headline = IsHeadline(units);
        if (headline && bodyForms is null && _options.Recognizer != PartyRecognizer.Tagger)
        {
            return false;
        }

        _layout = layout;
        var found = new List<RawMention>();
        if (headline && _options.Recognizer != PartyRecognizer.Tagger)
        {
            HeadlineMentions.Find(document.Text, units, _lexicon, bodyForms!, layout, found);
        }
        else if (_tagger is null || _options.Recognizer == PartyRecognizer.Rules)
        {
            FindByRules(document.Text, units, found);
        }
        else
        {
            var tagged = TaggedMentions.Find(_tagger, _lexicon, document.Text, units);
            if (_options.Recognizer == PartyRecognizer.Combined)
            {
                FindByRules(document.Text, units, found);
                found = TaggedMentions.Combine(tagged, found, _options.TaggerConfirmsGuesses);
            }
            else
            {
                found = tagged;
            }
        }

        foreach (var m in found)
        {
            if (m.Type == PartyType.Person && m.FirstUnit > 0 && PartyLexicon.Honorifics.TryGetValue(units[m.FirstUnit - 1].Text, out var sex))
            {
                m.Sex = sex;
            }
        }

        if (!headline && found.Exists(static m => m.Type == PartyType.Person))
        {
            // Which mention covers each unit, so role reading costs O(1) per word however long the sentence is
            // (a scan of all the sentence's mentions per word was quadratic in a long run of names).
            var byUnit = ArrayPool<RawMention?>.Shared.Rent(units.Count);
            try
            {
                var index = new SentenceMentions(found, byUnit, units.Count);
                foreach (var m in found)
                {
                    if (m.Type == PartyType.Person)
                    {
                        FindRole(document.Text, units, m, index);
                        if (m.Role is not null)
                        {
                            index.WithRole.Add(m);
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<RawMention?>.Shared.Return(byUnit, clearArray: true);
            }
        }

        output.AddRange(found);
        return true;
    }

    private void FindByRules(string text, IReadOnlyList<WordUnit> units, List<RawMention> found)
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

                    break;
                }
            }

            j = AndJoinedOrganisationEnd(units, i, j);
            j = OfJoinedCompanyEnd(units, i, j);
            j = OrgHeadPhraseEnd(units, i, j);

            // "the Russian foreign ministry", also "The Russian foreign ministry" opening a sentence.
            var demonym = j - 1;
            if ((demonym == i || (demonym == i + 1 && units[i].SentenceInitial && IsCommonWord(units[i])))
                && LowerCaseInstitution.End(units, demonym) is var end and > 0)
            {
                var country = PartyLexicon.DemonymOrPlural(units[demonym].Text) is { Length: > 0 } c ? c : null;
                found.Add(Make(text, units, demonym, end, PartyType.Organization, Evidence.Context, null, country));
                i = end;
                continue;
            }

            ProcessChunk(text, units, i, j, found);
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

        var k = to + 1;
        while (k < units.Count && k - to <= PartyLexicon.MaxOrgWords && IsNameLike(units[k]) && !units[k].Possessive)
        {
            k++;
        }

        if (k == to + 1 || !PartyLexicon.OrgCues.Contains(units[k - 1].Text) || LongestKnown(units, from, to).Length == to - from
            || (_lexicon.GivenNames.Contains(units[from].Text) && !_lexicon.Places.ContainsKey(units[from].Text)))
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

        var k = to + 1;
        while (k < units.Count && k - to <= PartyLexicon.MaxOrgWords && IsNameLike(units[k]) && !units[k].Possessive)
        {
            k++;
        }

        if (k < to + 3 || !PartyLexicon.LegalForms.Contains(units[k - 1].Text) || _lexicon.GivenNames.Contains(units[from].Text)
            || (units[from].SentenceInitial && IsCommonWord(units[from])))
        {
            return to;
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
            && !units[to - 1].Possessive && IsNameLike(units[to + 1]) && IsCommonWord(units[to - 1]) && !IsKnown(units, to - 1)
            && (units[to].Text == "in" || (IsCommonWord(units[to + 1]) && !IsKnown(units, to + 1)))
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

    /// <summary>"Labour Day", "Independence Day", "Boxing Day": a named day, not a party ("Doris Day" opens with a given name).</summary>
    private bool IsNamedDay(IReadOnlyList<WordUnit> units, int from, int to) =>
        to - from >= 2 && units[to - 1].Text == "Day" && !units[to - 1].Possessive && !_lexicon.GivenNames.Contains(units[to - 2].Text)
        && !_lexicon.GivenNames.Contains(units[from].Text);

    /// <summary>"Organisation of Islamic Conference", "Union of ...": an organisation's head noun, then "of" or "for".</summary>
    private static bool OpensWithOrgHead(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (units[from].SentenceInitial && units[from].Text == "The")
        {
            from++;
        }

        return to - from >= 3 && PartyLexicon.OrgCues.Contains(units[from].Text) && !units[from].Possessive && units[from + 1].Text is "of" or "for";
    }

    private static bool IsNameLike(WordUnit u)
    {
        if (!u.IsWord || u.Text.Length == 0)
        {
            return false;
        }

        if (char.IsUpper(u.Text[0]))
        {
            return !IsNameCompound(u.Text);
        }

        // "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle glued to a capitalised name.
        var dash = u.Text.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and <= 3 && dash + 1 < u.Text.Length && char.IsUpper(u.Text[dash + 1])
            && u.Text.AsSpan(0, dash) is "al" or "el" or "ad" or "as" or "an" or "at" or "ash" or "az" or "ar" or "bin" or "ibn" or "ben" or "abu" or "bou" or "de" or "van" or "von" or "d";
    }

    /// <summary>
    /// "Minneapolis-based", "Family-controlled", "Kremlin-backed": a capitalised word glued to a participle is a modifier
    /// before a name, not part of it ("Ban Ki-moon" ends in no participle).
    /// </summary>
    private static bool IsNameCompound(string word)
    {
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || word.Length - dash - 1 < 3 || !char.IsLower(word[dash + 1]))
        {
            return false;
        }

        var tail = word.AsSpan(dash + 1);
        return tail.EndsWith("ed", StringComparison.Ordinal) || tail is "born" or "run" or "made" or "owned" or "listed" or "led" or "style" or "wide" or "bound" or "funded" or "linked";
    }

    private static bool IsConnector(WordUnit previous, WordUnit u)
    {
        if (previous.Possessive)
        {
            return false;
        }

        if (u.Text is "&")
        {
            return true;
        }

        if (u.Text is "of" or "for")
        {
            var last = previous.Text;
            if (PartyLexicon.LegalForms.Contains(last))
            {
                return false;
            }

            return PartyLexicon.OrgCues.Contains(last) || last is "Republic" or "Kingdom" or "Gulf" or "Bay" or "Isle" or "Sea"
                or "Secretary" or "Minister" or "Ministry" or "House" or "Department" or "University" or "Bank" or "Court"
                or "Duke" or "Prince" or "Princess" or "King" or "Queen" or "Cape" or "Lake" or "Mount" or "Strait" or "Straits"
                or "Isles" or "Islands" or "Commissioner" or "Secretary-General" or "Chamber" or "Museum" or "Institute" or "Church";
        }

        if (u.Text is "on")
        {
            // "Commission on Presidential Debates", "Committee on Foreign Relations" (a weekday after "on" splits first).
            return previous.Text is "Commission" or "Committee" or "Council" or "Conference" or "Institute" or "Centre" or "Center" or "Panel" or "Campaign";
        }

        return PartyLexicon.NameParticles.Contains(u.Text) && u.Text.Length > 0 && char.IsLower(u.Text[0]);
    }

    /// <summary>"v Northampton", "beat Somerset": a city or county after these words is a team.</summary>
    private static bool IsOpponent(IReadOnlyList<WordUnit> units, int from) =>
        from > 0 && units[from - 1].Text is "v" or "vs" or "v." or "vs." or "versus" or "beat" or "against";

    /// <summary>A score or standing right after the name: a small number, not a year, date or figure with a unit.</summary>
    private static bool IsScoreAfter(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (to >= units.Count || (from > 0 && units[from - 1].IsWord && char.IsLower(units[from - 1].Text[0])))
        {
            return false;
        }

        var next = units[to].Text;
        if (next.Length is 0 or > 3 || !AllDigits(next))
        {
            return false;
        }

        // A second number or the end of the sentence after it: "Surrey 326 and 112", "Chicago 71 58", "Atlanta 4 Houston 3".
        var after = to + 1 < units.Count ? units[to + 1].Text : "";
        return after.Length == 0 || after is "," or "." or "and" or ";" || char.IsDigit(after[0]) || after[0] == '.' || char.IsUpper(after[0]);
    }

    private void ProcessChunk(string text, IReadOnlyList<WordUnit> units, int from, int to, List<RawMention> found)
    {
        // Days and months are capitalised but never part of a name: split around them.
        for (var k = from; k < to; k++)
        {
            if (PartyLexicon.NeverNames.Contains(units[k].Text) || NotParties.IsMonthBeforeDay(units, k))
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
        if (NotParties.IsWorkTitle(units, from, to) || (NotParties.IsEvent(units, from, to) && !KnownOrgsBySpan.ContainsKey(Surface(units, from, to, buffer)) && !OpensWithOrgHead(units, from, to)))
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

        if (NotParties.IsPresentedWork(units, from, to) && LongestKnown(units, from, to).Length != to - from && !PartyLexicon.OrgCues.Contains(units[to - 1].Text))
        {
            // "appeared on Question Time", "the BBC's Newsnight", "the Today programme": a programme, not a party
            // (but "appeared on Sky News" names a channel).
            return;
        }

        if (from < to && units[from].SentenceInitial && (IsCommonWord(units[from]) || LooksInflected(units, from, to) || UnitText.WrittenLowerElsewhere(text, units[from])) && !IsKnown(units, from) && LongestKnown(units, from, to).Length < 2)
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

        if (to - from >= 3 && units[from].SentenceInitial && PartyLexicon.RoleHeads.Contains(units[from].Text) && !PartyLexicon.TitleWords.Contains(units[from].Text)
            && _lexicon.GivenNames.Contains(units[from + 1].Text) && !IsKnown(units, from))
        {
            // "Economist Mark Lewis said": a role noun capitalised by its position, then a person's given name; the role
            // reader takes it as the role.
            from++;
        }

        if (from >= to)
        {
            return;
        }

        if (!AddCuedOrganisation(text, units, from, to, found))
        {
            SplitNames(text, units, from, to, found);
        }
    }

    /// <summary>"UN Security Council", "Lear Corp", "Douglas & Lomason": a chunk that an organisation cue makes one name.</summary>
    private bool AddCuedOrganisation(string text, IReadOnlyList<WordUnit> units, int from, int to, List<RawMention> found)
    {
        Span<char> buffer = stackalloc char[StackChars];
        var last = units[to - 1];
        if (to - from >= 2 && (PartyLexicon.OrgCues.Contains(last.Text) || HasOrgCueBeforeOf(units, from, to) || HasAmpersand(units, from, to)) && !PlaceOrOrgSpans(units, from, to))
        {
            var start = from;
            // "General Motors Corp", "General Electric Co": a title word that opens a name the lexicon knows stays.
            while (start < to - 1 && PartyLexicon.TitleWords.Contains(units[start].Text) && !PartyLexicon.OrgCues.Contains(units[start].Text)
                && LongestKnown(units, start, to) is not { Type: PartyType.Organization, Length: >= 2 }
                && units[start].Text is not ("National" or "Foreign" or "State" or "Security" or "Supreme" or "Home" or "Trade" or "Interior" or "Defence" or "Defense" or "Finance" or "Energy" or "Health" or "Education" or "Justice" or "Labour" or "Labor" or "Agriculture" or "Environment"))
            {
                start++;
            }

            // "Lear Corp" is the company the lexicon calls "Lear": the canonical name merges it with a bare "Lear".
            var surface = Surface(units, start, to, buffer);
            KnownOrgsBySpan.TryGetValue(surface, out var known);
            var canonical = known?.Canonical ?? (_orgs.TryGetValue(surface, out var record) ? record.Canonical : null);
            found.Add(Make(text, units, start, to, PartyType.Organization, canonical is null ? Evidence.Context : Evidence.Lexicon, canonical, known?.Country));
            return true;
        }

        return false;
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
            var (len, type, canonical, country, evidence) = IsInitial(units[p]) ? (0, PartyType.Person, null, null, Evidence.Guess) : LongestKnown(units, p, to);
            if (len > 0)
            {
                if (type == PartyType.Place && country is not null && country != canonical && PlaceNamedOrganisationEnd(units, p + len, to) is var orgEnd and > 0)
                {
                    // "Texas Rangers", "Boston Red Sox", "Bradford Bulls": a place and a name of its own make one organisation.
                    found.Add(Make(text, units, p, orgEnd, PartyType.Organization, Evidence.Context, null, null));
                    p = orgEnd;
                    continue;
                }

                if (type == PartyType.Place && len == 1 && country != canonical && GivenNameBeforeSurname(units, p, to))
                {
                    // "Devon White", "Chester Williams": a town that is also a given name opens a person's name.
                    var end = p + 2;
                    found.Add(ClassifyName(text, units, p, end, sawTitle));
                    sawTitle = false;
                    p = end;
                    continue;
                }

                if (type == PartyType.Place && _layout.NamesTeam(units, p, p + len, canonical, country))
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
            if (PartyLexicon.IsDemonymLike(word) || (p + 1 < to && DemonymsBySpan.ContainsKey(Surface(units, p, p + 2, buffer))))
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
            while (q < to && (IsInitial(units[q - 1]) || SurnameLikeTown(units, p, q, to) || (LongestKnown(units, q, to).Length == 0 && !PartyLexicon.TitleWords.Contains(units[q].Text))))
            {
                q++;
            }

            if (q < to && PartyLexicon.TitleWords.Contains(units[q].Text))
            {
                // "Obama Administration"-like tails are rare; keep the name and let the title start a new run.
            }

            found.Add(ClassifyName(text, units, p, q, sawTitle));
            sawTitle = false;
            p = q;
        }
    }

    private RawMention ClassifyName(string text, IReadOnlyList<WordUnit> units, int from, int to, bool afterTitle)
    {
        var count = to - from;
        var first = units[from];
        var last = units[to - 1];
        if (DocumentLayout.IsDateline(units, from, to))
        {
            // "KHASAVYURT , Russia 1996-08-31": a dateline opens with the place the story was filed from.
            return Make(text, units, from, to, PartyType.Place, Evidence.Context, null, null);
        }

        if (count == 1 && first.Text.Length == 1)
        {
            // "N / A" in a table: a lone letter names nobody.
            return Make(text, units, from, to, PartyType.Person, Evidence.Guess, null, null);
        }

        if (_layout.IsSports && from > 0 && units[from - 1].Text == "the" && !last.Possessive
            && ((last.Text.Length > 3 && last.Text[^1] == 's' && !PartyLexicon.IsDemonymLike(last.Text)) || (count >= 2 && !_lexicon.GivenNames.Contains(first.Text))))
        {
            // "the Cubs", "the White Sox", "the All Blacks": a plural name after "the" in a sports story is a team.
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        if (_layout.IsSports && IsScorecardName(units, from, to))
        {
            return Make(text, units, from, to, PartyType.Person, Evidence.Context, null, null);
        }

        if (OrgContext.Around(units, from, to) || (_layout.IsSports && count <= 3 && to < units.Count && OrgContext.IsResultVerb(units[to].Text)))
        {
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        if (to < units.Count && !last.Possessive && units[to].IsWord && PartyLexicon.PlaceNounsAfter.Contains(units[to].Text) && char.IsLower(units[to].Text[0])
            && !(count == 1 && (PartyLexicon.IsDemonymLike(first.Text) || first.Text.EndsWith("ic", StringComparison.Ordinal))))
        {
            // "Stansted airport", "the Kosevo stadium", "Charles de Gaulle airport": a name that locates a building or ground
            // (an adjective before the noun, "Arctic island", is no name).
            return Make(text, units, from, to, PartyType.Place, Evidence.Context, null, null);
        }

        if (from >= 2 && units[from - 1].Text == "of" && units[from - 2].Text is "town" or "city" or "village" or "province" or "region" or "district" or "island" or "port" or "suburb")
        {
            // "the mining town of Moengo", "the village of Mahala".
            return Make(text, units, from, to, PartyType.Place, Evidence.Context, null, null);
        }

        // An acronym is an organisation; a word in capitals that is an ordinary word ("ISSUER :", "NOTE -") is not.
        if (count == 1 && first.IsAllCaps && !IsCommonLower(first.Text))
        {
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        if (PartyLexicon.PlaceCues.Contains(last.Text) && count >= 2)
        {
            return Make(text, units, from, to, PartyType.Place, Evidence.Context, null, null);
        }

        var before = from > 0 ? units[from - 1] : null;
        var after = to < units.Count ? units[to] : null;
        if (afterTitle || (before is not null && before.IsWord && char.IsLower(before.Text[0]) && PartyLexicon.RoleHeads.Contains(before.Text)))
        {
            return Make(text, units, from, to, PartyType.Person, Evidence.Context, null, null);
        }

        if (count >= 2 && _lexicon.GivenNames.Contains(first.Text))
        {
            return Make(text, units, from, to, PartyType.Person, Evidence.Lexicon, null, null);
        }

        if (after is not null && PartyLexicon.SpeechVerbs.Contains(after.Text) && !last.Possessive)
        {
            return Make(text, units, from, to, PartyType.Person, Evidence.Context, null, null);
        }

        if (before is not null && before.Text is "in" or "at" or "near" or "from" or "across" or "outside" or "inside" or "throughout")
        {
            return Make(text, units, from, to, PartyType.Place, Evidence.Guess, null, null);
        }

        if (count >= 2)
        {
            // "Grace Road", "Human Rights Watch" end in an ordinary word; "Ban Ki-moon" does not.
            return !IsCommonWord(last)
                ? Make(text, units, from, to, PartyType.Person, Evidence.Guess, null, null)
                : Make(text, units, from, to, PartyType.Organization, Evidence.Guess, null, null);
        }

        if ((after is not null && after.Text.Length > 0 && char.IsDigit(after.Text[0])) || IsOpponent(units, from))
        {
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        return Make(text, units, from, to, _options.UnknownWordType, Evidence.Guess, null, null);
    }

    /// <summary>
    /// The longest run from <paramref name="from"/> that a gazetteer knows. A one-word club or company name is only
    /// context-strong: it can be a surname ("Dole", "Brown"), and the resolver lets a full name elsewhere win.
    /// </summary>
    private (int Length, PartyType Type, string? Canonical, string? Country, Evidence Evidence) LongestKnown(IReadOnlyList<WordUnit> units, int from, int to)
    {
        Span<char> buffer = stackalloc char[StackChars];
        for (var len = Math.Min(PartyLexicon.MaxOrgWords, to - from); len >= 1; len--)
        {
            if (len > 1 && units[from + len - 2].Possessive)
            {
                continue;
            }

            var surface = Surface(units, from, from + len, buffer);
            if (KnownOrgsBySpan.TryGetValue(surface, out var org))
            {
                return (len, PartyType.Organization, org.Canonical, org.Country, Evidence.Lexicon);
            }

            // "Van Poppel", "De Niro": a capitalised name particle before a name is not the town of that name.
            if (len == 1 && from + 1 < to && PartyLexicon.NameParticles.Contains(surface.ToString()) && IsNameLike(units[from + 1]))
            {
                continue;
            }

            if (len <= PartyLexicon.MaxPlaceWords && (_places.TryGetValue(surface, out var place)
                || (surface.Length > 3 && AllCaps(surface) && _placesUpper.TryGetValue(surface, out place))))
            {
                return (len, PartyType.Place, place.Canonical, place.Country, Evidence.Lexicon);
            }

            // Clubs, companies and public bodies: the lexicon has no country names for them (RoleCountry stays unset).
            if ((len > 1 || surface.Length > 3) && _orgs.TryGetValue(surface, out var record) && record.Matches(surface)
                && (record.Kind != OrgRecord.TownClub || _layout.ActsAsTeam(units, from, from + len)))
            {
                return (len, PartyType.Organization, record.Canonical, null, len > 1 ? Evidence.Lexicon : Evidence.Context);
            }
        }

        return (0, PartyType.Person, null, null, Evidence.Guess);
    }

    /// <summary>
    /// The end of the words that follow a place inside one capitalised run and name something of the place (a team's
    /// nickname "Rangers", "Red Sox"), or -1: not a title, a nationality, a possessive place or another known place.
    /// </summary>
    private int PlaceNamedOrganisationEnd(IReadOnlyList<WordUnit> units, int at, int to)
    {
        if (!_layout.IsSports || at >= to || units[at - 1].Possessive)
        {
            return -1;
        }

        var q = at;
        while (q < to && IsNameLike(units[q]) && !PartyLexicon.TitleWords.Contains(units[q].Text) && !PartyLexicon.IsDemonymLike(units[q].Text)
            && !IsInitial(units[q]) && LongestKnown(units, q, to) is var known && (known.Length == 0 || known is { Length: 1, Type: PartyType.Organization }))
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
        return q == to && (plural || (IsCommonWord(units[at]) && !_lexicon.GivenNames.Contains(units[at - 1].Text))) ? q : -1;
    }

    /// <summary>A given name at <paramref name="p"/> followed by one more unknown capitalised word that ends the run.</summary>
    private bool GivenNameBeforeSurname(IReadOnlyList<WordUnit> units, int p, int to) =>
        p + 2 == to && !units[p].Possessive && _lexicon.GivenNames.Contains(units[p].Text) && IsNameLike(units[p + 1])
        && !PartyLexicon.OrgCues.Contains(units[p + 1].Text) && !PartyLexicon.PlaceCues.Contains(units[p + 1].Text)
        && !PartyLexicon.TitleWords.Contains(units[p + 1].Text) && LongestKnown(units, p + 1, to).Length == 0;

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

        var known = LongestKnown(units, q, to);
        if (known is { Length: 1, Type: PartyType.Place } && known.Country is not null && known.Country != known.Canonical)
        {
            return true;
        }

        // "Gordon Brown", "Kevin Brown": after a given name, a one-word company or club name is the surname.
        return known is { Length: 1, Type: PartyType.Organization, Evidence: Evidence.Context } && _lexicon.GivenNames.Contains(units[p].Text);
    }

    /// <summary>
    /// A cricket scorecard names players: the fielder and bowler after "c", "b", "st" or "lbw" ("c Tillekeratne b
    /// Dharmasena 13") and the bowler before his figures ("Vaas 7-0-29-0").
    /// </summary>
    private static bool IsScorecardName(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (from > 0 && units[from - 1].Text is "c" or "b" or "st" or "lbw" or "c&b")
        {
            return true;
        }

        if (to >= units.Count)
        {
            return false;
        }

        var figures = units[to].Text;
        var dashes = 0;
        foreach (var ch in figures)
        {
            if (ch == '-')
            {
                dashes++;
            }
            else if (!char.IsDigit(ch) && ch != '.')
            {
                return false;
            }
        }

        return dashes == 3;
    }

    /// <summary>"Douglas & Lomason", "Procter & Gamble": two names joined by an ampersand are a firm.</summary>
    private static bool HasAmpersand(IReadOnlyList<WordUnit> units, int from, int to)
    {
        for (var k = from + 1; k < to - 1; k++)
        {
            if (units[k].Text == "&")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Foreign Ministry of Japan", "Bank of England": the cue word sits before "of".</summary>
    private static bool HasOrgCueBeforeOf(IReadOnlyList<WordUnit> units, int from, int to)
    {
        for (var k = from + 1; k < to - 1; k++)
        {
            if (units[k].Text is "of" or "for" && (PartyLexicon.OrgCues.Contains(units[k - 1].Text) || units[k - 1].Text is "House"))
            {
                return true;
            }
        }

        return false;
    }

    private bool PlaceOrOrgSpans(IReadOnlyList<WordUnit> units, int from, int to)
    {
        return _places.ContainsKey(Surface(units, from, to, stackalloc char[StackChars]));
    }

    private bool IsKnown(IReadOnlyList<WordUnit> units, int at)
    {
        var u = units[at];
        if (_lexicon.Places.ContainsKey(u.Text) || PartyLexicon.KnownOrgs.ContainsKey(u.Text) || PartyLexicon.Demonyms.ContainsKey(u.Text))
        {
            return true;
        }

        // "Will Smith" at the start of a sentence: a given name followed by another capitalised word.
        return _lexicon.GivenNames.Contains(u.Text) && at + 1 < units.Count && IsNameLike(units[at + 1]) && !IsCommonWord(units[at + 1]);
    }

    /// <summary>"Trailing by 213", "Asked about": a lone capitalised -ing/-ed/-ly word opening a sentence.</summary>
    private static bool LooksInflected(IReadOnlyList<WordUnit> units, int at, int to)
    {
        var w = units[at].Text;
        return to - at == 1 && w.Length > 5 && !units[at].IsAllCaps
            && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal));
    }

    private bool IsCommonWord(WordUnit u) =>
        u.Text.Length > 0 && (u.Text is "A" or "I" or "O" || (!u.IsAllCaps && IsCommonLower(u.Text)));

    /// <summary>The lexicon's lower-case vocabulary holds the word once lower-cased (on the stack, not a new string).</summary>
    private bool IsCommonLower(string word)
    {
        if (word.Length > StackChars)
        {
            return _lexicon.CommonWords.Contains(word.ToLowerInvariant());
        }

        Span<char> lower = stackalloc char[StackChars];
        var length = word.AsSpan().ToLowerInvariant(lower);
        return _commonWords.Contains(lower[..length]);
    }

}
