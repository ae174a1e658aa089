namespace NewsApi.Analysis.Facts;

public sealed class DateExtractor : IDateExtractor
{
    public IReadOnlyList<DateMention> Extract(ExtractionContext context) => [];
}
