namespace NewsApi.Analysis.Summarization;

public enum SummaryOrder
{
    /// <summary>Selected sentences in the order they appear in the text (default: reads as prose).</summary>
    Document,

    /// <summary>Selected sentences best first.</summary>
    Score,
}

/// <summary>
/// How long a summary should be. At most one of <see cref="Sentences"/> and <see cref="Ratio"/>; a word or
/// character budget may be combined with either and is never exceeded (except that one sentence is always returned).
/// </summary>
public sealed record SummaryOptions
{
    public const int DefaultSentences = 3;

    public int? Sentences { get; init; }

    public double? Ratio { get; init; }

    public int? MaxWords { get; init; }

    public int? MaxChars { get; init; }

    /// <summary>
    /// Redundancy control (maximal marginal relevance) from 0 (off: best scores win) to 1 (only novelty counts):
    /// how strongly a sentence that repeats the words of better-ranked candidates is pushed back. Null is off.
    /// </summary>
    public double? Diversity { get; init; }

    public SummaryOrder Order { get; init; } = SummaryOrder.Document;
}

/// <summary>A sentence with its score from one ranker, as the selector sees it.</summary>
public sealed record ScoredSentence(int Index, int Start, int End, string Text, double Score);

/// <summary>A sentence chosen for a summary; <see cref="Rank"/> is 1 for the best-scored sentence of the document.</summary>
public sealed record SummarySentence(int Index, int Start, int End, string Text, double Score, int Rank);
