using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace NewsApi.BrowserTests;

/// <summary>The parties list and a party's page: details, timeline chart, co-occurring parties and articles.</summary>
[Collection(PageCollection.Name)]
public sealed class PartiesViewTests(PageFixture page)
{
    private List<(string Name, string Type)> Rows() =>
        page.Driver.FindElements(By.CssSelector("table.parties tbody tr"))
            .Select(r => (r.FindElement(By.CssSelector("th a")).Text, r.FindElement(By.CssSelector(".badge")).GetAttribute("textContent") ?? ""))
            .ToList();

    private async Task<long> PartyIdAsync(string name)
    {
        var list = await page.Api.GetFromJsonAsync<JsonElement>($"/api/parties?q={Uri.EscapeDataString(name)}");
        return list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
    }

    [Fact]
    public void Parties_list_shows_people_organisations_and_places_by_mentions()
    {
        page.Open("#/parties");

        page.WaitFor(By.CssSelector("table.parties"), "the parties table");
        var rows = Rows();
        Assert.Equal(("Syria", "place"), rows[0]);
        Assert.Contains(("Barack Obama", "person"), rows);
        Assert.Contains(rows, r => r.Type == "organization");
        Assert.Equal("page", page.Driver.FindElement(By.CssSelector("[data-nav=parties]")).GetAttribute("aria-current"));
    }

    [Fact]
    public void Type_filter_and_name_search_apply()
    {
        page.Open("#/parties");
        page.WaitFor(By.CssSelector("table.parties"), "the parties table");

        page.Choose("party-type", "person");
        page.Driver.FindElement(By.CssSelector("form.filters button[type=submit]")).Click();
        page.WaitUntil(() => page.Driver.Url.Contains("type=person", StringComparison.Ordinal) && Rows() is { Count: > 5 } rows && rows.All(r => r.Type == "person"), "only people are listed");

        var q = page.Driver.FindElement(By.Id("party-q"));
        q.SendKeys("putin");
        page.Driver.FindElement(By.CssSelector("form.filters button[type=submit]")).Click();
        page.WaitUntil(() => Rows() is [("Vladimir Putin", "person")], "only Putin is listed");
    }

    [Fact]
    public async Task Party_page_shows_aliases_roles_timeline_cooccurring_parties_and_articles()
    {
        var putin = await PartyIdAsync("Vladimir Putin");
        page.Open("#/parties");
        page.WaitFor(By.LinkText("Vladimir Putin")).Click();

        page.WaitFor(By.CssSelector("dl.party-facts"), "the party details");
        Assert.EndsWith($"#/parties/{putin}", page.Driver.Url, StringComparison.Ordinal);
        Assert.StartsWith("Vladimir Putin", page.Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        var details = page.Driver.FindElement(By.CssSelector("dl.party-facts")).Text;
        Assert.Contains("Putin", details, StringComparison.Ordinal);
        Assert.Contains("Russian President", details, StringComparison.Ordinal);
        Assert.Contains(page.Driver.FindElements(By.CssSelector("table.party-articles tbody th a")), a => a.Text == PageFixture.SeedTitle);

        // The chart shows the API's zero-filled buckets: a week either side of the only article, one bar a day.
        var timeline = page.Driver.FindElement(By.CssSelector("section.timeline"));
        var json = await page.Api.GetFromJsonAsync<JsonElement>($"/api/parties/{putin}/timeline?interval=day&from=2013-08-30&to=2013-09-13");
        var bars = timeline.FindElements(By.CssSelector("svg.chart .bar rect"));
        Assert.Equal(15, json.GetProperty("buckets").GetArrayLength());
        Assert.Equal(
            json.GetProperty("buckets").EnumerateArray().Select(b => $"{b.GetProperty("start").GetString()}={b.GetProperty("count").GetInt64()}"),
            bars.Select(b => $"{b.GetAttribute("data-start")}={b.GetAttribute("data-count")}"));
        Assert.Contains("2013-09-06=1", bars.Select(b => $"{b.GetAttribute("data-start")}={b.GetAttribute("data-count")}"));
        Assert.Contains("Articles mentioning Vladimir Putin per day, 2013-08-30 to 2013-09-13: 1 in all", timeline.FindElement(By.TagName("figcaption")).Text, StringComparison.Ordinal);

        var names = page.Driver.FindElements(By.CssSelector("section.cooccurring-panel ol.cooccurring li a")).Select(a => a.Text).ToList();
        Assert.Contains("Barack Obama", names);
        Assert.DoesNotContain("Vladimir Putin", names);
        Assert.InRange(names.Count, 2, 10);
    }

    [Fact]
    public async Task Timeline_interval_and_range_can_be_changed()
    {
        var putin = await PartyIdAsync("Vladimir Putin");
        page.Open($"#/parties/{putin}");
        page.WaitFor(By.CssSelector("dl.party-facts"), "the party details");

        page.Choose("interval", "month");
        page.Driver.FindElement(By.CssSelector("section.timeline form button[type=submit]")).Click();

        page.WaitUntil(() => page.Driver.Url.Contains("interval=month", StringComparison.Ordinal)
            && page.Driver.FindElements(By.CssSelector("section.timeline")).Count == 1
            && page.SelectedValue("interval") == "month", "the month view");
        var bars = page.Driver.FindElements(By.CssSelector("section.timeline svg.chart .bar rect"));
        Assert.Contains(bars, b => b.GetAttribute("data-start") == "2013-09-01" && b.GetAttribute("data-count") == "1");
        Assert.Contains("per month", page.Driver.FindElement(By.CssSelector("section.timeline figcaption")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_party_shows_the_problem_detail()
    {
        page.Open("#/parties/987654");

        var alert = page.WaitFor(By.CssSelector("[role=alert]"), "the error message");
        Assert.Contains("987654", alert.Text, StringComparison.Ordinal);
    }
}
