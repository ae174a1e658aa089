using NewsApi.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace NewsApi.BrowserTests;

/// <summary>The analyse view: pasted text is posted to /api/analyze and shown with the article view's highlights.</summary>
[Collection(PageCollection.Name)]
public sealed class AnalyzeViewTests(PageFixture page)
{
    private const string Sentence = "More than 1,400 people were killed on August 21, US officials said on Thursday.";

    /// <summary>Fills the form the way a user does (the date through its value: typing into a date box depends on the locale).</summary>
    private void Analyse(string text, string title = "", string publishedAt = "")
    {
        page.Open("#/analyze");
        var box = page.WaitFor(By.Id("analyze-text"), "the text box");
        box.Clear(); // the draft of an earlier test in this tab may still be there
        box.SendKeys(text);
        var titleBox = page.Driver.FindElement(By.Id("analyze-title"));
        titleBox.Clear();
        titleBox.SendKeys(title);
        page.Driver.ExecuteScript("arguments[0].value = arguments[1];", page.Driver.FindElement(By.Id("analyze-date")), publishedAt);
        page.Driver.FindElement(By.CssSelector("form.analyze-form button[type=submit]")).Click();
    }

    [Fact]
    public void A_pasted_sentence_is_highlighted_and_Thursday_resolves_against_the_publication_date()
    {
        Analyse(Sentence, "Strike looms", "2013-09-06");

        var body = page.WaitFor(By.CssSelector("#analysis #article-body"), "the analysed text");
        Assert.Equal(Sentence, body.Text);
        var figure = Assert.Single(body.FindElements(By.CssSelector("mark.hl-figure")));
        Assert.Equal("More than 1,400 people", figure.Text);
        Assert.Equal("1400", figure.GetAttribute("data-value"));
        Assert.Contains("1,400 people (more than) · count", figure.GetAttribute("title"), StringComparison.Ordinal);

        var thursday = body.FindElements(By.CssSelector("mark.hl-date")).Single(e => e.Text == "Thursday");
        Assert.Equal("2013-09-05", thursday.GetAttribute("data-value"));
        Assert.Contains("relative to 2013-09-06", thursday.GetAttribute("title"), StringComparison.Ordinal);

        Assert.Contains(page.Driver.FindElements(By.CssSelector("aside.facts-panel tr.row-date")),
            r => r.Text.Contains("Thursday", StringComparison.Ordinal) && r.Text.Contains("2013-09-05", StringComparison.Ordinal));
        Assert.Contains("1 figure, 2 dates", page.Driver.FindElement(By.Id("analysis-status")).Text, StringComparison.Ordinal);

        // The one summary sentence is the whole text.
        Assert.Equal([Sentence], page.Driver.FindElements(By.CssSelector(".summary-list li")).Select(li => li.Text));
    }

    [Fact]
    public void Parties_of_unsaved_text_link_to_a_search_of_the_stored_parties()
    {
        Analyse(Sentence, publishedAt: "2013-09-06");

        var us = page.WaitFor(By.CssSelector("#article-body a.hl-party"), "the party highlight");
        Assert.Equal("US", us.Text);
        Assert.Equal("United States", us.GetAttribute("data-party-name"));
        Assert.EndsWith("#/parties?q=United+States", us.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_inserted_as_text_never_as_markup()
    {
        const string Markup = "<img src=x onerror=\"document.title='owned'\"> Obama met Putin on Monday.";
        Analyse(Markup, "<b>bold</b>", "2013-09-06");

        var body = page.WaitFor(By.CssSelector("#analysis #article-body"), "the analysed text");
        Assert.Equal(Markup, body.Text);
        Assert.Empty(page.Driver.FindElements(By.CssSelector("#analysis img")));
        Assert.NotEqual("owned", page.Driver.Title);
    }

    [Fact]
    public void A_rejected_text_shows_the_problem_and_its_field_errors()
    {
        Analyse("   ");

        var alert = page.WaitFor(By.CssSelector("#analysis [role=alert]"), "the error message");
        Assert.Contains("(HTTP 400)", alert.Text, StringComparison.Ordinal);
        Assert.Contains("One or more fields are invalid", alert.Text, StringComparison.Ordinal);
        Assert.Contains("text: 'text' is required.", alert.Text, StringComparison.Ordinal);
        Assert.True(page.Driver.FindElement(By.CssSelector("form.analyze-form button[type=submit]")).Enabled, "the form stays usable");
    }

    [Fact]
    public void Too_many_requests_shows_the_detail_and_when_to_try_again()
    {
        page.Open("#/analyze");
        page.WaitFor(By.Id("analyze-text"), "the text box");
        // The shared test server's rate limit is far away; the answer a limited client gets is played back instead,
        // in the shape the service sends (problem JSON and Retry-After in seconds).
        page.Driver.ExecuteScript("""
            window.fetch = async () => new Response(
              JSON.stringify({ title: 'Too many requests', status: 429, detail: 'Anonymous clients may send a limited number of requests per minute.' }),
              { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' } });
            """);
        var box = page.Driver.FindElement(By.Id("analyze-text"));
        box.Clear();
        box.SendKeys(Sentence);
        page.Driver.FindElement(By.CssSelector("form.analyze-form button[type=submit]")).Click();

        var alert = page.WaitFor(By.CssSelector("#analysis [role=alert]"), "the error message");
        Assert.Contains("Too many requests (HTTP 429)", alert.Text, StringComparison.Ordinal);
        Assert.Contains("Anonymous clients may send a limited number of requests per minute.", alert.Text, StringComparison.Ordinal);
        Assert.Contains("try again in 42 seconds", alert.Text, StringComparison.Ordinal);
    }
}
