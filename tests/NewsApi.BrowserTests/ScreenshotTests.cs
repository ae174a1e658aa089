using System.Drawing;
using NewsApi.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace NewsApi.BrowserTests;

/// <summary>
/// Saves PNGs of the main views under the test output (screenshots/) for a person to look at; the path is printed in
/// the test output. Whole pages go to screenshots/, and the first screen of the main views at 1200×800 to
/// screenshots/readme/, which are the pictures committed in tests/NewsApi.BrowserTests/screenshots and shown in the
/// README. The assertions only check that a real picture was written.
/// </summary>
[Collection(PageCollection.Name)]
public sealed class ScreenshotTests(PageFixture page, ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private static readonly Size ReadmeViewport = new(1200, 800);

    private void Save(string name, bool forReadme = false, By? readmeFrom = null)
    {
        Check(page.Screenshot(Folder, name));
        if (forReadme)
        {
            Check(page.Screenshot(Path.Combine(Folder, "readme"), name, ReadmeViewport, readmeFrom));
        }
    }

    private void Check(string path)
    {
        output.WriteLine($"Screenshot: {path}");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes.");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]); // PNG signature
    }

    [Fact]
    public void Screenshots_of_the_overview_article_list_article_view_and_parties_views()
    {
        page.Open("#/overview");
        page.WaitFor(By.CssSelector(".trending-list"), "the overview");
        Save("overview.png", forReadme: true);

        page.Open("#/articles");
        page.WaitFor(By.CssSelector(".article-list"), "the article list");
        Save("articles.png");

        page.Open($"#/articles/{page.SeedArticleId}");
        page.WaitFor(By.CssSelector(".article-body .hl-summary"), "the article view");
        Save("article.png", forReadme: true);

        page.Open("#/parties");
        page.WaitFor(By.CssSelector("table.parties"), "the parties table");
        Save("parties.png");

        page.WaitFor(By.LinkText("Vladimir Putin")).Click();
        page.WaitFor(By.CssSelector("section.timeline figure, section.timeline .notice"), "the timeline");
        Save("party.png");
    }

    [Fact]
    public void Screenshots_of_the_analyse_figures_and_calendar_views()
    {
        page.Open("#/analyze");
        page.WaitFor(By.XPath("//button[text()='Try an example']"), "the analyse form").Click();
        page.Driver.FindElement(By.CssSelector("form.analyze-form button[type=submit]")).Click();
        page.WaitFor(By.CssSelector("#analysis #article-body .hl-figure"), "the analysed text");
        Save("analyze.png", forReadme: true, readmeFrom: By.Id("analysis-status")); // the result, below the form

        page.Open("#/figures");
        page.WaitFor(By.CssSelector("table.figures-table"), "the figures table");
        Save("figures.png", forReadme: true);

        page.Open("#/calendar?month=2013-09");
        page.WaitFor(By.CssSelector(".day-list .day-group"), "the calendar");
        Save("calendar.png", forReadme: true);
    }
}
