using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace NewsApi.BrowserTests;

/// <summary>The figures view over GET /api/figures: filters in the address, cursor paging, the way into the article.</summary>
[Collection(PageCollection.Name)]
public sealed class FiguresViewTests(PageFixture page)
{
    private List<string> FigureTexts() =>
        page.Driver.FindElements(By.CssSelector("table.figures-table tbody tr th a")).Select(a => a.Text).ToList();

    private IWebElement Row(string text) =>
        page.Driver.FindElements(By.CssSelector("table.figures-table tbody tr")).Single(r => r.FindElement(By.CssSelector("th a")).Text == text);

    [Fact]
    public void Figures_across_articles_are_listed_with_value_and_sentence()
    {
        page.Open("#/figures");
        page.WaitFor(By.CssSelector("table.figures-table"), "the figures table");

        var row = Row("more than 1,400 people");
        Assert.Contains("1,400 people (more than) · count", row.Text, StringComparison.Ordinal);
        Assert.Contains("rebel-held suburbs of Damascus", row.Text, StringComparison.Ordinal);
        Assert.Contains(PageFixture.SeedTitle, row.Text, StringComparison.Ordinal);
        Assert.Contains("6,600 points", FigureTexts()); // from the fixture's second article
        Assert.Equal("page", page.Driver.FindElement(By.CssSelector("[data-nav=figures]")).GetAttribute("aria-current"));
    }

    [Fact]
    public void Kind_and_unit_filters_apply_and_stay_in_the_address()
    {
        page.Open("#/figures");
        page.WaitFor(By.CssSelector("table.figures-table"), "the figures table");

        page.Choose("figure-kind", "count");
        page.Driver.FindElement(By.Id("figure-unit")).SendKeys("people");
        page.Driver.FindElement(By.CssSelector("form.filters button[type=submit]")).Click();

        page.WaitUntil(() => page.Driver.Url.Contains("kind=count&unit=people", StringComparison.Ordinal) && FigureTexts() is ["more than 1,400 people"], "only the count of people");
        Assert.Equal("count", page.SelectedValue("figure-kind"));
    }

    [Fact]
    public void A_value_range_and_a_party_narrow_the_list()
    {
        page.Open("#/figures?min=1000&max=2000&party=United%20States");

        page.WaitUntil(() => FigureTexts() is ["more than 1,400 people"], "the one figure between 1,000 and 2,000 in a sentence naming the United States");
        Assert.Equal("United States", page.Driver.FindElement(By.Id("figure-party")).GetAttribute("value"));
    }

    [Fact]
    public async Task Show_more_follows_the_next_cursor_until_every_figure_is_listed()
    {
        var all = await page.Api.GetFromJsonAsync<JsonElement>("/api/figures?limit=100");
        var expected = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("figure").GetProperty("text").GetString()!).ToList();
        Assert.True(expected.Count > 4, $"The seed should have several figures, found {expected.Count}.");

        page.Open("#/figures?limit=2");
        page.WaitUntil(() => FigureTexts().Count == 2, "the first page of 2");
        for (var shown = 2; shown < expected.Count; shown += 2)
        {
            page.Driver.FindElement(By.CssSelector("button[data-more]")).Click();
            var target = Math.Min(shown + 2, expected.Count);
            page.WaitUntil(() => FigureTexts().Count == target, $"{target} figures");
            page.WaitUntil(() => page.Driver.SwitchTo().ActiveElement().GetAttribute("data-more") is not null || target == expected.Count,
                "the keyboard focus stays on Show more");
        }

        // At the end the button goes and the focus moves to the status line, not to the top of the page.
        Assert.Equal("status", page.Driver.SwitchTo().ActiveElement().GetAttribute("role"));

        Assert.Equal(expected, FigureTexts());
        Assert.Empty(page.Driver.FindElements(By.CssSelector("button[data-more]")));
        Assert.Equal($"{expected.Count} figures shown", page.Driver.FindElement(By.CssSelector(".results [role=status]")).Text);
    }

    [Fact]
    public void Selecting_a_figure_opens_its_article_on_the_figure()
    {
        page.Open("#/figures?kind=count&unit=people");
        page.WaitFor(By.LinkText("more than 1,400 people")).Click();

        page.WaitFor(By.CssSelector("#article-body mark.hl-figure"), "the article");
        Assert.Contains($"#/articles/{page.SeedArticleId}?at=", page.Driver.Url, StringComparison.Ordinal);
        page.WaitUntil(() => page.Driver.SwitchTo().ActiveElement().GetAttribute("class")?.Contains("hl-figure", StringComparison.Ordinal) == true, "the figure has focus");
        Assert.Equal("more than 1,400 people", page.Driver.SwitchTo().ActiveElement().Text);
    }

    [Fact]
    public void A_rejected_range_shows_the_field_error()
    {
        page.Open("#/figures?min=5&max=1");

        var alert = page.WaitFor(By.CssSelector(".results [role=alert]"), "the error message");
        Assert.Contains("(HTTP 400)", alert.Text, StringComparison.Ordinal);
        Assert.Contains("min:", alert.Text, StringComparison.Ordinal);
        Assert.Equal("5", page.Driver.FindElement(By.Id("figure-min")).GetAttribute("value")); // the form keeps what was asked
    }
}
