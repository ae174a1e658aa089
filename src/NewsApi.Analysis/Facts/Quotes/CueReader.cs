using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Facts.Quotes;

internal enum SubjectKind
{
    Named,
    Surname,
    According,
    Pronoun,
    OrganisationPronoun,
    Nominal,
}

/// <summary>Who a cue names: a party, or a pronoun / role noun at <see cref="At"/> still to be resolved.</summary>
internal readonly record struct CueSubject(SubjectKind Kind, Party? Party, int At, Gender Gender, string? Noun);

/// <summary>
/// Reads the attribution cue of a quote from the words of its own sentence outside quotation marks: the clause after
/// the closing mark up to the sentence end ("," Putin told reporters.", "," said the spokesman.", " - Matthew Ingram")
/// and the clause before the opening mark from the sentence start ("Obama said:", "according to AFP,").
/// A cue is a speech verb with its subject (before the verb, else right after it: "said Rhodes"), or "according to X".
/// </summary>
internal sealed class CueReader
{
    private const int AfterWindow = 14;
    private const int BeforeWindow = 45;
    private const int InvertedWindow = 6;
    private const int ShortClause = 8;
    private const int NominalWindow = 4;
    private const int LeadingWindow = 4;
    private const int HeadingWords = 8;

    /// <summary>Tokens back that "the spokeswoman" looks for "a spokeswoman for X" (a few paragraphs).</summary>
    private const int IntroductionLookback = 400;

    /// <summary>Tokens from a possessor to the name of the one its noun describes ("Galois' cousin, Gabriel Demante").</summary>
    private const int PossessedNameWindow = 5;

    /// <summary>How long an apposition between a name and its verb may be ("X, chief executive of the ..., added").</summary>
    private const int AppositionWords = 16;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "one", "another", "some", "his", "her", "their", "its", "our", "my", "this", "that",
    };

    private readonly TextDocument _document;
    private readonly MentionIndex _mentions;
    private readonly Func<int, bool> _insideQuote;

    public CueReader(TextDocument document, MentionIndex mentions, Func<int, bool> insideQuote)
    {
        _document = document;
        _mentions = mentions;
        _insideQuote = insideQuote;
    }

    /// <summary>Token range [First, Last) of the clause after a quote, and the offset where that clause (with its final stop) ends.</summary>
    public (int First, int Last, int End) AfterRegion(QuoteSpan quote, int nextOpen)
    {
        var tokens = _document.Tokens;
        var first = FirstTokenAtOrAfter(quote.CloseAt + 1);
        if (quote.LeftOpen)
        {
            return (first, first, quote.End);
        }

        var k = first;
        for (; k < tokens.Count && k - first < AfterWindow; k++)
        {
            var t = tokens[k];
            if (t.Start >= nextOpen || IsStop(k) || (k > first && Gap(tokens[k - 1].End, t.Start)) || (k == first && Gap(quote.CloseAt, t.Start)))
            {
                break;
            }
        }

        var end = k < tokens.Count && IsStop(k) && tokens[k].Start < nextOpen ? tokens[k].End : (k > first ? tokens[k - 1].End : quote.CloseAt + 1);
        return (first, k, end);
    }

    /// <summary>
    /// Token range [First, Last) of the clause before quote <paramref name="index"/>, back to the sentence start. An
    /// earlier quote in the same sentence (one not ending with a stop) is stepped over ("X called it "A" and "B":"),
    /// its words are not part of the clause.
    /// </summary>
    public (int First, int Last) BeforeRegion(List<QuoteSpan> quotes, int index)
    {
        var tokens = _document.Tokens;
        var quote = quotes[index];
        var last = FirstTokenAtOrAfter(quote.OpenAt);
        var first = last;
        var previous = index - 1;
        var steps = 0;
        while (first > 0 && steps++ < BeforeWindow)
        {
            var t = tokens[first - 1];
            if (previous >= 0 && t.Start <= quotes[previous].CloseAt)
            {
                var p = quotes[previous];
                if (p.LeftOpen || _document.Text[p.End - 1] is '.' or '!' or '?' || Gap(p.CloseAt, tokens[first].Start))
                {
                    break;
                }

                first = FirstTokenAtOrAfter(p.OpenAt);
                previous--;
                continue;
            }

            if (IsStop(first - 1) || Gap(t.End, first < tokens.Count ? tokens[first].Start : quote.OpenAt))
            {
                break;
            }

            first--;
        }

        return (first, last);
    }

    public bool HasWords(int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (_document.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && !_insideQuote(_document.Tokens[k].Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The cue after a quote: the first speech verb of the clause and its subject. After a quote that ends its own
    /// sentence (""... guess what?" McLean recalled.") only a short clause that stops there is an attribution; a longer
    /// one is the next sentence ("Wilkins explained Warhol's obsession began ...").
    /// </summary>
    public CueSubject? After(int first, int last, bool quoteEndsSentence)
    {
        var tokens = _document.Tokens;
        if (first >= last)
        {
            return null;
        }

        // " - Matthew Ingram", " — Peres, on whether ...": a quote signed with a dash, whatever follows the name.
        if (tokens[first].Text is "-" or "—" or "–" && first + 1 < last && _mentions.FirstIn(tokens[first + 1].Start, tokens[Math.Min(last, first + 5) - 1].End) is { } signed)
        {
            return new CueSubject(SubjectKind.Named, signed, tokens[first + 1].Start, Gender.Unknown, null);
        }

        if (quoteEndsSentence && (last - first > ShortClause || last >= tokens.Count || !IsStop(last)))
        {
            return null;
        }

        var verb = -1;
        for (var k = first; k < last; k++)
        {
            if (IsVerb(k))
            {
                verb = k;
                break;
            }
        }

        // "according to X" names the speaker unless a verb of saying with its own subject comes first: in ""...,"
        // said the mayor, Ann Lowe, according to the local paper" and ""...," he told reporters, according to AFP" the
        // source that reported the words is not the one who said them.
        var according = According(first, last);
        if (according is not null && (verb < 0 || tokens[verb].Start > according.Value.At))
        {
            return according;
        }

        if (verb < 0)
        {
            return null;
        }

        return Subject(first, verb) ?? Subject(verb + 1, Math.Min(last, verb + 1 + InvertedWindow)) ?? according;
    }

    /// <summary>The cue before a quote: the last speech verb of the clause, its subject before it, else right after it.</summary>
    public CueSubject? Before(int first, int last)
    {
        if (According(first, last, introduces: true) is { } according)
        {
            return according;
        }

        var verb = -1;
        for (var k = last - 1; k >= first; k--)
        {
            if (IsVerb(k))
            {
                verb = k;
                break;
            }
        }

        if (verb < 0)
        {
            return Heading(first, last) ?? Introduced(first, last);
        }

        var tokens = _document.Tokens;
        if (Passive(verb) is { } passive)
        {
            return passive;
        }

        // The subject right before the verb ("which he said", "Ushakov also confirmed") ...
        for (var k = verb - 1; k >= first && verb - k <= 3 && tokens[k].Text != ","; k--)
        {
            if (Pronoun(k) is { } pronoun)
            {
                return pronoun;
            }

            // "Matthew Ingram of The Globe and Mail wrote": a name after a preposition is not the verb's subject,
            // whatever the recogniser took it for; the clause's subject is looked for below.
            if (_mentions.At(tokens[k].Start) is { } m && m.End <= tokens[verb].Start && (_mentions.IsPerson(m.Party) || (verb - k == 1 && _mentions.IsSubjectLike(m)))
                && !AfterPreposition(m))
            {
                return _mentions.HonorificContradicts(m) ? new CueSubject(SubjectKind.Nominal, null, -1, Gender.Unknown, "person") : Named(m.Party, m.Start);
            }

            // "Asked whether she regretted it, the senator said:": a role noun right before the verb is its subject,
            // not a pronoun further back in the clause.
            if (QuoteLexicon.PersonNouns.ContainsKey(tokens[k].Text) && Nominal(k, verb) is { } nominal)
            {
                return nominal;
            }
        }

        // "Pete Saunders, chief executive of the National Association for ..., added:": the person whose apposition ends
        // right before the verb, wherever the clause began (a caption run into it puts other people first).
        if (AppositiveSubject(first, verb) is { } appositive)
        {
            return appositive;
        }

        // ... else the clause's subject ("Obama expressed appreciation for France, saying"), else after the verb. An
        // organisation far from the verb is rarely its subject ("critics of the Church ..., with one poster writing").
        // "The 34-year-old, who plays nurse Jo in the series, told MailOnline:": a role noun opening the clause is
        // its subject however long the relative clause between them.
        return Subject(first, verb, organisations: false, nominalFrom: verb - NominalWindow) ?? LeadingSubject(first, verb, tokens[verb].Start)
            ?? Subject(verb + 1, Math.Min(last, verb + 1 + InvertedWindow));
    }

    /// <summary>"NAME, apposition, VERB": the person right before the comma that opens an apposition closed by the comma before the verb.</summary>
    private CueSubject? AppositiveSubject(int first, int verb)
    {
        var tokens = _document.Tokens;
        var close = verb - 1;
        if (close > first && tokens[close].Text is "also" or "then" or "later")
        {
            close--;
        }

        if (close <= first || tokens[close].Text != ",")
        {
            return null;
        }

        for (var k = close - 1; k > first && close - k <= AppositionWords; k--)
        {
            if (IsStop(k) || IsVerb(k))
            {
                return null;
            }

            if (tokens[k].Text != ",")
            {
                continue;
            }

            return k - 1 >= first && _mentions.At(tokens[k - 1].Start) is { } m && m.End == tokens[k - 1].End && _mentions.IsPerson(m.Party)
                && !_mentions.HonorificContradicts(m) && !AfterPreposition(m)
                ? Named(m.Party, m.Start)
                : null;
        }

        return null;
    }

    /// <summary>
    /// "X was described by W. W. Rouse Ball as "..."": a verb of saying in the passive names its speaker in the "by"
    /// phrase after it; without one ("has been described as", "was said to be") the subject is what was spoken of, so
    /// the cue names nobody. "was quoted as saying" is left alone: there the subject is the speaker.
    /// </summary>
    private CueSubject? Passive(int verb)
    {
        var tokens = _document.Tokens;
        var word = tokens[verb].Text;
        if (verb < 1 || word is "quoted" || !(word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "told" or "written" or "thought" or "read"))
        {
            return null;
        }

        var aux = verb - 1;
        if (aux > 0 && (tokens[aux].Text is "also" or "often" or "widely" or "once" or "later" || tokens[aux].Text.EndsWith("ly", StringComparison.Ordinal)))
        {
            aux--;
        }

        if (tokens[aux].Text is not ("was" or "were" or "is" or "are" or "been" or "be" or "being"))
        {
            return null;
        }

        var by = verb + 1;
        var name = by + 1 < tokens.Count && tokens[by + 1].Text is "the" ? by + 2 : by + 1;
        if (name < tokens.Count && tokens[by].Text == "by" && _mentions.At(tokens[name].Start) is { } agent && !_insideQuote(agent.Start))
        {
            return Named(agent.Party, agent.Start);
        }

        return new CueSubject(SubjectKind.Nominal, null, -1, Gender.Unknown, "passive");
    }

    /// <summary>
    /// "City coach Jason Wilcox: 'Our job is ...'": a short clause with no verb of saying that is a person's name (with
    /// their role) and a colon introduces that person's words, as in a list of reactions or an interview transcript.
    /// </summary>
    private CueSubject? Heading(int first, int last)
    {
        var tokens = _document.Tokens;
        if (last - first is < 1 or > HeadingWords || tokens[last - 1].Text != ":")
        {
            return null;
        }

        var person = _mentions.FirstPersonMention(tokens[first].Start, tokens[last - 1].Start);
        // A heading in capitals ("EXPERT VERDICT:") labels a section; it names nobody.
        return person is { } m && m.End >= tokens[last - 2].End && !_mentions.HonorificContradicts(m)
            && _document.Text.AsSpan(m.Start, m.End - m.Start).ContainsAnyInRange('a', 'z') ? Named(m.Party, m.Start) : null;
    }

    /// <summary>
    /// "Sunak defended the record: "..."", "During the hearing, she described the night: "..."": a clause with no verb
    /// of saying that ends in a colon right before the quote introduces it, and its subject speaks: a person or
    /// "he"/"she" within its first few words, or a person opening it or right after its first comma (not a possessor,
    /// not after a preposition).
    /// </summary>
    private CueSubject? Introduced(int first, int last)
    {
        var tokens = _document.Tokens;
        if (last - first < 3 || tokens[last - 1].Text != ":")
        {
            return null;
        }

        // "Later that night she took to Twitter:": a pronoun within the clause's first few words.
        if (LeadingSubject(first, last - 2, tokens[last - 1].Start) is { Kind: SubjectKind.Pronoun } pronoun)
        {
            return pronoun;
        }

        for (var k = first; k < last - 2; k++)
        {
            if (k != first && tokens[k - 1].Text != ",")
            {
                continue;
            }

            if (tokens[k].Text is "he" or "He" or "she" or "She")
            {
                return Pronoun(k);
            }

            if (_mentions.At(tokens[k].Start) is { } m && m.Start == tokens[k].Start && _mentions.IsPerson(m.Party)
                && !Possessor(m) && !AfterPreposition(m) && !_mentions.HonorificContradicts(m)
                && _document.FirstTokenAtOrAfter(m.End) < last - 2)
            {
                return Named(m.Party, m.Start);
            }

            if (k != first)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker named in tokens [first, last): a person, a pronoun, a role noun ("the spokesman", "a spokesman for
    /// the company"), a surname seen before, else an organisation.
    /// </summary>
    private CueSubject? Subject(int first, int last, bool organisations = true, int nominalFrom = 0)
    {
        if (first >= last)
        {
            return null;
        }

        var tokens = _document.Tokens;
        var from = tokens[first].Start;
        var to = tokens[last - 1].End;
        if (_mentions.FirstPersonMention(from, to) is { } first0)
        {
            // "Galois' cousin, Gabriel Demante, ... mentioned": a possessor is not the subject when the person its noun
            // describes follows within a few words.
            var person = Possessor(first0) && _mentions.FirstPersonMention(first0.End, to) is { } next && !Possessor(next)
                && _document.FirstTokenAtOrAfter(next.Start) - _document.FirstTokenAtOrAfter(first0.End) <= PossessedNameWindow ? next : first0;

            // "Mrs Creag" where the only Creag known is James: someone not named in full, so nobody we know.
            return _mentions.HonorificContradicts(person)
                ? new CueSubject(SubjectKind.Nominal, null, -1, Gender.Unknown, "person")
                : Named(person.Party, from);
        }

        // "one poster wrote", "a witness said": an indefinite subject is someone new, whatever the noun.
        var lead = first < last && tokens[first].Text == "," ? first + 1 : first;
        if (lead < last && tokens[lead].Text is "a" or "A" or "an" or "An" or "one" or "One" or "another" or "Another" or "some" or "Some")
        {
            // ... unless it speaks for an organisation: "a spokesman for the academy said" is the academy speaking.
            for (var k = lead + 1; k < last && k <= lead + 3; k++)
            {
                if (Nominal(k, last) is { Party: not null } nominal)
                {
                    return nominal;
                }
            }

            return new CueSubject(SubjectKind.Nominal, null, -1, Gender.Unknown, tokens[lead].Text);
        }

        for (var k = first; k < last; k++)
        {
            if (Pronoun(k) is { } pronoun)
            {
                return pronoun;
            }
        }

        for (var k = Math.Max(first, nominalFrom); k < last; k++)
        {
            if (QuoteLexicon.PersonNouns.ContainsKey(tokens[k].Text) && Appositive(k) is { } named)
            {
                return named;
            }
        }

        for (var k = Math.Max(first, nominalFrom); k < last; k++)
        {
            if (Nominal(k, last) is { } nominal)
            {
                return nominal;
            }
        }

        for (var k = first; k < last; k++)
        {
            if (tokens[k].IsCapitalized && tokens[k].IsWord && _mentions.At(tokens[k].Start) is null && _mentions.BySurname(tokens[k].Text) is { } known)
            {
                return new CueSubject(SubjectKind.Surname, known, tokens[k].Start, Gender.Unknown, null);
            }
        }

        return organisations && _mentions.FirstIn(from, to) is { } organisation ? Named(organisation, from) : null;
    }

    /// <summary>
    /// "said the group's director, Anna Kowalski": a person named right after the role noun, past a comma, is the one
    /// the noun describes (looked for past the clause window, which the appositive often overruns).
    /// </summary>
    private CueSubject? Appositive(int k)
    {
        var tokens = _document.Tokens;
        return k + 2 < tokens.Count && tokens[k + 1].Text == "," && !_insideQuote(tokens[k + 2].Start)
            && _mentions.At(tokens[k + 2].Start) is { } m && m.Start == tokens[k + 2].Start && _mentions.IsPerson(m.Party)
            && !_mentions.HonorificContradicts(m) ? Named(m.Party, m.Start) : null;
    }

    /// <summary>
    /// What an earlier indefinite use of the same role noun introduced, for "the spokeswoman" at token
    /// <paramref name="at"/>: the organisation in "a spokeswoman for Network Rail" or "a Network Rail spokeswoman", the
    /// person in "a spokeswoman, Ann Lowe,", else nobody ("a police source said ... The source added"). Null when the
    /// noun was not introduced that way in the last <see cref="IntroductionLookback"/> tokens.
    /// </summary>
    public bool TryIntroduction(int at, string noun, out Party? introduced)
    {
        introduced = null;
        var tokens = _document.Tokens;
        for (var k = at - 1; k >= 0 && at - k <= IntroductionLookback; k--)
        {
            if (!tokens[k].Text.Equals(noun, StringComparison.OrdinalIgnoreCase) || _insideQuote(tokens[k].Start))
            {
                continue;
            }

            var nominal = Nominal(k, Math.Min(tokens.Count, k + 8));
            introduced = nominal?.Party ?? Appositive(k)?.Party;
            if (introduced is not null || nominal is { At: < 0 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject that opens the clause [first, last) before offset <paramref name="limit"/> (the first name in it): a
    /// pronoun ("He later added that ...") or a role noun ("The 55-year-old also revealed ..."), within a few words of
    /// the clause start. A sentence about someone called by role speaks of them, not of a name further on.
    /// </summary>
    public CueSubject? LeadingSubject(int first, int last, int limit)
    {
        var tokens = _document.Tokens;
        for (var k = first; k < last && k - first < LeadingWindow && tokens[k].Start < limit; k++)
        {
            if (tokens[k].Text is "he" or "He" or "she" or "She" && Pronoun(k) is { } pronoun)
            {
                return pronoun;
            }

            if (Nominal(k, last) is { At: >= 0 } nominal && nominal.Noun![0] != '#')
            {
                return nominal;
            }
        }

        return null;
    }

    /// <summary>"The firm said it made the changes ...", "It also stressed ...": a clause that opens with an organisation as its subject.</summary>
    public bool OpensWithOrganisation(int first, int last)
    {
        var tokens = _document.Tokens;
        if (first >= last)
        {
            return false;
        }

        if (tokens[first].Text == "It" && first + 1 < last && tokens[first + 1].Kind == TokenKind.Word && char.IsLower(tokens[first + 1].Text[0])
            && tokens[first + 1].Text is not ("is" or "was" or "has" or "had" or "will" or "would" or "seems" or "appears" or "may" or "might"))
        {
            return true;
        }

        for (var k = first; k < last && k - first < LeadingWindow; k++)
        {
            if (Nominal(k, last) is { At: >= 0 } nominal && nominal.Noun![0] == '#')
            {
                return true;
            }
        }

        return false;
    }

    private bool Possessor(SpeakerMention m)
    {
        var k = _document.FirstTokenAtOrAfter(m.End);
        return k < _document.Tokens.Count && _document.Tokens[k].Text is "'s" or "’s" or "'" or "’" && !_insideQuote(_document.Tokens[k].Start);
    }

    private bool AfterPreposition(SpeakerMention m)
    {
        var k = _document.FirstTokenAtOrAfter(m.Start) - 1;
        var tokens = _document.Tokens;
        while (k > 0 && tokens[k].Text is "the" or "The" or "a" or "an")
        {
            k--;
        }

        return k >= 0 && tokens[k].Text is "of" or "at" or "for" or "from" or "by";
    }

    private CueSubject Named(Party party, int at)
    {
        var canonical = _mentions.Canonical(party);
        return new CueSubject(ReferenceEquals(canonical, party) ? SubjectKind.Named : SubjectKind.Surname, canonical, at, Gender.Unknown, null);
    }

    private CueSubject? Pronoun(int k)
    {
        var t = _document.Tokens[k];
        if (_insideQuote(t.Start))
        {
            return null;
        }

        if (t.Text is "he" or "He" or "she" or "She")
        {
            return new CueSubject(SubjectKind.Pronoun, null, t.Start, QuoteLexicon.PronounGender(t.Text), null);
        }

        return QuoteLexicon.IsOrganisationPronoun(t.Text) ? new CueSubject(SubjectKind.OrganisationPronoun, null, t.Start, Gender.Unknown, null) : null;
    }

    /// <summary>A determiner, up to two modifiers and a role noun ("the relieved father", "a 26-year-old"): the head's gender and text.</summary>
    private CueSubject? Nominal(int k, int last)
    {
        var tokens = _document.Tokens;
        var word = tokens[k].Text;
        // "a 26-year-old" is tokenised "26", "-", "year-old".
        var person = QuoteLexicon.PersonNouns.TryGetValue(word, out var gender) || word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("year-old", StringComparison.OrdinalIgnoreCase) && k > 1 && tokens[k - 1].Text == "-" && tokens[k - 2].Kind == TokenKind.Number);
        if (!person && !QuoteLexicon.OrganisationNouns.Contains(word))
        {
            return null;
        }

        // The determiner, or a name used as one ("Cardiff CEO"); past a name an article may still open the phrase ("A
        // Network Rail spokesman"), and the name is its premodifier.
        var determiner = -1;
        SpeakerMention? premodifier = null;
        for (var d = k - 1; d >= 0 && k - d <= 3; d--)
        {
            if (Determiners.Contains(tokens[d].Text))
            {
                determiner = d;
                break;
            }

            if (tokens[d].IsCapitalized && _mentions.At(tokens[d].Start) is { } name && !_insideQuote(name.Start))
            {
                determiner = d;
                premodifier ??= name;
            }
        }

        if (determiner < 0)
        {
            return null;
        }

        // "one poster", "an unknown author": an indefinite noun introduces someone new, never named before.
        var indefinite = tokens[determiner].Text is "a" or "A" or "an" or "An" or "one" or "One" or "another" or "some";

        // "A CPS spokesman said", "the Network Rail spokeswoman": one who speaks for an organisation named before the
        // noun is that organisation speaking, as "a spokesman for the CPS" is.
        if (premodifier is { } owner && owner.Party.Type == PartyType.Organization && QuoteLexicon.SpokesNouns.Contains(word))
        {
            return new CueSubject(SubjectKind.Nominal, _mentions.Canonical(owner.Party), tokens[k].Start, gender, word);
        }

        // "a spokesman for the company", "spokeswoman for the Home Office": the organisation speaks through them.
        if (k + 2 < last && tokens[k + 1].Text is "for" or "of" or "at" && _mentions.FirstIn(tokens[k + 2].Start, tokens[Math.Min(last, k + 6) - 1].End) is { } org
            && (org.Type == PartyType.Organization || _mentions.At(tokens[k + 2].Start) is not null))
        {
            return new CueSubject(SubjectKind.Nominal, org, tokens[k].Start, gender, word);
        }

        // "a spokesman for the academy" after "Oakfield Academy": the organisation last named by that head noun.
        if (person && k + 3 < last && tokens[k + 1].Text is "for" or "of" or "at" && tokens[k + 2].Text is "the" or "The"
            && _mentions.LatestOrganisationNamed(tokens[k + 3].Text, tokens[k].Start) is { } named)
        {
            return new CueSubject(SubjectKind.Nominal, named, tokens[k].Start, gender, word);
        }

        // "The Senator from Alaska", "a man who ...": a person described anew, not someone named before.
        if (indefinite || (k + 1 < tokens.Count && tokens[k + 1].Text is "from" or "who"))
        {
            return new CueSubject(SubjectKind.Nominal, null, -1, gender, word);
        }

        return new CueSubject(SubjectKind.Nominal, null, tokens[k].Start, gender, person ? word : "#" + word);
    }

    /// <summary>
    /// "according to X" on either side of the quote; "a quote by X:" only before it (after a quote it introduces the
    /// next one: "..., or the famous quote by Thomas Edison: "..."").
    /// </summary>
    private CueSubject? According(int first, int last, bool introduces = false)
    {
        var tokens = _document.Tokens;
        for (var k = first; k + 2 < last + 1 && k + 1 < last; k++)
        {

            // "according to X", "in the words of X", "the famous quote by X:", "a statement from X:".
            if ((tokens[k].Text is "according" or "According" && tokens[k + 1].Text == "to") || (tokens[k].Text == "words" && tokens[k + 1].Text == "of")
                || (introduces && tokens[k].Text is "quote" or "words" or "remark" or "statement" or "message" && tokens[k + 1].Text is "by" or "from"))
            {
                var end = tokens[Math.Min(last, k + 9) - 1].End;
                if (k + 2 < last && _mentions.FirstIn(tokens[k + 2].Start, end) is { } party)
                {
                    return new CueSubject(SubjectKind.According, _mentions.Canonical(party), tokens[k + 2].Start, Gender.Unknown, null);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A speech verb outside quotes. A form that is also a noun ("asylum claim", "media reports") counts only right after
    /// its subject (a pronoun or a name) or before "that".
    /// </summary>
    private bool IsVerb(int k)
    {
        var tokens = _document.Tokens;
        var t = tokens[k];
        if (_insideQuote(t.Start) || !QuoteLexicon.IsSpeechVerb(t.Text, k + 1 < tokens.Count ? tokens[k + 1].Text : null))
        {
            return false;
        }

        if (!QuoteLexicon.NounLikeVerbs.Contains(t.Text))
        {
            return true;
        }

        return (k > 0 && (QuoteLexicon.IsSubjectPronoun(tokens[k - 1].Text) || _mentions.At(tokens[k - 1].Start) is not null))
            || (k + 1 < tokens.Count && tokens[k + 1].Text == "that");
    }

    /// <summary>A sentence-final mark followed by a space or the end ("AL.com" holds no stop).</summary>
    public bool IsStop(int k)
    {
        var tokens = _document.Tokens;
        return tokens[k].Text is "." or "!" or "?" && (k + 1 >= tokens.Count || tokens[k + 1].Start > tokens[k].End);
    }

    private bool Gap(int from, int to) =>
        to > from && _document.Text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);

    private int FirstTokenAtOrAfter(int offset) => _document.FirstTokenAtOrAfter(offset);
}
