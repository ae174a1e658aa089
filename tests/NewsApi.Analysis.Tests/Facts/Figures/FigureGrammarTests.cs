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
    [InlineData("The refit will cost £40-60m in all.", "£40-60m", 40e6, 60e6)]
    [InlineData("A stadium costs between $15-20m now.", "between $15-20m", 15e6, 20e6)]
    public void Reads_a_glued_m_after_a_money_range_as_million(string body, string text, double value, double max)
    {
        var f = Single(body);
        Assert.Equal((text, value, max, FigureKinds.Money), (f.Text, f.Value, f.ValueMax, f.Kind));
    }

    [Theory]
    [InlineData("The index hit a four-and-a-half year low.", "four-and-a-half year", 4.5, "years")]
    [InlineData("She swam 12-and-a-quarter miles.", "12-and-a-quarter miles", 12.25, "miles")]
    [InlineData("He agreed a two-and-a-half-year deal.", "two-and-a-half-year", 2.5, "years")]
    public void Reads_a_hyphenated_fraction_as_one_number(string body, string text, double value, string unit)
    {
        var f = Single(body);
        Assert.Equal((text, value, unit), (f.Text, f.Value, f.Unit));
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
    [InlineData("The fine was US$ 1.5m.", "US$ 1.5m", 1.5e6)]
    [InlineData("He sold it for 300 bucks.", "300 bucks", 300)]
    [InlineData("It cost him 7 quid.", "7 quid", 7)]
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
    [InlineData("Stir in one cup of flour.", "cups")]
    [InlineData("The chip is 5 nanometres wide.", "nm")]
    [InlineData("The statue is 5 m tall.", "m")]
    [InlineData("He won in 21.07 secs.", "seconds")]
    [InlineData("The man, 40 yrs old, was held.", "years")]
    [InlineData("The plant makes 600 megawatts.", "MW")]
    public void Reads_the_unit(string body, string unit) => Assert.Equal(unit, Single(body).Unit);

    [Fact]
    public void A_list_of_pairs_is_not_grouped() =>
        Assert.DoesNotContain(new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse("rooms 12,34,56,78 and more"), null)),
            f => f.Value > 1000);

    [Theory]
    [InlineData("It cost 1.111,11 in all", "1.111,11", 1111.11)]
    [InlineData("It cost 2.500.000 in all", "2.500.000", 2500000)]
    [InlineData("It cost 1'000'000 in all", "1'000'000", 1000000)]
    [InlineData("It cost 12\u2019500.50 in all", "12\u2019500.50", 12500.5)]
    [InlineData("The number is 1,3.", "1,3", 1.3)]
    [InlineData("It was 1,300 in all", "1,300", 1300)]
    [InlineData("It was 1.000 in all", "1.000", 1)]
    public void Reads_the_separators_of_other_locales(string body, string text, double value)
    {
        var f = Single(body);
        Assert.Equal((text, value), (f.Text, f.Value!.Value));
    }

    [Theory]
    [InlineData("scores 22,24,26")]
    [InlineData("items 1,3,5")]
    [InlineData("host 192.168.1.2")]
    public void A_list_or_an_address_is_no_locale_number(string body) =>
        Assert.DoesNotContain(new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null)), f => f.Value is > 1000 or (> 1 and < 2));

    [Theory]
    [InlineData("an 8\u00bd minute song", 8.5)]
    [InlineData("two out of five hundreds", 0.004)]
    [InlineData("a quarter of a million homes", 250000)]
    [InlineData("a third of a billion", 1e9 / 3)]
    [InlineData("two thirds million voters", 2e6 / 3)]
    [InlineData("the deal is worth three quarters billion", 75e7)]
    [InlineData("growth of 3 point 5", 3.5)]
    [InlineData("how to convert - 20 degrees fahrenheit", -20)]
    [InlineData("a rate of nine point 75", 9.75)]
    public void Reads_glued_vulgar_fractions_plural_hundreds_and_fractions_of_scales(string body, double value) =>
        Assert.Equal(value, Single(body).Value!.Value, 6);

    [Theory]
    [InlineData("percent of 10", 10)]
    [InlineData("per cent of twenty-two", 22)]
    public void Reads_the_percent_word_before_its_number(string body, double value)
    {
        var f = Single(body);
        Assert.Equal((FigureKinds.Percent, value, body), (f.Kind, f.Value!.Value, f.Text));
    }

    [Fact]
    public void A_percent_after_a_number_is_not_read_backwards()
    {
        var figures = new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse("10 percent of 200 people"), null));
        Assert.Equal(["10 percent", "200 people"], figures.Select(f => f.Text));
    }

    [Fact]
    public void Grouped_thousands_make_a_range_not_a_telephone_number()
    {
        var f = Single("25,000-30,000 fans");
        Assert.Equal((25000.0, 30000.0), (f.Value!.Value, f.ValueMax!.Value));
    }

    [Fact]
    public void Three_dashed_groups_are_a_telephone_number() =>
        Assert.Empty(new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse("call 555-123-4567 or 1-800-555-0199"), null)));

    [Theory]
    [InlineData("12 millions", 12e6)]
    [InlineData("two thousands", 2000)]
    [InlineData("one point five million", 1.5e6)]
    public void Reads_plural_scales_after_a_cardinal_and_a_scale_after_point(string body, double value) => Assert.Equal(value, Single(body).Value!.Value, 6);

    [Fact]
    public void A_plural_scale_alone_is_vague() =>
        Assert.Empty(new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse("millions of people and thousands of homes"), null)));

    [Theory]
    [InlineData("The number is from 200 to 3000000 in 2008", "from 200 to 3000000", 200, 3000000)]
    [InlineData("prices ranging from £19 to £29.", "from £19 to £29", 19, 29)]
    [InlineData("The number range is 1000-5000", "1000-5000", 1000, 5000)]
    [InlineData("test the $40-40.25 range", "$40-40.25", 40, 40.25)]
    public void From_to_without_a_change_is_a_range(string body, string text, double min, double max)
    {
        var f = Single(body);
        Assert.Equal((text, min, max), (f.Text, f.Value!.Value, f.ValueMax!.Value));
    }

    [Theory]
    [InlineData("Shares rose from 5% to 7%.")]
    [InlineData("Qantas increased the number of staff based in London from 370 to 870.")]
    [InlineData("The bank had upped its target for the price, from £35 to £36.20.")]
    public void From_to_after_a_change_gives_the_old_and_the_new_value(string body) =>
        Assert.Equal(2, new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null)).Count(f => f.ValueMax is null));

    [Fact]
    public void A_trailing_bound_wins_over_a_hedge()
    {
        var f = Single("There are about five hundred or more in these products.");
        Assert.Equal(("five hundred or more", 500.0, "or more"), (f.Text, f.Value!.Value, f.Qualifier!));
    }

    [Theory]
    [InlineData("Shrek 2 took $881m around the world.", "$881m")]
    [InlineData("Around 140,000 died and five million left homeless.", "five million")]
    public void A_past_tense_verb_is_not_a_unit(string body, string text) =>
        Assert.Contains(new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null)), f => f.Text == text && f.Unit is null or "USD");

    [Fact]
    public void A_cross_between_measures_keeps_both_metres()
    {
        var figures = new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse("The cell is 2 m x 3 m."), null));
        Assert.Equal([("m", 2.0), ("m", 3.0)], figures.Select(f => (f.Unit!, f.Value!.Value)));
    }

    [Theory]
    [InlineData("Turnout was one quarter and falling.", 0.25)]
    [InlineData("A third were women.", 1.0 / 3)]
    [InlineData("Support is above one fifth and below a half.", 0.2)]
    public void A_conjunction_or_verb_after_a_fraction_keeps_it_a_fraction(string body, double value) =>
        Assert.Equal(value, new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null))[0].Value!.Value, 9);

    [Theory]
    [InlineData("He won a third and final term.")]
    [InlineData("It was his fifth or sixth visit.")]
    public void A_coordinated_rank_stays_an_ordinal(string body) =>
        Assert.Empty(new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null)));

    [Theory]
    [InlineData("Prices could rise by between 20% and 30% next year.", "between 20% and 30%", 20, 30, FigureKinds.Percent)]
    [InlineData("It will cost between $5m and $8m.", "between $5m and $8m", 5e6, 8e6, FigureKinds.Money)]
    [InlineData("Allowances run from 1 GB to 30 GB a month.", "from 1 GB to 30 GB", 1, 30, FigureKinds.Quantity)]
    public void Reads_a_range_whose_bounds_both_carry_the_unit(string body, string text, double min, double max, string kind)
    {
        var f = Single(body);
        Assert.Equal((text, min, max, kind), (f.Text, f.Value!.Value, f.ValueMax!.Value, f.Kind));
    }

    [Fact]
    public void A_change_from_one_unit_value_to_another_stays_two_figures() =>
        Assert.Equal(2, new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse("Rates rose from 5% to 7%."), null)).Count);

    [Theory]
    [InlineData("Rates rose by a quarter of a percentage point.", 0.25, FigureKinds.PercentagePoints)]
    [InlineData("Rates rose by half a percentage point.", 0.5, FigureKinds.PercentagePoints)]
    [InlineData("Growth was three quarters of one per cent.", 0.75, FigureKinds.Percent)]
    public void Reads_a_part_of_a_percent_in_that_unit(string body, double value, string kind)
    {
        var f = Single(body);
        Assert.Equal((value, kind), (f.Value!.Value, f.Kind));
    }

    [Fact]
    public void A_bare_half_before_a_percentage_range_stays_out() =>
        Assert.Equal(10.0, Single("It cut the stake in half to 10%.").Value);

    [Fact]
    public void A_spaced_dash_after_a_word_that_is_no_preposition_is_a_dash() =>
        Assert.Equal(20.0, Single("He said - 20 years on - that it failed.").Value);
}
