using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("Putin's welcome", "Putin:W|'s:W|welcome:W")]
    [InlineData("Putin\u2019s", "Putin:W|\u2019s:W")]
    [InlineData("analysts' expectations", "analysts:W|':P|expectations:W")]
    [InlineData("Ban Ki-moon and al-Assad held two-day talks", "Ban:W|Ki-moon:W|and:W|al-Assad:W|held:W|two-day:W|talks:W")]
    [InlineData("don't O'Neill", "don't:W|O'Neill:W")]
    [InlineData("more than 1,400 people", "more:W|than:W|1,400:N|people:W")]
    [InlineData("on 2013-08-21 at 10:30", "on:W|2013-08-21:N|at:W|10:30:N")]
    [InlineData("rose 1.5% to $1.13bn (\u00A3600m)", "rose:W|1.5:N|%:S|to:W|$:S|1.13:N|bn:W|(:P|\u00A3:S|600:N|m:W|):P")]
    [InlineData("\u20AC5 on the 21st in the 1990s", "\u20AC:S|5:N|on:W|the:W|21st:N|in:W|the:W|1990s:N")]
    [InlineData("the U.S. and J.K. Rowling, e.g. here", "the:W|U.S.:W|and:W|J.K.:W|Rowling:W|,:P|e.g.:W|here:W")]
    [InlineData("Mr. Smith ended.", "Mr:W|.:P|Smith:W|ended:W|.:P")]
    [InlineData("G20 summit!", "G20:W|summit:W|!:P")]
    [InlineData("", "")]
    public void Tokenizes(string text, string expected)
    {
        var kinds = new Dictionary<TokenKind, char> { [TokenKind.Word] = 'W', [TokenKind.Number] = 'N', [TokenKind.Punctuation] = 'P', [TokenKind.Symbol] = 'S' };
        var actual = string.Join('|', Tokenizer.Tokenize(text).Select(t => $"{t.Text}:{kinds[t.Kind]}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Offsets_point_into_the_text_and_respect_the_span()
    {
        const string text = "Skip. Obama's aides met at 10:30 in St Petersburg. Skip.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 6, 50, 7, tokens);
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
        Assert.All(tokens, t => Assert.Equal(7, t.SentenceIndex));
        Assert.Equal("Obama", tokens[0].Text);
        Assert.Equal(".", tokens[^1].Text);
        Assert.True(tokens[^1].End <= 50);
    }
}
