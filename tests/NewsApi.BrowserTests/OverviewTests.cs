using NewsApi.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace NewsApi.BrowserTests;

/// <summary>
/// The overview at the site root, over the seed (2013-09-06) and the fixture's article (2013-09-10): the data is
/// older than today, so the overview ends on the newest article's day and says so.
/// </summary>
[Collection(PageCollection.Name)]
public sealed class OverviewTests(PageFixture page)
{
    private IWebElement OpenOverview(string route = "#/overview")
    {
        page.Open(route);
        return page.WaitFor(By.CssSelector("section.overview-timeline figure"), "the overview timeline");
    }

    private string TextContent(IWebElement element) => (string)page.Driver.ExecuteScript("return arguments[0].textContent;", element)!;

    [Fact]
    public void Opening_the_site_shows_the_overview()
    {
        OpenOverview(string.Empty);

        Assert.EndsWith("#/overview", page.Driver.Url, StringComparison.Ordinal);
        Assert.Equal("Overview", page.Driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal("page", page.Driver.FindElement(By.CssSelector("[data-nav=overview]")).GetAttribute("aria-current"));
        var totals = page.Driver.FindElement(By.CssSelector("dl.totals")).Text;
        Assert.Contains("2013-09-06 to 2013-09-10", totals, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_counts_articles_per_day_over_the_30_days_to_the_newest_article()
    {
        var figure = OpenOverview();

        var bars = figure.FindElements(By.CssSelector("rect[data-start]"))
            .ToDictionary(r => r.GetAttribute("data-start")!, r => r.GetAttribute("data-count"));
        Assert.Equal(30, bars.Count);
        Assert.Equal("1", bars["2013-09-06"]);
        Assert.Equal("1", bars["2013-09-10"]);
        Assert.Equal("0", bars["2013-09-07"]);
        Assert.Contains("2013-08-12 to 2013-09-10: 2 in all", figure.FindElement(By.TagName("figcaption")).Text, StringComparison.Ordinal);

        // The same numbers as a table beneath the chart.
        var rows = figure.FindElements(By.CssSelector("table tbody tr"))
            .Select(r => string.Join(" ", r.FindElements(By.TagName("td")).Select(TextContent))).ToList();
        Assert.Equal(30, rows.Count);
        Assert.Contains("2013-09-06 1", rows);
    }

    [Fact]
    public void A_days_bar_opens_the_articles_of_that_day()
    {
        var figure = OpenOverview();
        Assert.Empty(figure.FindElements(By.CssSelector("a rect[data-start='2013-09-07']"))); // an empty day is no link

        figure.FindElement(By.CssSelector("a:has(rect[data-start='2013-09-06'])")).Click();

        page.WaitUntil(() => page.Driver.FindElements(By.CssSelector(".article-list .article-item h2 a")).Select(a => a.Text).ToList() is [PageFixture.SeedTitle], "the seed alone");
        Assert.EndsWith("#/articles?from=2013-09-06&to=2013-09-06", page.Driver.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void The_window_ends_at_the_newest_article_and_the_page_says_so()
    {
        OpenOverview();

        var note = page.Driver.FindElement(By.Id("window-note")).Text;
        Assert.Contains("The newest article was published on 2013-09-10", note, StringComparison.Ordinal);
        Assert.Contains("“this week” is 2013-09-04 to 2013-09-10, compared with 2013-08-28 to 2013-09-03", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Trending_parties_show_their_rise_against_the_week_before()
    {
        OpenOverview();

        var items = page.Driver.FindElements(By.CssSelector(".trending-list li"));
        Assert.InRange(items.Count, 1, 10);
        var obama = Assert.Single(items, li => li.FindElement(By.CssSelector(".co-name a")).Text == "Barack Obama");
        Assert.Equal("1", obama.GetAttribute("data-trend"));
        Assert.Equal("▲ +1", obama.FindElement(By.CssSelector(".trend")).Text);
        Assert.Equal("1 article this week, 0 the week before", obama.FindElement(By.CssSelector(".trend-counts")).Text);
        Assert.All(items, li => Assert.True(int.Parse(li.GetAttribute("data-trend")!, System.Globalization.CultureInfo.InvariantCulture) > 0));

        obama.FindElement(By.LinkText("Barack Obama")).Click();
        page.WaitFor(By.CssSelector("dl.party-facts"), "Obama's party page");
        Assert.StartsWith("Barack Obama", page.Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_articles_are_listed_newest_first()
    {
        OpenOverview();

        var titles = page.Driver.FindElements(By.CssSelector("section.latest .article-item h2 a")).Select(a => a.Text).ToList();
        Assert.Equal([PageFixture.OtherTitle, PageFixture.SeedTitle], titles);
    }

    [Fact]
    public void Choosing_fewer_days_shortens_the_timeline_and_keeps_it_in_the_address()
    {
        OpenOverview();

        page.Choose("overview-days", "14");

        page.WaitUntil(() => page.Driver.Url.EndsWith("#/overview?days=14", StringComparison.Ordinal)
            && page.Driver.FindElements(By.CssSelector("section.overview-timeline rect[data-start]")).Count == 14, "a 14-day timeline");
        Assert.Contains("2013-08-28 to 2013-09-10", page.Driver.FindElement(By.CssSelector("section.overview-timeline figcaption")).Text, StringComparison.Ordinal);
    }
}
