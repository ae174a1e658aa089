using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>
/// Names joined to a name's number, quarters as periods, "a 2% to 3% rise", measures and halves of them, and a unit written once
/// for several numbers (ellipsis). Sentences are invented.
/// </summary>
public sealed class FigureNameRangeEllipsisTests
{
    private static IReadOnlyList<Figure> Extract(string body) =>
        new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), new DateOnly(2010, 5, 7)));

    private static IReadOnlyList<Figure> Analyze(string body) =>
        ArticleAnalyzer.CreateDefault().Analyze(new ArticleInput(null, body, new DateOnly(2010, 5, 7))).Facts.Figures;

    [Theory]
    [InlineData("The minister spoke on Radio 1 and 2 this week.")]
    [InlineData("The motorway was shut between junctions 14 and 15 overnight.")]
    [InlineData("Leaders of the Group of 20 gathered in the capital.")]
    [InlineData("The office still runs Windows 95, 98 and XP machines.")]
    [InlineData("Aides gathered at 11 Downing St on Sunday.")]
    public void A_number_joined_to_a_name_is_no_figure(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void A_bare_number_after_a_year_stays_a_figure()
    {
        var figure = Assert.Single(Extract("She moved there in 1988 and 4 of her sisters followed."));
        Assert.Equal(4, figure.Value);
    }

    [Theory]
    [InlineData("The council's budget has shrunk for five quarters in a row.", 5)]
    [InlineData("Sales were flat in the previous three quarters.", 3)]
    public void Quarters_after_a_determiner_are_periods(string body, double value)
    {
        var figure = Assert.Single(Extract(body));
        Assert.Equal(value, figure.Value);
        Assert.Equal("quarters", figure.Unit);
    }

    [Fact]
    public void Three_quarters_of_something_is_a_fraction() =>
        Assert.Equal(0.75, Assert.Single(Extract("The council said three quarters of its roads were repaired.")).Value);

    [Fact]
    public void An_article_before_two_percentages_makes_one_range()
    {
        var figure = Assert.Single(Extract("The union expects a 4% to 6% pay offer."));
        Assert.Equal("4% to 6%", figure.Text);
        Assert.Equal((4.0, 6.0), (figure.Value!.Value, figure.ValueMax!.Value));
    }

    [Fact]
    public void A_change_from_one_percentage_to_another_stays_two_figures() =>
        Assert.Equal(2, Extract("Inflation rose 2% to 4% over the winter.").Count);

    [Theory]
    [InlineData("The photographer carried a 300 mm lens.", "mm", 300)]
    [InlineData("The bidder offered $300 mm for the site.", "USD", 300e6)]
    [InlineData("The survey found the crack was 40 picometres wide.", "pm", 40)]
    [InlineData("The dial moved 1.5 radians.", "rad", 1.5)]
    [InlineData("Engineers rotated the turbine 4 turns.", "turns", 4)]
    [InlineData("The candidates walked half a mile to the count.", "miles", 0.5)]
    public void Measures(string body, string unit, double value)
    {
        var figure = Assert.Single(Extract(body));
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(value, figure.Value);
    }

    [Fact]
    public void A_half_measure_keeps_its_article() =>
        Assert.Equal("a half mile", Assert.Single(Extract("The march covered a half mile of the route.")).Text);

    [Theory]
    [InlineData("The Greens need 14 more seats to hold the balance.", "14 more seats", "seats")]
    [InlineData("The panel heard from three other witnesses.", "three other witnesses", "witnesses")]
    [InlineData("She will serve two more years as leader.", "two more years", "years")]
    public void A_comparative_before_the_noun_keeps_the_noun_the_unit(string body, string text, string unit)
    {
        var figure = Assert.Single(Extract(body));
        Assert.Equal(text, figure.Text);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Four_more_second_half_goals_is_no_duration() =>
        Assert.DoesNotContain(Extract("The visitors added four more second-half goals."), f => f.Kind == FigureKinds.Duration);

    [Theory]
    [InlineData("Only 9 of the 40 councillors attended.", "councillors")]
    [InlineData("The party held 210 of its 300 seats.", "seats")]
    public void A_part_counts_what_the_whole_counts(string body, string unit) => Assert.Equal(unit, Extract(body)[0].Unit);

    [Fact]
    public void Coordinated_ages_share_their_unit()
    {
        var figures = Extract("Two women aged 41 and 57 were questioned.");
        Assert.Equal(("years", FigureKinds.Duration), (figures[^1].Unit, figures[^1].Kind));
        Assert.Equal(57, figures[^1].Value);
    }

    [Fact]
    public void An_estimate_with_or_shares_its_unit()
    {
        var first = Extract("Repairs will take three or four weeks.")[0];
        Assert.Equal((3.0, "weeks", FigureKinds.Duration), (first.Value!.Value, first.Unit, first.Kind));
    }

    [Fact]
    public void A_tally_shares_its_unit() =>
        Assert.Equal("votes", Extract("The motion was carried by 310 votes to 204 on Monday.")[^1].Unit);

    [Theory]
    [InlineData("The index rose 12 points to 5,400 on Friday.")]
    [InlineData("Membership grew 8% to 120,000 last year.")]
    [InlineData("The club signed 13 players and 178 \"youth prospects\".")]
    public void A_new_level_or_another_noun_takes_no_unit(string body) => Assert.Null(Extract(body)[^1].Unit);

    [Fact]
    public void Shares_listed_after_party_names_are_percentages()
    {
        var figures = Analyze("The poll puts the Conservatives on 36 per cent, Labour 31, the Greens 8 and Reform 12.");
        Assert.Equal([36.0, 31, 8, 12], figures.Select(f => f.Value!.Value));
        Assert.All(figures, f => Assert.Equal(FigureKinds.Percent, f.Kind));
    }

    [Fact]
    public void A_score_after_team_names_is_no_share() =>
        Assert.DoesNotContain(Analyze("Chelsea 2 Arsenal 1 was the final score."), f => f.Kind == FigureKinds.Percent);
}

/// <summary>Ages set off by commas, 24-hour clock pairs and model codes. Sentences are invented.</summary>
public sealed class FigureAppositionTests
{
    private static IReadOnlyList<Figure> Extract(string body) =>
        new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), new DateOnly(2010, 5, 7)));

    [Theory]
    [InlineData("The councillor, Margaret Hale, 61, resigned on Monday.", 61)]
    [InlineData("Police said the driver, 19, was unhurt.", 19)]
    public void A_number_set_off_after_a_name_is_an_age(string body, double age)
    {
        var figure = Assert.Single(Extract(body));
        Assert.Equal((age, "years", FigureKinds.Duration), (figure.Value!.Value, figure.Unit, figure.Kind));
    }

    [Fact]
    public void A_number_set_off_after_a_thing_is_no_age() =>
        Assert.Null(Assert.Single(Extract("The company, 40, was sold.")).Unit);

    [Fact]
    public void A_curfew_between_two_clock_readings_has_no_figure() =>
        Assert.Empty(Extract("He must stay at home between 2100 and 0600 every night."));

    [Fact]
    public void A_model_code_is_no_figure() =>
        Assert.Equal(["40 jets"], Extract("The airline ordered 40 jets, including the 747-400ER.").Select(f => f.Text));

    [Fact]
    public void A_three_digit_type_with_a_round_series_is_a_model() =>
        Assert.Equal(["250-300 seats"], Extract("The 747-400 has 250-300 seats.").Select(f => f.Text));

    [Fact]
    public void A_dashed_pair_before_a_capitalised_name_is_no_range() =>
        Assert.Empty(Extract("Members of the 24-7 Club met again."));

    [Fact]
    public void A_change_by_an_amount_to_a_level_is_two_figures() =>
        Assert.Equal(["300,000", "12.4 million"], Extract("Viewers fell by 300,000 to 12.4 million.").Select(f => f.Text));

    [Fact]
    public void A_signed_fraction_is_no_date() =>
        Assert.Equal(-0.6, Assert.Single(Extract("The gauge read -3/5 on the dial.")).Value);

    [Fact]
    public void A_change_by_close_bounds_is_a_range() =>
        Assert.Equal(6e6, Assert.Single(Extract("The plan will cut costs by $5m to $6m.")).ValueMax);

    [Fact]
    public void A_range_with_a_glued_scale_stays_a_figure() =>
        Assert.Equal(20e9, Assert.Single(Extract("The deal is worth 20-30bn yen.")).Value);

    [Theory]
    [InlineData("The link runs at 1-2Mbps.", "1-2Mbps", 1, 2, "Mbps")]
    [InlineData("The sacks weigh 10-12kg each.", "10-12kg", 10, 12, "kg")]
    [InlineData("The route is 5 to 8km long.", "5 to 8km", 5, 8, "km")]
    public void A_unit_glued_to_the_upper_bound_measures_the_range(string body, string text, double low, double high, string unit)
    {
        var figure = Assert.Single(Extract(body));
        Assert.Equal((text, low, high, unit), (figure.Text, figure.Value!.Value, figure.ValueMax!.Value, figure.Unit));
    }
}
