using NewsApi.Analysis.Facts;
using static NewsApi.Analysis.Tests.Facts.Figures.AnalyzedFigures;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>
/// Through the API's analyser: the grammar of comparative bounds, "and" after a scale, ranges whose upper bound carries the unit,
/// verbs of passing, and the unit lexicon.
/// </summary>
public sealed class FigureSession8Tests
{
    [Theory]
    [InlineData("Prices will be no greater than 300 next year.", "no greater than 300", "at most")]
    [InlineData("Rents were no lower than 900 in the survey.", "no lower than 900", "at least")]
    [InlineData("The toll is not less than 50 people.", "not less than 50 people", "at least")]
    [InlineData("The club wants not more than 40 members.", "not more than 40 members", "at most")]
    [InlineData("The hall seats a minimum of 20 guests.", "a minimum of 20 guests", "at least")]
    [InlineData("The lift takes a maximum of 8 people.", "a maximum of 8 people", "at most")]
    [InlineData("The score is bigger than or equal to 30.", "bigger than or equal to 30", "at least")]
    [InlineData("The score is smaller than or equal 30.", "smaller than or equal 30", "at most")]
    [InlineData("The score is equal to or lower than 30.", "equal to or lower than 30", "at most")]
    [InlineData("Passes are free for riders no younger than 60.", "no younger than 60", "at least")]
    [InlineData("The scheme is open to 18 and over.", "18 and over", "at least")]
    [InlineData("The shop sells to 16 and under only.", "16 and under", "at most")]
    public void Reads_every_comparative_bound_by_one_grammar(string body, string text, string qualifier)
    {
        var f = Single(body);
        Assert.Equal((text, qualifier), (f.Text, f.Qualifier));
    }

    [Theory]
    [InlineData("The death toll exceeded 3,000 on Monday.", "exceeded 3,000", 3000, "more than")]
    [InlineData("Sales topped $1bn last year.", "topped $1bn", 1e9, "more than")]
    [InlineData("Borrowing must not exceed 3% of output.", "not exceed 3%", 3, "at most")]
    [InlineData("Growth will never exceed 2 percent.", "never exceed 2 percent", 2, "at most")]
    public void A_verb_of_passing_bounds_the_number(string body, string text, double value, string qualifier)
    {
        var f = Single(body);
        Assert.Equal((text, value, qualifier), (f.Text, f.Value, f.Qualifier));
    }

    [Fact]
    public void Top_before_a_number_is_no_bound() =>
        Assert.All(FiguresOf("The top 10 firms were named."), f => Assert.Null(f.Qualifier));

    [Theory]
    [InlineData("Between 5 million and 10 million viewers watched.", 5e6, 10e6)]
    [InlineData("They counted between one thousand and fifteen hundred birds.", 1000, 1500)]
    public void And_after_a_scale_joins_only_a_smaller_part(string body, double value, double max)
    {
        var f = Single(body);
        Assert.Equal((value, max), (f.Value, f.ValueMax));
    }

    [Fact]
    public void And_after_a_scale_still_joins_a_smaller_part() =>
        Assert.Equal(1500, Single("They counted one thousand and five hundred birds.").Value);

    [Theory]
    [InlineData("Forecasters expect 20-25C on Sunday.", "20-25C", 20, 25, "°C")]
    [InlineData("Expect between 10 and 15C tomorrow.", "between 10 and 15C", 10, 15, "°C")]
    public void A_scale_glued_to_the_upper_bound_measures_the_range(string body, string text, double value, double max, string unit)
    {
        var f = Single(body);
        Assert.Equal((text, value, max, unit), (f.Text, f.Value, f.ValueMax, f.Unit));
    }

    [Fact]
    public void A_code_pair_with_a_glued_letter_is_no_temperature_range() =>
        Assert.DoesNotContain(FiguresOf("The airline ordered a 737-800F freighter."), f => f.Unit is "°C" or "°F");

    [Fact]
    public void Both_bounds_with_the_unit_are_one_range_without_a_change_word()
    {
        var f = Single("The fee is 2 percent to 3 percent of the loan.");
        Assert.Equal(("2 percent to 3 percent", 2.0, 3.0), (f.Text, f.Value, f.ValueMax));
    }

    [Fact]
    public void A_change_word_keeps_the_old_and_the_new_level_apart() =>
        Assert.Equal(2, FiguresOf("The rate rose from 2 percent to 3 percent.").Count);

    [Theory]
    [InlineData("The yacht sailed at 20 knots.", "20 knots", "knots")]
    [InlineData("He lost 3 stone before the fight.", "3 stone", "stone")]
    [InlineData("The star is 4.2 light years away.", "4.2 light years", "light years")]
    [InlineData("The engine makes 300 horsepower.", "300 horsepower", "hp")]
    [InlineData("Carbon dioxide reached 400 parts per million.", "400 parts per million", "ppm")]
    [InlineData("The ship was 200 nautical miles offshore.", "200 nautical miles", "nautical miles")]
    [InlineData("Homes used 3,000 kilowatt hours a year.", "3,000 kilowatt hours", "kWh")]
    public void Measures_come_from_the_unit_lexicon(string body, string text, string unit)
    {
        var f = Single(body);
        Assert.Equal((text, unit, FigureKinds.Quantity), (f.Text, f.Unit, f.Kind));
    }

    [Theory]
    [InlineData("The turbine rotated 90 degrees overnight.", "arc degrees")]
    [InlineData("The driver made a 180-degree turn.", "arc degrees")]
    [InlineData("The town lies at 52 degrees north.", "arc degrees")]
    [InlineData("It was 40 degrees in Madrid on Sunday.", "degrees")]
    [InlineData("Temperatures turned 5 degrees colder.", "degrees")]
    public void A_bare_degree_is_heat_unless_a_word_about_turning_is_near(string body, string unit) =>
        Assert.Equal(unit, Single(body).Unit);
}
