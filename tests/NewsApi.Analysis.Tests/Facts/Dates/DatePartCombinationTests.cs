using NewsApi.Analysis.Facts;
using static NewsApi.Analysis.Tests.Facts.Dates.DatedText;

namespace NewsApi.Analysis.Tests.Facts.Dates;

/// <summary>
/// Date parts composed in every combination the grammar allows: each word of a class composes as the others do, and a
/// part written in another order composes too. Published Friday 6 September 2013; sentences written for the tests.
/// </summary>
public sealed class DatePartCombinationTests
{
    private static void AssertOne(string body, string span, string value)
    {
        var date = Assert.Single(Extract(body));
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("The ferry leaves upcoming Tuesday.", "upcoming Tuesday", "2013-09-10")]
    [InlineData("We will visit the plant upcoming week.", "upcoming week", "2013-W37")]
    [InlineData("The upcoming year looks hard for farmers.", "upcoming year", "2014")]
    [InlineData("The ferry leaves coming Tuesday.", "coming Tuesday", "2013-09-10")]
    public void Every_word_of_the_next_class_composes_with_the_units_next_does(string body, string span, string value) =>
        AssertOne(body, span, value);

    [Theory]
    [InlineData("Banks face hard times following December's floods.")]
    [InlineData("Shares fell following March's results.")]
    public void Following_without_its_article_is_a_preposition_before_a_month(string body) =>
        Assert.DoesNotContain(Extract(body), d => d.Text.StartsWith("following", StringComparison.Ordinal));

    [Fact]
    public void The_following_year_stays_anaphoric()
    {
        var dates = Extract("The mine closed in 2009 and reopened the following year.");
        Assert.Equal("the following year", dates[^1].Text);
        Assert.Equal("2010", dates[^1].Value);
    }

    [Theory]
    [InlineData("The count starts tomorrow late evening.", "tomorrow late evening", "2013-09-07TEV")]
    [InlineData("The count started yesterday early morning.", "yesterday early morning", "2013-09-05TMO")]
    [InlineData("Trains resume tomorrow early morning at 6:30.", "tomorrow early morning at 6:30", "2013-09-07T06:30")]
    public void A_modified_part_of_the_day_composes_with_a_deictic_day_as_with_a_weekday(string body, string span, string value) =>
        AssertOne(body, span, value);
}

/// <summary>
/// One class of range words ("to", "till", "until", "through", "thru", a dash, "and" after "between") joins every kind of
/// range end, with or without "from"/"between". Published Friday 6 September 2013; sentences written for the tests.
/// </summary>
public sealed class DateRangeWordTests
{
    [Theory]
    [InlineData("The fair runs between October 5 and 9.", "between October 5 and 9", "2013-10-05", "2013-10-09")]
    [InlineData("The fair runs between Oct 5th and 9th.", "between Oct 5th and 9th", "2013-10-05", "2013-10-09")]
    [InlineData("The fair runs 5 through 9 October.", "5 through 9 October", "2013-10-05", "2013-10-09")]
    [InlineData("The fair runs fifth through ninth of October.", "fifth through ninth of October", "2013-10-05", "2013-10-09")]
    [InlineData("The fair runs the 5th to the 9th of October.", "the 5th to the 9th of October", "2013-10-05", "2013-10-09")]
    [InlineData("The fair runs Oct to Dec 2014.", "Oct to Dec 2014", "2014-10", "2014-12")]
    [InlineData("The fair runs Oct - Dec 2014.", "Oct - Dec 2014", "2014-10", "2014-12")]
    public void A_range_word_joins_days_and_months_in_one_mention(string body, string span, string start, string end)
    {
        var date = Assert.Single(Extract(body));
        Assert.Equal(span, date.Text);
        Assert.Equal(start, date.Value);
        Assert.Equal(end, date.EndValue);
    }

    [Fact]
    public void Two_months_that_each_stand_alone_stay_two_dates_with_a_range()
    {
        var dates = Extract("Output rose July to September 2013.");
        Assert.Equal(2, dates.Count);
        Assert.Equal("2013-07", dates[0].Value);
        Assert.Equal("July to September 2013", dates[0].Range?.Text);
        Assert.Equal("2013-09", dates[0].Range?.EndValue);
    }

    [Fact]
    public void Two_month_names_need_the_same_case_to_form_a_range() =>
        Assert.DoesNotContain(Extract("Shares of Oct to dec were sold."), d => d.EndValue is not null);

    [Theory]
    [InlineData("The ferry ran from Nov 18 to Dec 19 2011.", "2011-11-18", "2011-12-19")]
    [InlineData("The ferry ran between 5/1 and 5/7/2011.", "2011-05-01", "2011-05-07")]
    [InlineData("The ferry ran from November 18 to February 2 2011.", "2010-11-18", "2011-02-02")]
    public void A_range_start_without_a_year_takes_the_end_s_written_year(string body, string start, string end)
    {
        var dates = Extract(body);
        Assert.Equal(2, dates.Count);
        Assert.Equal(start, dates[0].Value);
        Assert.NotNull(dates[0].Range);
        Assert.Equal(end, dates[0].Range!.EndValue);
    }

    [Fact]
    public void A_day_in_words_before_a_capitalised_month_is_that_day() =>
        Assert.Equal("2013-03-05", Assert.Single(Extract("The vote was held on fifth March.")).Value);
}

/// <summary>
/// Ordinals in digits and in words compose alike, an abbreviated weekday composes as its full name, and a frequency is a
/// set. Published Friday 6 September 2013; sentences written for the tests.
/// </summary>
public sealed class DateWordClassTests
{
    [Theory]
    [InlineData("The fair opens on the 3rd Monday of October.", "the 3rd Monday of October", "2013-10-21")]
    [InlineData("The fair opens on the third Monday of October.", "the third Monday of October", "2013-10-21")]
    [InlineData("The fair opens 2nd Tuesday of next month.", "2nd Tuesday of next month", "2013-10-08")]
    [InlineData("Castles of the twelfth century survive.", "the twelfth century", "11")]
    [InlineData("Castles of the 12th century survive.", "the 12th century", "11")]
    [InlineData("Homes of the twenty-first century are small.", "the twenty-first century", "20")]
    [InlineData("The fair opens Tue 12 Nov in Leeds.", "Tue 12 Nov", "2013-11-12")]
    [InlineData("The fair opens Tue, 12 November.", "Tue, 12 November", "2013-11-12")]
    [InlineData("The fair opens Tuesday 12 November.", "Tuesday 12 November", "2013-11-12")]
    public void Ordinals_and_weekdays_compose_in_every_spelling(string body, string span, string value)
    {
        var date = Assert.Single(Extract(body));
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("The board meets once a month.", "once a month", "P1M")]
    [InlineData("The board meets twice a year.", "twice a year", "P1Y")]
    [InlineData("The board meets once per week.", "once per week", "P1W")]
    public void A_frequency_is_a_set_of_its_unit(string body, string span, string value)
    {
        var date = Assert.Single(Extract(body));
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
        Assert.Equal(DateGranularities.Set, date.Granularity);
    }

    [Theory]
    [InlineData("The film came from Twentieth Century Fox last year.")]
    [InlineData("Shares in 20th Century Studios rose.")]
    [InlineData("She sang Once A Day at the show.")]
    public void A_capitalised_name_is_no_date(string body) =>
        Assert.DoesNotContain(Extract(body), d => d.Granularity is DateGranularities.Century or DateGranularities.Set);

    [Fact]
    public void A_list_of_months_is_no_chained_range() =>
        Assert.DoesNotContain(Extract("The month swapped from May to April to March."), d => d.Text.EndsWith("to March", StringComparison.Ordinal));

    [Fact]
    public void Once_a_unit_of_something_is_no_frequency() =>
        Assert.DoesNotContain(Extract("It happens once a day of the year."), d => d.Granularity == DateGranularities.Set);

    [Fact]
    public void A_decimal_after_a_weekday_stays_a_number() =>
        Assert.Equal("Friday", Assert.Single(Extract("The index closed at 7.6 on Friday.")).Text);
}

/// <summary>
/// Day-of-month forms composed with every month expression and spelling the grammar reads elsewhere. Published Friday
/// 6 September 2013; sentences written for the tests.
/// </summary>
public sealed class DateDayOfMonthTests
{
    [Theory]
    [InlineData("Rents are due on the 1st of the month.", "the 1st of the month", "2013-09-01")]
    [InlineData("Rents are due on the fifth of next month.", "the fifth of next month", "2013-10-05")]
    [InlineData("The vote was held on the third.", "the third", "2013-09-03")]
    [InlineData("The vote is set for Monday after next.", "Monday after next", "2013-09-16")]
    [InlineData("The vote was held on dec 23rd, 2012.", "dec 23rd, 2012", "2012-12-23")]
    [InlineData("The vote was held on december the 23rd 2012.", "december the 23rd 2012", "2012-12-23")]
    [InlineData("The vote was held on 12-23-2012.", "12-23-2012", "2012-12-23")]
    [InlineData("The vote was held on 23-12-2012.", "23-12-2012", "2012-12-23")]
    public void A_day_of_the_month_composes_in_every_spelling(string body, string span, string value)
    {
        var date = Assert.Single(Extract(body));
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("Call 138-2010-2015 today.")]
    [InlineData("Call 555-12-23-2012 now.")]
    [InlineData("The vote was held on the third floor.")]
    [InlineData("Sales may 23rd place.")]
    public void Numbers_and_words_that_only_look_like_a_day_are_not_dates(string body) =>
        Assert.DoesNotContain(Extract(body), d => d.Granularity == DateGranularities.Day && d.Text != "today");
}

/// <summary>A clock composes with the day it belongs to in every order. Published Friday 6 September 2013; sentences written for the tests.</summary>
public sealed class DateClockCompositionTests
{
    [Theory]
    [InlineData("The shop is open from 2pm tomorrow to 4pm.", "2013-09-07T14:00", "2013-09-07T16:00")]
    [InlineData("The shop is open from 11pm tomorrow to 1am.", "2013-09-07T23:00", "2013-09-08T01:00")]
    public void A_range_end_clock_without_a_day_is_on_the_start_s_day(string body, string start, string end)
    {
        var dates = Extract(body);
        Assert.Equal(start, dates[0].Value);
        Assert.Equal(end, dates[0].Range?.EndValue);
        Assert.Equal(end, dates[1].Value);
    }

    [Fact]
    public void A_month_slash_day_before_a_clock_is_a_date() =>
        Assert.Equal("2013-03-05T15:00", Assert.Single(Extract("The shop opened 3/5 at 3pm.")).Value);

    [Fact]
    public void A_fraction_before_at_stays_a_number() =>
        Assert.Empty(Extract("The ratio was 3/5 at best."));
}

/// <summary>Texts that end inside a form the grammar starts to read: no exception, no date from the half-written form.</summary>
public sealed class DatePartTruncationTests
{
    [Theory]
    [InlineData("He came the fifth")]
    [InlineData("Sales ran from Jan -")]
    [InlineData("Sales ran Jan to")]
    [InlineData("Call 12-23-")]
    [InlineData("Call 12-23")]
    [InlineData("It happens once a")]
    [InlineData("It was the 3rd Monday")]
    [InlineData("It was Monday after")]
    [InlineData("It was between 5/1 and")]
    [InlineData("dec 23")]
    public void A_text_ending_inside_a_form_gives_no_date_from_it(string body) =>
        Assert.DoesNotContain(Extract(body), d => d.Granularity is DateGranularities.Day or DateGranularities.Month && d.EndValue is not null);
}

/// <summary>Quarters and halves take a year written in any of the ways a quarter code does, and only a year. Published Friday 6 September 2013.</summary>
public sealed class DateQuarterYearTests
{
    [Theory]
    [InlineData("Profit fell in the third quarter 2012 and recovered.", "the third quarter 2012", "2012-Q3")]
    [InlineData("Profit fell in 3rd quarter 2012 and recovered.", "3rd quarter 2012", "2012-Q3")]
    public void A_quarter_takes_the_year_written_right_after_it(string body, string span, string value)
    {
        var date = Assert.Single(Extract(body));
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("Prices rose in the first half of March.", "March", "2013-03")]
    [InlineData("Prices rose in the last half of the '80s.", "the '80s", "198")]
    public void A_half_of_something_else_than_a_year_is_no_half_year(string body, string span, string value)
    {
        var date = Assert.Single(Extract(body));
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }
}

/// <summary>"after next" and "before last" compose with every unit alike. Published Friday 6 September 2013 (ISO week 36).</summary>
public sealed class DateTwoStepTests
{
    [Theory]
    [InlineData("The fair is on the weekend after next.", "the weekend after next", "2013-W38-WE")]
    [InlineData("The fair was on the weekend before last.", "the weekend before last", "2013-W34-WE")]
    [InlineData("The fair was held the month before last.", "the month before last", "2013-07")]
    [InlineData("The fair was held the year before last.", "the year before last", "2011")]
    [InlineData("The fair is held the week after next.", "the week after next", "2013-W38")]
    public void Two_steps_from_the_publication_date_for_every_unit(string body, string span, string value)
    {
        var date = Assert.Single(Extract(body));
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }
}
