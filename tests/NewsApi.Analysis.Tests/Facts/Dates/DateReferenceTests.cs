using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Tests.Facts.Figures;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Dates;

/// <summary>TIMEX3 reference values, reporting periods of financial news, "the weekend", "the end of", lower-case months.</summary>
public sealed class DateReferenceTests
{
    // Friday 6 September 2013: the last completed quarter is 2013-Q2.
    private static readonly DateOnly Published = new(2013, 9, 6);

    private static IReadOnlyList<DateMention> Extract(string body, DateOnly? published) =>
        new DateExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), published));

    [Theory]
    [InlineData("Prices are now higher.", "now", "PRESENT_REF")]
    [InlineData("Prices are higher right now.", "right now", "PRESENT_REF")]
    [InlineData("He is currently in Moscow.", "currently", "PRESENT_REF")]
    [InlineData("Nowadays few people write letters.", "Nowadays", "PRESENT_REF")]
    [InlineData("Few people write letters these days.", "these days", "PRESENT_REF")]
    [InlineData("He recently moved to Moscow.", "recently", "PAST_REF")]
    [InlineData("Sales have slowed lately.", "lately", "PAST_REF")]
    [InlineData("Sales have slowed in recent years.", "recent years", "PAST_REF")]
    [InlineData("It was the boom of recent years.", "recent years", "PAST_REF")]
    [InlineData("Talks may resume in the future.", "the future", "FUTURE_REF")]
    [InlineData("Talks may resume in the near future.", "the near future", "FUTURE_REF")]
    [InlineData("Russia has blocked such moves in the past.", "the past", "PAST_REF")]
    [InlineData("No woman had led a mission until now.", "now", "PRESENT_REF")]
    [InlineData("That is enough for now.", "now", "PRESENT_REF")]
    [InlineData("It is the only outlet now that the border is shut.", "now", "PRESENT_REF")]
    [InlineData("The mine is shut at present.", "at present", "PRESENT_REF")]
    [InlineData("Nobody has been charged to date.", "to date", "PRESENT_REF")]
    [InlineData("Rates will stay low in the near term.", "the near term", "FUTURE_REF")]
    [InlineData("Rates will stay low in the short term.", "the short term", "FUTURE_REF")]
    [InlineData("He will travel with his current wife.", "current", "PRESENT_REF")]
    [InlineData("Building stopped because of current market conditions.", "current", "PRESENT_REF")]
    [InlineData("Holders may buy shares at half the then current price.", "then current", "PAST_REF")]
    public void Reference_values(string body, string text, string value)
    {
        var date = Assert.Single(Extract(body, Published));
        Assert.Equal((text, value, "reference"), (date.Text, date.Value, date.Granularity));
        Assert.Equal(text, body[date.Start..date.End]);
        Assert.True(date.Relative);
        Assert.Null(date.Anchor);
    }

    [Theory]
    [InlineData("Log every entry from 2010 till current date.", "current date")]
    [InlineData("The offer ends on the current day.", "the current day")]
    public void Current_day_is_the_publication_day(string body, string text) =>
        Assert.Contains(Extract(body, Published), d => d.Text == text && d.Value == "2013-09-06" && d.Granularity == "day");

    [Theory]
    [InlineData("The shop is closed for the day.", "2013-09-06")]
    [InlineData("She was named player of the day.", "2013-09-06")]
    [InlineData("He landed on August 30 and rested for the day.", "2013-08-30")]
    public void The_day_after_for_or_of_is_the_day_the_text_is_about(string body, string value) =>
        Assert.Contains(Extract(body, Published), d => d.Text == "the day" && d.Value == value);

    [Theory]
    [InlineData("He worked for the rest of the day.")]
    [InlineData("It was the order of the day.")]
    [InlineData("She waited for the day of the vote.")]
    [InlineData("They prepared for the day when the mine would shut.")]
    public void The_day_in_an_idiom_or_named_by_what_follows_is_no_date(string body) =>
        Assert.DoesNotContain(Extract(body, Published), d => d.Text == "the day");

    [Theory]
    [InlineData("He should have known by now.")]
    [InlineData("The files are up to date.")]
    [InlineData("The bank offers short-term loans.")]
    [InlineData("Sales rose over the past decade.")]
    [InlineData("Sales rose over the past few weeks.")]
    [InlineData("The current carried the boat away.")]
    [InlineData("The current account deficit widened.")]
    [InlineData("Recent years were hard.")]
    [InlineData("The senator spoke on NBC's \"This Week\" programme.")]
    [InlineData("The mayor told \"Next Year in Leeds\", a radio show, she would stay.")]
    [InlineData("Sales rose in recent weeks.")]
    public void No_reference_date(string body) => Assert.Empty(Extract(body, Published));

    [Theory]
    [InlineData("Sales rose in the previous year.", "the previous year", "2012")]
    [InlineData("The year before, it lost money.", "The year before", "2012")]
    public void An_anaphoric_step_without_an_earlier_date_counts_from_the_publication_date(string body, string text, string value)
    {
        var date = Assert.Single(Extract(body, Published));
        Assert.Equal((text, value), (date.Text, date.Value));
    }

    [Fact]
    public void A_written_length_is_a_range_not_a_reference()
    {
        var date = Assert.Single(Extract("Sales rose in the past two months.", Published));
        Assert.Equal(("past two months", "2013-07-06", "2013-09-06", "P2M"), (date.Text, date.Value, date.EndValue, date.Length));
    }

    [Fact]
    public void Reference_values_need_no_publication_date()
    {
        var date = Assert.Single(Extract("Prices are now higher.", null));
        Assert.Equal("PRESENT_REF", date.Value);
    }

    [Theory]
    [InlineData("Profit fell in the quarter.", "the quarter", "2013-Q2")]
    [InlineData("Profit fell in the latest quarter.", "the latest quarter", "2013-Q2")]
    [InlineData("Profit fell in the latest period.", "the latest period", "2013-Q2")]
    [InlineData("Profit fell in the most recent quarter.", "the most recent quarter", "2013-Q2")]
    [InlineData("Profit will rise in the current quarter.", "the current quarter", "2013-Q3")]
    [InlineData("Profit will rise in the current fiscal year.", "the current fiscal year", "2013")]
    [InlineData("Profit fell from the year-earlier period.", "the year-earlier period", "2012-Q2")]
    [InlineData("Profit fell from the year-ago quarter.", "the year-ago quarter", "2012-Q2")]
    [InlineData("Profit fell from the year-earlier third quarter.", "the year-earlier third quarter", "2012-Q3")]
    [InlineData("Profit fell from year-earlier profit of $5m.", "year-earlier", "2012")]
    [InlineData("The year-ago results were restated.", "year-ago", "2012")]
    [InlineData("Sales rose over the past year.", "the past year", "2012")]
    [InlineData("They met over the weekend.", "the weekend", "2013-W35-WE")]
    [InlineData("Prices rose at the end of 2012.", "the end of 2012", "2012")]
    [InlineData("Talks resume at the beginning of October 2013.", "the beginning of October 2013", "2013-10")]
    [InlineData("I'll go back april 2017.", "april 2017", "2017-04")]
    [InlineData("He signed in may 2013.", "2013", "2013")]
    // "previous Tuesday" is the Tuesday of the week before (Recognizers-Text and TimeBank agree), not the most recent one.
    [InlineData("They met previous Tuesday.", "previous Tuesday", "2013-08-27")]
    [InlineData("They had met the previous Friday.", "the previous Friday", "2013-08-30")]
    [InlineData("I'll go back july 4th 1995.", "july 4th 1995", "1995-07-04")]
    [InlineData("I'll go back 4 july 1995.", "4 july 1995", "1995-07-04")]
    public void Resolves(string body, string text, string value)
    {
        var date = Assert.Single(Extract(body, Published));
        Assert.Equal((text, value), (date.Text, date.Value));
        Assert.Equal(text, body[date.Start..date.End]);
    }

    [Fact]
    public void The_quarter_is_the_last_completed_quarter_named_before()
    {
        var dates = Extract("Net income rose in the first quarter. In the quarter, sales fell from the year-ago quarter.", Published);
        Assert.Equal([("the first quarter", "2013-Q1"), ("the quarter", "2013-Q1"), ("the year-ago quarter", "2012-Q1")], dates.Select(d => (d.Text, d.Value)));
    }

    [Theory]
    [InlineData("The deal should close by year-end.", "year-end")]
    [InlineData("Rules should be in place by year's end, it said.", "year's end")]
    public void Year_end_after_a_preposition_is_the_publication_year(string body, string text)
    {
        var date = Assert.Single(Extract(body, Published));
        Assert.Equal((text, "2013"), (date.Text, date.Value));
    }

    [Theory]
    [InlineData("Year-end results rose.")]
    [InlineData("The year-end bonus was cut.")]
    public void Year_end_as_an_adjective_is_no_date(string body) => Assert.Empty(Extract(body, Published));

    [Fact]
    public void An_earlier_quarter_named_for_contrast_does_not_replace_the_reporting_quarter()
    {
        var dates = Extract("Profit rose in the second quarter. After a flat first quarter, sales grew. In the quarter, costs fell.", Published);
        Assert.Equal([("the second quarter", "2013-Q2"), ("first quarter", "2013-Q1"), ("the quarter", "2013-Q2")], dates.Select(d => (d.Text, d.Value)));
    }

    [Fact]
    public void A_future_quarter_does_not_become_the_reporting_period()
    {
        var dates = Extract("It will take a fourth-quarter charge. Profit fell in the latest quarter.", Published);
        Assert.Equal([("fourth-quarter", "2013-Q4"), ("the latest quarter", "2013-Q2")], dates.Select(d => (d.Text, d.Value)));
    }

    [Fact]
    public void A_year_ago_takes_the_reporting_quarter_it_compares_with()
    {
        var dates = Extract("Net income rose 5% in the second quarter to $20 million, the company said, from $19 million a year earlier.", Published);
        Assert.Equal([("the second quarter", "2013-Q2"), ("a year earlier", "2012-Q2")], dates.Select(d => (d.Text, d.Value)));
    }

    [Fact]
    public void The_reporting_quarter_named_again_keeps_a_later_year_ago_on_it()
    {
        // Far more than the reach of a quarter (150 lexemes) lies between the quarter and the comparison; "the quarter"
        // in between names it again.
        var filler = string.Concat(Enumerable.Repeat("The mill hired new staff and bought new looms for its plant. ", 20));
        var dates = Extract("Net income rose in the second quarter. " + filler + "Orders grew in the quarter to 40 from 31 a year earlier.", Published);
        Assert.Equal([("the second quarter", "2013-Q2"), ("the quarter", "2013-Q2"), ("a year earlier", "2012-Q2")], dates.Select(d => (d.Text, d.Value)));
    }

    [Theory]
    [InlineData("They met over the weekend.", "2013-W35-WE")]
    [InlineData("They will meet over the weekend.", "2013-W36-WE")]
    public void The_weekend_is_past_unless_the_clause_is_future(string body, string value) =>
        Assert.Equal(value, Assert.Single(Extract(body, Published)).Value);

    [Fact]
    public void Seed_article_has_no_reference_dates()
    {
        var full = File.ReadAllText(SeedPath());
        var dates = Extract(full, Published);
        Assert.DoesNotContain(dates, d => d.Granularity == "reference");
        Assert.Equal(
            [("August 21", "2013-08-21"), ("Thursday", "2013-09-05"), ("Friday", "2013-09-06"), ("Friday morning", "2013-09-06"), ("August 21", "2013-08-21"), ("Monday", "2013-09-09")],
            Extract(SeedArticleFigureTests.Excerpt, Published).Select(d => (d.Text, d.Value)));
    }

    private static string SeedPath([System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(here)!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "000_1c790352a2a4b598.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("seed article not found");
    }
}
