using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>Glued temperature scales, "a couple of hundred", and a unit written once for two levels after "from".</summary>
public sealed class FigureSession7Tests
{
    private static IReadOnlyList<Figure> Extract(string body) =>
        new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), new DateOnly(2005, 3, 1)));

    [Theory]
    [InlineData("Forecasters said temperatures would climb to 31C on Saturday.", "31C", 31, "°C")]
    [InlineData("Overnight it dropped to -7C in the glens.", "-7C", -7, "°C")]
    [InlineData("The thermometer showed minus 12C at dawn.", "minus 12C", -12, "°C")]
    [InlineData("The weather in Phoenix hit 104F again.", "104F", 104, "°F")]
    public void A_capital_scale_glued_to_the_number_is_a_temperature(string body, string text, double value, string unit)
    {
        var f = Assert.Single(Extract(body));
        Assert.Equal((text, value, unit), (f.Text, f.Value, f.Unit));
    }

    [Theory]
    [InlineData("The airline bought a second 767F freighter.")]
    [InlineData("The fund sent its 13F report to the regulator.")]
    public void A_glued_letter_without_heat_or_weather_nearby_is_a_code(string body) =>
        Assert.DoesNotContain(Extract(body), f => f.Unit is "°C" or "°F");

    [Theory]
    [InlineData("A couple of hundred fans waited outside.", 200, "fans")]
    [InlineData("A couple of dozen boats joined the flotilla.", 24, "boats")]
    [InlineData("Roughly a couple of thousand tickets were left.", 2000, "tickets")]
    public void A_couple_of_a_multiplier_is_two_of_it(string body, double value, string unit)
    {
        var f = Assert.Single(Extract(body));
        Assert.Equal((value, unit), (f.Value, f.Unit));
    }

    [Fact]
    public void A_couple_alone_is_no_figure() => Assert.Empty(Extract("The couple met a couple of weeks later."));

    [Theory]
    [InlineData("Its share climbed from 12 to 19 percent in a year.", "percent")]
    [InlineData("The river temperature rose from 8 to 11 degrees.", "degrees")]
    [InlineData("The fleet shrank from 70 to 41 ships.", "ships")]
    public void After_a_change_word_the_first_level_takes_the_unit_of_the_second(string body, string unit)
    {
        var figures = Extract(body);
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(unit, f.Unit));
    }

    [Theory]
    [InlineData("Council tax will rise by 4.5 pc next April.", 4.5)]
    [InlineData("Borrowing costs were cut to 3pc.", 3)]
    public void Lower_case_pc_is_per_cent(string body, double value)
    {
        var f = Assert.Single(Extract(body));
        Assert.Equal((value, FigureKinds.Percent), (f.Value, f.Kind));
    }

    [Fact]
    public void Three_pcs_are_computers_not_per_cent() =>
        Assert.Equal("PCs", Assert.Single(Extract("The school bought 30 PCs.")).Unit);

    [Theory]
    [InlineData("He had lived there for 30-odd years.", "years", "about")]
    [InlineData("Some 60-odd per cent said no.", "percent", "some")]
    public void N_odd_is_about_n_in_the_unit_after_it(string body, string unit, string qualifier)
    {
        var f = Assert.Single(Extract(body));
        Assert.Equal((unit, qualifier), (f.Unit, f.Qualifier));
    }

    [Theory]
    [InlineData("The vote could be held on 21 or 22 October.")]
    [InlineData("The fair runs from April 8 to 9.")]
    public void A_day_joined_to_a_date_is_part_of_the_date(string body) => Assert.Empty(Extract(body));

    [Theory]
    [InlineData("The sequel knocked off Shrek's 2.")]
    [InlineData("Shares on the Dow and Standard and Poor's 500, fell.")]
    public void A_bare_number_closing_a_capitalised_possessive_is_a_title(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void A_possessive_before_a_counted_noun_keeps_the_count() =>
        Assert.Equal(4, Assert.Single(Extract("Acme's four regional depots closed.")).Value);
}
