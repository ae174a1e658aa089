namespace NewsApi.Analysis.Facts;

public sealed class QuoteExtractor : IQuoteExtractor
{
    public IReadOnlyList<Quote> Extract(ExtractionContext context, IReadOnlyList<Party> parties) => [];
}
