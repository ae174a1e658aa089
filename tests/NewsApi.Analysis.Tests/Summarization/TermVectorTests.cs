using NewsApi.Analysis.Summarization;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Summarization;

public class TermVectorTests
{
    private static readonly TermOptions NewsDefault = new(StopWordList.FunctionWords, Stem: false, KeepPossessive: true);

    [Theory]
    [InlineData("", 0)]
    [InlineData("It is.", 1)]
    [InlineData("Rates rose. Rates fell. Rates held.", 3)]
    public void One_vector_per_sentence(string text, int sentences) =>
        Assert.Equal(sentences, new RankingContext(TextDocument.Parse(text), null).Terms(NewsDefault).SentenceCount);

    [Fact]
    public void Function_word_list_keeps_reporting_words_that_the_news_list_drops()
    {
        var document = TextDocument.Parse("The minister said he will also resign.");
        var function = new RankingContext(document, null).Terms(NewsDefault);
        var news = new RankingContext(document, null).Terms(TermOptions.Classic);
        Assert.Equal(4, function.Terms[0].Length); // minister, said, also, resign ("the", "he", "will" are function words)
        Assert.Equal(2, news.Terms[0].Length);     // minist, resign
    }

    [Theory]
    [InlineData("the", true)]
    [InlineData("will", true)]
    [InlineData("can", true)]
    [InlineData("said", false)]
    [InlineData("also", false)]
    [InlineData("would", false)]
    [InlineData("minister", false)]
    public void Function_words(string word, bool expected) => Assert.Equal(expected, FunctionWords.Contains(word));

    [Fact]
    public void The_possessive_stays_with_its_word_only_when_asked()
    {
        var document = TextDocument.Parse("Putin's plan met Putin. Obama\u2019s plan too.");
        var kept = new RankingContext(document, null).Terms(NewsDefault);
        var dropped = new RankingContext(document, null).Terms(NewsDefault with { KeepPossessive = false });

        // Kept: "putin's" and "putin" are two terms; dropped: one term counted twice.
        Assert.Equal(4, kept.Terms[0].Length);
        Assert.Equal(3, dropped.Terms[0].Length);
        Assert.Contains(2, dropped.Counts[0]);
        Assert.Equal(kept.Terms[0].Length, kept.Counts[0].Length);
    }

    [Fact]
    public void Unstemmed_terms_keep_inflections_apart()
    {
        var document = TextDocument.Parse("Rates rate rating.");
        Assert.Equal(3, new RankingContext(document, null).Terms(NewsDefault).Terms[0].Length);
        Assert.Single(new RankingContext(document, null).Terms(NewsDefault with { Stem = true }).Terms[0]);
    }

    [Fact]
    public void Term_vectors_are_built_once_per_context_and_options()
    {
        var document = TextDocument.Parse("Rates rose. Rates fell.");
        var context = new RankingContext(document, null);
        Assert.Same(context.Terms(NewsDefault), context.Terms(NewsDefault));
        Assert.NotSame(context.Terms(NewsDefault), context.Terms(TermOptions.Classic));
        Assert.NotSame(context.Terms(NewsDefault), new RankingContext(document, null).Terms(NewsDefault)); // nothing outlives a context
    }

    [Fact]
    public void Count_cosine_is_one_for_identical_sentences_and_zero_without_shared_terms()
    {
        var document = TextDocument.Parse("Rates rose sharply. Rates rose sharply. Gardeners planted tulips.");
        var tv = new RankingContext(document, null).Terms(NewsDefault);
        var w = GraphCentrality.CountCosineMatrix(tv, 3);
        Assert.Equal(1.0, w[0 * 3 + 1], 12);
        Assert.Equal(0.0, w[0 * 3 + 2]);
        Assert.Equal(0.0, w[0 * 3 + 0]);
        Assert.Equal(w[1 * 3 + 0], w[0 * 3 + 1]);
    }

    [Fact]
    public void Count_cosine_weighs_repeated_words()
    {
        // "rates rates rose" against "rates fell" shares more mass than "rates rose rose" against it.
        var document = TextDocument.Parse("Rates and rates rose. Rose and rose rates. Rates fell.");
        var w = GraphCentrality.CountCosineMatrix(new RankingContext(document, null).Terms(NewsDefault), 3);
        Assert.True(w[0 * 3 + 2] > w[1 * 3 + 2]);
    }

    [Fact]
    public void Sentences_without_terms_have_no_edges()
    {
        var document = TextDocument.Parse("It is. It was. Rates rose.");
        var w = GraphCentrality.CountCosineMatrix(new RankingContext(document, null).Terms(NewsDefault), 3);
        Assert.All(w, v => Assert.Equal(0.0, v));
    }
}
