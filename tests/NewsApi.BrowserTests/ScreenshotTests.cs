using NewsApi.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace NewsApi.BrowserTests;

/// <summary>
/// Saves PNGs of the main views under the test output (screenshots/) for a person to look at; the path is printed in
/// the test output. The assertions only check that a real picture was written.
/// </summary>
[Collection(PageCollection.Name)]
public sealed class ScreenshotTests(PageFixture page, ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private void Save(string name)
    {
        var path = page.Screenshot(Folder, name);
        output.WriteLine($"Screenshot: {path}");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes.");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]); // PNG signature
    }

    [Fact]
    public void Screenshots_of_the_article_list_article_view_and_parties_views()
    {
        page.Open("#/articles");
        page.WaitFor(By.CssSelector(".article-list"), "the article list");
        Save("articles.png");

        page.Open($"#/articles/{page.SeedArticleId}");
        page.WaitFor(By.CssSelector(".article-body .hl-summary"), "the article view");
        Save("article.png");

        page.Open("#/parties");
        page.WaitFor(By.CssSelector("table.parties"), "the parties table");
        Save("parties.png");

        page.WaitFor(By.LinkText("Vladimir Putin")).Click();
        page.WaitFor(By.CssSelector("section.timeline figure, section.timeline .notice"), "the timeline");
        Save("party.png");
    }
}
