using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Facts;

/// <summary>What an extractor needs: the parsed text and, for relative dates, the publication date.</summary>
public sealed record ExtractionContext(TextDocument Document, DateOnly? PublishedAt)
{
    /// <summary>The article's title, when it has one (kept apart from the body: offsets never point into it).</summary>
    public string? Title { get; init; }
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
