using System.Text.Json;

namespace NewsApi.Fetching;

/// <summary>The fields of a schema.org article read from a page's JSON-LD (<c>application/ld+json</c> scripts).</summary>
public sealed record JsonLdArticle(
    string? Headline,
    IReadOnlyList<string> Authors,
    string? DatePublished,
    string? Url,
    string? InLanguage,
    string? Publisher,
    string? ArticleBody,
    bool? IsAccessibleForFree)
{
    /// <summary>The article types read: schema.org's Article and its news and blog subtypes.</summary>
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    };

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The first article object in the scripts (top level, in an array, or in an <c>@graph</c>); null when none.</summary>
    public static JsonLdArticle? FindFirst(IEnumerable<string> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        foreach (var script in scripts)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(script, Lenient);
            }
            catch (JsonException)
            {
                continue; // a broken block says nothing; the next one or the meta tags may
            }

            using (document)
            {
                if (Find(document.RootElement, depth: 0) is { } article)
                {
                    return Read(article);
                }
            }
        }

        return null;
    }

    private static JsonElement? Find(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Find(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticle(element))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? Find(graph, depth + 1) : null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(LocalName(type.GetString()!)),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(LocalName(t.GetString()!))),
            _ => false,
        };
    }

    /// <summary>"https://schema.org/NewsArticle" and "schema:NewsArticle" name the same type as "NewsArticle".</summary>
    private static string LocalName(string type) => type[(type.LastIndexOfAny(['/', ':', '#']) + 1)..];

    private static JsonLdArticle Read(JsonElement a) => new(
        Text(a, "headline") ?? Text(a, "name"),
        Names(a.TryGetProperty("author", out var author) ? author : default),
        Text(a, "datePublished") ?? Text(a, "dateCreated"),
        Text(a, "url") ?? IdOf(a, "mainEntityOfPage"),
        Text(a, "inLanguage") ?? NameOf(a, "inLanguage"),
        Text(a, "publisher") ?? NameOf(a, "publisher"),
        Text(a, "articleBody"),
        Flag(a, "isAccessibleForFree"));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? NameOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? Text(value, "name") : null;

    private static string? IdOf(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? Text(element, name)
        : value.ValueKind == JsonValueKind.Object ? Text(value, "@id") ?? Text(value, "url")
        : null;

    private static bool? Flag(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString(), out var parsed) ? parsed
        : null;

    private static List<string> Names(JsonElement author)
    {
        var names = new List<string>();
        switch (author.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(author.GetString()):
                names.Add(author.GetString()!.Trim());
                break;
            case JsonValueKind.Object when Text(author, "name") is { } name:
                names.Add(name);
                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    names.AddRange(Names(item));
                }

                break;
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }
}
