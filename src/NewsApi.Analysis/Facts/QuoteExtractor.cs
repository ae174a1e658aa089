using NewsApi.Analysis.Facts.Quotes;

namespace NewsApi.Analysis.Facts;

/// <summary>
/// Finds quotations (double and single marks, straight and curly, nested; see <see cref="QuoteScanner"/>) and
/// attributes each to a speaker with ordered sieves (<see cref="SpeakerFinder"/>). Marks that hold no speech are
/// dropped: an unattributed scare quote shorter than <see cref="QuoteExtractorOptions.MinWordsWithoutSpeaker"/> words
/// ("unprecedented"), an unattributed title-case run ("The Thrill Is Gone"), and a short unpunctuated name or title introduced as one ("a robot named "Robogee"", "the
/// website "Insurgency Wiki"").
/// </summary>
public sealed class QuoteExtractor : IQuoteExtractor
{
    /// <summary>Words before a quoted name or title ("named "Hope"", "on "The ... Countdown"").</summary>
    private static readonly HashSet<string> NameIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "called", "named", "titled", "entitled", "dubbed", "nicknamed", "labelled", "labeled", "as", "hashtag", "word", "term", "phrase", "website", "site", "blog", "book", "film", "album", "song",
    };

    /// <summary>
    /// Kinds of work before a capitalised title ("the hit drama 'Harbour Lights'", "his new single 'Blue'"); a quote
    /// opening in lower case after them is still speech ("the show "was a disaster"").
    /// </summary>
    private static readonly HashSet<string> WorkNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "drama", "series", "show", "programme", "program", "movie", "novel", "play", "musical", "single", "documentary",
        "sitcom", "soap", "podcast", "track", "memoir", "biography", "opera", "ballet", "exhibition", "game", "app",
    };

    /// <summary>Words a title leaves in lower case ("King of the Blues").</summary>
    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "vs", "vs.", "de", "la",
    };

    /// <summary>Words before a short quote in which a verb of saying makes it reported words, not a scare quote.</summary>
    private const int ReportingWords = 7;

    /// <summary>A quoted name after "as" is at most this long when it opens in lower case ("known as "the Iron Lady"").</summary>
    private const int MaxNameAfterAs = 4;

    private readonly QuoteExtractorOptions _options;

    public QuoteExtractor()
        : this(new QuoteExtractorOptions())
    {
    }

    public QuoteExtractor(QuoteExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public IReadOnlyList<Quote> Extract(ExtractionContext context, IReadOnlyList<Party> parties)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parties);
        var document = context.Document;
        var spans = QuoteScanner.Scan(document.Text);
        if (spans.Count == 0)
        {
            return [];
        }

        var speakers = new SpeakerFinder(document, parties, spans, _options.Sieves);
        var quotes = new List<Quote>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var text = document.Text[span.Start..span.End];
            var sentence = Math.Max(0, document.SentenceIndexAt(span.Start));
            var (speaker, _) = speakers.Find(i);
            var words = CountWords(text);
            // One or two words in marks inside a sentence ("accused her of being a 'gold digger'") are a scare quote or a
            // borrowed phrase, not speech, even when the sentence names who used them.
            if ((speaker is null && (words < _options.MinWordsWithoutSpeaker || IsTitleCase(text, words)))
                || (words < _options.MinWordsWithoutSpeaker && InsideSentence(document.Text, span.OpenAt)) || IsName(document.Text, span, text, words))
            {
                continue;
            }

            quotes.Add(new Quote(text, span.Start, span.End, sentence, speaker?.Name, speaker?.Key));
        }

        return quotes;
    }

    /// <summary>
    /// The mark follows a word or a comma of its sentence (not a stop, a colon, a dash or the start of a paragraph), and
    /// no verb of saying stands in the words right before it ("confirmed that the "contradictions remained"" reports
    /// someone's words).
    /// </summary>
    private static bool InsideSentence(string body, int openAt)
    {
        var k = openAt - 1;
        while (k >= 0 && body[k] is ' ' or '\t')
        {
            k--;
        }

        if (k < 0 || !(char.IsLetterOrDigit(body[k]) || body[k] == ','))
        {
            return false;
        }

        for (var word = 0; word < ReportingWords && k >= 0; word++)
        {
            while (k >= 0 && body[k] is ' ' or ',')
            {
                k--;
            }

            var end = k + 1;
            while (k >= 0 && char.IsLetter(body[k]))
            {
                k--;
            }

            if (end == k + 1)
            {
                break;
            }

            if (QuoteLexicon.SpeechVerbs.Contains(body[(k + 1)..end]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short quote without final punctuation right after a word that introduces a name or title.</summary>
    private bool IsName(string body, QuoteSpan span, string text, int words)
    {
        if (words > _options.MaxTitleWords || text[^1] is '.' or '!' or '?' or '…')
        {
            return false;
        }

        // The introducing word may stand up to three words before the mark ("named their robot "Better Idea"").
        var k = span.OpenAt - 1;
        for (var word = 0; word < 3 && k >= 0; word++)
        {
            while (k >= 0 && (char.IsWhiteSpace(body[k]) || body[k] == ','))
            {
                k--;
            }

            var end = k + 1;
            while (k >= 0 && char.IsLetter(body[k]))
            {
                k--;
            }

            if (end == k + 1)
            {
                return false;
            }

            // "described ... as "by far the ablest of the younger Bernoullis"": after "as" a longer quote in lower case is
            // a description in someone's words, not a name ("known as "the Iron Lady"").
            var introducer = body[(k + 1)..end];
            if ((NameIntroducers.Contains(introducer) && !(introducer == "as" && words > MaxNameAfterAs && char.IsLower(text[0])))
                || (char.IsUpper(text[0]) && WorkNouns.Contains(introducer)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Thrill Is Gone", "King of the Blues.": a short run of capitalised words (small function words aside) is a
    /// title or a name, not speech; it is dropped when nobody is said to have said it.
    /// </summary>
    private bool IsTitleCase(string text, int words)
    {
        if (words > _options.MaxTitleWords)
        {
            return false;
        }

        var capitalised = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letter = word.FirstOrDefault(char.IsLetterOrDigit);
            if (letter == default || char.IsDigit(letter))
            {
                continue;
            }

            if (char.IsUpper(letter))
            {
                capitalised++;
            }
            else if (!TitleFunctionWords.Contains(word.TrimEnd('.', ',', '!', '?')))
            {
                return false;
            }
        }

        return capitalised >= 2;
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}

/// <summary>Tunables of <see cref="QuoteExtractor"/>.</summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>An unattributed quotation shorter than this is a scare quote ("unprecedented"), not speech.</summary>
    public int MinWordsWithoutSpeaker { get; init; } = 3;

    /// <summary>A quoted name or title after "called", "on", "the" ... is at most this long.</summary>
    public int MaxTitleWords { get; init; } = 8;

    /// <summary>The speaker-attribution sieves in use (all by default; switch some off to measure what each buys).</summary>
    public QuoteSieves Sieves { get; init; } = QuoteSieves.All;
}
