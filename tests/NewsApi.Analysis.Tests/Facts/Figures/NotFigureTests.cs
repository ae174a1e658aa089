using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>Number-shaped text that counts nothing: results, codes, list labels, clipped years, rank groups, titles, compounds.</summary>
public sealed class NotFigureTests
{
    private static IReadOnlyList<Figure> Extract(string body, IReadOnlyList<Party>? parties = null) =>
        new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), new DateOnly(2005, 3, 1)) { Parties = parties ?? [] });

    [Theory]
    [InlineData("United won 2-1 at home.")]
    [InlineData("They drew 0-0 on Saturday.")]
    [InlineData("He is now the 20-1 outsider.")]
    [InlineData("It ended in a 4-2 defeat.")]
    [InlineData("Sweden beat Korea 1 \u2013 0 in the opener.")]
    [InlineData("The court upheld it by a 6-3 vote.")]
    [InlineData("McCririck was 1/3 favourite to leave.")]
    [InlineData("Labour are at odds of 1/10 to win.")]
    [InlineData("She won the tie-break (7-4) in the end.")]
    public void A_falling_or_level_pair_is_a_result(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void A_rising_pair_in_a_run_of_results_is_a_result_too()
    {
        // "2-6" rises, but it stands next to falling pairs: a set score, not a range.
        Assert.Empty(Extract("she won through, 2-6 6-3 6-0, in the rain."));
    }

    [Theory]
    [InlineData("between 5-7 people came.", 5.0, 7.0)]
    [InlineData("The rate was 20-30 points.", 20.0, 30.0)]
    public void A_rising_pair_alone_stays_a_range(string body, double min, double max)
    {
        var f = Assert.Single(Extract(body));
        Assert.Equal((min, max), (f.Value!.Value, f.ValueMax!.Value));
    }

    [Theory]
    [InlineData("Call us on 020 7219 3000 for details.")]
    [InlineData("The line is 0845 123 4567 at all times.")]
    [InlineData("In an emergency call 911 now.")]
    [InlineData("You should dial 999 at once.")]
    [InlineData("It airs from 2300 GMT - 0100 GMT on Fridays.")]
    public void A_telephone_number_is_a_code(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void Spaced_thousands_stay_a_number() => Assert.Equal(1414021.0, Assert.Single(Extract("It has 1 414 021 inhabitants.")).Value);

    [Theory]
    [InlineData("These are the happiest.\n1. Switzerland. It has lakes.")]
    [InlineData("Here is the list. 2) Iceland has geysers.")]
    public void A_list_label_is_not_a_figure(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void A_number_that_ends_a_sentence_is_still_a_figure() =>
        Assert.Equal(12.0, Assert.Single(Extract("The toll rose to 12. Police said more were hurt.")).Value);

    [Theory]
    [InlineData("It has not had a hit since '57 at all.")]
    [InlineData("His first test was on Feb 24, '90 in Kingston.")]
    public void A_clipped_year_is_not_a_figure(string body) => Assert.Empty(Extract(body));

    [Theory]
    [InlineData("The Clash complete the top 10.")]
    [InlineData("He reached the last 16 of the cup.")]
    [InlineData("They sit in the bottom three if they lose.")]
    [InlineData("Newcastle are in the bottom half of the table.")]
    public void A_rank_group_is_not_a_figure(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void A_count_after_last_before_a_capitalised_noun_keeps_its_figure() =>
        Assert.Equal(2.0, Assert.Single(Extract("They scored in their last two Premier League games.")).Value);

    [Theory]
    [InlineData("Three Degrees star Sheila Ferguson is back.")]
    [InlineData("They saw 28 Days Later twice.")]
    public void A_unit_word_in_capitals_is_a_title(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void A_sentence_that_opens_with_a_number_keeps_its_capitalised_unit() =>
        Assert.Equal("km/h", Assert.Single(Extract("10 Kilometers per hour is slow.")).Unit);

    [Theory]
    [InlineData("The firm declared a 2-for-1 stock split.")]
    [InlineData("They met one-on-one.")]
    public void A_number_glued_to_a_function_word_is_a_compound(string body) => Assert.Empty(Extract(body));

    [Theory]
    [InlineData("Shares fell from 97p to 44p.", 0.97, "GBP")]
    [InlineData("Shares lost 65 Canadian cents.", 0.65, "CAD")]
    [InlineData("It was sold for 5 million dlrs.", 5e6, "USD")]
    [InlineData("He will scrap the 10p rate.", 0.1, "GBP")]
    [InlineData("They cut income tax by 1p.", 0.01, "GBP")]
    public void Pence_and_national_cents_are_money(string body, double value, string currency)
    {
        var f = Extract(body)[0];
        Assert.Equal((FigureKinds.Money, currency), (f.Kind, f.Currency));
        Assert.Equal(value, f.Value!.Value, 9);
    }

    [Fact]
    public void A_video_resolution_is_not_pence() => Assert.DoesNotContain(Extract("It plays 720p video."), f => f.Kind == FigureKinds.Money);

    [Fact]
    public void A_number_right_after_a_party_mention_names_it_even_at_a_sentence_start()
    {
        const string body = "Andre 3000 thanked 200 fans.";
        var andre = new Party("person:andre", "Andre", PartyType.Person, [], null, [new PartyMention(0, 5, "Andre", 0)]);
        Assert.Equal("200 fans", Assert.Single(Extract(body, [andre])).Text);
    }

    [Fact]
    public void A_semicolon_does_not_open_a_sentence() => Assert.Empty(Extract("ITV reported it; BBC Two said so."));

    [Fact]
    public void A_glued_p_after_a_bare_hour_is_pence_but_a_time_after_at_or_with_minutes()
    {
        var analyzer = ArticleAnalyzer.CreateDefault();
        var pence = analyzer.Analyze(new ArticleInput(null, "He will scrap the 10p rate.", new DateOnly(2005, 3, 1))).Facts;
        Assert.Empty(pence.Dates);
        Assert.Equal(FigureKinds.Money, Assert.Single(pence.Figures).Kind);
        var times = analyzer.Analyze(new ArticleInput(null, "We meet at 7p and again at 9:30p.", new DateOnly(2005, 3, 1))).Facts;
        Assert.Equal(2, times.Dates.Count);
        Assert.Empty(times.Figures);
    }

    [Theory]
    [InlineData("He broke the 60m world record.", 60, "m")]
    [InlineData("She won the 800m title.", 800, "m")]
    [InlineData("They pump 1m barrels a day.", 1e6, "barrels")]
    [InlineData("It sold 2m copies.", 2e6, "copies")]
    public void A_glued_m_is_metres_before_a_singular_noun_and_million_before_a_plural(string body, double value, string unit)
    {
        var f = Assert.Single(Extract(body));
        Assert.Equal((value, unit), (f.Value!.Value, f.Unit!));
    }

    [Theory]
    [InlineData("They went to see Ocean's Eleven at the weekend.")]
    [InlineData("Critics called them the Tolpuddle Six in court.")]
    [InlineData("It was the most open Six Nations for years.")]
    public void A_capitalised_number_word_in_mid_sentence_is_a_name(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void A_spelled_count_that_opens_a_sentence_keeps_its_figure() =>
        Assert.Equal(3.0, Assert.Single(Extract("Three ministers resigned.")).Value);

    [Theory]
    [InlineData("The paper said so. - Two crooks robbed a bank.")]
    [InlineData("The paper said so.\n- Two crooks robbed a bank.")]
    public void A_spelled_count_after_a_list_bullet_keeps_its_figure(string body) =>
        Assert.Equal("crooks", Assert.Single(Extract(body)).Unit);

    [Theory]
    [InlineData("It was an eleventh-hour deal.")]
    [InlineData("She scored with a sixth-minute penalty.")]
    [InlineData("They face a third-party claim.")]
    public void A_rank_fused_into_a_compound_is_no_fraction(string body) => Assert.Empty(Extract(body));

    [Fact]
    public void A_half_hour_compound_stays_a_duration() =>
        Assert.Equal((0.5, "hours"), Assert.Single(Extract("It is a half-hour show.")) is var f ? (f.Value!.Value, f.Unit!) : default);

    [Theory]
    [InlineData("Henman, seeded three, held his serve.")]
    [InlineData("Mirza, ranked 134 in the world, lost.")]
    [InlineData("Then world number three Lleyton Hewitt returns.")]
    public void A_seeding_or_rank_label_counts_nothing(string body) => Assert.Empty(Extract(body));
}
