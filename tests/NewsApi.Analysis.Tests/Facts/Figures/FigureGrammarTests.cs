using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>The number grammar behind figures: bounds, compound fractions, cents, weights, digit groupings.</summary>
public sealed class FigureGrammarTests
{
    private static Figure Single(string body)
    {
        var f = Assert.Single(new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null)));
        Assert.Equal(f.Text, body[f.Start..f.End]);
        return f;
    }

    [Theory]
    [InlineData("It is >10 now", ">10", 10, "more than")]
    [InlineData("when x <= 100", "<= 100", 100, "at most")]
    [InlineData("when x < = 100", "< = 100", 100, "at most")]
    [InlineData("the score is higher or equal than 30", "higher or equal than 30", 30, "at least")]
    [InlineData("the score is less than 5000 or equal", "less than 5000 or equal", 5000, "at most")]
    [InlineData("the score is 200 or greater than", "200 or greater than", 200, "at least")]
    [InlineData("The number is above 1000.", "above 1000", 1000, "above")]
    public void Reads_bounds(string body, string text, double value, string qualifier)
    {
        var f = Single(body);
        Assert.Equal((text, value, qualifier), (f.Text, f.Value!.Value, f.Qualifier!));
    }

    [Theory]
    [InlineData("at most 100 and at least 20 apples", 20, 100)]
    [InlineData("above 1000 and below 1500", 1000, 1500)]
    [InlineData("higher or equal than one hundred, lower or equal than three hundred", 100, 300)]
    public void Reads_two_bounds_in_either_order(string body, double min, double max)
    {
        var f = Single(body);
        Assert.Equal((min, max), (f.Value!.Value, f.ValueMax!.Value));
    }

    [Theory]
    [InlineData("<>30")]
    [InlineData("=>30")]
    public void A_sign_pair_is_no_bound(string body) => Assert.Null(Single(body).Qualifier);

    [Theory]
    [InlineData("one hundred thirty fifths", 100.0 / 35)]
    [InlineData("one hundred and thirty fifths", 130.0 / 5)]
    [InlineData("three twenty-firsts", 3.0 / 21)]
    [InlineData("twenty twenty fifths", 20.0 / 25)]
    [InlineData("one one hundred fifth", 1.0 / 105)]
    [InlineData("a twenty-first", 1.0 / 21)]
    [InlineData("ninety - five hundred fifths", 1900)]
    [InlineData("a hundred trillionths", 1e-10)]
    [InlineData("hundred thousand", 100000)]
    [InlineData("three hundred and two dozens", 324)]
    [InlineData("1.3x10^6", 1300000)]
    [InlineData("12,34,567.89", 1234567.89)]
    public void Reads_the_value(string body, double value) => Assert.Equal(value, Single(body).Value!.Value, 9);

    [Theory]
    [InlineData("It costs 15 dollars 50.", "15 dollars 50", 15.5)]
    [InlineData("It rose to 17 USD 25.", "17 USD 25", 17.25)]
    [InlineData("It costs C$ 100 and fifty.", "C$ 100 and fifty", 100.5)]
    [InlineData("They lost 75 USD million.", "75 USD million", 75e6)]
    [InlineData("It costs 15 dollars and 50 people came.", "15 dollars", 15)]
    public void Reads_money(string body, string text, double value)
    {
        var f = new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null))[0];
        Assert.Equal((text, value, FigureKinds.Money), (f.Text, f.Value!.Value, f.Kind));
    }

    [Theory]
    [InlineData("She wanted to drop 25 pounds.", "lb")]
    [InlineData("Police seized 5 pounds of cocaine.", "lb")]
    [InlineData("The fine was 25 pounds.", "GBP")]
    [InlineData("The weight is 20 (kg)", "kg")]
    public void Reads_the_unit(string body, string unit) => Assert.Equal(unit, Single(body).Unit);

    [Fact]
    public void A_list_of_pairs_is_not_grouped() =>
        Assert.DoesNotContain(new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse("rooms 12,34,56,78 and more"), null)),
            f => f.Value > 1000);
}
