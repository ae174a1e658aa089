using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace NewsApi.Fetching;

/// <summary>An article read from a page: plain-text body and the metadata the page declares.</summary>
public sealed record ExtractedArticle(
    string Title,
    string Body,
    string? Author,
    DateTimeOffset? PublishedAt,
    Uri CanonicalUrl,
    string Language,
    string? SiteName);

/// <summary>
/// HTML to article: metadata from JSON-LD, Open Graph and meta tags (<see cref="PageMetadata"/>), the body by
/// SmartReader (a port of Mozilla's Readability: scores blocks by text and link density and drops navigation, ads,
/// comments and related links), then plain text, and the language detected on it.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>Fewer words than this is a teaser, a paywall stub or a page that is not an article.</summary>
    public const int MinWords = 50;

    /// <summary>Above this share of linked text the "article" is a list of links (a home or section page).</summary>
    public const double MaxLinkDensity = 0.5;

    /// <summary>A paragraph naming the author with at most this many words is a byline ("By Jane Doe, Paris").</summary>
    public const int MaxBylineWords = 12;

    static ArticleExtractor() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (ExtractedArticle? Article, FetchFailure? Failure) Extract(FetchedResponse page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var parser = new HtmlParser();
        using var document = Decode(page.Body, page.Charset) is { } html ? parser.ParseDocument(html) : parser.ParseDocument(new MemoryStream(page.Body));
        var metadata = PageMetadata.Read(document, page.Url); // before SmartReader strips the scripts
        Article readable;
        using (var reader = new Reader(page.Url.ToString(), document))
        {
            readable = reader.GetArticle();
        }

        var (body, failure) = Body(readable, metadata, parser, page.Url);
        if (failure is not null)
        {
            return (null, failure);
        }

        var title = metadata.Title ?? Clean(readable.Title) ?? Clean(document.Title);
        if (title is null)
        {
            return (null, NoArticle(page.Url, "it has no title"));
        }

        var author = metadata.Author ?? Byline(readable.Byline ?? readable.Author);
        body = WithoutByline(body!, author);
        var language = LanguageIdentifier.Identify(body, metadata.DeclaredLanguage ?? page.ContentLanguage ?? readable.Language);
        return (new ExtractedArticle(
            title, body, author, metadata.PublishedAt ?? readable.PublicationDate,
            metadata.CanonicalUrl ?? page.Url, language, metadata.SiteName ?? Clean(readable.SiteName)), null);
    }

    private static (string? Body, FetchFailure? Failure) Body(Article readable, PageMetadata metadata, HtmlParser parser, Uri url)
    {
        var text = "";
        var linkDensity = 0.0;
        // Not IsReadable: SmartReader's pre-check wants several long paragraphs and refuses short news items; the
        // word count and link density below judge what it extracted instead.
        if (!string.IsNullOrWhiteSpace(readable.Content))
        {
            using var content = parser.ParseDocument(readable.Content);
            text = ArticleText.FromElement(content.Body!);
            linkDensity = ArticleText.LinkDensity(content.Body!);
        }

        if (linkDensity > MaxLinkDensity)
        {
            return (null, NoArticle(url, $"{Math.Round(linkDensity * 100)}% of its main text is links (a home or section page)"));
        }

        var words = ArticleText.CountWords(text);
        if (words >= MinWords)
        {
            return (text, null);
        }

        // Publishers that mark their page as paid are not read through the full text they give search engines.
        if (metadata.IsAccessibleForFree == false)
        {
            return (null, NoArticle(url, $"it is behind a paywall (isAccessibleForFree is false) and shows {words} words"));
        }

        if (metadata.ArticleBody is { } declared && ArticleText.CountWords(declared) >= MinWords)
        {
            return (ArticleText.Fold(declared), null);
        }

        return (null, NoArticle(url, $"its main text has {words} words; an article has at least {MinWords}"));
    }

    /// <summary>
    /// Drops a byline that Readability kept ("Par Camille Durand" in a class it does not know): one of the first two
    /// paragraphs, short, naming the author. The author is metadata already, and a byline is no sentence of the text.
    /// </summary>
    public static string WithoutByline(string body, string? author)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (author is null)
        {
            return body;
        }

        var names = author.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var paragraphs = body.Split("\n\n").ToList();
        for (var i = Math.Min(1, paragraphs.Count - 2); i >= 0; i--)
        {
            var paragraph = paragraphs[i];
            if (ArticleText.CountWords(paragraph) <= MaxBylineWords && names.Any(n => paragraph.Contains(n, StringComparison.Ordinal)))
            {
                paragraphs.RemoveAt(i);
            }
        }

        return string.Join("\n\n", paragraphs);
    }

    private static FetchFailure NoArticle(Uri url, string why) =>
        new(FetchFailureKind.NoArticle, "No article text", $"{url} has no article to store: {why}.");

    /// <summary>The body decoded by the charset the server declared; null lets the parser sniff (BOM, meta charset).</summary>
    private static string? Decode(byte[] body, string? charset)
    {
        if (charset is null)
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset).GetString(body);
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name: let the page say
        }
    }

    private static string? Byline(string? byline)
    {
        var clean = Clean(byline);
        if (clean is not null && clean.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            clean = Clean(clean[3..]);
        }

        // Some sites put a profile link where the name belongs (meta author, article:author).
        return clean is not null && Uri.TryCreate(clean, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal) ? null : clean;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : ArticleText.Fold(value);
}
