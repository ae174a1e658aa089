using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsApi.Fetching;

/// <summary>
/// An article's metadata as the page declares it, most specific source first: JSON-LD (schema.org article), then Open
/// Graph and <c>article:</c> properties, then plain meta tags, <c>&lt;link rel=canonical&gt;</c>, <c>&lt;title&gt;</c>
/// and <c>&lt;html lang&gt;</c>.
/// </summary>
public sealed record PageMetadata(
    string? Title,
    string? Author,
    DateTimeOffset? PublishedAt,
    Uri? CanonicalUrl,
    string? DeclaredLanguage,
    string? SiteName,
    string? ArticleBody,
    bool? IsAccessibleForFree,
    bool DeclaresArticle)
{
    /// <summary>Reads the metadata; call before anything strips the document's scripts.</summary>
    public static PageMetadata Read(IHtmlDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var jsonLd = JsonLdArticle.FindFirst(document.QuerySelectorAll("script[type]")
            .Where(s => s.GetAttribute("type")!.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.TextContent));
        var meta = MetaValues(document);

        var title = jsonLd?.Headline ?? meta.GetValueOrDefault("og:title") ?? meta.GetValueOrDefault("twitter:title");
        var authors = jsonLd?.Authors is { Count: > 0 } names ? string.Join(", ", names)
            : meta.GetValueOrDefault("author") ?? meta.GetValueOrDefault("article:author") ?? meta.GetValueOrDefault("parsely-author") ?? meta.GetValueOrDefault("dc.creator");
        var published = ParseDate(jsonLd?.DatePublished) ?? ParseDate(meta.GetValueOrDefault("article:published_time")) ?? ParseDate(meta.GetValueOrDefault("og:article:published_time"))
            ?? ParseDate(meta.GetValueOrDefault("datepublished")) ?? ParseDate(meta.GetValueOrDefault("pubdate")) ?? ParseDate(meta.GetValueOrDefault("date")) ?? ParseDate(meta.GetValueOrDefault("dc.date"))
            ?? ParseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var canonical = Absolute(pageUrl, document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href"))
            ?? Absolute(pageUrl, meta.GetValueOrDefault("og:url")) ?? Absolute(pageUrl, jsonLd?.Url);
        var language = jsonLd?.InLanguage ?? document.DocumentElement.GetAttribute("lang") ?? meta.GetValueOrDefault("og:locale")
            ?? meta.GetValueOrDefault("content-language") ?? meta.GetValueOrDefault("language") ?? meta.GetValueOrDefault("dc.language");
        var site = meta.GetValueOrDefault("og:site_name") ?? jsonLd?.Publisher ?? meta.GetValueOrDefault("application-name");
        var ogType = meta.GetValueOrDefault("og:type");
        return new PageMetadata(
            Clean(title), Clean(authors is not null && IsUrl(authors) ? null : authors), published, canonical, Clean(language), Clean(site),
            jsonLd?.ArticleBody, jsonLd?.IsAccessibleForFree, jsonLd is not null || string.Equals(ogType, "article", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Meta tags by lower-cased name, property or itemprop (first value wins), plus http-equiv headers.</summary>
    private static Dictionary<string, string> MetaValues(IHtmlDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var content = element.GetAttribute("content")!.Trim();
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
            if (key is not null && content.Length > 0)
            {
                values.TryAdd(key.Trim().ToLowerInvariant(), content);
            }
        }

        return values;
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        !string.IsNullOrWhiteSpace(value) && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    private static Uri? Absolute(Uri pageUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(pageUrl, href.Trim(), out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return new UriBuilder(url) { Fragment = "" }.Uri;
    }

    private static bool IsUrl(string value) => Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal);

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
