using System.Collections.Concurrent;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Summarization;

/// <summary>
/// A document as the rankers see it, with what they derive from it built once and shared: its term vectors per
/// <see cref="TermOptions"/>, and on those the similarity graphs (<see cref="GraphCentrality"/>). The analyser makes
/// one per analysis and passes it to every ranker, so "textrank" and "news" share one graph and "lexrank" and
/// "pacsum" one cosine matrix, and nothing is kept after the analysis (no static caches).
/// </summary>
public sealed class RankingContext
{
    private readonly ConcurrentDictionary<TermOptions, TermVectors> _terms = new();

    public RankingContext(TextDocument document, string? title)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Title = title;
    }

    public TextDocument Document { get; }

    /// <summary>The headline, for rankers that weigh title words; null when there is none.</summary>
    public string? Title { get; }

    /// <summary>The document's term vectors under these options, built on first use.</summary>
    internal TermVectors Terms(TermOptions options) => _terms.GetOrAdd(options, static (o, document) => TermVectors.Build(document, o), Document);
}
