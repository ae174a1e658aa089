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
