using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Summarization;

/// <summary>The classic news baseline: earlier sentences score higher.</summary>
public sealed class LeadRanker : ISentenceRanker
{
    public string Key => "lead";

    public string Description => "Lead baseline: the first sentences of the article.";

    public double[] Rank(RankingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var n = document.Sentences.Count;
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            scores[i] = 1.0 / (i + 1);
        }

        return scores;
    }
}
