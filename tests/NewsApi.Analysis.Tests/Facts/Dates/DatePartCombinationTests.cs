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
    [InlineData("Talks resume following month in Oslo.", "following month", "2013-10")]
    [InlineData("The upcoming year looks hard for farmers.", "upcoming year", "2014")]
    [InlineData("The ferry leaves coming Tuesday.", "coming Tuesday", "2013-09-10")]
    public void Every_word_of_the_next_class_composes_with_the_units_next_does(string body, string span, string value) =>
        AssertOne(body, span, value);

    [Fact]
    public void The_following_year_stays_anaphoric()
    {
        var dates = Extract("The mine closed in 2009 and reopened the following year.");
        Assert.Equal("the following year", dates[^1].Text);
        Assert.Equal("2010", dates[^1].Value);
    }

    [Theory]
    [InlineData("The market opens early morning at 8:00.", "early morning at 8:00", "2013-09-06T08:00")]
    [InlineData("The guests left late evening at 10.", "late evening at 10", "2013-09-06T22:00")]
    [InlineData("The guards change morning at 6:30.", "morning at 6:30", "2013-09-06T06:30")]
    [InlineData("Trains resume tomorrow early morning at 6:30.", "tomorrow early morning at 6:30", "2013-09-07T06:30")]
    [InlineData("The count starts tomorrow late evening.", "tomorrow late evening", "2013-09-07TEV")]
    public void A_part_of_the_day_before_its_clock_composes_as_after_it(string body, string span, string value) =>
        AssertOne(body, span, value);

    [Fact]
    public void A_part_of_the_day_without_a_clock_after_at_is_no_time() =>
        Assert.Empty(Extract("The morning at the lake was calm."));
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
    [InlineData("The fair runs November to February 2014.", "November to February 2014", "2013-11", "2014-02")]
    public void A_range_word_joins_days_and_months_in_one_mention(string body, string span, string start, string end)
    {
        var date = Assert.Single(Extract(body));
        Assert.Equal(span, date.Text);
        Assert.Equal(start, date.Value);
        Assert.Equal(end, date.EndValue);
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
