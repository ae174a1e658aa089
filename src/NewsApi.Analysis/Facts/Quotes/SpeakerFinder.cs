using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Facts.Quotes;

/// <summary>
/// Attributes quotes to parties with ordered sieves (after Muzny et al. 2017, "A two-stage sieve approach for quote
/// attribution"), called once per quote in text order:
/// <list type="number">
/// <item>a cue in the quote's own sentence: speech verb + named speaker in either order, or "according to X"; a
/// pronoun or role noun as the cue's subject is resolved to the nearest compatible party before it;</item>
/// <item>continuation: a quote that opens a sentence right after the previous quote (or its attribution clause), with
/// no cue of its own, continues that speaker (this covers paragraphs left open);</item>
/// <item>preceding sentence: a quote that opens a sentence with no cue, after a sentence about a person, is that
/// person's.</item>
/// </list>
/// Every step is bounded (a clause, a few sentences of mentions), so the whole pass stays linear in the text.
/// </summary>
internal sealed class SpeakerFinder
{
    private const int PronounSentences = 3;

    /// <summary>"it" reaches back less far than "he"/"she": it is mostly a thing ("the law, which it describes").</summary>
    private const int OrganisationSentences = 1;
    private const int RecentSpeakerSentences = 2;
    private const int RoleLookback = 200;
    private const int StandAloneSentences = 3;


    private readonly TextDocument _document;
    private readonly List<QuoteSpan> _quotes;
    private readonly MentionIndex _mentions;
    private readonly CueReader _cues;
    private readonly QuoteSieves _sieves;

    private Party? _lastSpeaker;
    private int _lastSpeakerSentence = int.MinValue / 2;
    private int _lastRegionEnd = -1;
    private int _lastClose = -1;

    public SpeakerFinder(TextDocument document, IReadOnlyList<Party> parties, List<QuoteSpan> quotes, QuoteSieves sieves = QuoteSieves.All)
    {
        _document = document;
        _quotes = quotes;
        _sieves = sieves;
        _mentions = new MentionIndex(document, parties, InsideQuote);
        _cues = new CueReader(document, _mentions, InsideQuote);
    }

    /// <summary>The speaker of quote <paramref name="index"/> (quotes must be asked for in order) and the sieve that found it.</summary>
    public (Party? Speaker, QuoteSieves Sieve) Find(int index)
    {
        var quote = _quotes[index];
        var nextOpen = index + 1 < _quotes.Count ? _quotes[index + 1].OpenAt : _document.Text.Length;
        var after = _cues.AfterRegion(quote, nextOpen);
        var before = _cues.BeforeRegion(_quotes, index);
        var endsSentence = !quote.LeftOpen && _document.Text[quote.End - 1] is '.' or '!' or '?' or '…';
        var sentence = Math.Max(0, _document.SentenceIndexAt(quote.Start));

        var endsWithComma = !quote.LeftOpen && _document.Text.AsSpan(quote.End, quote.CloseAt - quote.End).IndexOfAny(",?!") >= 0;
        var cue = endsWithComma
            ? _cues.After(after.First, after.Last, endsSentence) ?? _cues.Before(before.First, before.Last)
            : _cues.Before(before.First, before.Last) ?? _cues.After(after.First, after.Last, endsSentence);
        var (speaker, sieve) = cue is { } c ? Resolve(c, quote) : (null, QuoteSieves.None);

        // A whole sentence in quotation marks right after unpunctuated words (a picture caption run into the text, as
        // pasted news pages have them) stands alone as much as one that opens its sentence.
        var runOn = cue is null && _cues.HasWords(before.First, before.Last) && AfterRunOn(quote, endsSentence);
        var opensSentence = runOn || !_cues.HasWords(before.First, before.Last);
        if (speaker is null && cue is null && opensSentence)
        {
            // After a run-on caption the sentence before is the caption's, not one about the speaker.
            (speaker, sieve) = Continuation(quote) ?? (runOn ? RecentSpeaker(sentence) : Preceding(before.First, quote)) ?? (null, QuoteSieves.None);
        }

        if (speaker is not null)
        {
            _lastSpeaker = speaker;
            _lastSpeakerSentence = sentence;
        }
        else if (cue is not null || !opensSentence)
        {
            // A quote with a cue that names nobody ("one poster wrote") or inside a sentence breaks the chain.
            _lastSpeaker = null;
        }

        _lastClose = quote.CloseAt;
        _lastRegionEnd = after.End;
        return (speaker, sieve);
    }

    private (Party?, QuoteSieves) Resolve(CueSubject cue, QuoteSpan quote)
    {
        switch (cue.Kind)
        {
            case SubjectKind.Named:
                return Allowed(QuoteSieves.Cue, cue.Party);
            case SubjectKind.Surname:
                return Allowed(QuoteSieves.Surname, cue.Party);
            case SubjectKind.According:
                return Allowed(QuoteSieves.According, cue.Party);
            case SubjectKind.Pronoun:
                return Allowed(QuoteSieves.Pronoun, Antecedent(cue.At, cue.Gender, organisation: false, quote));
            case SubjectKind.OrganisationPronoun:
                return Allowed(QuoteSieves.Pronoun, Antecedent(cue.At, Gender.Unknown, organisation: true, quote));
            default:
                return Allowed(QuoteSieves.Nominal, cue.Party ?? ResolveNominal(cue, quote));
        }
    }

    private (Party?, QuoteSieves) Allowed(QuoteSieves sieve, Party? party) =>
        party is not null && (_sieves & sieve) != 0 ? (party, sieve) : (null, QuoteSieves.None);

    /// <summary>
    /// A pronoun's antecedent: the nearest compatible subject-like mention in the last few sentences; the previous
    /// quote's speaker when nobody compatible was named since that quote ("he added").
    /// </summary>
    private Party? Antecedent(int at, Gender gender, bool organisation, QuoteSpan quote)
    {
        var sentence = _document.SentenceIndexAt(quote.Start);
        var recent = _lastSpeaker is { } last && _mentions.NarrationDistance(_lastSpeakerSentence, sentence) <= RecentSpeakerSentences
            && _mentions.IsPerson(last) != organisation && MentionIndex.Compatible(_mentions.GenderOf(last), gender)
            ? last
            : null;
        var found = _mentions.Antecedent(at, gender, organisation ? OrganisationSentences : PronounSentences, organisation);
        if (found is { } f && (recent is null || f.Start > _lastClose))
        {
            return f.Party;
        }

        return recent ?? found?.Party;
    }

    /// <summary>"the spokesman": the person holding that role, else the nearest compatible person; "the company": the organisation.</summary>
    private Party? ResolveNominal(CueSubject cue, QuoteSpan quote)
    {
        var noun = cue.Noun!;
        if (cue.At < 0)
        {
            return null;
        }

        if (noun[0] == '#')
        {
            return Antecedent(cue.At, Gender.Unknown, organisation: true, quote);
        }

        // "the relieved father" after "Peter Lamb, a father of three," or "father-of-two Peter Lamb": the person so described.
        if (_mentions.PersonDescribed(noun, cue.At) is { } described)
        {
            return described;
        }

        // "the spokeswoman" after "a spokeswoman for Network Rail said ...": the one that noun introduced.
        if (_cues.TryIntroduction(FirstTokenAtOrAfter(cue.At), noun, out var introduced))
        {
            return introduced;
        }

        // "the 14-year-old" after "Jamie Carter, 14,": the person given that age.
        if (AgeOf(cue.At) is { } age && _mentions.PersonAged(age, cue.At) is { } aged)
        {
            return aged;
        }

        // The latest holder of the role among the last mentions (bounded, so a long text stays linear).
        var mentions = _mentions.Mentions;
        for (var i = _mentions.FirstAtOrAfter(cue.At) - 1; i >= 0 && i >= _mentions.FirstAtOrAfter(cue.At) - RoleLookback; i--)
        {
            if (mentions[i].Party.Role is { } role && role.Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return _mentions.Canonical(mentions[i].Party);
            }
        }

        // "His mother wrote": nobody holds the role, and the nearest person is the possessor, not the speaker.
        return Possessed(cue.At) ? null : Antecedent(cue.At, cue.Gender, organisation: false, quote);
    }

    /// <summary>The age in a nominal "the 14-year-old" (tokenised "14", "-", "year-old", or one token "14-year-old").</summary>
    private int? AgeOf(int nounAt)
    {
        var tokens = _document.Tokens;
        var k = FirstTokenAtOrAfter(nounAt);
        if (k >= tokens.Count)
        {
            return null;
        }

        var word = tokens[k].Text;
        var digits = word.Equals("year-old", StringComparison.OrdinalIgnoreCase) && k > 1 && tokens[k - 1].Text == "-" ? tokens[k - 2].Text
            : word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) ? word[..^"-year-old".Length] : null;
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) ? age : null;
    }

    private bool Possessed(int nounAt)
    {
        var tokens = _document.Tokens;
        var k = FirstTokenAtOrAfter(nounAt);
        for (var d = k - 1; d >= 0 && k - d <= 3; d--)
        {
            if (tokens[d].Text is "his" or "His" or "her" or "Her" or "their" or "Their" or "my" or "My" or "our" or "Our" or "'s" or "’s")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing but the previous quote's own attribution clause lies between it and this quote.</summary>
    private (Party?, QuoteSieves)? Continuation(QuoteSpan quote)
    {
        if (_lastSpeaker is null || _lastClose < 0)
        {
            return null;
        }

        var tokens = _document.Tokens;
        var from = Math.Max(_lastRegionEnd, _lastClose + 1);
        for (var k = FirstTokenAtOrAfter(from); k < tokens.Count && tokens[k].End <= quote.OpenAt; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return null;
            }
        }

        return Allowed(QuoteSieves.Continuation, _lastSpeaker);
    }

    /// <summary>
    /// A quote standing alone after a caption run into the text (no cue, no finished sentence before it) goes on from
    /// the last speaker when that speaker was quoted at most <see cref="StandAloneSentences"/> narration sentences ago (news keeps quoting
    /// one person over paragraphs of background).
    /// </summary>
    private (Party?, QuoteSieves)? RecentSpeaker(int sentence) =>
        _lastSpeaker is { } last && _mentions.NarrationDistance(_lastSpeakerSentence, sentence) <= StandAloneSentences
            ? Allowed(QuoteSieves.Continuation, last)
            : null;

    /// <summary>A capitalised, finished sentence in quotation marks right after a word with no punctuation: a caption ran on.</summary>
    private bool AfterRunOn(QuoteSpan quote, bool endsSentence)
    {
        var text = _document.Text;
        var k = quote.OpenAt - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        if (!(endsSentence && k >= 0 && k < quote.OpenAt - 1 && char.IsLetterOrDigit(text[k]) && char.IsUpper(text[quote.Start])))
        {
            return false;
        }

        // "with one poster writing "How can ..."": a verb of saying right before the mark introduces the quote.
        var word = k;
        while (word > 0 && char.IsLetter(text[word - 1]))
        {
            word--;
        }

        return !QuoteLexicon.SpeechVerbs.Contains(text[word..(k + 1)]);
    }

    /// <summary>The person (else organisation) the sentence right before the quote is about: its first mention, or its leading pronoun.</summary>
    private (Party?, QuoteSieves)? Preceding(int regionFirst, QuoteSpan quote)
    {
        var tokens = _document.Tokens;
        var end = regionFirst - 1;
        if (end < 0 || !_cues.IsStop(end) || tokens[end].Start <= _lastClose)
        {
            return null;
        }

        // ". . '...": pasted pages leave lone full stops between paragraphs; the sentence before them is meant.
        while (end > 0 && _cues.IsStop(end - 1) && tokens[end - 1].Start > _lastClose)
        {
            end--;
        }

        var start = end;
        while (start > 0 && end - start < 60 && !_cues.IsStop(start - 1) && tokens[start - 1].Start > _lastClose)
        {
            start--;
        }

        // The sentence's own subject when it opens with one ("He later added ...", "The 55-year-old revealed ... Bale"),
        // else its first person.
        var first = _mentions.FirstPersonMention(tokens[start].Start, tokens[end].End);
        if (_cues.LeadingSubject(start, end, first?.Start ?? tokens[end].End) is { } subject)
        {
            var (party, _) = Resolve(subject, quote);
            return party is null ? null : Allowed(QuoteSieves.Preceding, party);
        }

        if (_mentions.FirstIn(tokens[start].Start, tokens[end].End, personOnly: true) is { } person)
        {
            return Allowed(QuoteSieves.Preceding, person);
        }

        // An organisation quoted from its statement, then "The firm said it ..." or "It also stressed ...": still it.
        if (_lastSpeaker is { } last && !_mentions.IsPerson(last) && _cues.OpensWithOrganisation(start, end)
            && _mentions.NarrationDistance(_lastSpeakerSentence, _document.SentenceIndexAt(quote.Start)) <= StandAloneSentences)
        {
            return Allowed(QuoteSieves.Preceding, last);
        }

        return null;
    }

    /// <summary>Strictly between a quotation's marks: only the last quotation opening before the offset can hold it.</summary>
    private bool InsideQuote(int offset)
    {
        int lo = 0, hi = _quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_quotes[mid].OpenAt < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && offset < _quotes[lo - 1].CloseAt;
    }

    private int FirstTokenAtOrAfter(int offset) => _document.FirstTokenAtOrAfter(offset);
}
