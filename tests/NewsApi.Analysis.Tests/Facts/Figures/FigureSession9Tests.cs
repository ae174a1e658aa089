using NewsApi.Analysis.Facts;
using static NewsApi.Analysis.Tests.Facts.Figures.AnalyzedFigures;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>
/// Through the API's analyser: feet and inch marks ("5' 10"", "6'2"", "a 15.6" screen"), feet with glued inches ("6ft 2in"), and the unit
/// lexicon (currencies of one ISO code, computing speeds, sub-second durations), numbered lists run into one line, and digits that name a
/// model, a brand or a title ("the 747 Jumbo", "its 5-Series"), and capitalised plurals as what a count counts ("three Emmys").
/// </summary>
public sealed class FigureSession9Tests
{
    [Theory]
    [InlineData("The keeper stands 6' 3\" in his boots.", "6' 3\"", 6.25, "feet")]
    [InlineData("The 5'11\" winger signed on Monday.", "5'11\"", 5 + (11 / 12.0), "feet")]
    [InlineData("Police said the man was 5′9″ with dark hair.", "5′9″", 5.75, "feet")]
    [InlineData("She is 5’4” and quick.", "5’4”", 5 + (4 / 12.0), "feet")]
    [InlineData("The lock is 6ft 8in and strong.", "6ft 8in", 6 + (8 / 12.0), "feet")]
    [InlineData("The 6 ft 5 in centre missed the game.", "6 ft 5 in", 6 + (5 / 12.0), "feet")]
    [InlineData("The laptop has a 13.3\" display.", "13.3\"", 13.3, "inches")]
    [InlineData("The board is 30 \" wide.", "30 \"", 30, "inches")]
    [InlineData("The wall is 8' high.", "8'", 8, "feet")]
    public void Feet_and_inch_marks_measure_a_length(string body, string text, double value, string unit)
    {
        var f = Single(body);
        Assert.Equal((text, unit, FigureKinds.Quantity), (f.Text, f.Unit, f.Kind));
        Assert.Equal(value, f.Value!.Value, 9);
    }

    [Theory]
    [InlineData("He said \"we won 3\" and left.", "3")]
    [InlineData("The band's \"Top 40\" show returns.", "")]
    [InlineData("Critics said 'it scored 7' on the list.", "7")]
    [InlineData("The class of '98 met again with 12 friends.", "12 friends")]
    public void A_quote_after_a_number_that_closes_a_quotation_is_no_mark(string body, string text)
    {
        var figures = FiguresOf(body);
        Assert.DoesNotContain(figures, f => f.Unit is "inches" or "feet");
        if (text.Length > 0)
        {
            Assert.Equal(text, Assert.Single(figures).Text);
        }
    }

    [Theory]
    [InlineData("The farm was sold for 1.2m rand last week.", "1.2m rand", 1.2e6, "ZAR")]
    [InlineData("Teachers earn 2,400 reais a month.", "2,400 reais", 2400, "BRL")]
    [InlineData("The fine was 50,000 korunas.", "50,000 korunas", 50000, "CZK")]
    [InlineData("A loaf cost 3,000 lire in 1995.", "3,000 lire", 3000, "ITL")]
    [InlineData("The bank lent 40bn drachmas to farmers.", "40bn drachmas", 40e9, "GRD")]
    [InlineData("Fees rose to 12 cedis per term.", "12 cedis", 12, "GHS")]
    public void Currency_names_of_one_code_are_money(string body, string text, double value, string currency)
    {
        var f = Single(body);
        Assert.Equal((text, FigureKinds.Money, currency), (f.Text, f.Kind, f.Currency));
        Assert.Equal(value, f.Value!.Value, 6);
    }

    [Theory]
    [InlineData("The new machine reached 12.5 petaflops in tests.", "12.5 petaflops", "PFLOPS", FigureKinds.Quantity)]
    [InlineData("The old chip managed 40 megaflops.", "40 megaflops", "MFLOPS", FigureKinds.Quantity)]
    [InlineData("The signal takes 20 milliseconds to arrive.", "20 milliseconds", "milliseconds", FigureKinds.Duration)]
    [InlineData("Each pulse lasts 3 nanoseconds.", "3 nanoseconds", "nanoseconds", FigureKinds.Duration)]
    public void Computing_speeds_and_short_durations_have_units(string body, string text, string unit, string kind)
    {
        var f = Single(body);
        Assert.Equal((text, unit, kind), (f.Text, f.Unit, f.Kind));
    }

    [Fact]
    public void A_numbered_list_run_into_one_line_labels_its_entries()
    {
        var body = "The seeds for the open are: 1 Anna Berg (Norway) 2 Maria Costa (Brazil) 3 Jane Doe (US) 4 Kim Lee (Korea). Berg won 3 titles.";
        var f = Assert.Single(FiguresOf(body));
        Assert.Equal("3 titles", f.Text);
    }

    [Theory]
    [InlineData("He bought 3 Fiat cars, then 4 Ford vans and 12 Audi coupes.", 3)]
    [InlineData("Each club sent 1 Coach and 2 Players.", 2)]
    public void Counts_before_names_that_do_not_run_up_one_by_one_stay_figures(string body, int count) =>
        Assert.Equal(count, FiguresOf(body).Count);

    [Theory]
    [InlineData("Airbus showed its new 350 Xtra airliner in Paris.")]
    [InlineData("She joined digital station 7 Sound last spring.")]
    [InlineData("Audi revamped its 4-Series coupe range.")]
    [InlineData("He later sold his 21 Tango group to a rival.")]
    public void Digits_before_a_capitalised_name_without_a_plural_name_it(string body) =>
        Assert.Empty(FiguresOf(body));

    [Theory]
    [InlineData("The studio has won 14 Golden Globes so far.", "14")]
    [InlineData("The carrier ordered 40 Airbus A350 jets on Monday.", "40")]
    [InlineData("Police found around 200 Polish and Czech workers.", "around 200")]
    [InlineData("The firm has 12 Dutch retail banks.", "12")]
    [InlineData("He hit 118 RBI that season.", "118")]
    [InlineData("The price is up to 600 Then it falls.", "up to 600")]
    public void Counts_of_capitalised_plurals_stay_figures(string body, string start) =>
        Assert.StartsWith(start, Assert.Single(FiguresOf(body)).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("The drama has won three Emmys since 2001.", "three Emmys", "Emmys")]
    [InlineData("The play took two Tony Awards on Sunday.", "two Tony Awards", "Tony Awards")]
    [InlineData("Some 4 million Canadians now use the service.", "Some 4 million Canadians", "Canadians")]
    [InlineData("The side fielded five Aussies in the final.", "five Aussies", "Aussies")]
    [InlineData("He played 64 Tests for his country.", "64 Tests", "Tests")]
    public void A_capitalised_plural_is_what_a_count_counts(string body, string text, string unit)
    {
        var f = Single(body);
        Assert.Equal((text, unit), (f.Text, f.Unit));
    }

    [Theory]
    [InlineData("Stats - Caps: 40 Goals: 12 Assists: 9")]
    [InlineData("The referee was named for the game, 2,100 J Peters (Kent).")]
    [InlineData("Results: Leeds 31 Saints 30, Hull 12 Rhinos 20")]
    public void A_capitalised_plural_that_labels_a_cell_or_a_person_is_no_unit(string body) =>
        Assert.DoesNotContain(FiguresOf(body), f => f.Unit is { Length: > 0 } u && char.IsUpper(u[0]));

    [Theory]
    [InlineData("The group will buy two Kenyan tea estates next year.", "two Kenyan tea estates", "estates")]
    [InlineData("The airline ordered 20 Boeing B737 jets on Monday.", "20 Boeing B737 jets", "jets")]
    [InlineData("He met 15 Nordic trade ministers in Oslo.", "15 Nordic trade ministers", "ministers")]
    public void Capitalised_modifiers_and_common_nouns_lead_to_the_plural_head(string body, string text, string unit)
    {
        var f = Single(body);
        Assert.Equal((text, unit), (f.Text, f.Unit));
    }

    [Theory]
    [InlineData("The coach retired last year. At 41, Moreno is the oldest in the squad.", true)]
    [InlineData("At 87, she still swims every day.", true)]
    [InlineData("At 10, the shops opened their doors.", false)]
    [InlineData("The rate stood at 5, the bank said.", false)]
    public void A_sentence_opening_at_a_number_and_a_comma_gives_an_age(string body, bool age)
    {
        var f = Assert.Single(FiguresOf(body));
        Assert.Equal(age, f.Unit == "years" && f.Kind == FigureKinds.Duration);
    }

    [Theory]
    [InlineData("A late goal would have put Leeds six points clear.", "six points")]
    [InlineData("The error handed Ramos four match points.", "four match points")]
    public void A_lower_case_number_word_after_a_name_is_prose(string body, string text) =>
        Assert.Equal(text, Single(body).Text);

    [Theory]
    [InlineData("The bank cut its main rate by a quarter percentage point on Thursday.", "a quarter percentage point", 0.25, "percentage points")]
    [InlineData("A few members wanted a half percentage point cut.", "a half percentage point", 0.5, "percentage points")]
    [InlineData("One member backed a quarter point rise in rates.", "a quarter point", 0.25, "points")]
    [InlineData("The new scheme should cut waiting lists by half.", "half", 0.5, null)]
    public void Parts_of_a_point_and_a_change_by_half_are_figures(string body, string text, double value, string? unit)
    {
        var f = Single(body);
        Assert.Equal((text, value, unit), (f.Text, f.Value, f.Unit));
    }

    [Theory]
    [InlineData("Leeds led by half-time and never looked back.")]
    [InlineData("A weak fourth quarter points to slower growth.")]
    [InlineData("That was a third point of dispute.")]
    public void A_half_or_quarter_that_names_a_period_or_a_rank_is_no_figure(string body) =>
        Assert.Empty(FiguresOf(body));

    [Theory]
    [InlineData("After the match the two drove home together.", "two")]
    [InlineData("Police said 14 fled before dawn.", "14")]
    [InlineData("Divers said 12 found nothing at all.", "12")]
    public void An_irregular_past_tense_verb_is_no_unit(string body, string text) =>
        Assert.Contains(FiguresOf(body), f => f.Text == text && f.Unit is null);
}
