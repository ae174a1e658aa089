using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Facts;

/// <summary>What an extractor needs: the parsed text and, for relative dates, the publication date.</summary>
public sealed record ExtractionContext(TextDocument Document, DateOnly? PublishedAt)
{
    /// <summary>The article's title, when it has one (kept apart from the body: offsets never point into it).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The parties already found in the text, when the pipeline has run the party extractor first (empty otherwise).
    /// Figures read their mention spans: a number inside a name ("BBC Radio 4", "10 Downing Street") is not a figure.
    /// </summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    // A reference, so a copy made with `with` (the figures' context, which adds the parties) shares it.
    private readonly LexemeSlot _lexemes = new();

    /// <summary>
    /// The document's lexemes and their date scans (<see cref="Figures.Lexer"/>), built on first use and shared by the
    /// figure and date extractors and every copy of this context; nothing outlives the analysis (no static cache).
    /// </summary>
    internal Figures.LexedText Lexemes => _lexemes.For(Document.Text);

    private sealed class LexemeSlot
    {
        private Figures.LexedText? _value;

        public Figures.LexedText For(string text) =>
            LazyInitializer.EnsureInitialized(ref _value, () => new Figures.LexedText(Figures.Lexer.Lex(text)));
    }
}

public interface IFigureExtractor
{
    IReadOnlyList<Figure> Extract(ExtractionContext context);
}

public interface IDateExtractor
{
    IReadOnlyList<DateMention> Extract(ExtractionContext context);
}

public interface IPartyExtractor
{
    IReadOnlyList<Party> Extract(ExtractionContext context);
}

public interface IQuoteExtractor
{
    IReadOnlyList<Quote> Extract(ExtractionContext context, IReadOnlyList<Party> parties);
}
