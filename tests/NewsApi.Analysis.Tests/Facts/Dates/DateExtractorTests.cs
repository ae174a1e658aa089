using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Tests.Facts.Figures;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Dates;

public sealed class DateExtractorTests
{
    // Friday 6 September 2013.
    private static readonly DateOnly Published = new(2013, 9, 6);

    private static IReadOnlyList<DateMention> Extract(string body, DateOnly? published) =>
        new DateExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), published));

    [Theory]
    [InlineData("The attack on August 21 killed hundreds.", "August 21", "2013-08-21", DateGranularities.Day)]
    [InlineData("It was signed on 21 Aug 2013 in Geneva.", "21 Aug 2013", "2013-08-21", DateGranularities.Day)]
    [InlineData("It was signed on Aug. 21, 2013, in Geneva.", "Aug. 21, 2013", "2013-08-21", DateGranularities.Day)]
    [InlineData("Filed 2013-08-21 by the court.", "2013-08-21", "2013-08-21", DateGranularities.Day)]
    [InlineData("Talks resume in September 2013.", "September 2013", "2013-09", DateGranularities.Month)]
    [InlineData("The law was passed in 2013.", "2013", "2013", DateGranularities.Year)]
    [InlineData("Prices fell in the 1990s.", "the 1990s", "199", DateGranularities.Decade)]
    [InlineData("He arrived yesterday.", "yesterday", "2013-09-05", DateGranularities.Day)]
    [InlineData("He arrives today.", "today", "2013-09-06", DateGranularities.Day)]
    [InlineData("He arrives tomorrow.", "tomorrow", "2013-09-07", DateGranularities.Day)]
    [InlineData("He arrived last week.", "last week", "2013-W35", DateGranularities.Week)]
    [InlineData("He arrives next month.", "next month", "2013-10", DateGranularities.Month)]
    [InlineData("Sales for previous quarter fell.", "previous quarter", "2013-Q2", DateGranularities.Quarter)]
    [InlineData("Sales for previous year fell.", "previous year", "2012", DateGranularities.Year)]
    [InlineData("Sales grew this year.", "this year", "2013", DateGranularities.Year)]
    [InlineData("Sales grew earlier this year.", "earlier this year", "2013", DateGranularities.Year)]
    [InlineData("Sales grew last year.", "last year", "2012", DateGranularities.Year)]
    [InlineData("Sales grew in Q3 2013.", "Q3 2013", "2013-Q3", DateGranularities.Quarter)]
    [InlineData("Sales grew in the third quarter.", "the third quarter", "2013-Q3", DateGranularities.Quarter)]
    [InlineData("It opened in summer 2013.", "summer 2013", "2013-SU", DateGranularities.Season)]
    [InlineData("It opened last summer.", "last summer", "2013-SU", DateGranularities.Season)]
    [InlineData("They met Friday morning.", "Friday morning", "2013-09-06", DateGranularities.Day)]
    [InlineData("The vote starts at 7pm.", "7pm", "2013-09-06T19:00", DateGranularities.Time)]
    [InlineData("They met on Thursday.", "Thursday", "2013-09-05", DateGranularities.Day)]
    [InlineData("They met on Friday.", "Friday", "2013-09-06", DateGranularities.Day)]
    [InlineData("He would travel to Moscow for talks on Monday.", "Monday", "2013-09-09", DateGranularities.Day)]
    [InlineData("The summit is due to open on Monday.", "Monday", "2013-09-09", DateGranularities.Day)]
    [InlineData("They met on Monday.", "Monday", "2013-09-02", DateGranularities.Day)]
    [InlineData("It happened three years ago.", "three years ago", "2010", DateGranularities.Year)]
    public void Resolves(string body, string text, string value, string granularity)
    {
        var date = Assert.Single(Extract(body, Published));
        Assert.Equal(text, date.Text);
        Assert.Equal(text, body[date.Start..date.End]);
        Assert.Equal(value, date.Value);
        Assert.Equal(granularity, date.Granularity);
    }

    [Fact]
    public void A_range_has_an_end_value()
    {
        var date = Assert.Single(Extract("The fair runs from 5 to 7 September.", Published));
        // The range is one expression, so it keeps its "from" (a date alone never does: "on Friday" → "Friday").
        Assert.Equal(("from 5 to 7 September", "2013-09-05", "2013-09-07"), (date.Text, date.Value, date.EndValue));
    }

    [Fact]
    public void A_weekday_gives_the_other_reading_as_alternative()
    {
        var past = Assert.Single(Extract("They met on Monday.", Published));
        Assert.Equal("2013-09-09", past.AlternativeValue);
        Assert.True(past.Relative);
        Assert.Equal("2013-09-06", past.Anchor);

        var future = Assert.Single(Extract("He would travel to Moscow for talks on Monday.", Published));
        Assert.Equal("2013-09-02", future.AlternativeValue);
    }

    [Theory]
    [InlineData("Leaders met at the G20 summit.")]
    [InlineData("It was a two-day summit.")]
    [InlineData("They stayed for three years.")]
    [InlineData("More than 2,013 people came.")]
    [InlineData("There were 2013 people there.")]
    [InlineData("You may go home.")]
    [InlineData("")]
    public void Finds_no_date(string body) => Assert.Empty(Extract(body, Published));

    [Fact]
    public void Without_a_publication_date_relative_dates_are_left_out_and_years_unspecified()
    {
        var dates = Extract("On Thursday officials said the attack on August 21 was in 2013 planning.", null);
        Assert.DoesNotContain(dates, d => d.Text == "Thursday");
        Assert.Contains(dates, d => d is { Text: "August 21", Value: "XXXX-08-21", Anchor: null });
    }

    [Fact]
    public void Seed_article_dates()
    {
        var body = SeedArticleFigureTests.Excerpt;
        var dates = Extract(body, Published);
        Assert.Equal(
            [("August 21", "2013-08-21"), ("Thursday", "2013-09-05"), ("Friday", "2013-09-06"), ("Friday morning", "2013-09-06"), ("August 21", "2013-08-21"), ("Monday", "2013-09-09")],
            dates.Select(d => (d.Text, d.Value)));
        foreach (var d in dates)
        {
            Assert.Equal(d.Text, body[d.Start..d.End]);
            Assert.True(d.SentenceIndex >= 0);
        }
    }
}
