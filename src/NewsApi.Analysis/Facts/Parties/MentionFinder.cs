using System.Buffers;
using System.Collections.Frozen;
using NewsApi.Analysis.Facts.Parties.Tagger;
using NewsApi.Analysis.Text;

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

    /// <summary>Gazetteer keys are short: a joined surface longer than this is looked up as a string, not on the stack.</summary>
    private const int StackChars = 128;

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

    private readonly PartyTagger? _tagger;

    public MentionFinder(PartyLexicon lexicon, PartyExtractorOptions options)
    {
        _lexicon = lexicon;
        _options = options;
        _places = lexicon.Places.GetAlternateLookup<ReadOnlySpan<char>>();
        _placesUpper = lexicon.PlacesUpper.GetAlternateLookup<ReadOnlySpan<char>>();
        _commonWords = lexicon.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _tagger = options.Recognizer == PartyRecognizer.Rules ? null : options.Tagger ?? PartyTagger.Shared;
    }

    public void Find(TextDocument document, Sentence sentence, List<RawMention> output)
    {
        var units = WordUnit.Build(document, sentence);
        var headline = IsHeadline(units);
        var found = new List<RawMention>();
        if (_tagger is null || _options.Recognizer == PartyRecognizer.Rules)
        {
            FindByRules(document.Text, units, headline, found);
        }
        else
        {
            var tagged = TaggedMentions.Find(_tagger, _lexicon, document.Text, units);
            if (_options.Recognizer == PartyRecognizer.Combined)
            {
                FindByRules(document.Text, units, headline, found);
                found = TaggedMentions.Combine(tagged, found);
            }
            else
            {
                found = tagged;
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
    }

    private void FindByRules(string text, IReadOnlyList<WordUnit> units, bool headline, List<RawMention> found)
    {
        if (headline)
        {
            FindInHeadline(text, units, found);
            return;
        }

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

                    if (j + 1 < units.Count && IsNameLike(units[j + 1]) && IsConnector(units[j - 1], u) && u.Start == units[j - 1].End + 1)
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

            ProcessChunk(text, units, i, j, found);
            i = j;
        }
    }

    private static bool IsNameLike(WordUnit u)
    {
        if (!u.IsWord || u.Text.Length == 0)
        {
            return false;
        }

        if (char.IsUpper(u.Text[0]))
        {
            return true;
        }

        // "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle glued to a capitalised name.
        var dash = u.Text.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and <= 3 && dash + 1 < u.Text.Length && char.IsUpper(u.Text[dash + 1])
            && u.Text.AsSpan(0, dash) is "al" or "el" or "ad" or "as" or "an" or "at" or "ash" or "az" or "ar" or "bin" or "ibn" or "ben" or "abu" or "bou" or "de" or "van" or "von" or "d";
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
            return PartyLexicon.OrgCues.Contains(last) || last is "Republic" or "Kingdom" or "Gulf" or "Bay" or "Isle" or "Sea"
                or "Secretary" or "Minister" or "Ministry" or "House" or "Department" or "University" or "Bank" or "Court"
                or "Duke" or "Prince" or "Princess" or "King" or "Queen" or "Cape" or "Lake" or "Mount" or "Strait" or "Straits"
                or "Isles" or "Islands" or "Commissioner" or "Secretary-General" or "Chamber" or "Museum" or "Institute" or "Church";
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

    /// <summary>"P." in "P. Simmons".</summary>
    private static bool IsInitial(WordUnit u) => u.Text.Length == 2 && char.IsUpper(u.Text[0]) && u.Text[1] == '.';

    internal static bool IsHeadline(IReadOnlyList<WordUnit> units)
    {
        int words = 0, caps = 0;
        foreach (var u in units)
        {
            if (u.IsWord && HasLetter(u.Text))
            {
                words++;
                if (u.IsAllCaps)
                {
                    caps++;
                }
            }
        }

        return words >= 3 && caps * 10 >= words * 7;
    }

    /// <summary>In an all-capitals headline only names the lexicon knows can be trusted.</summary>
    private void FindInHeadline(string text, IReadOnlyList<WordUnit> units, List<RawMention> found)
    {
        Span<char> buffer = stackalloc char[StackChars];
        Span<char> upperBuffer = stackalloc char[StackChars];
        var i = 0;
        while (i < units.Count)
        {
            if (!units[i].IsWord)
            {
                i++;
                continue;
            }

            var matched = false;
            for (var len = Math.Min(PartyLexicon.MaxPlaceWords, units.Count - i); len >= 1 && !matched; len--)
            {
                if (!AllWords(units, i, i + len))
                {
                    continue;
                }

                var surface = Surface(units, i, i + len, buffer);
                var upper = surface.Length <= upperBuffer.Length
                    ? upperBuffer[..surface.ToUpperInvariant(upperBuffer)]
                    : surface.ToString().ToUpperInvariant().AsSpan();
                if (_placesUpper.TryGetValue(upper, out var place) && (len > 1 || upper.Length > 2 || surface is "US" or "UK"))
                {
                    found.Add(Make(text, units, i, i + len, PartyType.Place, Evidence.Lexicon, place.Canonical, place.Country));
                    i += len;
                    matched = true;
                }
                else if (KnownOrgsBySpan.TryGetValue(surface, out var org))
                {
                    found.Add(Make(text, units, i, i + len, PartyType.Organization, Evidence.Lexicon, org.Canonical, org.Country));
                    i += len;
                    matched = true;
                }
            }

            if (!matched)
            {
                i++;
            }
        }
    }

    private void ProcessChunk(string text, IReadOnlyList<WordUnit> units, int from, int to, List<RawMention> found)
    {
        // Days and months are capitalised but never part of a name: split around them.
        for (var k = from; k < to; k++)
        {
            if (PartyLexicon.NeverNames.Contains(units[k].Text))
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
        if (from < to && units[from].SentenceInitial && (IsCommonWord(units[from]) || LooksInflected(units, from, to)) && !IsKnown(units, from))
        {
            // "During a dinner", "Efforts to", "According to": an ordinary word capitalised by its position.
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

        if (from >= to)
        {
            return;
        }

        var last = units[to - 1];
        if (to - from >= 2 && (PartyLexicon.OrgCues.Contains(last.Text) || HasOrgCueBeforeOf(units, from, to)) && !PlaceOrOrgSpans(units, from, to))
        {
            var start = from;
            while (start < to - 1 && PartyLexicon.TitleWords.Contains(units[start].Text) && !PartyLexicon.OrgCues.Contains(units[start].Text)
                && units[start].Text is not ("National" or "Foreign" or "State" or "Security" or "Supreme" or "Home" or "Trade" or "Interior" or "Defence" or "Defense" or "Finance" or "Energy" or "Health" or "Education" or "Justice" or "Labour" or "Labor" or "Agriculture" or "Environment"))
            {
                start++;
            }

            KnownOrgsBySpan.TryGetValue(Surface(units, start, to, buffer), out var known);
            found.Add(Make(text, units, start, to, PartyType.Organization, known is null ? Evidence.Context : Evidence.Lexicon, known?.Canonical, known?.Country));
            return;
        }

        var p = from;
        var sawTitle = false;
        while (p < to)
        {
            var (len, type, canonical, country) = IsInitial(units[p]) ? (0, PartyType.Person, null, null) : LongestKnown(units, p, to);
            if (len > 0)
            {
                if (type == PartyType.Place && p + len == to && (IsScoreAfter(units, p, to) || (country != canonical && IsOpponent(units, p))))
                {
                    // Sports results and tables: "Surrey 326", "CHICAGO 71 58 .550" name the team, not the city.
                    found.Add(Make(text, units, p, p + len, PartyType.Organization, Evidence.Context, null, null));
                    p += len;
                    continue;
                }

                found.Add(Make(text, units, p, p + len, type, Evidence.Lexicon, canonical, country));
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
            while (q < to && (IsInitial(units[q - 1]) || (LongestKnown(units, q, to).Length == 0 && !PartyLexicon.TitleWords.Contains(units[q].Text))))
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
        if (count == 1 && first.IsAllCaps)
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

    /// <summary>Reads a person's role from the words before the name, or else from an appositive after it.</summary>
    private static void FindRole(string text, IReadOnlyList<WordUnit> units, RawMention person, SentenceMentions found)
    {
        var k = person.FirstUnit - 1;
        var roleStart = -1;
        var sawHead = false;
        while (k >= 0)
        {
            var u = units[k];
            if (!u.IsWord)
            {
                break;
            }

            var inOther = found.At(k);
            var isRoleWord = PartyLexicon.RoleHeads.Contains(u.Text) || PartyLexicon.RoleModifiers.Contains(u.Text)
                || PartyLexicon.TitleWords.Contains(u.Text);
            if (isRoleWord && !(u.Possessive && char.IsUpper(u.Text[0]) && inOther is { Type: PartyType.Person }))
            {
                if (k == person.FirstUnit - 1 && !PartyLexicon.RoleHeads.Contains(u.Text) && !PartyLexicon.TitleWords.Contains(u.Text))
                {
                    break;
                }

                sawHead |= PartyLexicon.RoleHeads.Contains(u.Text) || PartyLexicon.TitleWords.Contains(u.Text);
                roleStart = k;
                k--;
                continue;
            }

            if (roleStart >= 0 && (PartyLexicon.IsDemonymLike(u.Text) || inOther is { Type: PartyType.Place or PartyType.Organization }))
            {
                roleStart = inOther is not null ? inOther.FirstUnit : k;
                k = roleStart - 1;
                continue;
            }

            break;
        }

        if (roleStart >= 0 && sawHead)
        {
            var roleEnd = units[person.FirstUnit - 1].End;
            person.Role = text[units[roleStart].Start..roleEnd];
            person.RoleCountry = CountryOf(units, roleStart, person.FirstUnit, found);
            if (units[person.FirstUnit - 1].Is("counterpart"))
            {
                ResolveCounterpart(person, found);
            }

            // "President Xi Jinping of China": the country follows the name.
            var of = person.LastUnit + 1;
            if (person.RoleCountry is null && of + 1 < units.Count && units[of].Text == "of" && found.At(of + 1) is { Type: PartyType.Place } place)
            {
                person.RoleCountry = place.Canonical ?? place.Text;
            }

            return;
        }

        FindAppositiveRole(text, units, person, found);
    }

    /// <summary>"US President Barack Obama and his Russian counterpart Vladimir Putin": Putin is the Russian President.</summary>
    private static void ResolveCounterpart(RawMention person, SentenceMentions found)
    {
        var other = found.LastWithRoleBefore(person);
        if (other?.Role is null)
        {
            return;
        }

        var words = other.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.SkipWhile(w => !PartyLexicon.TitleWords.Contains(w) && !PartyLexicon.RoleHeads.Contains(w)).ToArray();
        var mine = person.Role!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (head.Length == 0 || mine.Length < 2)
        {
            return;
        }

        person.Role = string.Join(' ', mine[..^1]) + " " + string.Join(' ', head);
    }

    private static void FindAppositiveRole(string text, IReadOnlyList<WordUnit> units, RawMention person, SentenceMentions found)
    {
        var k = person.LastUnit + 1;
        if (units[person.LastUnit].Possessive || k >= units.Count || units[k].Text != ",")
        {
            return;
        }

        k++;

        // Skip a possessor: "President Barack Obama's ...", "the company's ...".
        var scan = k;
        while (scan < units.Count && scan - k < 6 && units[scan].IsWord && !units[scan].Possessive)
        {
            scan++;
        }

        if (scan < units.Count && units[scan].Possessive && scan - k < 6)
        {
            k = scan + 1;
        }
        else if (k < units.Count && units[k].Text is "the" or "a" or "an" or "his" or "her" or "its")
        {
            k++;
        }

        var start = k;
        var headAt = -1;
        while (k < units.Count && k - start < 8 && units[k].IsWord
            && (PartyLexicon.RoleHeads.Contains(units[k].Text) || PartyLexicon.RoleModifiers.Contains(units[k].Text) || PartyLexicon.IsDemonymLike(units[k].Text)))
        {
            if (PartyLexicon.RoleHeads.Contains(units[k].Text))
            {
                headAt = k;
            }

            k++;
        }

        if (headAt < 0)
        {
            return;
        }

        var end = headAt;
        if (headAt + 1 < units.Count && units[headAt + 1].Text is "for" or "of" or "at" or "to")
        {
            var e = headAt + 2;
            while (e < units.Count && e - headAt < 8 && units[e].IsWord && !PartyLexicon.SpeechVerbs.Contains(units[e].Text))
            {
                e++;
            }

            if (e > headAt + 2)
            {
                end = e - 1;
            }
        }

        person.Role = text[units[start].Start..units[end].End];
        person.RoleCountry = CountryOf(units, start, end + 1, found);
    }

    private static string? CountryOf(IReadOnlyList<WordUnit> units, int from, int to, SentenceMentions found)
    {
        for (var k = from; k < to; k++)
        {
            if (PartyLexicon.DemonymOrPlural(units[k].Text) is { Length: > 0 } country)
            {
                return country;
            }

            if (found.At(k) is { } m && m.Country is not null && m.Type != PartyType.Person)
            {
                return m.Type == PartyType.Place && m.Canonical is not null && m.Country == m.Canonical ? m.Canonical : m.Country;
            }
        }

        return null;
    }

    private (int Length, PartyType Type, string? Canonical, string? Country) LongestKnown(IReadOnlyList<WordUnit> units, int from, int to)
    {
        Span<char> buffer = stackalloc char[StackChars];
        for (var len = Math.Min(PartyLexicon.MaxPlaceWords, to - from); len >= 1; len--)
        {
            if (len > 1 && units[from + len - 2].Possessive)
            {
                continue;
            }

            var surface = Surface(units, from, from + len, buffer);
            if (KnownOrgsBySpan.TryGetValue(surface, out var org))
            {
                return (len, PartyType.Organization, org.Canonical, org.Country);
            }

            if (_places.TryGetValue(surface, out var place)
                || (surface.Length > 3 && AllCaps(surface) && _placesUpper.TryGetValue(surface, out place)))
            {
                return (len, PartyType.Place, place.Canonical, place.Country);
            }
        }

        return (0, PartyType.Person, null, null);
    }

    /// <summary>"Foreign Ministry of Japan", "Bank of England": the cue word sits before "of".</summary>
    private static bool HasOrgCueBeforeOf(IReadOnlyList<WordUnit> units, int from, int to)
    {
        for (var k = from + 1; k < to - 1; k++)
        {
            if (units[k].Text is "of" or "for" && PartyLexicon.OrgCues.Contains(units[k - 1].Text))
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

    private static bool AllCaps(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLetter(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllWords(IReadOnlyList<WordUnit> units, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!units[k].IsWord || (k < to - 1 && units[k].Possessive))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words from..to joined by single spaces, as <see cref="Join"/> does, written into <paramref name="buffer"/> when
    /// they fit (a single word is its own text): gazetteer lookups on the hot path allocate nothing.
    /// </summary>
    internal static ReadOnlySpan<char> Surface(IReadOnlyList<WordUnit> units, int from, int to, Span<char> buffer)
    {
        if (to - from == 1)
        {
            return units[from].Text;
        }

        var at = 0;
        for (var k = from; k < to; k++)
        {
            var word = units[k].Text;
            if (at + word.Length + 1 > buffer.Length)
            {
                return Join(units, from, to);
            }

            if (k > from)
            {
                buffer[at++] = ' ';
            }

            word.CopyTo(buffer[at..]);
            at += word.Length;
        }

        return buffer[..at];
    }

    internal static string Join(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (to - from == 1)
        {
            return units[from].Text;
        }

        return string.Join(' ', Enumerable.Range(from, to - from).Select(k => units[k].Text));
    }

    internal static RawMention Make(string text, IReadOnlyList<WordUnit> units, int from, int to, PartyType type, Evidence evidence, string? canonical, string? country) =>
        new()
        {
            Start = units[from].Start,
            End = units[to - 1].End,
            Text = text[units[from].Start..units[to - 1].End],
            SentenceIndex = units[from].SentenceIndex,
            FirstUnit = from,
            LastUnit = to - 1,
            Words = to - from,
            Type = type,
            Evidence = evidence,
            Canonical = canonical,
            Country = country,
        };
}

/// <summary>
/// One sentence's mentions indexed by the units they cover (the first mention in list order wins, as a scan of the list
/// would find), and the people already given a role, in list order.
/// </summary>
internal sealed class SentenceMentions
{
    private readonly RawMention?[] _byUnit;
    private readonly int _count;

    public SentenceMentions(List<RawMention> found, RawMention?[] byUnit, int unitCount)
    {
        _byUnit = byUnit;
        _count = unitCount;
        Array.Clear(byUnit, 0, unitCount);
        foreach (var m in found)
        {
            for (var k = Math.Max(0, m.FirstUnit); k <= m.LastUnit && k < unitCount; k++)
            {
                byUnit[k] ??= m;
            }
        }
    }

    public List<RawMention> WithRole { get; } = [];

    public RawMention? At(int unit) => unit >= 0 && unit < _count ? _byUnit[unit] : null;

    /// <summary>The last person before <paramref name="person"/> (in list order) whose role is already known.</summary>
    public RawMention? LastWithRoleBefore(RawMention person)
    {
        for (var i = WithRole.Count - 1; i >= 0; i--)
        {
            var m = WithRole[i];
            if (m != person && m.End <= person.Start)
            {
                return m;
            }
        }

        return null;
    }
}
