using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Dates;

/// <summary>Times, date-times, time and date ranges, offsets, sets and numeric forms; each checks the span and the value.</summary>
public sealed class DateTimeFormTests
{
    // Friday 6 September 2013.
    private static readonly DateOnly Published = new(2013, 9, 6);

    private static IReadOnlyList<DateMention> Extract(string body, DateOnly? published) =>
        new DateExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), published));

    private static DateMention Single(string body, string text, string value, string granularity)
    {
        var date = Assert.Single(Extract(body, Published));
        Assert.Equal((text, value, granularity), (date.Text, date.Value, date.Granularity));
        Assert.Equal(text, body[date.Start..date.End]);
        return date;
    }

    [Theory]
    [InlineData("The vote starts at 7:30 pm.", "7:30 pm", "2013-09-06T19:30")]
    [InlineData("We meet at 8am.", "8am", "2013-09-06T08:00")]
    [InlineData("It starts at 6 p.m. sharp.", "6 p.m.", "2013-09-06T18:00")]
    [InlineData("Lunch is at noon.", "noon", "2013-09-06T12:00")]
    [InlineData("It closes at midnight.", "midnight", "2013-09-06T00:00")]
    [InlineData("It's half past seven o'clock.", "half past seven o'clock", "2013-09-06T07:30")]
    [InlineData("It is a quarter to eight.", "quarter to eight", "2013-09-06T07:45")]
    [InlineData("He woke at 3 in the morning.", "3 in the morning", "2013-09-06T03:00")]
    [InlineData("The doors open at seven o'clock.", "seven o'clock", "2013-09-06T07:00")]
    [InlineData("Shall we leave before 2.30pm?", "before 2.30pm", "2013-09-06T14:30")]
    [InlineData("I felt sick from around 1pm.", "around 1pm", "2013-09-06T13:00")]
    [InlineData("Shall we leave at 6.45?", "at 6.45", "2013-09-06T06:45")]
    [InlineData("Set something up around tomorrow 10am.", "around tomorrow 10am", "2013-09-07T10:00")]
    [InlineData("Let's meet at nine thirty tomorrow.", "nine thirty tomorrow", "2013-09-07T09:30")]
    [InlineData("He spoke this morning.", "this morning", "2013-09-06TMO")]
    [InlineData("He spoke last night.", "last night", "2013-09-05TNI")]
    [InlineData("He leaves tomorrow night.", "tomorrow night", "2013-09-07TNI")]
    [InlineData("Let's meet in the afternoon.", "in the afternoon", "2013-09-06TAF")]
    [InlineData("Let's meet in afternoon.", "in afternoon", "2013-09-06TAF")]
    [InlineData("The band played one evening.", "evening", "2013-09-06TEV")]
    [InlineData("The band played another morning.", "morning", "2013-09-06TMO")]
    [InlineData("The band played 3 afternoon shows.", "afternoon", "2013-09-06TAF")]
    [InlineData("He arrives tomorrow at 5pm.", "tomorrow at 5pm", "2013-09-07T17:00")]
    [InlineData("I'll be out from 2:30 to 2:15 pm.", "from 2:30 to 2:15 pm", "2013-09-06T02:30")]
    [InlineData("He arrives tomorrow 8:00am.", "tomorrow 8:00am", "2013-09-07T08:00")]
    [InlineData("The talks began Monday 8:00.", "Monday 8:00", "2013-09-02T08:00")]
    [InlineData("The vote is at 3pm today.", "3pm today", "2013-09-06T15:00")]
    [InlineData("He called at 8am this morning.", "8am this morning", "2013-09-06T08:00")]
    [InlineData("It will happen today before 4pm.", "today before 4pm", "2013-09-06T16:00")]
    [InlineData("It was signed on 23.04.2022 14:55.", "23.04.2022 14:55", "2022-04-23T14:55")]
    [InlineData("The gates shut at half past 6 pm.", "half past 6 pm", "2013-09-06T18:30")]
    [InlineData("The gates shut at 7 tonight.", "at 7 tonight", "2013-09-06T19:00")]
    [InlineData("The gates open at 9 tomorrow morning.", "at 9 tomorrow morning", "2013-09-07T09:00")]
    [InlineData("The gates open at a quarter to eight a.m.", "quarter to eight a.m.", "2013-09-06T07:45")]
    [InlineData("The fair opens on May 12 at 10am.", "May 12 at 10am", "2014-05-12T10:00")]
    [InlineData("The fair opens on October 2nd, 9:30 am.", "October 2nd, 9:30 am", "2013-10-02T09:30")]
    [InlineData("The polls closed at 8pm, Sunday.", "8pm, Sunday", "2013-09-01T20:00")]
    [InlineData("The polls closed at 8pm, August 30.", "8pm, August 30", "2013-08-30T20:00")]
    public void Times(string body, string text, string value) => Single(body, text, value, DateGranularities.Time);

    [Theory]
    [InlineData("The shop is open 5 to 6pm.", "5 to 6pm", "2013-09-06T17:00", "2013-09-06T18:00")]
    [InlineData("The talk runs from 5 to 7pm.", "from 5 to 7pm", "2013-09-06T17:00", "2013-09-06T19:00")]
    [InlineData("We are open between 9am and 11am.", "between 9am and 11am", "2013-09-06T09:00", "2013-09-06T11:00")]
    [InlineData("Book it for 1-3 pm.", "1-3 pm", "2013-09-06T13:00", "2013-09-06T15:00")]
    [InlineData("We met between 9.30-4.30pm.", "between 9.30-4.30pm", "2013-09-06T09:30", "2013-09-06T16:30")]
    [InlineData("I was out between 7 and 9:30 last night.", "between 7 and 9:30 last night", "2013-09-05T19:00", "2013-09-05T21:30")]
    [InlineData("They met yesterday afternoon from 3-8pm.", "yesterday afternoon from 3-8pm", "2013-09-05T15:00", "2013-09-05T20:00")]
    [InlineData("It ran from 3:30 to 5:55 on 1/1/2015.", "from 3:30 to 5:55 on 1/1/2015", "2015-01-01T03:30", "2015-01-01T05:55")]
    [InlineData("Where were you between 0930-0730?", "between 0930-0730", "2013-09-06T09:30", "2013-09-06T19:30")]
    [InlineData("The meeting starts from 10 am for 3 hours 30 minutes.", "from 10 am for 3 hours 30 minutes", "2013-09-06T10:00", "2013-09-06T13:30")]
    [InlineData("The meeting will last for 2 hours from 2pm.", "for 2 hours from 2pm", "2013-09-06T14:00", "2013-09-06T16:00")]
    [InlineData("Find a time Monday 11-4.", "Monday 11-4", "2013-09-02T11:00", "2013-09-02T16:00")]
    [InlineData("The hall is booked on 3rd Oct from 10am for 2 hours.", "3rd Oct from 10am for 2 hours", "2013-10-03T10:00", "2013-10-03T12:00")]
    [InlineData("The crane works on 20 May from 8 am for 2 hours.", "20 May from 8 am for 2 hours", "2013-05-20T08:00", "2013-05-20T10:00")]
    public void Time_ranges(string body, string text, string value, string end) =>
        Assert.Equal(end, Single(body, text, value, DateGranularities.Time).EndValue);

    [Theory]
    [InlineData("Good morning, everyone.")]
    [InlineData("The morning papers were late.")]
    [InlineData("He stayed one night.")]
    public void A_part_of_the_day_without_a_count_or_in_is_no_time(string body) =>
        Assert.Empty(new DateExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), new DateOnly(2013, 9, 6))));

    [Theory]
    [InlineData("The plans were filed more than 2 weeks before today.", "more than 2 weeks before today", "2013-08-23", null)]
    [InlineData("It opens more than two months from tomorrow.", "more than two months from tomorrow", "2013-11-07", null)]
    [InlineData("The repair is done less than 3 days after tomorrow.", "less than 3 days after tomorrow", "2013-09-07", "2013-09-10")]
    [InlineData("The claim came less than a week before May 13 1999.", "less than a week before May 13 1999", "1999-05-06", "1999-05-13")]
    public void An_offset_with_more_or_less_than_keeps_its_comparison(string body, string text, string value, string? end)
    {
        var d = Assert.Single(new DateExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), new DateOnly(2013, 9, 6))));
        Assert.Equal((text, value, end), (d.Text, d.Value, d.EndValue));
    }

    [Theory]
    [InlineData("He will leave in two weeks.", "in two weeks", "2013-09-20")]
    [InlineData("They will be back in 3 days.", "in 3 days", "2013-09-09")]
    [InlineData("It is two weeks from now.", "two weeks from now", "2013-09-20")]
    [InlineData("It will open three weeks from tomorrow.", "three weeks from tomorrow", "2013-09-28")]
    [InlineData("It happened 2 weeks before May 13 1999.", "2 weeks before May 13 1999", "1999-04-29")]
    [InlineData("He left 3 days ago.", "3 days ago", "2013-09-03")]
    [InlineData("The ferry sank a fortnight ago.", "a fortnight ago", "2013-08-23")]
    [InlineData("He arrives the day after tomorrow.", "the day after tomorrow", "2013-09-08")]
    [InlineData("He will arrive next Friday.", "next Friday", "2013-09-13")]
    [InlineData("They will meet Tuesday next week.", "Tuesday next week", "2013-09-10")]
    [InlineData("They will meet next week on Tuesday.", "next week on Tuesday", "2013-09-10")]
    [InlineData("They met on Tuesday of last week.", "Tuesday of last week", "2013-08-27")]
    [InlineData("The talks were held the previous Friday.", "the previous Friday", "2013-08-30")]
    [InlineData("They met this past Wednesday.", "this past Wednesday", "2013-09-04")]
    [InlineData("It was filed on 5/6/2017.", "5/6/2017", "2017-05-06")]
    [InlineData("Filed 2016-11-07 by the court.", "2016-11-07", "2016-11-07")]
    [InlineData("The hearing was on 5/12.", "5/12", "2013-05-12")]
    [InlineData("The hearing was on 22/04.", "22/04", "2013-04-22")]
    [InlineData("It happened on the 21st.", "the 21st", "2013-08-21")]
    [InlineData("They met on second of August.", "second of August", "2013-08-02")]
    [InlineData("They met on the fourth of July of 1995.", "the fourth of July of 1995", "1995-07-04")]
    [InlineData("It was held on January first 2000.", "January first 2000", "2000-01-01")]
    [InlineData("They met on Tuesday the 3rd.", "Tuesday the 3rd", "2013-09-03")]
    [InlineData("He returned at Easter 2018.", "Easter 2018", "2018-04-01")]
    [InlineData("He returned last Easter.", "last Easter", "2013-03-31")]
    [InlineData("Let's meet on Friday the 27th.", "Friday the 27th", "2013-09-27")]
    [InlineData("I'll go back Sep-23-2020.", "Sep-23-2020", "2020-09-23")]
    [InlineData("I'll go back 23/Sep/2020.", "23/Sep/2020", "2020-09-23")]
    [InlineData("I'm talking about Jan/3 here.", "Jan/3", "2014-01-03")]
    [InlineData("I'll go back 03/18/40.", "03/18/40", "1940-03-18")]
    [InlineData("She was born on twenty five January nineteen eighty six.", "twenty five January nineteen eighty six", "1986-01-25")]
    [InlineData("They arrived 13 Sept nineteen seventy two.", "13 Sept nineteen seventy two", "1972-09-13")]
    [InlineData("Let's meet on january first two thousand and thirty two", "january first two thousand and thirty two", "2032-01-01")]
    [InlineData("This task should be done next 5/12.", "next 5/12", "2014-05-12")]
    [InlineData("Do you know the date? 11/20, right?", "11/20", "2013-11-20")]
    [InlineData("Set up a call this friday (sep-13) with Jim.", "this friday (sep-13)", "2013-09-13")]
    public void Days(string body, string text, string value) => Single(body, text, value, DateGranularities.Day);

    [Theory]
    [InlineData("The range is 2014-2018.", "2014-2018", "2014", "2018", DateGranularities.Year)]
    [InlineData("The fair runs from Sep to Nov.", "from Sep to Nov", "2013-09", "2013-11", DateGranularities.Month)]
    [InlineData("They are away between 3 and 12 of September.", "between 3 and 12 of September", "2013-09-03", "2013-09-12", DateGranularities.Day)]
    [InlineData("I am off April 9th through 17th.", "April 9th through 17th", "2013-04-09", "2013-04-17", DateGranularities.Day)]
    [InlineData("I was out January 12, 2016 - 01/22/2016.", "January 12, 2016 - 01/22/2016", "2016-01-12", "2016-01-22", DateGranularities.Day)]
    [InlineData("The range is from 2014~2018.", "from 2014~2018", "2014", "2018", DateGranularities.Year)]
    [InlineData("I'll be out from August to October.", "from August to October", "2013-08", "2013-10", DateGranularities.Month)]
    [InlineData("APEC will happen in Korea Jan-Feb 2017.", "Jan-Feb 2017", "2017-01", "2017-02", DateGranularities.Month)]
    public void Date_ranges(string body, string text, string value, string end, string granularity) =>
        Assert.Equal(end, Single(body, text, value, granularity).EndValue);

    [Fact]
    public void Two_dates_that_stand_alone_stay_two_dates_as_in_timex3()
    {
        var dates = Extract("Prices rose between 1985 and 1987, and from Sept. 14 to Thursday.", Published);
        Assert.Equal(["1985", "1987", "Sept. 14", "Thursday"], dates.Select(d => d.Text));
        Assert.Equal(["now", "Feb. 10"], Extract("He must be repatriated between now and Feb. 10.", Published).Select(d => d.Text));
    }

    [Theory]
    [InlineData("Sales grew in 2017 Q1.", "2017 Q1", "2017-Q1", DateGranularities.Quarter)]
    [InlineData("Sales grew in 2019-H2.", "2019-H2", "2019-H2", DateGranularities.Quarter)]
    [InlineData("Show sales in the week 3 of 2027.", "week 3 of 2027", "2027-W03", DateGranularities.Week)]
    [InlineData("What's your plan for Dec-2018?", "Dec-2018", "2018-12", DateGranularities.Month)]
    [InlineData("Results for q1-2019 are out.", "q1-2019", "2019-Q1", DateGranularities.Quarter)]
    [InlineData("I was out the last week of July.", "the last week of July", "2013-W31", DateGranularities.Week)]
    [InlineData("I'll be out the last week of July.", "the last week of July", "2014-W31", DateGranularities.Week)]
    [InlineData("How about the first week of Jan 2015?", "the first week of Jan 2015", "2015-W01", DateGranularities.Week)]
    [InlineData("It will happen this working week.", "this working week", "2013-W36", DateGranularities.Week)]
    [InlineData("Show sales in the week after next.", "the week after next", "2013-W38", DateGranularities.Week)]
    [InlineData("They left in nineteen ninety six.", "nineteen ninety six", "1996", DateGranularities.Year)]
    [InlineData("They came back in two thousand and fifteen.", "two thousand and fifteen", "2015", DateGranularities.Year)]
    [InlineData("I'll be out August two thousand and fifteen.", "August two thousand and fifteen", "2015-08", DateGranularities.Month)]
    [InlineData("It happened in 15th century.", "15th century", "14", DateGranularities.Century)]
    [InlineData("I was born in April of 87.", "April of 87", "1987-04", DateGranularities.Month)]
    [InlineData("Who were presidents in 1990 s.", "1990 s", "199", DateGranularities.Decade)]
    [InlineData("The bridge went up two centuries ago.", "two centuries ago", "1813", DateGranularities.Year)]
    [InlineData("Shares slid this past week.", "this past week", "2013-W35", DateGranularities.Week)]
    [InlineData("The orchard flooded this past spring.", "this past spring", "2013-SP", DateGranularities.Season)]
    [InlineData("Crowds are expected this coming weekend.", "this coming weekend", "2013-W36-WE", DateGranularities.Week)]
    [InlineData("Hiring should pick up this coming quarter.", "this coming quarter", "2013-Q4", DateGranularities.Quarter)]
    public void Periods(string body, string text, string value, string granularity) => Single(body, text, value, granularity);

    [Theory]
    [InlineData("He runs every Monday.", "every Monday", "XXXX-WXX-1")]
    [InlineData("Trains leave daily.", "daily", "P1D")]
    [InlineData("The magazine appears weekly.", "weekly", "P1W")]
    [InlineData("Reports are filed quarterly.", "quarterly", "P3M")]
    [InlineData("The bi-monthly drills start.", "bi-monthly", "P2M")]
    [InlineData("We meet each Monday at 4pm.", "each Monday at 4pm", "XXXX-WXX-1T16:00")]
    [InlineData("It runs every other day.", "every other day", "P2D")]
    [InlineData("Prices are set each year.", "each year", "P1Y")]
    [InlineData("Dinner is on me every night.", "every night", "TNI")]
    [InlineData("He takes it at 3pm each day.", "3pm each day", "T15:00")]
    [InlineData("She swims on Thursdays.", "Thursdays", "XXXX-WXX-4")]
    [InlineData("I'll be out Friday mornings.", "Friday mornings", "XXXX-WXX-5TMO")]
    [InlineData("Thursdays at 17.30 Beijing time.", "Thursdays at 17.30", "XXXX-WXX-4T17:30")]
    [InlineData("Trams leave every 20 minutes.", "every 20 minutes", "PT20M")]
    [InlineData("The comet returns every 76 years.", "every 76 years", "P76Y")]
    [InlineData("The census is held every decade.", "every decade", "P10Y")]
    public void Sets(string body, string text, string value) => Single(body, text, value, DateGranularities.Set);

    [Theory]
    [InlineData("Shares closed at 7 on Friday.")]
    [InlineData("The rate stood at 3 yesterday.")]
    public void A_bare_number_before_a_day_without_its_part_is_a_level(string body) =>
        Assert.DoesNotContain(Extract(body, Published), d => d.Granularity == DateGranularities.Time);

    [Fact]
    public void Every_minute_alone_is_the_idiom() =>
        Assert.Empty(Extract("Every minute counts, he said.", Published));

    [Fact]
    public void A_weekday_listed_after_a_recurring_weekday_recurs_too()
    {
        var dates = Extract("The market opens every Tuesday and Saturday.", Published);
        Assert.Equal([("every Tuesday", "XXXX-WXX-2"), ("Saturday", "XXXX-WXX-6")], dates.Select(d => (d.Text, d.Value)));
        Assert.All(dates, d => Assert.Equal(DateGranularities.Set, d.Granularity));
        Assert.Equal(DateGranularities.Day, Assert.Single(Extract("They met on Tuesday and Saturday.", Published), d => d.Text == "Saturday").Granularity);
    }

    [Theory]
    [InlineData("Arsenal won 3-2 on the night.")]
    [InlineData("He scored 5 to 6 goals.")]
    [InlineData("There are 10 stars.")]
    [InlineData("Tel: 000 111 82-2100")]
    [InlineData("Tel: +86 138-2010-2015")]
    [InlineData("Is this a valid date? 2015-32")]
    [InlineData("The screen has a 4:3 aspect ratio.")]
    [InlineData("Shares closed at 6.45.")]
    [InlineData("He sold 1,140 units at 7.")]
    [InlineData("It was the highest in three years.")]
    [InlineData("The Daily Mail reported it.")]
    [InlineData("Set something up around the 21st.")]
    [InlineData("One twenty-year-old was hurt.")]
    [InlineData("He gave 3/4 of it away.")]
    [InlineData("Prices rose 1,1,1 and 2013-2014-2015-2016.")]
    [InlineData("Two thousand people marched.")]
    [InlineData("Nineteen ninety people came.")]
    [InlineData("The vote was 5 to 7.")]
    [InlineData("The Communist Party daily Granma said so.")]
    [InlineData("It was like the film High Noon.")]
    [InlineData("He appeared in court the next morning.")]
    public void Numbers_that_are_not_dates_or_times(string body) =>
        Assert.DoesNotContain(Extract(body, Published), d => d.Granularity is DateGranularities.Time or DateGranularities.Set or DateGranularities.Day);

    [Fact]
    public void A_listed_weekday_abbreviation_and_a_holiday_time()
    {
        Assert.Equal([("next week Mon", "2013-09-09"), ("Tue", "2013-09-10")], Extract("Schedule a meeting next week Mon or Tue.", Published).Select(d => (d.Text, d.Value)));
        Assert.Equal([("christmas eve", "2013-12-24"), ("6 p.m.", "2013-09-06T18:00")], Extract("Which films are shown on christmas eve at 6 p.m.?", Published).Select(d => (d.Text, d.Value)));
    }

    [Fact]
    public void A_range_after_a_date_takes_the_date()
    {
        var date = Single("Help me book a meeting on December 15 2016 from 7:00 to 8:00pm.", "December 15 2016 from 7:00 to 8:00pm", "2016-12-15T19:00", DateGranularities.Time);
        Assert.Equal("2016-12-15T20:00", date.EndValue);
    }

    [Fact]
    public void Without_a_publication_date_a_time_has_an_unspecified_day()
    {
        var date = Assert.Single(Extract("The vote starts at 7pm.", null));
        Assert.Equal(("7pm", "XXXX-XX-XXT19:00", (string?)null), (date.Text, date.Value, date.Anchor));
    }

    [Fact]
    public void Seed_article_keeps_exactly_its_dates()
    {
        var seed = File.ReadAllText(SeedPath());
        var dates = Extract(seed, Published);
        Assert.Equal(
            [("August 21", "2013-08-21"), ("Thursday", "2013-09-05"), ("Friday", "2013-09-06"), ("Friday morning", "2013-09-06"), ("August 21", "2013-08-21"), ("Monday", "2013-09-09")],
            dates.Where(d => d.Granularity != DateGranularities.Reference).Select(d => (d.Text, d.Value)));
        Assert.Equal("2013-09-02", dates.Single(d => d.Text == "Monday").AlternativeValue);
    }

    public static TheoryData<string> Hostile() =>
    [
        string.Concat(Enumerable.Repeat("1,", 50_000)),
        string.Concat(Enumerable.Repeat("1:", 50_000)),
        new string('7', 100_000),
        new string('A', 100_000),
        string.Concat(Enumerable.Repeat("12:30-", 10_000)),
        string.Concat(Enumerable.Repeat("from 5 to ", 10_000)) + "6pm",
        string.Concat(Enumerable.Repeat("between 1 and ", 10_000)) + "2",
        string.Concat(Enumerable.Repeat("every other ", 10_000)),
        string.Concat(Enumerable.Repeat("Monday 21 ", 10_000)),
        string.Concat(Enumerable.Repeat("5/6/", 10_000)),
        string.Concat(Enumerable.Repeat("in two weeks ", 10_000)),
        string.Concat(Enumerable.Repeat("half past ", 10_000)),
        string.Concat(Enumerable.Repeat("the 21st of ", 10_000)),
        string.Concat(Enumerable.Repeat("2014-2015~", 10_000)),
        string.Concat(Enumerable.Repeat("tomorrow at 5 to 6 pm today ", 5_000)),
        string.Concat(Enumerable.Repeat("three weeks from ", 10_000)) + "tomorrow",
        string.Concat(Enumerable.Repeat("23.04.", 10_000)),
        string.Concat(Enumerable.Repeat("nine thirty ", 10_000)),
        string.Concat(Enumerable.Repeat("two thousand and ", 10_000)),
        string.Concat(Enumerable.Repeat("for 2 hours from ", 10_000)) + "2pm",
        string.Concat(Enumerable.Repeat("Friday (jun-", 10_000)),
        string.Concat(Enumerable.Repeat("around tomorrow ", 10_000)),
        string.Concat(Enumerable.Repeat("next 5/", 10_000)),
        string.Concat(Enumerable.Repeat("the last week of ", 10_000)),
    ];

    /// <summary>Every scan looks a bounded number of lexemes ahead: these must finish (guarded by a generous timeout, no timing assertion).</summary>
    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_inputs_complete(string input)
    {
        var work = Task.Run(() =>
        {
            var dates = Extract(input, Published);
            foreach (var d in dates)
            {
                Assert.Equal(d.Text, input[d.Start..d.End]);
            }

            return dates.Count;
        });
        var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(work, finished);
        await work;
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
