using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Summarization;

/// <summary>
/// Rates every sentence of a document; higher is more summary-worthy. Rankers only rate: choosing the top
/// sentences, length budgets and news-aware filtering are <see cref="SummarySelector"/>'s job, shared by all.
/// </summary>
public interface ISentenceRanker
{
    /// <summary>Stable key clients pass as <c>algorithm=</c> ("lead", "textrank", ...).</summary>
    string Key { get; }

    /// <summary>One line for the API docs.</summary>
    string Description { get; }

    /// <summary>Scores, one per sentence of the context's document, in document order.</summary>
    double[] Rank(RankingContext context);

    /// <summary>
    /// How the selector turns this ranker's scores into a summary. By default news-aware filtering without the
    /// length-aware lead rule, so <c>algorithm=textrank</c> is a TextRank summary; the default "news" algorithm
    /// adds the lead rule.
    /// </summary>
    SelectionPolicy Policy => SelectionPolicy.ByScore;
}

public static class SentenceRankerExtensions
{
    /// <summary>Scores of one document on its own (nothing shared with another ranker's pass).</summary>
    public static double[] Rank(this ISentenceRanker ranker, TextDocument document, string? title)
    {
        ArgumentNullException.ThrowIfNull(ranker);
        return ranker.Rank(new RankingContext(document, title));
    }
}
