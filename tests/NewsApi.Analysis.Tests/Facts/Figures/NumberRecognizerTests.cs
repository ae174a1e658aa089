using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Tests.Facts.Figures;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("1,400", "1,400", 1400)]
    [InlineData("1.4 million", "1.4 million", 1400000)]
    [InlineData("twenty-one", "twenty-one", 21)]
    [InlineData("a dozen", "a dozen", 12)]
    [InlineData("half", "half", 0.5)]
    [InlineData("one hundred and six", "one hundred and six", 106)]
    [InlineData("two thousand and two hundred", "two thousand and two hundred", 2200)]
    [InlineData("two thirds", "two thirds", 2.0 / 3)]
    [InlineData("one and a half", "one and a half", 1.5)]
    [InlineData("10k", "10k", 10000)]
    [InlineData("3/4", "3/4", 0.75)]
    [InlineData("40 000", "40 000", 40000)]
    [InlineData(".08", ".08", 0.08)]
    public void Reads_the_value(string input, string text, double value)
    {
        var n = Assert.Single(NumberRecognizer.Recognize(input));
        Assert.Equal(text, n.Text);
        Assert.Equal(value, n.Value, 9);
    }

    [Theory]
    [InlineData("Which one do you prefer?")]
    [InlineData("the 180ml liquid")]
    [InlineData("the May 4th")]
    [InlineData("")]
    public void Finds_nothing(string input) => Assert.Empty(NumberRecognizer.Recognize(input));
}
