using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace NewsApi.BrowserTests;

/// <summary>The calendar over GET /api/dates: a month grid with mentions per day and the mentions beneath it.</summary>
[Collection(PageCollection.Name)]
public sealed class CalendarViewTests(PageFixture page)
{
    private IWebElement Cell(string day) => page.Driver.FindElement(By.CssSelector($"table.calendar td[data-day='{day}']"));

    private List<string> ListedDays() =>
        page.Driver.FindElements(By.CssSelector(".day-list .day-group")).Select(g => g.GetAttribute("data-day")!).ToList();

    private List<string> Mentions() =>
        page.Driver.FindElements(By.CssSelector(".day-list li.mention")).Select(li => li.GetAttribute("data-value")!).ToList();

    [Fact]
    public void The_calendar_opens_on_the_newest_articles_month_with_the_days_they_talk_about()
    {
        page.Open("#/calendar");
        page.WaitFor(By.CssSelector("table.calendar"), "the month grid");

        Assert.Equal("Calendar: September 2013", page.Driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal("1", Cell("2013-09-05").GetAttribute("data-count"));
        Assert.Equal("2", Cell("2013-09-06").GetAttribute("data-count")); // "Friday" and "Friday morning"
        Assert.Equal("0", Cell("2013-09-07").GetAttribute("data-count"));
        Assert.Contains("Thursday", Cell("2013-09-05").FindElement(By.TagName("a")).GetAttribute("aria-label"), StringComparison.Ordinal);

        Assert.Equal(["2013-09-05", "2013-09-06", "2013-09-09", "2013-09-10"], ListedDays());
        var thursday = page.Driver.FindElement(By.CssSelector(".day-group[data-day='2013-09-05']"));
        Assert.Contains("2013-09-05", thursday.FindElement(By.TagName("h3")).Text, StringComparison.Ordinal);
        Assert.Contains("Thursday → 2013-09-05", thursday.Text, StringComparison.Ordinal);
        Assert.Contains("During a dinner on Thursday", thursday.Text, StringComparison.Ordinal);
        // 1 September 2013 was a Sunday: six empty cells come before it in a week starting on Monday.
        Assert.Equal(6, page.Driver.FindElements(By.CssSelector("table.calendar tbody tr:first-child td.outside")).Count);
    }

    [Fact]
    public void Selecting_a_day_lists_only_its_mentions()
    {
        page.Open("#/calendar?month=2013-09");
        page.WaitFor(By.CssSelector("table.calendar td[data-day='2013-09-06'] a"), "the day link").Click();

        page.WaitUntil(() => page.Driver.Url.Contains("day=2013-09-06", StringComparison.Ordinal) && ListedDays() is ["2013-09-06"], "only 6 September");
        Assert.Equal(2, Mentions().Count);
        Assert.Equal("date", Cell("2013-09-06").FindElement(By.TagName("a")).GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Show_more_follows_the_cursor_through_the_month()
    {
        var month = await page.Api.GetFromJsonAsync<JsonElement>("/api/dates?from=2013-09-01&to=2013-09-30&limit=100");
        var expected = month.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("date").GetProperty("value").GetString()!).ToList();

        page.Open("#/calendar?month=2013-09&limit=2");
        page.WaitUntil(() => Mentions().Count == 2, "the first page of 2");
        while (page.Driver.FindElements(By.CssSelector("button[data-more]")).FirstOrDefault() is { } more)
        {
            var before = Mentions().Count;
            more.Click();
            page.WaitUntil(() => Mentions().Count > before, "the next page");
        }

        Assert.Equal(expected, Mentions());
        Assert.Equal(["2013-09-05", "2013-09-06", "2013-09-09", "2013-09-10"], ListedDays()); // a day split across pages stays one group
    }

    [Fact]
    public void The_previous_month_link_moves_the_grid()
    {
        page.Open("#/calendar?month=2013-09");
        page.WaitFor(By.LinkText("‹ August 2013"), "the previous month link").Click();

        page.WaitUntil(() => page.Driver.FindElement(By.TagName("h1")).Text == "Calendar: August 2013", "August");
        Assert.Equal("2", Cell("2013-08-21").GetAttribute("data-count")); // "August 21", twice in the seed
        Assert.Equal(["2013-08-21"], ListedDays());
    }
}
