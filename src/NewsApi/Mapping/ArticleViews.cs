using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NewsApi.Analysis;
using NewsApi.Analysis.Summarization;
using NewsApi.Contracts;
using NewsApi.Data;

namespace NewsApi.Mapping;

/// <summary>
/// Renders the read model (<c>article_views</c>): the JSON bodies that GET /api/articles/{id}, /facts, /summary and
/// /sentences answer with their default parameters, serialised once at ingest with the service's own JSON options,
/// so that the stored bytes are exactly what the composed read would write.
/// </summary>
public sealed class ArticleViews(IOptions<JsonOptions> json, ArticleAnalyzer analyzer)
{
    /// <summary>
    /// The renderer's version. Bump it whenever a per-article response changes shape or content: views of another
    /// version are never served, and the background re-analysis renders them again.
    /// </summary>
    public const int Version = 2;

    private readonly JsonSerializerOptions _options = json.Value.SerializerOptions;

    /// <summary>The summariser whose summary and sentence scores the views hold (the API's default).</summary>
    public ISentenceRanker Ranker => analyzer.Rankers.Default;

    public ArticleViewRow Render(ArticleRow article, ArticleFactRows facts, IReadOnlyList<ScoredSentence> sentences) => new()
    {
        ArticleId = article.Id,
        Version = Version,
        Article = Serialize(ArticleComposer.Article(article, facts)),
        Facts = Serialize(ArticleComposer.Facts(article.Id, facts, FactTypes.All)),
        Summary = Serialize(ArticleComposer.Summary(article.Id, Ranker, sentences, ArticleComposer.OptionsFrom(new SummaryQuery()))),
        Sentences = Serialize(ArticleComposer.Sentences(sentences)),
        Item = Serialize(FactMapping.ToListItem(article)),
    };

    /// <summary>True when a summary query asks for what the stored summary view holds.</summary>
    public bool IsDefault(SummaryQuery query, ISentenceRanker ranker) => ranker == Ranker && query with { Algorithm = null } == new SummaryQuery();

    /// <summary>
    /// The body of a list page (<see cref="PagedResponse{T}"/> of <see cref="ArticleListItem"/>) from stored items, byte
    /// for byte what serialising the page would write; null when an item is missing or empty (a view of an older renderer).
    /// </summary>
    public static byte[]? ListPage(IReadOnlyList<byte[]?> items, int page, int pageSize, long total)
    {
        var tail = string.Create(CultureInfo.InvariantCulture, $"],\"page\":{page},\"pageSize\":{pageSize},\"total\":{total}}}");
        var length = ListHead.Length + Encoding.UTF8.GetByteCount(tail) + Math.Max(0, items.Count - 1);
        foreach (var item in items)
        {
            if (item is not { Length: > 0 })
            {
                return null;
            }

            length += item.Length;
        }

        var body = new byte[length];
        ListHead.CopyTo(body);
        var at = ListHead.Length;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                body[at++] = (byte)',';
            }

            items[i]!.CopyTo(body, at);
            at += items[i]!.Length;
        }

        Encoding.UTF8.GetBytes(tail, body.AsSpan(at));
        return body;
    }

    private static ReadOnlySpan<byte> ListHead => "{\"items\":["u8;

    private byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, _options);
}
