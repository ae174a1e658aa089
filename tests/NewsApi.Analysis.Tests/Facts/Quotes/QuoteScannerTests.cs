using NewsApi.Analysis.Facts.Quotes;

namespace NewsApi.Analysis.Tests.Facts.Quotes;

public sealed class QuoteScannerTests
{
    private static string[] Scan(string text) => QuoteScanner.Scan(text).Select(q => text[q.Start..q.End]).ToArray();

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("No marks at all.", new string[0])]
    [InlineData("\"We will fight,\" he said.", new[] { "We will fight" })]
    [InlineData("“We will fight,” he said.", new[] { "We will fight" })]
    [InlineData("'We will fight,' he said.", new[] { "We will fight" })]
    [InlineData("‘We will fight,’ he said.", new[] { "We will fight" })]
    [InlineData("'We don't know what we'll do,' she said.", new[] { "We don't know what we'll do" })]
    [InlineData("He loved the '90s and the '60s. 'It was great,' he said.", new[] { "It was great" })]
    [InlineData("The Joneses' house burned. 'It was awful,' she said.", new[] { "It was awful" })]
    [InlineData("They were 'rude and obnoxious' throughout the film.", new[] { "rude and obnoxious" })]
    [InlineData("'He called it \"a disaster\" and left,' she said.", new[] { "He called it \"a disaster\" and left" })]
    [InlineData("\"He called it 'a disaster' and left,\" she said.", new[] { "He called it 'a disaster' and left" })]
    [InlineData("Rock 'n' roll was young. 'Nobody cared,' he said.", new[] { "Nobody cared" })]
    public void Pairs_marks(string text, string[] expected) => Assert.Equal(expected, Scan(text));

    [Fact]
    public void A_paragraph_left_open_ends_where_the_next_paragraph_reopens()
    {
        var text = "\"We will go on.\n\n\"We will not stop,\" he said.";
        var spans = QuoteScanner.Scan(text);
        Assert.Equal(["We will go on.", "We will not stop"], spans.Select(q => text[q.Start..q.End]));
        Assert.True(spans[0].LeftOpen);
        Assert.False(spans[1].LeftOpen);
    }

    [Fact]
    public void Without_paragraph_breaks_a_mark_after_a_finished_sentence_reopens() =>
        Assert.Equal(
            ["We want to finish high.", "We face big rivals."],
            Scan("'We want to finish high. 'We face big rivals.' Mata said."));

    [Fact]
    public void A_quote_broken_by_a_paragraph_without_reopening_is_dropped() =>
        Assert.Equal(["Fine"], Scan("He said \"this never closes.\n\nNew paragraph. \"Fine\" it was."));
}
