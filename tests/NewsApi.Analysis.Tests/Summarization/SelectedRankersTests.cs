using NewsApi.Analysis.Summarization;

namespace NewsApi.Analysis.Tests.Summarization;

/// <summary>Analysing with the requested ranker only gives that ranker's scores and the same facts as the whole analysis.</summary>
public sealed class SelectedRankersTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    // Invented for this test: a dateline, people with roles, figures, dates and a quote.
    private static readonly ArticleInput Input = new(
        "Harbour council approves new ferry link",
        "OSLO (Reuters) - The harbour council voted on Tuesday to fund a 40 million crown ferry link to the islands. " +
        "\"It will cut the crossing to 20 minutes,\" said Ingrid Berg, the council's transport chief. " +
        "About 3,000 residents signed a petition for the link last spring. " +
        "Work is due to start in March 2027 and to finish two years later, the council said.",
        new DateOnly(2026, 12, 1));

    [Theory]
    [InlineData("news")]
    [InlineData("lead")]
    [InlineData("textrank")]
    [InlineData("lexrank")]
    [InlineData("pacsum")]
    public void One_ranker_scores_as_in_the_whole_analysis(string key)
    {
        Assert.True(Analyzer.Rankers.TryGet(key, out var ranker));
        var whole = Analyzer.Analyze(Input);

        var one = Analyzer.Analyze(Input, [ranker]);

        Assert.Equal(key, Assert.Single(one.SentenceScores.Keys));
        Assert.Equal(whole.SentenceScores[key], one.SentenceScores[key]);
        Assert.Equal(whole.Facts.Figures, one.Facts.Figures);
        Assert.Equal(whole.Facts.Dates, one.Facts.Dates);
        Assert.Equal(whole.Facts.Parties.Select(p => p.Name), one.Facts.Parties.Select(p => p.Name));
        Assert.Equal(whole.Facts.Quotes.Select(q => q.Text), one.Facts.Quotes.Select(q => q.Text));
        Assert.Equal(whole.WordCount, one.WordCount);
        Assert.Equal(whole.Dateline, one.Dateline);
    }

    [Fact]
    public void The_whole_analysis_scores_with_every_ranker()
    {
        var whole = Analyzer.Analyze(Input);

        Assert.Equal(Analyzer.Rankers.Keys.Order(StringComparer.Ordinal), whole.SentenceScores.Keys.Order(StringComparer.Ordinal));
    }
}
