using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace NewsApi.BrowserTests;

/// <summary>The article view of the seed: every highlight sits on the words the API's offsets point at.</summary>
[Collection(PageCollection.Name)]
public sealed class ArticleViewTests(PageFixture page)
{
    private IWebElement OpenSeed()
    {
        page.Open($"#/articles/{page.SeedArticleId}");
        page.WaitFor(By.CssSelector(".article-body .hl-summary"), "the highlighted article body");
        return page.Driver.FindElement(By.Id("article-body"));
    }

    [Fact]
    public void Date_Thursday_is_highlighted_with_its_resolved_value()
    {
        var body = OpenSeed();

        var thursday = body.FindElements(By.CssSelector("mark.hl-date")).Single(e => e.GetAttribute("data-value") == "2013-09-05");
        Assert.Equal("Thursday", thursday.Text);
        Assert.Contains("2013-09-05", thursday.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("relative to 2013-09-06", thursday.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Party_mentions_of_Barack_Obama_link_to_the_party_and_name_his_role()
    {
        var body = OpenSeed();

        var obama = body.FindElements(By.CssSelector("a.hl-party")).Where(e => e.GetAttribute("data-party-name") == "Barack Obama").ToList();
        Assert.Equal(8, obama.Count);
        Assert.Equal("Barack Obama", obama[0].Text);
        Assert.All(obama, e => Assert.True(e.Text is "Barack Obama" or "Obama", e.Text));
        Assert.Contains("US President", obama[0].GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("hl-person", obama[0].GetAttribute("class"), StringComparison.Ordinal);
        Assert.EndsWith($"#/parties/{obama[0].GetAttribute("data-party-id")}", obama[0].GetAttribute("href"), StringComparison.Ordinal);

        // The first mention sits inside the first summary sentence: the spans nest.
        var sentence = obama[0].FindElement(By.XPath("ancestor::mark[contains(@class,'hl-summary')]"));
        Assert.Equal("0", sentence.GetAttribute("data-index"));
    }

    [Fact]
    public void Figure_more_than_1400_people_is_highlighted_with_value_unit_and_qualifier()
    {
        var body = OpenSeed();

        var figure = body.FindElements(By.CssSelector("mark.hl-figure")).Single(e => e.GetAttribute("data-value") == "1400");
        Assert.Equal("more than 1,400 people", figure.Text);
        var title = figure.GetAttribute("title");
        Assert.Contains("1,400 people", title, StringComparison.Ordinal);
        Assert.Contains("more than", title, StringComparison.Ordinal);
        Assert.Contains("count", title, StringComparison.Ordinal);
    }

    [Fact]
    public void First_summary_sentence_is_highlighted_from_US_President_Barack_Obama()
    {
        var body = OpenSeed();

        var first = body.FindElements(By.CssSelector("mark.hl-summary")).First(e => e.GetAttribute("data-continued") is null);
        Assert.Equal("1", first.GetAttribute("data-rank"));
        Assert.StartsWith("US President Barack Obama", first.Text, StringComparison.Ordinal);
        Assert.Equal(3, body.FindElements(By.CssSelector("mark.hl-summary:not([data-continued])")).Count);
    }

    [Fact]
    public async Task Every_fact_lands_on_the_text_its_offsets_name_and_the_body_text_is_intact()
    {
        OpenSeed();
        var article = await page.Api.GetFromJsonAsync<JsonElement>($"/api/articles/{page.SeedArticleId}");
        var facts = await page.Api.GetFromJsonAsync<JsonElement>($"/api/articles/{page.SeedArticleId}/facts");
        var text = article.GetProperty("body").GetString()!;

        // One browser round trip for all highlight pieces: kind, offsets, continuation flag and text.
        var raw = page.Driver.ExecuteScript(
            "return [...document.querySelectorAll('#article-body [data-start]')].map(e => [e.dataset.kind, e.dataset.start, e.dataset.end, e.dataset.continued || '', e.textContent]);")
            as IReadOnlyCollection<object> ?? throw new InvalidOperationException("The script returned no list.");
        var pieces = raw.Cast<IReadOnlyCollection<object>>()
            .Select(p => p.Select(v => v?.ToString() ?? "").ToArray())
            .ToList();

        var expected = new List<(string Kind, int Start, int End)>();
        expected.AddRange(facts.GetProperty("figures").EnumerateArray().Select(f => ("figure", f.GetProperty("start").GetInt32(), f.GetProperty("end").GetInt32())));
        expected.AddRange(facts.GetProperty("dates").EnumerateArray().Select(d => ("date", d.GetProperty("start").GetInt32(), d.GetProperty("end").GetInt32())));
        expected.AddRange(facts.GetProperty("parties").EnumerateArray().SelectMany(p => p.GetProperty("mentions").EnumerateArray())
            .Select(m => ("party", m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32())));
        Assert.True(expected.Count > 40, $"The seed should have many facts, found {expected.Count}.");

        foreach (var (kind, start, end) in expected)
        {
            var own = pieces.Where(p => p[0] == kind && p[1] == $"{start}" && p[2] == $"{end}").ToList();
            Assert.True(own.Count > 0, $"No {kind} highlight for [{start},{end}) \"{text[start..end]}\".");
            Assert.Equal(text[start..end], string.Concat(own.Select(p => p[4])));
        }

        // Highlighting adds elements, never text: the body reads as the API stored it (runs of blank lines shortened).
        var shown = (string?)page.Driver.ExecuteScript("return document.getElementById('article-body').textContent;");
        Assert.Equal(System.Text.RegularExpressions.Regex.Replace(text, "\n{3,}", "\n\n"), shown);
        Assert.Equal(facts.GetProperty("quotes").GetArrayLength(), pieces.Where(p => p[0] == "quote" && p[3] == "").Select(p => p[1]).Distinct().Count());
    }

    [Fact]
    public void Facts_table_lists_every_kind_and_a_legend_explains_the_colours()
    {
        OpenSeed();
        var panel = page.Driver.FindElement(By.CssSelector("aside.facts-panel"));

        Assert.Equal(["Figures", "Dates", "Parties", "Quotes"], panel.FindElements(By.TagName("h3")).Select(e => e.Text.Trim()).Select(t => t[..1] + t[1..].ToLowerInvariant()));
        Assert.Equal(4, panel.FindElements(By.CssSelector("tr.row-figure")).Count);
        Assert.Contains(panel.FindElements(By.CssSelector("tr.row-date")), r => r.Text.Contains("Thursday", StringComparison.Ordinal) && r.Text.Contains("2013-09-05", StringComparison.Ordinal));
        Assert.Contains(panel.FindElements(By.CssSelector("tr.row-party")), r => r.Text.Contains("Barack Obama", StringComparison.Ordinal) && r.Text.Contains("US President", StringComparison.Ordinal));
        Assert.Contains(panel.FindElements(By.CssSelector("tr.row-quote")), r => r.Text.Contains("Vladimir Putin", StringComparison.Ordinal));

        var legend = page.Driver.FindElement(By.CssSelector("section.legend")).Text;
        foreach (var kind in new[] { "summary sentence", "figure", "date", "person", "organisation", "place", "quote" })
        {
            Assert.Contains(kind, legend, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Selecting_a_fact_in_the_table_focuses_it_in_the_text()
    {
        OpenSeed();

        page.Driver.FindElements(By.CssSelector("tr.row-figure button.jump")).Single(b => b.Text == "more than 1,400 people").Click();

        page.WaitUntil(() => page.Driver.SwitchTo().ActiveElement().GetAttribute("class")?.Contains("hl-figure", StringComparison.Ordinal) == true, "the figure has focus");
        Assert.Equal("more than 1,400 people", page.Driver.SwitchTo().ActiveElement().Text);
    }

    [Fact]
    public void Unknown_article_shows_the_problem_detail()
    {
        page.Open("#/articles/987654");

        var alert = page.WaitFor(By.CssSelector("[role=alert]"), "the error message");
        Assert.Equal("Not found", page.Driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("No article with id 987654.", alert.Text, StringComparison.Ordinal);
    }
}
