using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Facts.Quotes;

/// <summary>A mention of a person or organisation outside every quotation, with its party.</summary>
internal readonly record struct SpeakerMention(int Start, int End, int Sentence, Party Party);

/// <summary>
/// The candidate speakers of one document: mentions of people and organisations outside quotations, in text order
/// (binary-searchable by offset), each party's gender (honorific, given name, gendered role noun) and a surname index
/// ("Hamilton" → the one person called "... Hamilton"), so a later short form links to the party named in full.
/// </summary>
internal sealed class MentionIndex
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "to", "with", "of", "by", "from", "against", "about", "at", "on", "in", "into", "under", "over", "than", "like", "between", "behind", "after", "before",
    };

    private readonly TextDocument _document;
    private const int RoleLookback = 200;

    /// <summary>How many narration sentences back a pronoun of the narration looks for its antecedent.</summary>
    private const int LinkSentences = 3;

    private readonly List<SpeakerMention> _mentions;

    /// <summary>"he"/"she" outside quotations in text order, each linked to its antecedent as it was read (see <see cref="LinkPronouns"/>).</summary>
    private readonly List<(SpeakerMention Mention, Gender Gender)> _pronouns = [];
    private readonly int[] _maxEnd;
    private readonly HashSet<int> _captions;
    private readonly Dictionary<Party, Gender> _genders = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Party?> _surnames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Party>> _namesakes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Party?> _nearSurnames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A one-word name shorter than this is not taken for a misspelt surname ("Evan" is not "Evans").</summary>
    private const int MinFuzzySurname = 5;

    /// <summary>Words that are never a name, though a recogniser may tag them ("It", "She" opening a sentence).</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "she", "he", "they", "we", "i", "you", "this", "that", "there", "the", "his", "her", "its", "their",
    };

    private readonly HashSet<Party> _speakingPlaces = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per sentence: how many sentences up to it have a word outside quotation marks (narration, not quoted speech).</summary>
    private readonly int[] _narrationRank;

    public MentionIndex(TextDocument document, IReadOnlyList<Party> parties, Func<int, bool> insideQuote)
    {
        _document = document;
        _narrationRank = NarrationRanks(document, insideQuote);
        FindSpeakingPlaces(parties, insideQuote);
        _mentions = parties.Where(p => p.Type != PartyType.Place || _speakingPlaces.Contains(p))
            .SelectMany(p => p.Mentions.Where(m => !insideQuote(m.Start) && !NotNames.Contains(m.Text) && !IsDescription(p, m)).Select(m => new SpeakerMention(m.Start, m.End, m.SentenceIndex, p)))
            .OrderBy(m => m.Start)
            .ToList();
        _captions = CaptionMentions();
        _maxEnd = new int[_mentions.Count];
        var maxEnd = int.MinValue;
        for (var i = 0; i < _mentions.Count; i++)
        {
            maxEnd = Math.Max(maxEnd, _mentions[i].End);
            _maxEnd[i] = maxEnd;
        }

        // "Ms Howard Boyd" after "Emma Howard Boyd": the last two words of a longer name are that person too, and a
        // party named only by them takes no surname of its own (it would make "Boyd" ambiguous).
        var tails = parties.Where(IsPerson).SelectMany(p => p.Aliases.Append(p.Name)).Select(TwoWordTail).OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var party in parties.Where(IsPerson))
        {
            _genders[party] = ComputeGender(party);
            var last = party.Name.LastIndexOf(' ');
            if (last > 0)
            {
                var family = party.Name[(last + 1)..];
                if (!_namesakes.TryGetValue(family, out var people))
                {
                    _namesakes[family] = people = [];
                }

                people.Add(party);
            }

            if (tails.Contains(party.Name))
            {
                continue;
            }

            foreach (var name in party.Aliases.Append(party.Name))
            {
                var space = name.LastIndexOf(' ');
                foreach (var surname in new[] { space > 0 ? name[(space + 1)..] : null, TwoWordTail(name) })
                {
                    if (surname is not null)
                    {
                        _surnames[surname] = _surnames.TryGetValue(surname, out var other) && !ReferenceEquals(other, party) ? null : party;
                    }
                }
            }
        }

        LinkPronouns(insideQuote);
    }

    /// <summary>
    /// Links every "he"/"she" of the narration, in text order, to its antecedent, so that a later pronoun can take a
    /// pronoun as its antecedent ("Byron went up to Cambridge, where he met the younger John Edleston. ... he wrote"):
    /// a nominative pronoun is the subject of its clause, so it outranks a name in object position in its sentence.
    /// </summary>
    private void LinkPronouns(Func<int, bool> insideQuote)
    {
        foreach (var t in _document.Tokens)
        {
            if (t.Text is "he" or "He" or "she" or "She" && !insideQuote(t.Start)
                && Antecedent(t.Start, QuoteLexicon.PronounGender(t.Text), LinkSentences) is { } found)
            {
                _pronouns.Add((new SpeakerMention(t.Start, t.End, t.SentenceIndex, found.Party), QuoteLexicon.PronounGender(t.Text)));
            }
        }
    }

    public IReadOnlyList<SpeakerMention> Mentions => _mentions;

    private static readonly HashSet<string> CaptionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "left", "right", "centre", "center", "pictured", "above", "below", "top", "bottom", "inset",
    };

    /// <summary>
    /// Mentions in picture captions pasted into the text ("((L-R) Tobin Heath, Alex Morgan and ... pose in their new
    /// kits", "Pictured: ...", "Mr Giles (left) and ..."): the people in a photograph are no antecedent of the next
    /// "he said", which goes on from the story around the caption. A caption runs from its sentence's start to where
    /// the story resumes without a full stop ("... from a concert The teen's attorney ..."), else to the sentence end.
    /// </summary>
    private HashSet<int> CaptionMentions()
    {
        var tokens = _document.Tokens;
        var starts = _mentions.Select(m => m.Start).ToHashSet();
        var captions = new HashSet<int>();
        var i = 0;
        while (i < _mentions.Count)
        {
            var sentence = _document.Sentences[Math.Clamp(_mentions[i].Sentence, 0, _document.Sentences.Count - 1)];
            var first = sentence.FirstToken;
            var end = Math.Min(tokens.Count, first + sentence.TokenCount);
            var j = i;
            while (j < _mentions.Count && _mentions[j].Sentence == _mentions[i].Sentence)
            {
                j++;
            }

            var resumes = end;
            for (var k = first + 1; k < end; k++)
            {
                if (char.IsUpper(tokens[k].Text[0]) && tokens[k - 1].Kind == TokenKind.Word && char.IsLower(tokens[k - 1].Text[0]) && !starts.Contains(tokens[k].Start))
                {
                    resumes = k;
                    break;
                }
            }

            var isCaption = false;
            for (var k = first; k < Math.Min(end, first + 4); k++)
            {
                isCaption |= tokens[k].Text is "L-R" or "l-r" or "Pictured" or "PICTURED";
            }

            for (var n = i; n < j && !isCaption; n++)
            {
                var after = _document.FirstTokenAtOrAfter(_mentions[n].End);
                isCaption = after < resumes && after + 2 < tokens.Count && tokens[after].Text == "(" && CaptionWords.Contains(tokens[after + 1].Text) && tokens[after + 2].Text == ")";
            }

            for (var n = i; n < j && isCaption; n++)
            {
                if (resumes >= end || _mentions[n].Start < tokens[resumes].Start)
                {
                    captions.Add(_mentions[n].Start);
                }
            }

            i = j;
        }

        return captions;
    }

    /// <summary>
    /// "The Dutchman complained": a one-word "person" after the definite article is a description of someone named
    /// before, not a name (names of people take no article), so it is left to the pronoun and role-noun sieves.
    /// </summary>
    private bool IsDescription(Party party, PartyMention m)
    {
        if (party.Type != PartyType.Person || party.Name.Contains(' ', StringComparison.Ordinal) || party.Aliases.Any(a => a.Contains(' ', StringComparison.Ordinal)))
        {
            return false;
        }

        var k = _document.FirstTokenAtOrAfter(m.Start) - 1;
        return k >= 0 && _document.Tokens[k].Text is "the" or "The" && _document.Tokens[k].SentenceIndex == m.SentenceIndex;
    }

    /// <summary>
    /// Sentences of narration between two sentences: a sentence wholly inside a quotation does not count, so a long
    /// quote does not push its speaker out of reach of the "he said" after it.
    /// </summary>
    public int NarrationDistance(int from, int to) =>
        from < 0 || to < 0 || _narrationRank.Length == 0 ? to - from : _narrationRank[Math.Min(to, _narrationRank.Length - 1)] - _narrationRank[Math.Min(from, _narrationRank.Length - 1)];

    private static int[] NarrationRanks(TextDocument document, Func<int, bool> insideQuote)
    {
        var ranks = new int[document.Sentences.Count];
        var narrated = new bool[ranks.Length];
        foreach (var t in document.Tokens)
        {
            if (t.SentenceIndex >= 0 && t.SentenceIndex < ranks.Length && !narrated[t.SentenceIndex] && t.Kind is TokenKind.Word && !insideQuote(t.Start))
            {
                narrated[t.SentenceIndex] = true;
            }
        }

        for (var i = 0; i < ranks.Length; i++)
        {
            ranks[i] = (i > 0 ? ranks[i - 1] : 0) + (narrated[i] ? 1 : 0);
        }

        return ranks;
    }

    /// <summary>
    /// A person, or a "place" that speaks ("Hamilton said"): a recogniser's place that is a speech verb's subject is a
    /// person; so is an "organisation" named like a person, a known given name and a surname ("broadcaster Geoff Shreeves").
    /// </summary>
    public bool IsPerson(Party party) => party.Type == PartyType.Person || _speakingPlaces.Contains(party)
        || (party.Type == PartyType.Organization && OrganisationNamedLikePerson(party));

    /// <summary>Per organisation, <see cref="NamedLikePerson"/> of its name: asked for every candidate speaker, worked out once.</summary>
    private readonly Dictionary<Party, bool> _namedLikePerson = new(ReferenceEqualityComparer.Instance);

    private bool OrganisationNamedLikePerson(Party party)
    {
        if (!_namedLikePerson.TryGetValue(party, out var named))
        {
            _namedLikePerson[party] = named = NamedLikePerson(party.Name);
        }

        return named;
    }

    private static bool NamedLikePerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && QuoteLexicon.GivenNames.ContainsKey(words[0])
            && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower) && !QuoteLexicon.OrganisationNouns.Contains(w));
    }

    /// <summary>A mention preceded by an honorific of the other sex ("Mrs Creag" in a party named "James Creag") is someone else.</summary>
    public bool HonorificContradicts(SpeakerMention m)
    {
        var k = TokenAt(m.Start) - 1;
        return k >= 0 && QuoteLexicon.Honorifics.TryGetValue(_document.Tokens[k].Text, out var honorific)
            && !Compatible(honorific, GenderOf(m.Party));
    }

    public Gender GenderOf(Party party) => _genders.GetValueOrDefault(party);

    /// <summary>The organisation mentioned last before <paramref name="at"/> whose name ends in <paramref name="head"/> ("the academy" → "Oakfield Academy").</summary>
    public Party? LatestOrganisationNamed(string head, int at)
    {
        var first = FirstAtOrAfter(at) - 1;
        for (var i = first; i >= 0 && i > first - RoleLookback; i--)
        {
            var party = _mentions[i].Party;
            if (party.Type == PartyType.Organization && party.Name.Length > head.Length && party.Name[^(head.Length + 1)] == ' '
                && party.Name.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                return party;
            }
        }

        return null;
    }

    /// <summary>
    /// "Jennings said ..., he laughed" with Mark and Sarah Jennings both named: a bare surname says nothing of sex, so
    /// the one person of that surname who fits the pronoun is meant, whichever of them the recogniser linked it to.
    /// </summary>
    private Party? Namesake(SpeakerMention m, Gender gender)
    {
        if (gender == Gender.Unknown || m.End - m.Start < 2 || _document.Text.AsSpan(m.Start, m.End - m.Start).Contains(' ')
            || (TokenAt(m.Start) is var k and > 0 && QuoteLexicon.Honorifics.ContainsKey(_document.Tokens[k - 1].Text))
            || !_namesakes.TryGetValue(_document.Text[m.Start..m.End], out var people))
        {
            return null;
        }

        Party? found = null;
        foreach (var p in people)
        {
            if (GenderOf(p) == gender)
            {
                if (found is not null)
                {
                    return null;
                }

                found = p;
            }
        }

        return found;
    }

    private bool AfterHonorific(Party party, string word) =>
        party.Mentions.Any(m => TokenAt(m.Start) is var k and > 0 && QuoteLexicon.Honorifics.ContainsKey(_document.Tokens[k - 1].Text)
            && _document.Text.AsSpan(m.Start).StartsWith(word, StringComparison.Ordinal));

    public static bool Compatible(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;

    /// <summary>The person called by <paramref name="surname"/> alone, when exactly one person has that last name.</summary>
    public Party? BySurname(string surname) => _surnames.GetValueOrDefault(surname);

    /// <summary>
    /// A one-word person party that is the surname of a person named in full is that person ("Hamilton" → "Lewis
    /// Hamilton"), unless their known sexes differ ("Mrs Creag" is not "James Creag").
    /// </summary>
    public Party Canonical(Party party) =>
        IsPerson(party) && (BySurname(party.Name) ?? BySurnameSpelledNearly(party.Name)) is { } full && !ReferenceEquals(full, party)
            && Compatible(GenderOf(party), GenderOf(full)) ? full : party;

    /// <summary>
    /// "Ms Bauchtman said" after "Lydia Buchtmann", "Water said" after "Kathryn Waters": a one-word name that is no
    /// given name and is spelled within one edit (two for nine letters or more) of exactly one person's surname, with
    /// the same first letter, is that surname misspelled.
    /// </summary>
    private Party? BySurnameSpelledNearly(string name)
    {
        if (name.Length < MinFuzzySurname || name.Contains(' ', StringComparison.Ordinal) || QuoteLexicon.GivenNames.ContainsKey(name))
        {
            return null;
        }

        if (_nearSurnames.TryGetValue(name, out var known))
        {
            return known;
        }

        Party? found = null;
        var ambiguous = false;
        var limit = name.Length >= 9 ? 2 : 1;
        foreach (var (surname, party) in _surnames)
        {
            if (party is null || surname.Contains(' ', StringComparison.Ordinal) || char.ToUpperInvariant(surname[0]) != char.ToUpperInvariant(name[0])
                || Math.Abs(surname.Length - name.Length) > limit || !WithinEdits(name, surname, limit))
            {
                continue;
            }

            ambiguous |= found is not null && !ReferenceEquals(found, party);
            found = party;
        }

        return _nearSurnames[name] = ambiguous ? null : found;
    }

    /// <summary>Levenshtein distance of at most <paramref name="limit"/>, case-insensitive (two short words: a plain table).</summary>
    private static bool WithinEdits(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (same ? 0 : 1));
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= limit;
    }

    /// <summary>The last two words of a name of three or more ("Emma Howard Boyd" → "Howard Boyd"), else null.</summary>
    private static string? TwoWordTail(string name)
    {
        var last = name.LastIndexOf(' ');
        var second = last > 0 ? name.LastIndexOf(' ', last - 1) : -1;
        return second > 0 ? name[(second + 1)..] : null;
    }

    /// <summary>The first mention (in start order) that covers <paramref name="offset"/>.</summary>
    public SpeakerMention? At(int offset)
    {
        int lo = 0, hi = _maxEnd.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_maxEnd[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < _mentions.Count && _mentions[lo].Start <= offset ? _mentions[lo] : null;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/>.</summary>
    public int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_mentions[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The person last given age <paramref name="age"/> before <paramref name="at"/>: "Jamie Carter, 14," or "(14)" after
    /// the name, or "14-year-old Jamie Carter" before it.
    /// </summary>
    public Party? PersonAged(int age, int at)
    {
        var tokens = _document.Tokens;
        var text = age.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = FirstAtOrAfter(at) - 1;
        for (var i = first; i >= 0 && i > first - RoleLookback; i--)
        {
            var m = _mentions[i];
            if (!IsPerson(m.Party))
            {
                continue;
            }

            var after = _document.FirstTokenAtOrAfter(m.End);
            var before = TokenAt(m.Start) - 1;
            if ((after + 1 < tokens.Count && tokens[after].Text is "," or "(" && tokens[after + 1].Text == text)
                || (before >= 0 && (tokens[before].Text.Equals(text + "-year-old", StringComparison.OrdinalIgnoreCase)
                    || (before >= 2 && tokens[before].Text.Equals("year-old", StringComparison.OrdinalIgnoreCase) && tokens[before - 2].Text == text))))
            {
                return Canonical(m.Party);
            }
        }

        return null;
    }

    /// <summary>
    /// The person last described by role noun <paramref name="noun"/> before <paramref name="at"/>: the noun right before
    /// the name ("teenager Jamie Carter", "his father Peter Lamb") or in apposition after it ("Peter Lamb, a father of
    /// three,", "Ann Lowe, the town's mayor,").
    /// </summary>
    public Party? PersonDescribed(string noun, int at)
    {
        var tokens = _document.Tokens;
        var first = FirstAtOrAfter(at) - 1;
        for (var i = first; i >= 0 && i > first - RoleLookback; i--)
        {
            var m = _mentions[i];
            if (!IsPerson(m.Party))
            {
                continue;
            }

            var before = TokenAt(m.Start) - 1;
            if (before >= 0 && tokens[before].End <= m.Start && tokens[before].Text.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return Canonical(m.Party);
            }

            var after = _document.FirstTokenAtOrAfter(m.End);
            if (after + 1 < tokens.Count && tokens[after].Text == "," && tokens[after + 1].Text is "a" or "an" or "the" or "his" or "her" or "their")
            {
                for (var k = after + 2; k < tokens.Count && k <= after + 5 && tokens[k].Text is not ("," or "." or "and"); k++)
                {
                    if (tokens[k].Text.Equals(noun, StringComparison.OrdinalIgnoreCase))
                    {
                        return Canonical(m.Party);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The first mention of a person inside [from, to).</summary>
    public SpeakerMention? FirstPersonMention(int from, int to)
    {
        for (var i = FirstAtOrAfter(from); i < _mentions.Count && _mentions[i].Start < to; i++)
        {
            if (_mentions[i].End <= to && IsPerson(_mentions[i].Party))
            {
                return _mentions[i];
            }
        }

        return null;
    }

    /// <summary>The first person (else organisation) mentioned inside [from, to).</summary>
    public Party? FirstIn(int from, int to, bool personOnly = false)
    {
        Party? organisation = null;
        for (var i = FirstAtOrAfter(from); i < _mentions.Count && _mentions[i].Start < to; i++)
        {
            if (_mentions[i].End > to)
            {
                continue;
            }

            if (IsPerson(_mentions[i].Party))
            {
                return HonorificContradicts(_mentions[i]) ? null : Canonical(_mentions[i].Party);
            }

            organisation ??= _mentions[i].Party;
        }

        return personOnly ? null : organisation;
    }

    /// <summary>
    /// The antecedent of a pronoun or role noun at <paramref name="at"/>: in the nearest sentence before it (looking back
    /// at most <paramref name="sentences"/> sentences) that mentions a compatible candidate, its subject-like mention: the
    /// first one that is not the object of a preposition nor the possessor of a noun ("for Louis van Gaal's side"),
    /// else the first. <paramref name="organisation"/> looks for organisations instead of people, as subjects only.
    /// </summary>
    public (Party Party, int Start)? Antecedent(int at, Gender gender, int sentences, bool organisation = false)
    {
        var here = _document.SentenceIndexAt(at);
        var i = FirstAtOrAfter(at) - 1;
        var j = organisation ? -1 : PronounsBefore(at) - 1;
        while (true)
        {
            var sentence = Math.Max(i >= 0 ? _mentions[i].Sentence : int.MinValue, j >= 0 ? _pronouns[j].Mention.Sentence : int.MinValue);
            if (sentence == int.MinValue || NarrationDistance(sentence, here) > sentences)
            {
                return null;
            }

            // One sentence at a time, from its last candidate back to its first: the earliest subject-like one wins.
            Candidates best = default;
            for (; i >= 0 && _mentions[i].Sentence == sentence; i--)
            {
                var m = _mentions[i];
                // An organisation is an antecedent only as a subject ("On Twitter, ..." is a place to speak, not a speaker).
                if (m.End > at || IsPerson(m.Party) == organisation || HonorificContradicts(m) || (organisation && !IsSubjectLike(m)) || _captions.Contains(m.Start)
                    || (Compatible(GenderOf(m.Party), gender) ? m.Party : Namesake(m, gender)) is not { } party)
                {
                    continue;
                }

                best = best.With(m, Canonical(party), IsSubjectLike(m) && !AfterVerbWithSubject(m), Speaks(m));
            }

            // A pronoun already linked counts as a mention of its antecedent, as the subject of its clause.
            for (; j >= 0 && _pronouns[j].Mention.Sentence == sentence; j--)
            {
                var (m, own) = _pronouns[j];
                if (Compatible(own, gender))
                {
                    best = best.With(m, m.Party, !AfterVerbWithSubject(m), Speaks(m));
                }
            }

            // The nearest one that speaks in that sentence ("..., NASA said in its update."), else its subject: in the
            // pronoun's own sentence the nearest subject before it ("X, Y's lawyer, said he believes"; a caption run into
            // the sentence puts other people first), in an earlier one the sentence's first.
            if (best.First is not null)
            {
                return best.Speaking ?? (sentence == here ? best.NearestSubject : best.Subject) ?? best.First;
            }
        }
    }

    /// <summary>Index of the first linked pronoun starting at or after <paramref name="offset"/>.</summary>
    private int PronounsBefore(int offset)
    {
        int lo = 0, hi = _pronouns.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_pronouns[mid].Mention.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>A sentence's antecedent candidates: the earliest, the earliest subject-like, the latest one that speaks and the latest subject-like.</summary>
    private readonly record struct Candidates(
        (Party Party, int Start)? First, (Party Party, int Start)? Subject, (Party Party, int Start)? Speaking, (Party Party, int Start)? NearestSubject)
    {
        public Candidates With(SpeakerMention m, Party party, bool subjectLike, bool speaks)
        {
            (Party, int) c = (party, m.Start);
            return new Candidates(
                First is { } f && f.Start < m.Start ? f : c,
                subjectLike && (Subject is not { } s || m.Start < s.Start) ? c : Subject,
                speaks && (Speaking is not { } k || m.Start > k.Start) ? c : Speaking,
                subjectLike && (NearestSubject is not { } n || m.Start > n.Start) ? c : NearestSubject);
        }
    }

    /// <summary>A speech verb right after the mention ("NASA said") or right before it ("said Rhodes").</summary>
    private bool Speaks(SpeakerMention m)
    {
        var tokens = _document.Tokens;
        var first = TokenAt(m.Start);
        var last = TokenAt(Math.Max(m.Start, m.End - 1));
        return (last + 1 < tokens.Count && QuoteLexicon.SpeechVerbs.Contains(tokens[last + 1].Text) && !QuoteLexicon.NounLikeVerbs.Contains(tokens[last + 1].Text))
            || (first > 0 && QuoteLexicon.SpeechVerbs.Contains(tokens[first - 1].Text) && !QuoteLexicon.NounLikeVerbs.Contains(tokens[first - 1].Text)
                && !HasSubjectBefore(first - 1));
    }

    /// <summary>"while he admitted Ramsey may leave, Sherwood ...": a name right after a verb of saying that has its own subject opens a reported clause, not the sentence's.</summary>
    private bool AfterVerbWithSubject(SpeakerMention m)
    {
        var tokens = _document.Tokens;
        var first = TokenAt(m.Start);
        return first > 0 && QuoteLexicon.SpeechVerbs.Contains(tokens[first - 1].Text) && HasSubjectBefore(first - 1);
    }

    /// <summary>
    /// The verb at token <paramref name="verb"/> has its own subject right before it ("he admitted Ramsey may leave",
    /// "Lamb told Reilly"), so the name after it is its object, not an inverted speaker ("said Rhodes").
    /// </summary>
    private bool HasSubjectBefore(int verb)
    {
        var tokens = _document.Tokens;
        return verb > 0 && tokens[verb - 1].SentenceIndex == tokens[verb].SentenceIndex
            && (QuoteLexicon.IsSubjectPronoun(tokens[verb - 1].Text) || At(tokens[verb - 1].Start) is not null);
    }

    /// <summary>Not the object of a preposition (determiners aside: "with the ISS") nor the possessor of a noun.</summary>
    public bool IsSubjectLike(SpeakerMention m)
    {
        var tokens = _document.Tokens;
        var first = TokenAt(m.Start);
        while (first > 0 && tokens[first - 1].Text is "the" or "a" or "an" or "its" or "their" or "his" or "her" && tokens[first - 1].SentenceIndex == tokens[first].SentenceIndex)
        {
            first--;
        }

        // "for Louis van Gaal's side", and the "(CNN)" credit that opens a story, are no subjects.
        if (first > 0 && ((tokens[first - 1].SentenceIndex == tokens[first].SentenceIndex && Prepositions.Contains(tokens[first - 1].Text)) || tokens[first - 1].Text == "("))
        {
            return false;
        }

        var last = TokenAt(m.End - 1);
        return !(last + 1 < tokens.Count && tokens[last + 1].Text is "'s" or "’s" or "'" or "’");
    }

    /// <summary>Places right next to a speech verb outside quotes ("Hamilton said", "said Hamilton", "Hamilton also told").</summary>
    private void FindSpeakingPlaces(IReadOnlyList<Party> parties, Func<int, bool> insideQuote)
    {
        var tokens = _document.Tokens;
        foreach (var party in parties)
        {
            if (party.Type != PartyType.Place)
            {
                continue;
            }

            foreach (var m in party.Mentions)
            {
                // Only the few words around each place mention are looked at, so this costs nothing for most texts.
                var first = TokenAt(m.Start);
                var last = TokenAt(Math.Max(m.Start, m.End - 1));
                var skip = last + 2 < tokens.Count && IsAdverbLike(tokens[last + 1].Text) ? last + 2 : -1;
                if (IsSpokenVerb(first - 1, insideQuote) || IsSpokenVerb(last + 1, insideQuote) || IsSpokenVerb(skip, insideQuote))
                {
                    _speakingPlaces.Add(party);
                    break;
                }
            }
        }
    }

    private bool IsSpokenVerb(int k, Func<int, bool> insideQuote)
    {
        var tokens = _document.Tokens;
        return k >= 0 && k < tokens.Count && QuoteLexicon.SpeechVerbs.Contains(tokens[k].Text)
            && !QuoteLexicon.NounLikeVerbs.Contains(tokens[k].Text) && !insideQuote(tokens[k].Start);
    }

    private static bool IsAdverbLike(string word) =>
        word is "also" or "later" or "then" or "again" or "has" or "had" || word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The last token starting at or before <paramref name="offset"/> (0 when none does).</summary>
    private int TokenAt(int offset) => Math.Max(0, _document.FirstTokenAtOrAfter(offset + 1) - 1);

    /// <summary>
    /// A party's gender: its given name first (an honorific may belong to a relative merged into the party: "Mrs Creag"
    /// in "James Creag"), then an honorific before one of its mentions, then a gendered role noun.
    /// </summary>
    private Gender ComputeGender(Party party)
    {
        foreach (var name in party.Aliases.Prepend(party.Name))
        {
            // A word right after an honorific is a surname, not a given name: "Ms Howard Boyd" is no man.
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && QuoteLexicon.GivenNames.TryGetValue(name[..space], out var gender) && !AfterHonorific(party, name[..space]))
            {
                return gender;
            }
        }

        foreach (var m in party.Mentions)
        {
            var k = TokenAt(m.Start) - 1;
            if (k >= 0 && QuoteLexicon.Honorifics.TryGetValue(_document.Tokens[k].Text, out var honorific))
            {
                return honorific;
            }

            var mention = _document.Text.AsSpan(m.Start, m.End - m.Start);
            var space = mention.IndexOf(' ');
            var head = (space > 0 ? mention[..space] : mention).ToString();
            if (QuoteLexicon.Honorifics.TryGetValue(head, out honorific) || QuoteLexicon.Honorifics.TryGetValue(head.TrimEnd('.'), out honorific))
            {
                return honorific;
            }
        }

        if (party.Role is { } role && QuoteLexicon.PersonNouns.TryGetValue(role.Split(' ')[^1], out var byRole))
        {
            return byRole;
        }

        return Gender.Unknown;
    }
}
