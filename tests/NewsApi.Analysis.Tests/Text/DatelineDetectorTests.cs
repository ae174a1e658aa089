using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Text;

public class DatelineDetectorTests
{
    [Theory]
    [InlineData(" St Petersburg:  US President Barack Obama and his counterpart met.", "St Petersburg", "US President")]
    [InlineData("LONDON (Reuters) - The Bank of England held rates.", "LONDON", "The Bank")]
    [InlineData("WASHINGTON \u2014 The president spoke on Monday.", "WASHINGTON", "The president")]
    [InlineData("PARIS, Sept 5 (AFP) - France said it would act.", "PARIS", "France said")]
    [InlineData("Washington (CNN) -- The Senate voted on Friday.", "Washington", "The Senate")]
    [InlineData("NEW YORK - Stocks fell sharply.", "NEW YORK", "Stocks fell")]
    [InlineData("Rio de Janeiro: Police said on Monday that ...", "Rio de Janeiro", "Police said")]
    public void Detects(string text, string place, string bodyStartsWith)
    {
        var dateline = DatelineDetector.Detect(text);
        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(place, text[dateline.Start..dateline.End]);
        Assert.StartsWith(bodyStartsWith, text[dateline.BodyStart..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.")]
    [InlineData("Note: The figures are provisional.")]
    [InlineData("Update: Police have arrested a man.")]
    [InlineData("US President Barack Obama said on Friday that talks had failed.")]
    [InlineData("Manchester United - who lost on Saturday - face Chelsea.")]
    [InlineData("Obama: the talks failed")]
    [InlineData("(CNN)Kayahan, one of Turkey's best-loved singers, died.")]
    [InlineData("")]
    [InlineData("   ")]
    public void Ignores(string text) => Assert.Null(DatelineDetector.Detect(text));

    [Fact]
    public void Seed_dateline_is_kept_out_of_the_first_sentence()
    {
        var (_, body) = SeedArticle.Load();
        var document = TextDocument.Parse(body);
        Assert.Equal("St Petersburg", document.Dateline?.Place);
        Assert.StartsWith("US President", document.Sentences[0].Text, StringComparison.Ordinal);
    }
}
