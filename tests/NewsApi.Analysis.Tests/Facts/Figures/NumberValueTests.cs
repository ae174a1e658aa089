using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>The number layer, read through the figures the API returns: one figure with the number's text and value.</summary>
public sealed class NumberValueTests
{
    private static IReadOnlyList<Figure> Figures(string input) =>
        new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(input), null));

    [Theory]
    [InlineData("1,400", "1,400", 1400)]
    [InlineData("1.4 million", "1.4 million", 1400000)]
    [InlineData("twenty-one", "twenty-one", 21)]
    [InlineData("a dozen", "a dozen", 12)]
    [InlineData("half of", "half", 0.5)]
    [InlineData("one hundred and six", "one hundred and six", 106)]
    [InlineData("two thousand and two hundred", "two thousand and two hundred", 2200)]
    [InlineData("two thirds", "two thirds", 2.0 / 3)]
    [InlineData("one and a half", "one and a half", 1.5)]
    [InlineData("10k", "10k", 10000)]
    [InlineData("40 000", "40 000", 40000)]
    [InlineData(".08", ".08", 0.08)]
    public void Reads_the_value(string input, string text, double value)
    {
        var f = Assert.Single(Figures(input));
        Assert.Equal(text, f.Text);
        Assert.Equal(value, f.Value!.Value, 9);
    }

    [Theory]
    [InlineData("Which one do you prefer?")]
    [InlineData("the May 4th")]
    [InlineData("")]
    public void Finds_nothing(string input) => Assert.Empty(Figures(input));
}
