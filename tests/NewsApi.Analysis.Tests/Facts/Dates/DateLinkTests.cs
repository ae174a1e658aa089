using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Dates;

/// <summary>
/// Ranges of two standalone dates and bounds written around a date: the dates keep their own spans (TIMEX3), the range
/// or bound is reported beside them with the whole written span. Sentences written for the tests.
/// </summary>
public sealed class DateLinkTests
{
    // Friday 6 September 2013.
    private static readonly DateOnly Published = new(2013, 9, 6);

    private static IReadOnlyList<DateMention> Extract(string body) =>
        new DateExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), Published));

    [Theory]
    [InlineData("The mine ran from 1961 till 1975.", "from 1961 till 1975", "1961", "1975")]
    [InlineData("The mine ran 1961 to 1975.", "1961 to 1975", "1961", "1975")]
    [InlineData("The mine ran between 1961 and 1975.", "between 1961 and 1975", "1961", "1975")]
    [InlineData("The mine ran between 1961 through 1975.", "between 1961 through 1975", "1961", "1975")]
    [InlineData("Prices fell between March 2011 and yesterday.", "between March 2011 and yesterday", "2011-03", "2013-09-05")]
    [InlineData("The ferry runs from next Monday to Oct 1st 2014.", "from next Monday to Oct 1st 2014", "2013-09-09", "2014-10-01")]
    public void Two_standalone_dates_form_a_range_beside_their_own_mentions(string body, string span, string start, string end)
    {
        var dates = Extract(body);
        Assert.Equal(2, dates.Count);
        var first = dates[0];
        Assert.NotNull(first.Range);
        Assert.Equal(span, first.Range.Text);
        Assert.Equal(start, first.Value);
        Assert.Equal(end, first.Range.EndValue);
        Assert.Null(dates[1].Range);
        Assert.DoesNotContain(span, first.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The mine ran in 1961, and in 1975 it closed.")]
    [InlineData("Sales in 1961 and 1975 were the best.")]
    [InlineData("Sales rose in 1961; 1975 was worse.")]
    public void Dates_that_are_no_range_stay_apart(string body) =>
        Assert.All(Extract(body), d => Assert.Null(d.Range));

    [Theory]
    [InlineData("The shop has been shut since August.", "August", "since August", "ON_OR_AFTER")]
    [InlineData("Bids must arrive no later than October 1, 2013.", "October 1, 2013", "no later than October 1, 2013", "BEFORE")]
    [InlineData("Refunds apply to tickets bought after 2010.", "2010", "after 2010", "AFTER")]
    [InlineData("Refunds apply to tickets bought in 2010 or later.", "2010", "2010 or later", "ON_OR_AFTER")]
    [InlineData("The works will run starting on Monday.", "Monday", "starting on Monday", "ON_OR_AFTER")]
    public void A_bound_keeps_its_signal_words_beside_the_date(string body, string text, string span, string mod)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal(text, d.Text);
        Assert.NotNull(d.Bound);
        Assert.Equal(span, d.Bound.Text);
        Assert.Equal(mod, d.Bound.Mod);
    }

    [Theory]
    [InlineData("The shop opened on 1/1/2010 and after that it grew.")]
    [InlineData("The shop opened in 2010, after a long wait.")]
    public void Words_that_are_no_bound_leave_the_date_alone(string body) =>
        Assert.All(Extract(body), d => Assert.Null(d.Bound));
}
