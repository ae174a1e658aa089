using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>Money, percent, measure, temperature, age and range surface forms: one figure each, with its text, value, unit and currency.</summary>
public sealed class FigureSurfaceFormTests
{
    private static IReadOnlyList<Figure> Extract(string body) =>
        new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), new DateOnly(2013, 9, 6)));

    private static Figure Single(string body)
    {
        var figure = Assert.Single(Extract(body));
        Assert.Equal(figure.Text, body[figure.Start..figure.End]);
        return figure;
    }

    [Theory]
    [InlineData("The deal was worth C$ 300 million.", "C$ 300 million", 300e6, "CAD")]
    [InlineData("Sales rose to HK $ 10.05 billion.", "HK $ 10.05 billion", 10.05e9, "HKD")]
    [InlineData("It took a US $ 150 million loan.", "US $ 150 million", 150e6, "USD")]
    [InlineData("The prize is U.S. $5,000.", "U.S. $5,000", 5000, "USD")]
    [InlineData("Tickets cost NZD$15 each.", "NZD$15", 15, "NZD")]
    [InlineData("The fee is USD115 a month.", "USD115", 115, "USD")]
    [InlineData("The fee is 115USD a month.", "115USD", 115, "USD")]
    [InlineData("It sold for Rs500 on Monday.", "Rs500", 500, "INR")]
    [InlineData("A ticket costs 10 € in Paris.", "10 €", 10, "EUR")]
    [InlineData("The bike cost 100₾ in Tbilisi.", "100₾", 100, "GEL")]
    [InlineData("Supply is capped at ₿21,000,000 in total.", "₿21,000,000", 21e6, "BTC")]
    [InlineData("He paid 40 rmb for lunch.", "40 rmb", 40, "CNY")]
    [InlineData("Each block pays 6.25 BTC now.", "6.25 BTC", 6.25, "BTC")]
    [InlineData("Losses exceeded 30 MUSD last year.", "exceeded 30 MUSD", 30e6, "USD")]
    [InlineData("It raised 125 million Australian dollars in bonds.", "125 million Australian dollars", 125e6, "AUD")]
    [InlineData("He was fined 10,000 Swiss francs by the league.", "10,000 Swiss francs", 10000, "CHF")]
    [InlineData("The issue raised 250 million Dutch guilders in 1989.", "250 million Dutch guilders", 250e6, "NLG")]
    [InlineData("It was valued at 6.65 billion pesetas.", "6.65 billion pesetas", 6.65e9, "ESP")]
    [InlineData("It earned 5 billion Hong Kong dollars last year.", "5 billion Hong Kong dollars", 5e9, "HKD")]
    [InlineData("It withdrew its one-yen bid.", "one-yen", 1, "JPY")]
    [InlineData("It pays a 12-cent dividend.", "12-cent", 0.12, "USD")]
    [InlineData("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD")]
    [InlineData("It only cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", 13.45, "USD")]
    [InlineData("Revenue reached $1.2bn last year.", "$1.2bn", 1.2e9, "USD")]
    [InlineData("The club paid £600m for players.", "£600m", 600e6, "GBP")]
    [InlineData("A coffee costs €5 here.", "€5", 5, "EUR")]
    [InlineData("Give me 5 dollars now.", "5 dollars", 5, "USD")]
    [InlineData("Shares fell 5 cents on Monday.", "5 cents", 0.05, "USD")]
    public void Money(string body, string text, double value, string currency)
    {
        var f = Single(body);
        Assert.Equal(text, f.Text);
        Assert.Equal(value, f.Value!.Value, 6);
        Assert.Equal(currency, f.Currency);
        Assert.Equal(FigureKinds.Money, f.Kind);
    }

    [Theory]
    [InlineData("Turnout was 5 percent higher.", "5 percent", 5)]
    [InlineData("Turnout was 5 per cent higher.", "5 per cent", 5)]
    [InlineData("Turnout was 5 % higher.", "5 %", 5)]
    [InlineData("It grew one hundred percents.", "one hundred percents", 100)]
    [InlineData("It grew by 30 percentage in a year.", "30 percentage", 30)]
    public void Percent(string body, string text, double value)
    {
        var f = Single(body);
        Assert.Equal(text, f.Text);
        Assert.Equal(value, f.Value);
        Assert.Equal(FigureKinds.Percent, f.Kind);
    }

    [Fact]
    public void UrlEscapesAreNotPercentages()
    {
        Assert.Empty(Extract("See https://www.test.com/search?q=30%25%2020% for details."));
    }

    [Theory]
    [InlineData("Output reached 34,500 metric tons a year.", "34,500 metric tons", 34500, "tonnes")]
    [InlineData("They own 190,000 square meters of land.", "190,000 square meters", 190000, "m2")]
    [InlineData("The park covers 190 km2 of forest.", "190 km2", 190, "km2")]
    [InlineData("The park covers 190 km² of forest.", "190 km²", 190, "km2")]
    [InlineData("The lot is 24703m2 in size.", "24703m2", 24703, "m2")]
    [InlineData("The county covers 600 square miles.", "600 square miles", 600, "sq miles")]
    [InlineData("They export 0.9 trillion cubic feet of gas.", "0.9 trillion cubic feet", 0.9e12, "cubic feet")]
    [InlineData("The car can run at 188 miles an hour.", "188 miles an hour", 188, "mph")]
    [InlineData("Winds reached 120 km/h in the north.", "120 km/h", 120, "km/h")]
    [InlineData("Winds reached 120 kilometres per hour in the north.", "120 kilometres per hour", 120, "km/h")]
    [InlineData("The lift climbs at 9 metres per second.", "9 metres per second", 9, "m/s")]
    [InlineData("The robot crawls at 2.5m/h on sand.", "2.5m/h", 2.5, "m/h")]
    [InlineData("The belt moves 40 feet per minute.", "40 feet per minute", 40, "feet/min")]
    [InlineData("It made a new 7.62mm barrel.", "7.62mm", 7.62, "mm")]
    [InlineData("I'm 1.8m tall.", "1.8m", 1.8, "m")]
    [InlineData("Add 75ml of milk.", "75ml", 75, "ml")]
    [InlineData("He weighs 200lbs now.", "200lbs", 200, "lb")]
    [InlineData("The town is 17 km from the border.", "17 km", 17, "km")]
    [InlineData("The dose is 150 micrograms a day.", "150 micrograms", 150, "µg")]
    [InlineData("He is 5 feet 2 inches tall.", "5 feet 2 inches", 5 + 2 / 12.0, "feet")]
    public void Measures(string body, string text, double value, string unit)
    {
        var f = Single(body);
        Assert.Equal(text, f.Text);
        Assert.Equal(value, f.Value!.Value, 6);
        Assert.Equal(unit, f.Unit);
        Assert.Equal(FigureKinds.Quantity, f.Kind);
    }

    [Theory]
    [InlineData("24703L202")]
    [InlineData("The part is 24703m212.")]
    [InlineData("See scp2-173m for details.")]
    [InlineData("The dividend rose by 11c to 17c a share.")]
    [InlineData("It chartered a Boeing 777F on Monday.")]
    [InlineData("When must 13F be filed?")]
    public void CodesAreNotMeasures(string body)
    {
        Assert.Empty(Extract(body));
    }

    [Theory]
    [InlineData("It was 30 degrees Celsius in Rome.", "30 degrees Celsius", 30, "°C")]
    [InlineData("Normal is 98.6 degrees Fahrenheit.", "98.6 degrees Fahrenheit", 98.6, "°F")]
    [InlineData("It was 40 deg celsius outside.", "40 deg celsius", 40, "°C")]
    [InlineData("It was 100 degrees f outside.", "100 degrees f", 100, "°F")]
    [InlineData("It was 25°C in Madrid.", "25°C", 25, "°C")]
    [InlineData("It was -5 °F in Chicago.", "-5 °F", -5, "°F")]
    [InlineData("Set the thermostat to 85° tonight.", "85°", 85, "degrees")]
    [InlineData("It was 10.5 celcius in Oslo.", "10.5 celcius", 10.5, "°C")]
    public void Temperatures(string body, string text, double value, string unit)
    {
        var f = Single(body);
        Assert.Equal(text, f.Text);
        Assert.Equal(value, f.Value!.Value, 6);
        Assert.Equal(unit, f.Unit);
    }

    [Theory]
    [InlineData("When she was five years old, she moved.", "five years old", 5, "years")]
    [InlineData("A 28-year-old man was arrested.", "28-year-old", 28, "years")]
    [InlineData("It is diagnosed at 3 years of age.", "3 years of age", 3, "years")]
    [InlineData("The baby was ten months old.", "ten months old", 10, "months")]
    [InlineData("John Smith, aged 87, died on Monday.", "aged 87", 87, "years")]
    public void Ages(string body, string text, double value, string unit)
    {
        var f = Single(body);
        Assert.Equal(text, f.Text);
        Assert.Equal(value, f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal(FigureKinds.Duration, f.Kind);
    }

    [Theory]
    [InlineData("The number is between 20 and 30.", "between 20 and 30", 20, 30.0, null)]
    [InlineData("The range is 20-30 today.", "20-30", 20, 30.0, null)]
    [InlineData("The range is 1000 - 5000 today.", "1000 - 5000", 1000, 5000.0, null)]
    [InlineData("The range is 5k-20k today.", "5k-20k", 5000, 20000.0, null)]
    [InlineData("The range is 20 through 100 today.", "20 through 100", 20, 100.0, null)]
    [InlineData("It is greater than 100 and smaller than 300.", "greater than 100 and smaller than 300", 100, 300.0, null)]
    [InlineData("It is more than 100 and less than 300.", "more than 100 and less than 300", 100, 300.0, null)]
    [InlineData("His score is less than 6000 today.", "less than 6000", 6000, null, "less than")]
    [InlineData("His score is less than or equal to 30 today.", "less than or equal to 30", 30, null, "less than or equal to")]
    [InlineData("There are five hundred or more in stock.", "five hundred or more", 500, null, "or more")]
    [InlineData("Sales exceeding 150 were flagged.", "exceeding 150", 150, null, "exceeding")]
    public void Ranges(string body, string text, double value, double? max, string? qualifier)
    {
        var f = Single(body);
        Assert.Equal(text, f.Text);
        Assert.Equal(value, f.Value);
        Assert.Equal(max, f.ValueMax);
        Assert.Equal(qualifier, f.Qualifier);
    }

    [Fact]
    public void YearSpansStayDates()
    {
        Assert.DoesNotContain(Extract("He served from 1990-1995 in the army."), f => f.Value is 1990);
    }
}
