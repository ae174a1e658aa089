using System.Text;
using NewsApi.Fetching;

namespace NewsApi.Tests.Fetching;

/// <summary>The pieces of extraction on tiny in-memory inputs.</summary>
public sealed class ExtractionTests
{
    private static readonly string Prose = string.Join(' ', Enumerable.Repeat("The council met on Monday and agreed a new budget for the harbour and its bridge.", 6));

    private static ExtractedArticle Extract(string head, string body = "", string? charset = "utf-8")
    {
        var title = head.Contains("<title>", StringComparison.Ordinal) ? "" : "<title>Budget agreed</title>";
        var html = $"<!DOCTYPE html><html><head>{title}{head}</head><body><article>{body}<p>{Prose}</p></article></body></html>";
        var (article, failure) = ArticleExtractor.Extract(new FetchedResponse(new Uri("http://site.test/a/story"), false, Encoding.UTF8.GetBytes(html), "text/html", charset, null, null, null));
        Assert.True(failure is null, failure?.ToString());
        return article!;
    }

    public static TheoryData<string, string?, string?> JsonLdAuthors => new()
    {
        { """{"@type": "NewsArticle", "headline": "H", "author": "Jane Doe"}""", "Jane Doe", null },
        { """{"@type": "Article", "headline": "H", "author": {"@type": "Person", "name": "Jane Doe"}}""", "Jane Doe", null },
        { """{"@type": "NewsArticle", "headline": "H", "author": [{"name": "A One"}, {"name": "B Two"}, {"name": "A One"}]}""", "A One, B Two", null },
        { """[{"@type": "BreadcrumbList"}, {"@type": ["NewsArticle", "Thing"], "headline": "H", "author": {"name": "In Array"}}]""", "In Array", null },
        { """{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "ReportageNewsArticle", "headline": "H", "author": {"name": "In Graph"}}]}""", "In Graph", null },
        { """{"@type": "https://schema.org/NewsArticle", "headline": "H", "inLanguage": "es-ES"}""", null, "es-ES" },
        { """{"@type": "Recipe", "name": "Not an article", "author": "Chef"}""", null, null },
        { """{"@type": "NewsArticle", "headline": "H", "author": "Broken",}""", "Broken", null }, // trailing commas are forgiven
        { """{ this is not json""", null, null },
    };

    [Theory]
    [MemberData(nameof(JsonLdAuthors))]
    public void Json_ld_article_objects_are_found_at_the_top_in_arrays_and_graphs(string json, string? author, string? declared)
    {
        var article = JsonLdArticle.FindFirst([json]);

        Assert.Equal(author, article?.Authors.Count > 0 ? string.Join(", ", article.Authors) : null);
        Assert.Equal(declared, article?.InLanguage);
    }

    [Fact]
    public void A_broken_json_ld_block_does_not_hide_the_next_one()
    {
        var article = JsonLdArticle.FindFirst(["{ broken", """{"@type": "NewsArticle", "headline": "Second block"}"""]);

        Assert.Equal("Second block", article?.Headline);
    }

    [Fact]
    public void Json_ld_wins_over_open_graph_which_wins_over_meta_tags_and_the_title_element()
    {
        var article = Extract("""
            <title>Title element | Site</title>
            <meta name="author" content="Meta Author"><meta property="og:title" content="OG title"><meta property="article:published_time" content="2024-01-02T03:04:05Z">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "JSON-LD headline", "datePublished": "2024-02-03T04:05:06+01:00"}</script>
            """);

        Assert.Equal("JSON-LD headline", article.Title);
        Assert.Equal("Meta Author", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 2, 3, 4, 5, 6, TimeSpan.FromHours(1)), article.PublishedAt);
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"/canonical#top\"><meta property=\"og:url\" content=\"http://site.test/og\">", "http://site.test/canonical")]
    [InlineData("<meta property=\"og:url\" content=\"http://site.test/og\">", "http://site.test/og")]
    [InlineData("<link rel=\"canonical\" href=\"javascript:alert(1)\">", "http://site.test/a/story")]
    [InlineData("", "http://site.test/a/story")]
    public void The_canonical_url_is_absolute_http_without_fragment_or_the_fetched_url(string head, string expected)
    {
        Assert.Equal(new Uri(expected), Extract(head).CanonicalUrl);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"https://facebook.example/someone\">", null)]
    [InlineData("<meta name=\"author\" content=\"  Jane \n Doe  \">", "Jane Doe")]
    [InlineData("<meta property=\"article:author\" content=\"Jane Doe\">", "Jane Doe")]
    public void An_author_that_is_a_url_is_no_name(string head, string? expected)
    {
        Assert.Equal(expected, Extract(head).Author);
    }

    [Fact]
    public void A_charset_from_the_server_decodes_the_page()
    {
        var html = "<html><head><title>Caf\u00e9 news</title></head><body><article><p>" + Prose + "</p></article></body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);

        var (article, _) = ArticleExtractor.Extract(new FetchedResponse(new Uri("http://site.test/a"), false, bytes, "text/html", "iso-8859-1", null, null, null));

        Assert.Equal("Caf\u00e9 news", article!.Title);
    }

    [Theory]
    [InlineData("By Jane Doe\n\nFirst paragraph.\n\nSecond.", "Jane Doe", "First paragraph.\n\nSecond.")]
    [InlineData("Intro.\n\nPar Jane Doe, à Paris\n\nSecond.", "Jane Doe", "Intro.\n\nSecond.")]
    [InlineData("First.\n\nSecond.\n\nJane Doe", "Jane Doe", "First.\n\nSecond.\n\nJane Doe")] // only the first two paragraphs
    [InlineData("Jane Doe said the council had agreed a budget for the harbour, its bridge, its quay and its ferries.\n\nSecond.", "Jane Doe", "Jane Doe said the council had agreed a budget for the harbour, its bridge, its quay and its ferries.\n\nSecond.")]
    [InlineData("By Jane Doe", "Jane Doe", "By Jane Doe")] // never the whole text
    [InlineData("By Jane Doe\n\nText.", null, "By Jane Doe\n\nText.")]
    public void A_short_leading_paragraph_naming_the_author_is_a_byline(string body, string? author, string expected)
    {
        Assert.Equal(expected, ArticleExtractor.WithoutByline(body, author));
    }

    [Theory]
    [InlineData("  a \t b\r\n c  ", "a b c")]
    [InlineData("nul\u0000 and bell\u0007", "nul and bell")]
    [InlineData("zero\u200bwidth", "zero width")]
    [InlineData("", "")]
    public void Folded_text_has_single_spaces_and_no_control_characters(string text, string expected)
    {
        Assert.Equal(expected, ArticleText.Fold(text));
    }

    [Fact]
    public void Unpaired_surrogates_are_dropped_and_pairs_kept()
    {
        Assert.Equal("lone surrogate, pair \ud83d\ude00", ArticleText.Fold("lone " + '\ud800' + " surrogate, pair \ud83d\ude00"));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("fr_FR", "fr-FR")]
    [InlineData("zh-Hans-CN", "zh")]
    [InlineData("en-GB-oxendict", "en-GB")]
    [InlineData("english", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Declared_languages_are_normalised_to_the_stored_form(string? tag, string? expected)
    {
        Assert.Equal(expected, LanguageIdentifier.Normalise(tag));
    }

    [Theory]
    [InlineData("The government said on Tuesday that it would raise taxes on fuel and tobacco next year.", null, "en")]
    [InlineData("The government said on Tuesday that it would raise taxes on fuel and tobacco next year.", "en-AU", "en-AU")]
    [InlineData("The government said on Tuesday that it would raise taxes on fuel and tobacco next year.", "de", "en")] // the text wins
    [InlineData("El gobierno anunció el martes que subirá los impuestos sobre el combustible el próximo año.", null, "es")]
    [InlineData("Правительство во вторник объявило о повышении налогов на топливо в следующем году.", null, "ru")]
    [InlineData("12345 67890", "pt-BR", "pt-BR")] // nothing to detect: the declaration
    [InlineData("12345 67890", null, "en")]
    public void The_language_is_detected_and_the_declaration_kept_when_it_agrees(string text, string? declared, string expected)
    {
        Assert.Equal(expected, LanguageIdentifier.Identify(text, declared));
    }

    [Theory]
    [InlineData(60, 1, 120)]
    [InlineData(60, 2, 240)]
    [InlineData(60, 5, 1920)]
    [InlineData(900, 10, 21600)] // capped at six hours
    [InlineData(86400, 3, 86400)] // an interval longer than the cap is never shortened
    public void Failures_back_off_exponentially_up_to_a_cap(int intervalSeconds, int failures, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), FeedPoller.Backoff(TimeSpan.FromSeconds(intervalSeconds), failures));
    }
}
