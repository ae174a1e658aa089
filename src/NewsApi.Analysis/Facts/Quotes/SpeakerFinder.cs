using NewsApi.Analysis.Facts.Parties;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Facts.Quotes;

/// <summary>
/// Attributes a quotation to a party: after the quote (<c>"...," said Rhodes</c>, <c>"...," Putin told reporters</c>,
/// <c>"...," he added</c>, <c>"...," Kremlin spokesman Dmitry Peskov was quoted as saying</c>) or before it, in the same
/// sentence (<c>Ushakov confirmed that the "..."</c>, <c>saying that he valued ... "..."</c>). "he"/"she" resolve to a person
/// named earlier in the same sentence, else to the previous quote's speaker, else to the last person named.
/// </summary>
internal sealed class SpeakerFinder
{
    private const int AfterWindow = 10;
    private const int PronounMemorySentences = 3;

    private readonly TextDocument _document;
    private readonly List<(PartyMention Mention, Party Party)> _mentions;
    private readonly List<QuoteSpan> _quotes;
    private Party? _lastSpeaker;
    private int _lastSpeakerSentence = -100;

    public SpeakerFinder(TextDocument document, IReadOnlyList<Party> parties, List<QuoteSpan> quotes)
    {
        _document = document;
        _quotes = quotes;
        _mentions = parties.Where(p => p.Type != PartyType.Place)
            .SelectMany(p => p.Mentions.Select(m => (m, p)))
            .OrderBy(x => x.m.Start)
            .ToList();
    }

    public Party? Find(QuoteSpan quote, int sentenceIndex)
    {
        var quoteEndsWithComma = quote.CloseAt > 0 && _document.Text.AsSpan(quote.End, quote.CloseAt - quote.End).Contains(',');
        var speaker = quoteEndsWithComma
            ? After(quote, sentenceIndex) ?? Before(quote, sentenceIndex)
            : Before(quote, sentenceIndex) ?? After(quote, sentenceIndex);
        if (speaker is not null)
        {
            _lastSpeaker = speaker;
            _lastSpeakerSentence = sentenceIndex;
        }

        return speaker;
    }

    private Party? After(QuoteSpan quote, int sentenceIndex)
    {
        var tokens = _document.Tokens;
        var first = FirstTokenAtOrAfter(quote.CloseAt + 1);
        var verb = -1;
        for (var k = first; k < tokens.Count && k - first < AfterWindow; k++)
        {
            var t = tokens[k];
            if (t.Text is "\"" or "“" or "”" or "." or "!" or "?" || HasParagraphBreak(tokens[Math.Max(first, k - 1)].End, t.Start))
            {
                break;
            }

            if (PartyLexicon.SpeechVerbs.Contains(t.Text))
            {
                verb = k;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var gapStart = tokens[first].Start;
        var verbStart = tokens[verb].Start;

        // Subject between the quote and the verb: "Putin told", "Kremlin spokesman Dmitry Peskov was quoted as saying", "he added".
        var named = LastMentionIn(gapStart, verbStart);
        if (named is not null)
        {
            return named;
        }

        for (var k = verb - 1; k >= first; k--)
        {
            if (IsPronoun(tokens[k].Text))
            {
                return ResolvePronoun(tokens[k].Start, sentenceIndex);
            }
        }

        // Inverted: "said Rhodes", "said Ben Rhodes, President ...", "said he".
        var limit = verb + 4 < tokens.Count ? tokens[verb + 4].End : _document.Text.Length;
        var after = FirstMentionIn(tokens[verb].End, limit);
        if (after is not null)
        {
            return after;
        }

        return verb + 1 < tokens.Count && IsPronoun(tokens[verb + 1].Text) ? ResolvePronoun(tokens[verb + 1].Start, sentenceIndex) : null;
    }

    private Party? Before(QuoteSpan quote, int sentenceIndex)
    {
        if (sentenceIndex < 0 || sentenceIndex >= _document.Sentences.Count)
        {
            return null;
        }

        var sentence = _document.Sentences[sentenceIndex];
        var tokens = _document.Tokens;
        var from = Math.Max(sentence.FirstToken, 0);
        var verb = -1;
        for (var k = from; k < tokens.Count && tokens[k].End <= quote.OpenAt; k++)
        {
            if (PartyLexicon.SpeechVerbs.Contains(tokens[k].Text) && !InsideQuote(tokens[k].Start))
            {
                verb = k;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        // The subject right before the verb ("Ushakov also confirmed", "which he said") ...
        for (var k = verb - 1; k >= from && verb - k <= 3; k--)
        {
            if (IsPronoun(tokens[k].Text))
            {
                return ResolvePronoun(tokens[k].Start, sentenceIndex);
            }

            if (MentionAt(tokens[k].Start) is { Party.Type: PartyType.Person } m)
            {
                return m.Party;
            }
        }

        // ... else the last person named before it in the sentence ("Obama expressed appreciation for France, saying ...").
        return LastMentionIn(sentence.Start, tokens[verb].Start, personOnly: true)
            ?? (verb + 1 < tokens.Count && tokens[verb].Text is "said" or "says" && MentionStartingAt(tokens[verb + 1].Start) is { } m2 ? m2 : null);
    }

    private Party? ResolvePronoun(int at, int sentenceIndex)
    {
        if (sentenceIndex >= 0 && sentenceIndex < _document.Sentences.Count)
        {
            var inSentence = LastMentionIn(_document.Sentences[sentenceIndex].Start, at, personOnly: true, firstInstead: true);
            if (inSentence is not null)
            {
                return inSentence;
            }
        }

        if (_lastSpeaker is not null && sentenceIndex - _lastSpeakerSentence <= PronounMemorySentences)
        {
            return _lastSpeaker;
        }

        return LastMentionIn(0, at, personOnly: true);
    }

    private Party? LastMentionIn(int from, int to, bool personOnly = false, bool firstInstead = false)
    {
        Party? found = null;
        foreach (var (mention, party) in _mentions)
        {
            if (mention.Start < from || mention.End > to || InsideQuote(mention.Start) || (personOnly && party.Type != PartyType.Person))
            {
                continue;
            }

            if (found is null || !firstInstead)
            {
                found = party.Type == PartyType.Person || found is null || found.Type != PartyType.Person ? party : found;
            }
        }

        return found;
    }

    private Party? FirstMentionIn(int from, int to)
    {
        foreach (var (mention, party) in _mentions)
        {
            if (mention.Start >= from && mention.End <= to && !InsideQuote(mention.Start))
            {
                return party;
            }
        }

        return null;
    }

    private (PartyMention Mention, Party Party)? MentionAt(int offset)
    {
        foreach (var x in _mentions)
        {
            if (x.Mention.Start <= offset && offset < x.Mention.End)
            {
                return x;
            }
        }

        return null;
    }

    private Party? MentionStartingAt(int offset) => MentionAt(offset) is { } m && m.Mention.Start == offset ? m.Party : null;

    private bool InsideQuote(int offset)
    {
        foreach (var q in _quotes)
        {
            if (q.OpenAt < offset && offset < q.CloseAt)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasParagraphBreak(int from, int to) =>
        to > from && _document.Text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);

    private int FirstTokenAtOrAfter(int offset)
    {
        var tokens = _document.Tokens;
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (tokens[mid].Start < offset)
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

    private static bool IsPronoun(string word) => word is "he" or "she" or "He" or "She";
}
