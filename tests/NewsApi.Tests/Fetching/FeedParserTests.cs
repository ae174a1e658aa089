using System.Text;
using NewsApi.Fetching;

namespace NewsApi.Tests.Fetching;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("http://feeds.test/feed");

    private static (IReadOnlyList<FeedItem>? Items, FetchFailure? Failure) Parse(string xml) =>
        FeedParser.Parse(new FetchedResponse(FeedUrl, false, Encoding.UTF8.GetBytes(xml), "application/xml", null, null, null, null));

    private static string Committed(string name) => File.ReadAllText(PageServer.PagePath(name)).Replace("{{base}}", "http://site.test", StringComparison.Ordinal);

    [Fact]
    public void Rss_items_give_their_link_title_and_date_whatever_the_zone_spelling()
    {
        var (items, failure) = Parse(Committed("rss.xml"));

        Assert.Null(failure);
        Assert.Equal(
            [
                new FeedItem(new Uri("http://site.test/pages/jsonld-newsarticle.html"), "Harbour bridge reopens after eight months of repairs", new DateTimeOffset(2024, 5, 13, 6, 30, 0, TimeSpan.Zero)),
                new FeedItem(new Uri("http://site.test/pages/opengraph-only.html"), "Rail strike called off after late-night talks", new DateTimeOffset(2024, 6, 3, 2, 15, 0, TimeSpan.Zero)),
                new FeedItem(new Uri("http://site.test/pages/homepage.html"), "Top stories", new DateTimeOffset(2024, 6, 3, 8, 0, 0, TimeSpan.Zero)), // "EST": the wall time as UTC
            ],
            items);
    }

    [Fact]
    public void Atom_entries_give_their_alternate_link_and_published_or_updated_date()
    {
        var (items, failure) = Parse(Committed("atom.xml"));

        Assert.Null(failure);
        Assert.Equal(
            [
                new FeedItem(new Uri("http://site.test/pages/jsonld-graph-fr.html"), "Le festival de jazz de Vienne bat son record d'affluence", new DateTimeOffset(2024, 7, 14, 18, 45, 0, TimeSpan.FromHours(2))),
                new FeedItem(new Uri("http://site.test/pages/meta-only-de.html"), "Stadtrat beschließt neuen Radweg am Rheinufer", new DateTimeOffset(2024, 3, 21, 10, 0, 0, TimeSpan.Zero)),
            ],
            items);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>t</title><item><title>No link</title></item><item><link>/relative</link></item><item><link>ftp://x.test/a</link></item></channel></rss>", new[] { "http://feeds.test/relative" })]
    [InlineData("<rss version=\"2.0\"><channel><title>t</title><item><guid>https://x.test/by-guid</guid><pubDate>not a date</pubDate></item></channel></rss>", new[] { "https://x.test/by-guid" })]
    [InlineData("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>", new string[0])]
    public void Items_without_a_usable_http_link_are_skipped(string xml, string[] links)
    {
        var (items, failure) = Parse(xml);

        Assert.Null(failure);
        Assert.Equal(links, items!.Select(i => i.Link.AbsoluteUri));
    }

    [Theory]
    [InlineData("<html><body>Not a feed</body></html>", "neither RSS 2.0")]
    [InlineData("<rss version=\"2.0\"><channel><title>Broken", "not a readable")]
    [InlineData("", "not a readable")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>", "not a readable")]
    public void Anything_else_is_an_invalid_feed(string xml, string detail)
    {
        var (items, failure) = Parse(xml);

        Assert.Null(items);
        Assert.Equal(FetchFailureKind.InvalidFeed, failure!.Kind);
        Assert.Contains(detail, failure.Detail, StringComparison.Ordinal);
    }
}
