using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;
using static NewsApi.Analysis.Tests.Facts.Dates.DatedText;

namespace NewsApi.Analysis.Tests.Facts.Dates;

/// <summary>The publication date and extraction the date-grammar tests below share.</summary>
internal static class DatedText
{
    // Friday 6 September 2013.
    public static readonly DateOnly Published = new(2013, 9, 6);

    public static IReadOnlyList<DateMention> Extract(string body) =>
        new DateExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), Published));
}

/// <summary>
/// Ranges of two standalone dates and bounds written around a date: the dates keep their own spans (TIMEX3), the range
/// or bound is reported beside them with the whole written span. Sentences written for the tests.
/// </summary>
public sealed class DateLinkTests
{
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
    [InlineData("The talks will last from Thursday 3pm to Monday 5pm.")]
    [InlineData("Book the hall from Friday 9am to Monday noon.")]
    [InlineData("Keep the office open from Thursday to Tuesday.")]
    [InlineData("The trial will run from December 2 until January 20.")]
    public void A_range_end_read_on_its_own_is_moved_to_or_after_the_start(string body)
    {
        var dates = Extract(body);
        Assert.Equal(2, dates.Count);
        var end = dates[0].Range?.EndValue;
        Assert.NotNull(end);
        Assert.True(string.CompareOrdinal(end, dates[0].Value) >= 0, $"{dates[0].Value} .. {end}");
        Assert.Equal(end, dates[1].Value);
    }

    [Fact]
    public void A_possessive_date_ends_no_range() =>
        Assert.All(Extract("Analysts pointed to a revision Friday to December's figures."), d => Assert.Null(d.Range));

    [Theory]
    [InlineData("The lanes shut for 3 days starting from next Monday.", "next Monday", "3 days starting from next Monday", "2013-09-09", "2013-09-12")]
    [InlineData("The lanes shut for two weeks beginning October 7th.", "October 7th", "two weeks beginning October 7th", "2013-10-07", "2013-10-21")]
    public void A_length_starting_at_a_date_is_a_range_from_it(string body, string text, string span, string start, string end)
    {
        var d = Extract(body).Single(m => m.Range is not null);
        Assert.Equal((text, span, start, end), (d.Text, d.Range!.Text, d.Value, d.Range.EndValue));
    }

    [Theory]
    [InlineData("The pier shuts for the last 3 weeks of this year.", "this year", "the last 3 weeks of this year", "2013-12-09", "2013-12-30")]
    [InlineData("The pier shut for the first two weeks of 2012.", "2012", "the first two weeks of 2012", "2012-01-02", "2012-01-16")]
    [InlineData("Rain fell on the first ten days of last year.", "last year", "the first ten days of last year", "2012-01-01", "2012-01-11")]
    [InlineData("Rain fell on the final five days of May 2012.", "May 2012", "the final five days of May 2012", "2012-05-27", "2012-06-01")]
    [InlineData("Sales fell in the last two months of the third quarter.", "the third quarter", "the last two months of the third quarter", "2013-08-01", "2013-10-01")]
    public void The_first_or_last_units_of_a_period_are_a_range_beside_the_period(string body, string text, string span, string start, string end)
    {
        var d = Extract(body).Single(m => m.Range is not null);
        Assert.Equal((text, span, start, end), (d.Text, d.Range!.Text, d.Range.StartValue, d.Range.EndValue));
    }

    [Theory]
    [InlineData("He spent the first two years of his career abroad in 2012.")]
    [InlineData("The pier shuts for the last 400 days of 2014.")]
    [InlineData("The pier shuts for three weeks of this year.")]
    public void No_part_of_a_period_without_first_or_last_and_a_fitting_length(string body) =>
        Assert.All(Extract(body), d => Assert.Null(d.Range));

    [Theory]
    [InlineData("Sales peaked in april in 2011.", "april in 2011", "2011-04")]
    [InlineData("The fair opens on 26 June in 2014.", "26 June in 2014", "2014-06-26")]
    public void A_month_takes_the_year_written_after_in(string body, string text, string value) =>
        Assert.Contains(Extract(body), d => d.Text == text && d.Value == value);

    [Theory]
    [InlineData("The treaty was signed in February this year.", "February", "2013-02")]
    [InlineData("The members join in April next year.", "April", "2014-04")]
    [InlineData("The fair opens on January 12 next year.", "January 12", "2014-01-12")]
    [InlineData("The plant closed on November 3, last year.", "November 3", "2012-11-03")]
    public void A_date_without_a_year_takes_a_relative_year_written_after_it(string body, string text, string value) =>
        Assert.Contains(Extract(body), d => d.Text == text && d.Value == value);

    [Theory]
    [InlineData("The fair runs 5/1-5/7, 2015 in Leeds.", "5/1-5/7, 2015", "2015-05-01", "2015-05-07")]
    [InlineData("The audit covered 10/1-11/2/2011.", "10/1-11/2/2011", "2011-10-01", "2011-11-02")]
    [InlineData("The audit covered 11/20-1/5/2011.", "11/20-1/5/2011", "2010-11-20", "2011-01-05")]
    public void A_year_after_a_written_range_belongs_to_both_ends(string body, string text, string start, string end) =>
        Assert.Contains(Extract(body), d => d.Text == text && d.Value == start && d.EndValue == end);

    [Theory]
    [InlineData("The tax was paid on 2/29.", "2/29", "2012-02-29")]
    [InlineData("The tax was paid on Feb. 29.", "Feb. 29", "2012-02-29")]
    [InlineData("The tax will be paid on Feb. 29.", "Feb. 29", "2016-02-29")]
    public void February_29th_without_a_year_is_in_the_nearest_leap_year(string body, string text, string value) =>
        Assert.Contains(Extract(body), d => d.Text == text && d.Value == value);

    [Fact]
    public void Next_weekday_is_of_next_week_with_the_first_to_come_as_the_other_reading()
    {
        // Monday 2 September 2013: "next Friday" is 13 September, the coming Friday (6th) the other reading.
        var d = Assert.Single(new DateExtractor().Extract(new ExtractionContext(TextDocument.Parse("The board will meet next Friday."), new DateOnly(2013, 9, 2))));
        Assert.Equal(("2013-09-13", "2013-09-06"), (d.Value, d.AlternativeValue));
        Assert.Equal("2013-09-13", Assert.Single(Extract("The board will meet next Friday.")).Value);
    }

    [Fact]
    public void A_weekday_range_ends_after_it_starts()
    {
        var first = Extract("The ferry ran Monday through Friday.")[0];
        Assert.Equal(("2013-09-02", "2013-09-06"), (first.Value, first.Range?.EndValue));
        var week = Extract("The ferry ran Wednesday through Monday.")[0];
        Assert.Equal(("2013-09-04", "2013-09-09"), (week.Value, week.Range?.EndValue));
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

/// <summary>Ranges written as a length next to the publication date ("the last three months"); sentences written for the tests.</summary>
public sealed class DateLengthTests
{
    [Theory]
    [InlineData("Rain is expected over the next two days.", "next two days", "2013-09-07", "2013-09-09", "P2D")]
    [InlineData("Prices rose in the last 3 months.", "last 3 months", "2013-06-06", "2013-09-06", "P3M")]
    [InlineData("The firm expects losses in the coming three quarters.", "coming three quarters", "2013-10-01", "2014-07-01", "P9M")]
    [InlineData("Profit fell in the past two quarters.", "past two quarters", "2013-01-01", "2013-07-01", "P6M")]
    [InlineData("Orders are due in the next couple of weeks.", "next couple of weeks", "2013-09-07", "2013-09-21", "P2W")]
    [InlineData("What will change in the 5 upcoming years?", "5 upcoming years", "2013-09-07", "2018-09-07", "P5Y")]
    [InlineData("The shop was shut for the previous 4 business days.", "previous 4 business days", "2013-09-02", "2013-09-06", "P4BD")]
    public void A_length_next_to_the_publication_date_is_a_range(string body, string text, string start, string end, string length)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal((text, start, end, length), (d.Text, d.Value, d.EndValue, d.Length));
    }

    [Theory]
    [InlineData("The road is shut this fortnight.", "this fortnight", "2013-09-02", "2013-09-16")]
    [InlineData("The road is shut for the fortnight.", "the fortnight", "2013-09-02", "2013-09-16")]
    [InlineData("The road will shut in the next fortnight.", "next fortnight", "2013-09-16", "2013-09-30")]
    [InlineData("The road was shut last fortnight.", "last fortnight", "2013-08-19", "2013-09-02")]
    public void A_fortnight_is_two_weeks_from_a_monday(string body, string text, string start, string end)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal((text, start, end, "P2W"), (d.Text, d.Value, d.EndValue, d.Length));
    }

    [Theory]
    [InlineData("The strike will last two days.")]
    [InlineData("The talks did not last three weeks.")]
    [InlineData("The next three speakers were late.")]
    [InlineData("GDP fell in the last three months of 2012.")]
    [InlineData("The deal came following 10 days of talks.")]
    public void A_verb_or_another_noun_is_no_length(string body) =>
        Assert.DoesNotContain(Extract(body), d => d.Length is not null);

    [Fact]
    public void A_length_range_keeps_its_duration_figure()
    {
        var figures = new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse("Fares fell over the past five years."), Published));
        var f = Assert.Single(figures);
        Assert.Equal(("five years", FigureKinds.Duration), (f.Text, f.Kind));
    }
}

/// <summary>Date parts in more orders and words: a weekday before an ordinal date, "March the 12th", decades in words.</summary>
public sealed class DatePartOrderTests
{
    [Theory]
    [InlineData("The vote is on Friday the 15th of November.", "Friday the 15th of November", "2013-11-15")]
    [InlineData("The vote is on Friday, the fifteenth of November.", "Friday, the fifteenth of November", "2013-11-15")]
    [InlineData("The vote is on November the 15th.", "November the 15th", "2013-11-15")]
    [InlineData("The vote is on November the fifteenth.", "November the fifteenth", "2013-11-15")]
    [InlineData("Rents doubled in the nineties.", "the nineties", "199")]
    [InlineData("Rents doubled in the late eighties.", "the late eighties", "198")]
    [InlineData("Rents doubled in the mid-seventies.", "the mid-seventies", "197")]
    [InlineData("Rents doubled in the twenties.", "the twenties", "192")]
    public void Parts_combine_in_any_order(string body, string text, string value)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal((text, value), (d.Text, d.Value));
    }

    [Fact]
    public void A_decade_word_without_the_article_is_an_age() =>
        Assert.Empty(Extract("The mayor is in his eighties."));
}

/// <summary>Anaphoric steps from the last mentioned date, else the publication date.</summary>
public sealed class DateAnaphoraTests
{
    [Theory]
    [InlineData("The mill shut on May 3, 2010. The following week, the union met.", "The following week", "2010-W19")]
    [InlineData("The mill shut on May 3, 2010. The day before, the union met.", "The day before", "2010-05-02")]
    [InlineData("The mill shut in 2010. The previous year, it made a loss.", "The previous year", "2009")]
    [InlineData("The mill shut on May 3, 2010. The next day the union met.", "The next day", "2010-05-04")]
    [InlineData("The union will meet the following week.", "the following week", "2013-W37")]
    [InlineData("The mill shut on May 3, 2010. That week the union met.", "That week", "2010-W18")]
    [InlineData("The union was not there that weekend.", "that weekend", "2013-W36-WE")]
    public void A_step_counts_from_the_last_mentioned_date(string body, string text, string value) =>
        Assert.Contains(Extract(body), d => d.Text == text && d.Value == value);

    [Theory]
    [InlineData("The union met the day before the vote.")]
    [InlineData("The mill shut in May. The next day the union met.")]
    public void A_step_without_a_referent_of_its_precision_is_left_out(string body) =>
        Assert.DoesNotContain(Extract(body), d => d.Text.Contains("day", StringComparison.Ordinal) || d.Text.Contains("next year", StringComparison.Ordinal));
}

/// <summary>A clock time takes the date written after it, across "on" and a time zone.</summary>
public sealed class TimeWithDateTests
{
    [Theory]
    [InlineData("Polls will close at 9am on Monday.", "9am on Monday", "2013-09-09T09:00")]
    [InlineData("Polls close at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "2013-11-09T17:00")]
    [InlineData("Polls close at 7 am on the 5th of October.", "7 am on the 5th of October", "2013-10-05T07:00")]
    [InlineData("The ferry leaves tomorrow at around 7 am.", "tomorrow at around 7 am", "2013-09-07T07:00")]
    [InlineData("The ferry leaves tomorrow at about 9:30.", "tomorrow at about 9:30", "2013-09-07T09:30")]
    public void A_time_takes_its_date(string body, string text, string value)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal((text, value), (d.Text, d.Value));
    }
}

/// <summary>Quarter and half codes in either order, and a year's possessive period.</summary>
public sealed class PeriodCodeTests
{
    [Theory]
    [InlineData("Margins fell in H1 2012.", "H1 2012", "2012-H1")]
    [InlineData("Margins fell in 3Q 2012.", "3Q 2012", "2012-Q3")]
    [InlineData("Margins fell in 1H 2012.", "1H 2012", "2012-H1")]
    [InlineData("Margins fell in H1.", "H1", "2013-H1")]
    [InlineData("Margins fell in 2012's third quarter.", "2012's third quarter", "2012-Q3")]
    [InlineData("Margins fell in Q3 of 2012.", "Q3 of 2012", "2012-Q3")]
    [InlineData("Margins fell in the 3rd quarter.", "the 3rd quarter", "2013-Q3")]
    [InlineData("Margins fell in the 4th quarter of 2012.", "the 4th quarter of 2012", "2012-Q4")]
    [InlineData("Margins fell in the 1st half.", "the 1st half", "2013-H1")]
    [InlineData("The 2nd-quarter loss widened.", "2nd-quarter", "2013-Q2")]
    public void Period_codes(string body, string text, string value)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal((text, value), (d.Text, d.Value));
    }
}

/// <summary>The n-th day or month of any written period; "end of" without its article; lower-case months after a date word.</summary>
public sealed class SubperiodTests
{
    [Theory]
    [InlineData("Rents are due on the last day of February.", "the last day of February", "2014-02-28")]
    [InlineData("Rents are due on the last day of the month.", "the last day of the month", "2013-09-30")]
    [InlineData("Rents are due on the first day of 2014.", "the first day of 2014", "2014-01-01")]
    [InlineData("Rents are due in the last month of the year.", "the last month of the year", "2013-12")]
    [InlineData("Rents are due by end of October.", "end of October", "2013-10")]
    [InlineData("Rents are due by end of month.", "end of month", "2013-09")]
    [InlineData("Rents are due by end of year.", "end of year", "2013")]
    [InlineData("Rents are due in mid-october.", "mid-october", "2013-10")]
    [InlineData("Rents were due in october, 2012.", "october, 2012", "2012-10")]
    public void Subperiods_and_variants(string body, string text, string value)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal((text, value), (d.Text, d.Value));
    }

    [Theory]
    [InlineData("Rents rose after Feb.", "Feb", "2013-02")]
    [InlineData("Rents have risen since Sept.", "Sept", "2013-09")]
    [InlineData("Rents rose in year 2012.", "year 2012", "2012")]
    [InlineData("Rents rose 5% in the year to date.", "year to date", "2013")]
    [InlineData("Rents rose earlier in the year.", "earlier in the year", "2013")]
    [InlineData("Rents rose in the week of August 12.", "the week of August 12", "2013-W33")]
    [InlineData("The fair is on the weekend of June 15, 2014.", "the weekend of June 15, 2014", "2014-W24-WE")]
    [InlineData("Rents will rise later in the month.", "later in the month", "2013-09")]
    public void Bare_abbreviations_years_and_periods_to_date(string body, string text, string value)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal((text, value), (d.Text, d.Value));
    }

    [Theory]
    [InlineData("The crews worked in the daytime.", "in the daytime", "2013-09-06TDT")]
    [InlineData("The crews worked in the night-time.", "in the night-time", "2013-09-06TNI")]
    public void Parts_of_the_day_in_compounds(string body, string text, string value)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal((text, value), (d.Text, d.Value));
    }

    [Fact]
    public void A_range_from_now_starts_on_the_publication_date()
    {
        var now = Extract("Rents will rise between now and October 1.")[0];
        Assert.Equal(("PRESENT_REF", "2013-09-06", "2013-10-01"), (now.Value, now.Range?.StartValue, now.Range?.EndValue));
    }

    [Theory]
    [InlineData("Jan said the rent rose.")]
    [InlineData("The code was FEB and then Nov.")]
    [InlineData("She joined an august body of scholars.")]
    [InlineData("They may march to the square.")]
    public void Month_words_that_are_other_words_stay_out(string body) =>
        Assert.Empty(Extract(body));
}

/// <summary>Two days of one month written once.</summary>
public sealed class SharedMonthRangeTests
{
    [Theory]
    [InlineData("The fair runs from the 5th to the 9th of October.", "from the 5th to the 9th of October", "2013-10-05", "2013-10-09")]
    [InlineData("The fair ran between third and seventh of June 2012.", "between third and seventh of June 2012", "2012-06-03", "2012-06-07")]
    [InlineData("The fair runs from October the fifth till the ninth.", "from October the fifth till the ninth", "2013-10-05", "2013-10-09")]
    public void Days_of_one_month(string body, string text, string start, string end)
    {
        var d = Assert.Single(Extract(body));
        Assert.Equal((text, start, end), (d.Text, d.Value, d.EndValue));
    }
}
