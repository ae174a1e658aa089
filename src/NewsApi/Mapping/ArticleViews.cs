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
    public const int Version = 1;

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
    };

    /// <summary>True when a summary query asks for what the stored summary view holds.</summary>
    public bool IsDefault(SummaryQuery query, ISentenceRanker ranker) => ranker == Ranker && query with { Algorithm = null } == new SummaryQuery();

    private byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, _options);
}
