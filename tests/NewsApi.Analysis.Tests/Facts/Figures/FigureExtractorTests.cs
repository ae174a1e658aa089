using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

public sealed class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string body, DateOnly? published = null) =>
        new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), published ?? new DateOnly(2013, 9, 6)));

    private static Figure Single(string body)
    {
        var figures = Extract(body);
        var figure = Assert.Single(figures);
        Assert.Equal(figure.Text, body[figure.Start..figure.End]);
        return figure;
    }

    [Theory]
    [InlineData("Officials said more than 1,400 people were killed.", "more than 1,400 people", 1400, "people", "more than", FigureKinds.Count)]
    [InlineData("They voted on three occasions.", "three occasions", 3, "occasions", null, FigureKinds.Count)]
    [InlineData("They spoke for about half an hour.", "about half an hour", 30, "minutes", "about", FigureKinds.Duration)]
    [InlineData("It was a two-day summit.", "two-day", 2, "days", null, FigureKinds.Duration)]
    [InlineData("The city has 1.4 million residents.", "1.4 million residents", 1400000, "residents", null, FigureKinds.Count)]
    [InlineData("There were twenty-one candidates.", "twenty-one candidates", 21, "candidates", null, FigureKinds.Count)]
    [InlineData("He bought a dozen eggs.", "a dozen eggs", 12, "eggs", null, FigureKinds.Count)]
    [InlineData("Turnout rose by 2% on Monday.", "2%", 2, "%", null, FigureKinds.Percent)]
    [InlineData("Turnout rose by 12 percent.", "12 percent", 12, "percent", null, FigureKinds.Percent)]
    [InlineData("Turnout rose by twelve percent.", "twelve percent", 12, "percent", null, FigureKinds.Percent)]
    [InlineData("Rates rose by 3 percentage points.", "3 percentage points", 3, "percentage points", null, FigureKinds.PercentagePoints)]
    [InlineData("Around 200 troops arrived.", "Around 200 troops", 200, "troops", "around", FigureKinds.Count)]
    [InlineData("Nearly 40 villages burned.", "Nearly 40 villages", 40, "villages", "nearly", FigureKinds.Count)]
    [InlineData("It took almost 8 hours.", "almost 8 hours", 8, "hours", "almost", FigureKinds.Duration)]
    [InlineData("He ran over 9 km.", "over 9 km", 9, "km", "over", FigureKinds.Quantity)]
    [InlineData("It can carry up to 10 boats.", "up to 10 boats", 10, "boats", "up to", FigureKinds.Count)]
    [InlineData("It sank at least 11 ships.", "at least 11 ships", 11, "ships", "at least", FigureKinds.Count)]
    [InlineData("It lost less than 12 tanks.", "less than 12 tanks", 12, "tanks", "less than", FigureKinds.Count)]
    [InlineData("It sent some 13 soldiers.", "some 13 soldiers", 13, "soldiers", "some", FigureKinds.Count)]
    [InlineData("More than half of the voters stayed home.", "More than half", 0.5, null, "more than", FigureKinds.Quantity)]
    [InlineData("The trip takes one day.", "one day", 1, "days", null, FigureKinds.Duration)]
    public void Finds_the_figure(string body, string text, double value, string? unit, string? qualifier, string kind)
    {
        var figure = Single(body);
        Assert.Equal(text, figure.Text);
        Assert.Equal(value, figure.Value!.Value, 6);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(kind, figure.Kind);
    }

    [Theory]
    [InlineData("Profits reached $1.2bn last year.", "$1.2bn", 1.2e9, "USD")]
    [InlineData("It sold for £600m in cash.", "£600m", 6e8, "GBP")]
    [InlineData("Tickets cost €5 each.", "€5", 5, "EUR")]
    [InlineData("Sales rose 2% to $11.1bn from a year earlier.", "$11.1bn", 11.1e9, "USD")]
    [InlineData("The fine was 300 million euros.", "300 million euros", 3e8, "EUR")]
    [InlineData("It costs US$ 5 now.", "US$ 5", 5, "USD")]
    public void Finds_money(string body, string text, double value, string currency)
    {
        var money = Assert.Single(Extract(body), f => f.Kind == FigureKinds.Money);
        Assert.Equal(text, money.Text);
        Assert.Equal(value, money.Value!.Value, 3);
        Assert.Equal(currency, money.Currency);
        Assert.Equal(currency, money.Unit);
        Assert.Equal(text, body[money.Start..money.End]);
    }

    [Theory]
    [InlineData("Between 20 and 30 people were hurt.", "Between 20 and 30 people", 20, 30)]
    [InlineData("Police said 20-30 people were hurt.", "20-30 people", 20, 30)]
    [InlineData("It killed 20 to 30 people.", "20 to 30 people", 20, 30)]
    public void Finds_ranges(string body, string text, double min, double max)
    {
        var figure = Single(body);
        Assert.Equal(text, figure.Text);
        Assert.Equal(min, figure.Value);
        Assert.Equal(max, figure.ValueMax);
        Assert.Equal(FigureKinds.Range, figure.Kind);
    }

    [Theory]
    [InlineData("Leaders met at the G20 summit.")]
    [InlineData("The attack happened on August 21.")]
    [InlineData("The law was passed in 2013.")]
    [InlineData("The meeting starts at 7pm.")]
    [InlineData("The meeting starts at 19:30.")]
    [InlineData("Call 555-123-4567 for details.")]
    [InlineData("He is one of the most senior officials.")]
    [InlineData("Which one do you prefer?")]
    [InlineData("They met on 21 August 2013.")]
    [InlineData("Fighter jets such as the F-16 flew over.")]
    [InlineData("It happened three years ago.")]
    [InlineData("She led for the first time in the second half.")]
    [InlineData("")]
    public void Finds_no_figure(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void Works_without_a_publication_date()
    {
        var figures = Extract("More than 1,400 people died on August 21.", published: null);
        Assert.Equal("more than 1,400 people", Assert.Single(figures).Text, ignoreCase: true);
    }

    [Fact]
    public void Spans_point_into_the_body_and_carry_sentence_indexes()
    {
        const string body = "Some 50 people came. Later, 3,000 more joined for two weeks.\n\nThe bill was $4.5 million.";
        var figures = Extract(body);
        Assert.Equal(4, figures.Count);
        foreach (var f in figures)
        {
            Assert.Equal(f.Text, body[f.Start..f.End]);
        }

        Assert.Equal([0, 1, 1, 2], figures.Select(f => f.SentenceIndex));
        Assert.Equal(4.5e6, figures[3].Value);
    }
}
