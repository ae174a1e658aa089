using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Dates;

/// <summary>
/// Dates composed from parts: the clause's tense placing weekdays, weekday variants, n-th weekdays of a month, fiscal and
/// reporting periods, anaphoric periods, holidays and ranges whose start takes the end's year.
/// </summary>
public sealed class DateGrammarTests
{
    // Friday 6 September 2013.
    private static readonly DateOnly Published = new(2013, 9, 6);

    private static IReadOnlyList<DateMention> Extract(string body, DateOnly? published) =>
        new DateExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), published));

    private static (string Text, string Value) One(string body) => One(body, Published);

    private static (string Text, string Value) One(string body, DateOnly? published)
    {
        var d = Assert.Single(Extract(body, published));
        return (d.Text, d.Value);
    }

    [Theory]
    [InlineData("The ministry said Friday that it would send doctors.", "2013-09-06")]
    [InlineData("The mayors said they would meet Thursday.", "2013-09-12")]
    [InlineData("The union said its leader would fly to Leeds for talks on Monday.", "2013-09-09")]
    [InlineData("The hearings are to resume Tuesday.", "2013-09-10")]
    [InlineData("Two shops were damaged in the fire next to the station on Tuesday.", "2013-09-03")]
    [InlineData("She will be named captain on Tuesday.", "2013-09-10")]
    [InlineData("On Tuesday, the bishop will visit Cork.", "2013-09-10")]
    [InlineData("On Tuesday, the bishop visited Cork.", "2013-09-03")]
    [InlineData("Until Tuesday, the club had not named a coach.", "2013-09-03")]
    [InlineData("The bakery announced the merger Tuesday.", "2013-09-03")]
    [InlineData("Officials postponed until Tuesday any decision on the bridge.", "2013-09-10")]
    [InlineData("The delegation could arrive in Leeds as soon as Tuesday.", "2013-09-10")]
    [InlineData("The council might vote on the plan Tuesday.", "2013-09-10")]
    [InlineData("The club has scheduled a news conference Tuesday.", "2013-09-10")]
    [InlineData("The club held a news conference Tuesday.", "2013-09-03")]
    [InlineData("The award will be presented to the winner on Tuesday.", "2013-09-10")]
    [InlineData("The rescuers will succeed their colleagues on Tuesday.", "2013-09-10")]
    [InlineData("We'll meet the rescuers on Tuesday.", "2013-09-10")]
    [InlineData("They\u2019ll meet the rescuers on Tuesday.", "2013-09-10")]
    public void The_tense_of_the_clause_places_a_weekday(string body, string value)
    {
        var day = Extract(body, Published).Single(d => d.Granularity == DateGranularities.Day);
        Assert.Equal(value, day.Value);
    }

    [Theory]
    [InlineData("The concert starts on Sunday late evening at 10:00.", "Sunday late evening at 10:00", "2013-09-08T22:00")]
    [InlineData("The concert starts at 10:00 on Sunday.", "10:00 on Sunday", "2013-09-08T10:00")]
    [InlineData("The ferry leaves at 6:30 early morning.", "6:30 early morning", "2013-09-06T06:30")]
    [InlineData("The ferry leaves at 9 late evening.", "9 late evening", "2013-09-06T21:00")]
    public void A_part_of_the_day_with_early_or_late_places_the_time(string body, string text, string value) =>
        Assert.Contains(Extract(body, Published), d => d.Text == text && d.Value == value);

    [Theory]
    [InlineData("The meeting is this Thursday.", "2013-09-05")]
    [InlineData("The final is this Sunday.", "2013-09-08")]
    [InlineData("The club will sign him this Monday.", "2013-09-09")]
    [InlineData("The club signed him this Saturday.", "2013-08-31")]
    public void This_weekday_is_in_the_publication_week_unless_the_tense_moves_it(string body, string value) =>
        Assert.Equal(value, Extract(body, Published).Single(d => d.Granularity == DateGranularities.Day).Value);

    [Theory]
    [InlineData("The airline will add routes by August in a push for towns untouched by rail.", "August", "2014-08")]
    [InlineData("In January, the charity hired a new director.", "January", "2013-01")]
    [InlineData("The deadline was pushed back to Nov. 16.", "Nov. 16", "2013-11-16")]
    [InlineData("Sales rose in September.", "September", "2013-09")]
    [InlineData("The firm bought the mill in December.", "December", "2012-12")]
    [InlineData("In December, the firm bought a mill.", "December", "2012-12")]
    [InlineData("The firm will buy the mill in December.", "December", "2013-12")]
    [InlineData("The firm sells the mill in December.", "December", "2013-12")]
    [InlineData("The firm agreed to sell the mill in December.", "December", "2013-12")]
    [InlineData("The mayor went to Paris in December.", "December", "2012-12")]
    [InlineData("Elections were called for December.", "December", "2013-12")]
    [InlineData("Sales for December rose sharply.", "December", "2012-12")]
    [InlineData("The mayor went to the mill in December.", "December", "2012-12")]
    [InlineData("The council was given until mid-December to answer.", "mid-December", "2013-12")]
    [InlineData("The firm opened a mill on Dec. 2.", "Dec. 2", "2012-12-02")]
    [InlineData("The firm said it will redeem its preferred shares on Dec. 2.", "Dec. 2", "2013-12-02")]
    [InlineData("The mayor gave no reason for the Dec. 14 deadline.", "Dec. 14", "2013-12-14")]
    [InlineData("I'll be away from August to October.", "from August to October", "2013-08")]
    [InlineData("I'll be away from December to February.", "from December to February", "2013-12")]
    public void A_month_without_a_year_follows_the_clause(string body, string text, string value) =>
        Assert.Equal((text, value), One(body));

    [Theory]
    [InlineData("He said: \"This week we will win.\"", "This week", "2013-W36")]
    [InlineData("Talks To Resume Next Week", "Next Week", "2013-W37")]
    public void A_capitalised_week_opening_a_quote_or_a_headline_is_a_date(string body, string text, string value) =>
        Assert.Equal((text, value), One(body));

    [Theory]
    [InlineData("We will meet on Monday next.", "Monday next", "2013-09-09")]
    [InlineData("We met on Monday last.", "Monday last", "2013-09-02")]
    [InlineData("We will meet the coming Monday.", "the coming Monday", "2013-09-09")]
    [InlineData("We met the past Monday.", "the past Monday", "2013-09-02")]
    [InlineData("We will meet Monday next week.", "Monday next week", "2013-09-09")]
    [InlineData("We will meet the first Monday of March.", "the first Monday of March", "2014-03-03")]
    [InlineData("We will meet on the second Tuesday of next month.", "the second Tuesday of next month", "2013-10-08")]
    [InlineData("We met the last Friday of August.", "the last Friday of August", "2013-08-30")]
    [InlineData("They met on the last Friday of August 2012.", "the last Friday of August 2012", "2012-08-31")]
    [InlineData("We will meet the month after next.", "the month after next", "2013-11")]
    [InlineData("The club meets on the last Monday of the month.", "the last Monday of the month", "2013-09-30")]
    [InlineData("The fair opens on the first Friday of the following month.", "the first Friday of the following month", "2013-10-04")]
    [InlineData("The race will be held the first weekend of June.", "the first weekend of June", "2014-W23-WE")]
    [InlineData("The race was held on the last weekend of August.", "the last weekend of August", "2013-W35-WE")]
    [InlineData("The shop reopened on 2013/08/19.", "2013/08/19", "2013-08-19")]
    public void Weekday_and_period_variants_follow_from_their_parts(string body, string text, string value) =>
        Assert.Equal((text, value), One(body));

    [Theory]
    [InlineData("Please file the report by the end of the day.", "the end of the day", "2013-09-06T23:59:59")]
    [InlineData("Please file the report by end of day.", "end of day", "2013-09-06T23:59:59")]
    [InlineData("Please file the report by EOD.", "EOD", "2013-09-06T23:59:59")]
    public void The_end_of_the_day_is_the_last_second_of_the_publication_day(string body, string text, string value) =>
        Assert.Equal((text, value), One(body));

    [Fact]
    public void At_the_end_of_the_day_opening_a_clause_is_the_idiom() =>
        Assert.Empty(Extract("At the end of the day, the voters decide.", Published));

    [Theory]
    [InlineData("Orders in this year's third quarter doubled.", "this year's third quarter", "2013-Q3")]
    [InlineData("Exports in last year's quarter were flat.", "last year's quarter", "2012-Q2")]
    [InlineData("The plant may open in next year's first quarter.", "next year's first quarter", "2014-Q1")]
    [InlineData("In the 1988 third quarter, the mine ran at a loss.", "the 1988 third quarter", "1988-Q3")]
    [InlineData("Margins were thin in the 2012 quarter.", "the 2012 quarter", "2012-Q2")]
    [InlineData("Rents climbed in the fiscal-first quarter.", "the fiscal-first quarter", "2013-Q1")]
    [InlineData("In the quarter a year ago, rents fell.", "the quarter a year ago", "2012-Q2")]
    [InlineData("Rents fell in the corresponding period last year.", "the corresponding period last year", "2012-Q2")]
    [InlineData("Bookings for the last half of 2012 slipped.", "the last half of 2012", "2012-H2")]
    [InlineData("The strike will dent output for the fiscal year.", "the fiscal year", "2013")]
    [InlineData("Rents reached a peak for the year.", "the year", "2013")]
    public void Fiscal_and_reporting_periods(string body, string text, string value) =>
        Assert.Equal((text, value), One(body));

    [Theory]
    [InlineData("Output in the fiscal year ended June 30 was weak.", "June 30")]
    [InlineData("The year before the merger, it lost money.", null)]
    public void The_year_followed_by_a_span_is_no_date(string body, string? only)
    {
        var dates = Extract(body, Published);
        Assert.Equal(only is null ? [] : [only], dates.Select(d => d.Text));
    }

    [Fact]
    public void Anaphoric_periods_take_the_last_mentioned_date()
    {
        var dates = Extract("He left in 1988. Imports rose that year. In May 2010 sales fell; that month was the worst.", Published);
        Assert.Equal([("1988", "1988"), ("that year", "1988"), ("May 2010", "2010-05"), ("that month", "2010-05")], dates.Select(d => (d.Text, d.Value)));
    }

    [Fact]
    public void An_anaphoric_period_without_an_antecedent_is_left_out() =>
        Assert.Empty(Extract("Imports rose that year.", Published));

    [Theory]
    [InlineData("The parade is held on Thanksgiving Day.", "Thanksgiving Day", "2013-11-28")]
    [InlineData("Queues were long on black friday 2011", "black friday 2011", "2011-11-25")]
    [InlineData("The fair opened on the independence day of last year.", "independence day of last year", "2012-07-04")]
    [InlineData("Roads were busy over labor day 2019 weekend", "labor day 2019 weekend", "2019-W35-WE")]
    [InlineData("The shop opens for halloween weekend 2020", "halloween weekend 2020", "2020-W44-WE")]
    [InlineData("We will meet next Christmas.", "next Christmas", "2013-12-25")]
    [InlineData("It was Good Friday 2012.", "Good Friday 2012", "2012-04-06")]
    [InlineData("Roses sold out on Valentine's Day.", "Valentine's Day", "2013-02-14")]
    [InlineData("Memorial Day 2013 was quiet.", "Memorial Day 2013", "2013-05-27")]
    [InlineData("Parades were held on St. Patrick's Day 2012.", "St. Patrick's Day 2012", "2012-03-17")]
    public void Holidays(string body, string text, string value) =>
        Assert.Equal((text, value), One(body));

    [Theory]
    [InlineData("My mother's day was long.")]
    [InlineData("It was a good day for the team.")]
    public void Phrases_that_look_like_holidays_are_not(string body) => Assert.Empty(Extract(body, Published));

    [Fact]
    public void A_holiday_without_a_publication_date_has_an_unspecified_year() =>
        Assert.Equal(("Christmas Eve", "XXXX-12-24"), One("We met on Christmas Eve.", null));

    [Theory]
    [InlineData("It ran from March to May 2014.", "2014-03", "2014-05")]
    [InlineData("It ran from November to February 2014.", "2013-11", "2014-02")]
    public void A_range_start_takes_the_end_year(string body, string start, string end)
    {
        var d = Assert.Single(Extract(body, Published));
        Assert.Equal((start, end), (d.Value, d.EndValue));
    }

    [Theory]
    [InlineData("In nineteen eighty-two Mary Walsh moved to Ohio.", "nineteen eighty-two", "1982")]
    [InlineData("The bridge was due by the year two thousand.", "the year two thousand", "2000")]
    [InlineData("The year two thousand has come and gone.", "The year two thousand", "2000")]
    [InlineData("Snow fell in the winter of nineteen eighty-seven.", "the winter of nineteen eighty-seven", "1987-WI")]
    [InlineData("Trams returned in the mid-1990s.", "the mid-1990s", "199")]
    [InlineData("Wages stalled in the last decade.", "the last decade", "200")]
    [InlineData("Disco thrived in the 70s.", "the 70s", "197")]
    [InlineData("Disco thrived in the late '70s.", "the late '70s", "197")]
    [InlineData("Disco thrived in the mid-70s.", "the mid-70s", "197")]
    [InlineData("Flappers danced through the '20s.", "the '20s", "192")]
    [InlineData("Phones shrank in the '00s.", "the '00s", "200")]
    public void Years_decades_and_seasons_with_their_articles(string body, string text, string value) =>
        Assert.Equal((text, value), One(body));

    [Fact]
    public void Two_digit_decades_without_the_article_are_ages() =>
        Assert.Empty(Extract("The singer is in her 70s.", Published));

    [Theory]
    [InlineData("The office is shut for the rest of the week.", "rest of the week", "2013-09-06", "2013-09-08", "P2D")]
    [InlineData("Roads stay closed for the remainder of this month.", "remainder of this month", "2013-09-06", "2013-09-30", "P24D")]
    public void The_rest_of_a_period_runs_from_the_publication_date_to_its_end(string body, string text, string value, string end, string length)
    {
        var d = Assert.Single(Extract(body, Published));
        Assert.Equal((text, value, end, length), (d.Text, d.Value, d.EndValue, d.Length));
    }

    [Theory]
    [InlineData("The festival runs from the 4th to the 12th of next month.", "from the 4th to the 12th of next month", "2013-10-04", "2013-10-12")]
    [InlineData("The festival runs between the 4th and the 12th of this month.", "between the 4th and the 12th of this month", "2013-09-04", "2013-09-12")]
    public void Two_days_share_any_month_the_grammar_reads(string body, string text, string value, string end)
    {
        var d = Assert.Single(Extract(body, Published));
        Assert.Equal((text, value, end), (d.Text, d.Value, d.EndValue));
    }

    [Theory]
    [InlineData("She finished between 4th and 6th.")]
    [InlineData("Tickets cost from 4 to 6 of next month's wages.")]
    public void Ranks_and_counts_are_no_day_ranges(string body) =>
        Assert.DoesNotContain(Extract(body, Published), d => d.Granularity == DateGranularities.Day);

    [Theory]
    [InlineData("Stores reopen the day after Christmas.", "the day after Christmas", "2013-12-26")]
    [InlineData("The vote was held the day before August 30.", "the day before August 30", "2013-08-29")]
    [InlineData("Rents rose the week before last.", "the week before last", "2013-W34")]
    [InlineData("Sales peaked in 3/2012.", "3/2012", "2012-03")]
    [InlineData("The bridge opened in Oct '98.", "Oct '98", "1998-10")]
    [InlineData("The bridge opened on Oct 3 '98.", "Oct 3 '98", "1998-10-03")]
    [InlineData("The bridge reopens on 3rd Oct '14.", "3rd Oct '14", "2014-10-03")]
    public void Offsets_and_numeric_forms_compose_with_any_date(string body, string text, string value) =>
        Assert.Equal((text, value), One(body));

    [Theory]
    [InlineData("The hearing resumes on Monday, the 9th.", "Monday, the 9th", "2013-09-09")]
    [InlineData("The hearing resumes Sept 9th, Monday.", "Sept 9th, Monday", "2013-09-09")]
    [InlineData("The hearing resumes Sept 9th (Monday).", "Sept 9th (Monday)", "2013-09-09")]
    public void A_weekday_written_beside_its_day_is_part_of_it(string body, string text, string value) =>
        Assert.Equal((text, value), One(body));

    [Fact]
    public void A_weekday_after_a_day_it_does_not_name_stays_apart() =>
        Assert.Equal(2, Extract("The hearing resumed Sept 9th, Tuesday was quiet.", Published).Count);

    [Fact]
    public void A_fraction_over_a_year_like_number_is_no_month() =>
        Assert.DoesNotContain(Extract("It was 1/2000 of the total.", Published), d => d.Granularity == DateGranularities.Month);

    [Fact]
    public void The_rest_of_something_else_is_no_date() =>
        Assert.Empty(Extract("The rest of the world watched.", Published));

    [Fact]
    public void Empty_and_dateless_text() =>
        Assert.Empty(Extract("", Published).Concat(Extract("Nothing here at all.", Published)));
}
