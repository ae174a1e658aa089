using NewsApi.Analysis.Facts;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>What the figure tests that go through the API's analyser ask of it: the figures of an invented text, and its one figure.</summary>
internal static class AnalyzedFigures
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    public static IReadOnlyList<Figure> FiguresOf(string body) => Analyzer.Analyze(new ArticleInput(null, body, null)).Facts.Figures;

    /// <summary>The text's only figure, whose text is the span it points at.</summary>
    public static Figure Single(string body)
    {
        var f = Assert.Single(FiguresOf(body));
        Assert.Equal(f.Text, body[f.Start..f.End]);
        return f;
    }
}
