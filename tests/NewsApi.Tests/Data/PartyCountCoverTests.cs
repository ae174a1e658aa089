using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>The plan of count-table rows behind a party window must count every day of the window exactly once.</summary>
public sealed class PartyCountCoverTests
{
    [Theory]
    [InlineData("2005-01-01", "2005-12-31", "Year 2005-01-01..2005-12-31 +")]
    [InlineData("2005-01-02", "2005-12-31", "Year 2005-01-01..2005-12-31 +; Day 2005-01-01..2005-01-01 -")]
    [InlineData("2005-01-01", "2005-03-31", "Quarter 2005-01-01..2005-03-31 +")]
    [InlineData("2004-10-02", "2004-12-31", "Quarter 2004-10-01..2004-12-31 +; Day 2004-10-01..2004-10-01 -")]
    [InlineData("2005-02-01", "2005-02-28", "Month 2005-02-01..2005-02-28 +")]
    [InlineData("2005-02-03", "2005-02-05", "Day 2005-02-03..2005-02-05 +")]
    [InlineData("2004-01-01", "2005-06-30", "Year 2004-01-01..2004-12-31 +; Quarter 2005-01-01..2005-06-30 +")]
    public void Plans_read_whole_periods_where_they_fit(string from, string to, string expected)
    {
        var plan = PartyCountCover.Plan(DateOnly.Parse(from), DateOnly.Parse(to));

        Assert.Equal(expected, string.Join("; ", plan.Select(s => $"{s.Level} {s.From:yyyy-MM-dd}..{s.To:yyyy-MM-dd} {(s.Sign > 0 ? "+" : "-")}")));
    }

    [Fact]
    public void Random_windows_are_covered_exactly_by_aligned_segments()
    {
        var random = new Random(20261127);
        var origin = new DateOnly(2003, 1, 1);
        for (var i = 0; i < 3000; i++)
        {
            var from = origin.AddDays(random.Next(0, 2200));
            var to = from.AddDays(random.Next(0, i % 3 == 0 ? 40 : 800));
            AssertExactCover(from, to);
        }
    }

    [Fact]
    public void A_window_and_the_one_before_it_are_covered_exactly_with_shared_segments_read_once()
    {
        var random = new Random(1127);
        var origin = new DateOnly(2003, 1, 1);
        for (var i = 0; i < 2000; i++)
        {
            var from = origin.AddDays(random.Next(0, 2200));
            var length = random.Next(1, i % 2 == 0 ? 45 : 800);
            var to = from.AddDays(length - 1);
            var previousFrom = from.AddDays(-length);
            var plan = PartyCountCover.PlanWindow(previousFrom, from, to);

            var weights = new Dictionary<DateOnly, (int Current, int Previous)>();
            foreach (var segment in plan)
            {
                Assert.True(segment.Current != 0 || segment.Previous != 0);
                Assert.Single(plan, s => s.Level == segment.Level && s.From == segment.From && s.To == segment.To);
                for (var day = segment.From; day <= segment.To; day = day.AddDays(1))
                {
                    var (c, p) = weights.GetValueOrDefault(day);
                    weights[day] = (c + segment.Current, p + segment.Previous);
                }
            }

            for (var day = previousFrom.AddDays(-400); day <= to.AddDays(400); day = day.AddDays(1))
            {
                var expected = (day >= from && day <= to ? 1 : 0, day >= previousFrom && day < from ? 1 : 0);
                Assert.True(weights.GetValueOrDefault(day) == expected, $"{previousFrom}/{from}..{to}: {day} weighs {weights.GetValueOrDefault(day)}");
            }
        }
    }

    [Fact]
    public void A_window_starting_mid_month_shares_the_month_s_first_days_with_the_previous_window()
    {
        var plan = PartyCountCover.PlanWindow(new DateOnly(2005, 2, 8), new DateOnly(2005, 3, 10), new DateOnly(2005, 4, 8));

        Assert.Contains(new WindowSegment(CountLevel.Day, new DateOnly(2005, 3, 1), new DateOnly(2005, 3, 9), -1, 1), plan);
        Assert.DoesNotContain(PartyCountCover.PlanWindow(new DateOnly(2005, 1, 1), new DateOnly(2005, 1, 1), new DateOnly(2005, 1, 1)), s => s.Previous != 0);
    }

    [Theory]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData("0001-01-01", "0001-03-02")]
    [InlineData("9999-12-31", "9999-12-31")]
    [InlineData("9999-10-15", "9999-12-31")]
    [InlineData("2004-02-29", "2004-02-29")]
    [InlineData("2003-12-31", "2004-01-01")]
    public void Windows_at_the_ends_of_the_calendar_and_over_leap_days(string from, string to) =>
        AssertExactCover(DateOnly.Parse(from), DateOnly.Parse(to));

    [Fact]
    public void A_window_after_its_end_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PartyCountCover.Plan(new DateOnly(2005, 1, 2), new DateOnly(2005, 1, 1)));

    private static void AssertExactCover(DateOnly from, DateOnly to)
    {
        var plan = PartyCountCover.Plan(from, to);
        var counts = new Dictionary<DateOnly, int>();
        foreach (var segment in plan)
        {
            Assert.Equal(segment.From, PartyCountCover.Period(segment.From, segment.Level).Start);
            Assert.Equal(segment.To, PartyCountCover.Period(segment.To, segment.Level).End);
            for (var day = segment.From; ; day = day.AddDays(1))
            {
                counts[day] = counts.GetValueOrDefault(day) + segment.Sign;
                if (day == segment.To)
                {
                    break;
                }
            }
        }

        foreach (var (day, count) in counts)
        {
            Assert.True(count == (day >= from && day <= to ? 1 : 0), $"{from}..{to}: {day} counted {count} times");
        }

        for (var day = from; ; day = day.AddDays(1))
        {
            Assert.True(counts.ContainsKey(day), $"{from}..{to}: {day} not counted");
            if (day == to)
            {
                break;
            }
        }

        // A handful of key ranges, not one per period.
        Assert.InRange(plan.Count, 1, 12);
    }
}
