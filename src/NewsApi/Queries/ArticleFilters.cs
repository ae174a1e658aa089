using System.Globalization;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Validation;

namespace NewsApi.Queries;

/// <summary>
/// Validated query parameters parsed once into the storage filter of an article list, a timeline or a party's
/// articles. The sort names live here once: the validator accepts exactly these.
/// </summary>
public static class ArticleFilters
{
    /// <summary>The accepted <c>sort</c> values and what each means.</summary>
    public static readonly IReadOnlyDictionary<string, ArticleSort> Sorts = new Dictionary<string, ArticleSort>(StringComparer.Ordinal)
    {
        ["-publishedAt"] = ArticleSort.PublishedDesc,
        ["publishedAt"] = ArticleSort.PublishedAsc,
        ["-createdAt"] = ArticleSort.CreatedDesc,
        ["createdAt"] = ArticleSort.CreatedAsc,
        ["title"] = ArticleSort.TitleAsc,
        ["-title"] = ArticleSort.TitleDesc,
        ["relevance"] = ArticleSort.Relevance,
    };

    /// <summary>GET /api/articles: the page asked for, newest first by default, by relevance by default with a query.</summary>
    public static ArticleFilter From(ArticleListQuery query, PageQuery paging)
    {
        var (page, pageSize) = (paging.PageOrDefault, paging.PageSizeOrDefault);
        var fullText = FullText(query.Q);
        var sort = query.Sort is { } name && Sorts.TryGetValue(name, out var chosen)
            ? chosen
            : fullText is null ? ArticleSort.PublishedDesc : ArticleSort.Relevance;
        return new ArticleFilter(
            fullText,
            DateBounds.TryParse(query.From, endOfDay: false, out var start) ? Ingestion.Iso.Format(start) : null,
            DateBounds.TryParse(query.To, endOfDay: true, out var end) ? Ingestion.Iso.Format(end) : null,
            Trimmed(query.Source),
            query.Party?.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [],
            query.PartyMode != "any",
            sort,
            (page - 1) * pageSize,
            pageSize);
    }

    /// <summary>GET /api/stats/timeline: the articles a timeline counts (its dates are bucket bounds, not filters).</summary>
    public static ArticleFilter ForTimeline(TimelineQuery query) =>
        new(FullText(query.Q), null, null, Trimmed(query.Source), query.Party is { } party && !string.IsNullOrWhiteSpace(party) ? [party.Trim()] : [], true, ArticleSort.PublishedAsc, 0, 0);

    /// <summary>The articles that mention one party (its timeline).</summary>
    public static ArticleFilter ForParty(long id) =>
        new(null, null, null, null, [id.ToString(CultureInfo.InvariantCulture)], true, ArticleSort.PublishedAsc, 0, 0);

    private static string? FullText(string? q) => string.IsNullOrWhiteSpace(q) ? null : q.Trim();

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
