using NewsApi.Analysis.Facts.Quotes;

namespace NewsApi.Analysis.Facts;

/// <summary>
/// Finds quotations (straight and curly marks, paired within a paragraph) and attributes each to a speaker.
/// Scare quotes ("unprecedented") are kept only when a speaker can be attributed; shorter than
/// <see cref="QuoteExtractorOptions.MinWordsWithoutSpeaker"/> words and unattributed, they are dropped.
/// </summary>
public sealed class QuoteExtractor : IQuoteExtractor
{
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

        var speakers = new SpeakerFinder(document, parties, spans);
        var quotes = new List<Quote>(spans.Count);
        foreach (var span in spans)
        {
            var text = document.Text[span.Start..span.End];
            var sentence = Math.Max(0, document.SentenceIndexAt(span.Start));
            var speaker = speakers.Find(span, sentence);
            if (speaker is null && CountWords(text) < _options.MinWordsWithoutSpeaker)
            {
                continue;
            }

            quotes.Add(new Quote(text, span.Start, span.End, sentence, speaker?.Name, speaker?.Key));
        }

        return quotes;
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
}
