namespace NewsApi.Analysis.Facts;

public sealed class FigureExtractor : IFigureExtractor
{
    public IReadOnlyList<Figure> Extract(ExtractionContext context) => [];
}
