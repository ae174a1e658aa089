using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

public sealed class FiniteValueTests
{
    [Theory]
    [InlineData("1e309")]
    [InlineData("The total was 1e400 people.")]
    [InlineData("Between 5 and 1e999 dollars were paid.")]
    public void Overflowing_numbers_never_give_infinite_values(string text)
    {
        var figures = new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(text), null));

        Assert.All(figures, f =>
        {
            Assert.True(double.IsFinite(f.Value ?? 0));
            Assert.True(double.IsFinite(f.ValueMax ?? 0));
        });
    }
}
