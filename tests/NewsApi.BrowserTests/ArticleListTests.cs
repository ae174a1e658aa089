using NewsApi.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace NewsApi.BrowserTests;

/// <summary>The article list: search, filters, empty and error states, and the way into an article.</summary>
[Collection(PageCollection.Name)]
public sealed class ArticleListTests(PageFixture page)
{
    private List<string> Titles() =>
        page.Driver.FindElements(By.CssSelector(".article-list .article-item h2 a")).Select(a => a.Text).ToList();

    private void Search(string field, string value)
    {
        var input = page.WaitFor(By.Id(field));
        input.Clear();
        input.SendKeys(value);
        page.Driver.FindElement(By.CssSelector("form.filters button[type=submit]")).Click();
    }

    [Fact]
    public void The_article_list_shows_the_newest_articles_first()
    {
        page.Open("#/articles");

        page.WaitFor(By.CssSelector(".article-list"), "the article list");
        Assert.Equal([PageFixture.OtherTitle, PageFixture.SeedTitle], Titles());
        Assert.Equal("2 articles", page.Driver.FindElement(By.Id("result-count")).Text);
        Assert.Equal("page", page.Driver.FindElement(By.CssSelector("[data-nav=articles]")).GetAttribute("aria-current"));
    }

    [Fact]
    public void Full_text_search_narrows_the_list_and_keeps_the_query_in_the_address()
    {
        page.Open("#/articles");
        page.WaitFor(By.CssSelector(".article-list"), "the article list");

        Search("q", "putin");

        page.WaitUntil(() => Titles() is [PageFixture.SeedTitle], "only the seed is listed");
        Assert.Contains("q=putin", page.Driver.Url, StringComparison.Ordinal);
        Assert.Equal("putin", page.Driver.FindElement(By.Id("q")).GetAttribute("value"));
        Assert.Equal("1 article", page.Driver.FindElement(By.Id("result-count")).Text);

        // The snippet is the API's text with its match offsets highlighted, not an object printed as text.
        var snippet = page.Driver.FindElement(By.CssSelector(".article-item .snippet"));
        Assert.Contains("Vladimir Putin", snippet.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[object", snippet.Text, StringComparison.Ordinal);
        Assert.Contains(snippet.FindElements(By.CssSelector("mark.match")), m => m.Text.Equals("putin", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Date_and_source_filters_apply()
    {
        page.Open("#/articles?from=2013-09-08");
        page.WaitUntil(() => Titles() is [PageFixture.OtherTitle], "only the later article is listed");

        page.Open("#/articles");
        page.WaitFor(By.CssSelector(".article-list"), "the article list");
        Search("source", "Example Wire");
        page.WaitUntil(() => Titles() is [PageFixture.OtherTitle], "only the Example Wire article is listed");
    }

    [Fact]
    public void Party_filter_lists_the_articles_that_mention_the_party()
    {
        page.Open("#/articles?party=Vladimir%20Putin");

        page.WaitUntil(() => Titles() is [PageFixture.SeedTitle], "only the seed is listed");
        Assert.Equal("Vladimir Putin", page.Driver.FindElement(By.Id("party")).GetAttribute("value"));
    }

    [Fact]
    public void A_search_without_matches_says_so()
    {
        page.Open("#/articles?q=zeppelin");

        var empty = page.WaitFor(By.CssSelector(".notice.empty"), "the empty state");
        Assert.Equal("No articles match these filters.", empty.Text);
    }

    [Fact]
    public void A_rejected_query_shows_the_problem_detail_and_field_errors()
    {
        page.Open("#/articles?pageSize=500");

        var alert = page.WaitFor(By.CssSelector("[role=alert]"), "the error message");
        Assert.Contains("One or more fields are invalid", alert.Text, StringComparison.Ordinal);
        Assert.Contains("pageSize", alert.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Driver.FindElement(By.CssSelector("form.filters"))); // the form stays usable
    }

    [Fact]
    public void Paging_moves_through_the_results()
    {
        page.Open("#/articles?pageSize=1");
        page.WaitUntil(() => Titles() is [PageFixture.OtherTitle], "the newest article on page 1");
        var pager = page.Driver.FindElement(By.CssSelector("nav.pager"));
        Assert.Contains("Page 1 of 2", pager.Text, StringComparison.Ordinal);
        Assert.False(pager.FindElement(By.CssSelector("[data-page=prev]")).Enabled);

        pager.FindElement(By.CssSelector("[data-page=next]")).Click();

        page.WaitUntil(() => Titles() is [PageFixture.SeedTitle], "the seed on page 2");
        Assert.Contains("page=2", page.Driver.Url, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", page.Driver.FindElement(By.CssSelector("nav.pager")).Text, StringComparison.Ordinal);
        Assert.False(page.Driver.FindElement(By.CssSelector("[data-page=next]")).Enabled);
    }

    [Fact]
    public void Sorting_by_title_reorders_the_list()
    {
        page.Open("#/articles");
        page.WaitFor(By.CssSelector(".article-list"), "the article list");

        page.Choose("sort", "title");
        page.Driver.FindElement(By.CssSelector("form.filters button[type=submit]")).Click();

        page.WaitUntil(() => page.Driver.Url.Contains("sort=title", StringComparison.Ordinal) && Titles() is [PageFixture.OtherTitle, PageFixture.SeedTitle], "title order");
    }

    [Fact]
    public void Selecting_an_article_opens_its_view()
    {
        page.Open("#/articles");
        page.WaitFor(By.LinkText(PageFixture.SeedTitle)).Click();

        page.WaitFor(By.CssSelector(".article-body .hl"), "the article view");
        Assert.EndsWith($"#/articles/{page.SeedArticleId}", page.Driver.Url, StringComparison.Ordinal);
        Assert.Equal(PageFixture.SeedTitle, page.Driver.FindElement(By.TagName("h1")).Text);
    }
}
