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

    /// <summary>Mentions of people and organisations in start order (stable: party order, then mention order).</summary>
    private readonly List<(PartyMention Mention, Party Party)> _mentions;

    /// <summary>Running maximum of the mentions' ends, to find the first mention covering an offset by binary search.</summary>
    private readonly int[] _maxEnd;

    /// <summary>The mentions outside quotations (all types / people only), in the same order: the candidates of the searches.</summary>
    private readonly List<(PartyMention Mention, Party Party)> _outside = [];
    private readonly List<(PartyMention Mention, Party Party)> _peopleOutside = [];

    /// <summary>Quotations, in text order and disjoint (as the scanner pairs them).</summary>
    private readonly List<QuoteSpan> _quotes;

    /// <summary>Per token, the last speech verb at or before it that is outside a quotation (-1: none); built on first use.</summary>
    private int[]? _lastVerb;
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
        _maxEnd = new int[_mentions.Count];
        var maxEnd = int.MinValue;
        for (var i = 0; i < _mentions.Count; i++)
        {
            var x = _mentions[i];
            maxEnd = Math.Max(maxEnd, x.Mention.End);
            _maxEnd[i] = maxEnd;
            if (!InsideQuote(x.Mention.Start))
            {
                _outside.Add(x);
                if (x.Party.Type == PartyType.Person)
                {
                    _peopleOutside.Add(x);
                }
            }
        }
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

        // The last speech verb outside quotes among the tokens from the sentence start that end before the quote opens
        // (looked up in a prefix table: scanning the sentence for every quote was quadratic in a long quote-laden sentence).
        var stop = from;
        if (from < tokens.Count && tokens[from].End <= quote.OpenAt)
        {
            int lo = from + 1, hi = tokens.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (tokens[mid].End <= quote.OpenAt)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            stop = lo;
        }

        var verb = stop > from ? LastVerbAtOrBefore(stop - 1) : -1;
        if (verb < from)
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

    /// <summary>
    /// Among the mentions outside quotes within [from, to]: the first one (<paramref name="firstInstead"/>), else the last
    /// person, else the last mention. Candidates are found by binary search on the start; only mentions that straddle
    /// <paramref name="to"/> are stepped over.
    /// </summary>
    private Party? LastMentionIn(int from, int to, bool personOnly = false, bool firstInstead = false)
    {
        if (firstInstead)
        {
            var list = personOnly ? _peopleOutside : _outside;
            for (var i = FirstStartingAtOrAfter(list, from); i < list.Count && list[i].Mention.Start <= to; i++)
            {
                if (list[i].Mention.End <= to)
                {
                    return list[i].Party;
                }
            }

            return null;
        }

        return LastIn(_peopleOutside, from, to) ?? (personOnly ? null : LastIn(_outside, from, to));
    }

    private static Party? LastIn(List<(PartyMention Mention, Party Party)> list, int from, int to)
    {
        for (var i = FirstStartingAtOrAfter(list, to + 1) - 1; i >= 0 && list[i].Mention.Start >= from; i--)
        {
            if (list[i].Mention.End <= to)
            {
                return list[i].Party;
            }
        }

        return null;
    }

    private Party? FirstMentionIn(int from, int to)
    {
        for (var i = FirstStartingAtOrAfter(_outside, from); i < _outside.Count && _outside[i].Mention.Start <= to; i++)
        {
            if (_outside[i].Mention.End <= to)
            {
                return _outside[i].Party;
            }
        }

        return null;
    }

    /// <summary>The first mention (in start order) that covers <paramref name="offset"/>.</summary>
    private (PartyMention Mention, Party Party)? MentionAt(int offset)
    {
        // First index whose running maximum end passes the offset: that mention itself ends past it.
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

        return lo < _mentions.Count && _mentions[lo].Mention.Start <= offset ? _mentions[lo] : null;
    }

    private static int FirstStartingAtOrAfter(List<(PartyMention Mention, Party Party)> list, int offset)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (list[mid].Mention.Start < offset)
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

    private int LastVerbAtOrBefore(int token)
    {
        if (_lastVerb is null)
        {
            var tokens = _document.Tokens;
            _lastVerb = new int[tokens.Count];
            var last = -1;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (PartyLexicon.SpeechVerbs.Contains(tokens[k].Text) && !InsideQuote(tokens[k].Start))
                {
                    last = k;
                }

                _lastVerb[k] = last;
            }
        }

        return _lastVerb[token];
    }

    private Party? MentionStartingAt(int offset) => MentionAt(offset) is { } m && m.Mention.Start == offset ? m.Party : null;

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
