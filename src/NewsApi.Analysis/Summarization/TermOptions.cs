namespace NewsApi.Analysis.Summarization;

/// <summary>Which words are left out of a sentence's terms before similarity is measured.</summary>
public enum StopWordList
{
    /// <summary>
    /// English function words plus news reporting words ("said", "told", "mr", "also", "however"):
    /// <see cref="Text.StopWords"/>, shared with the rest of the analysis.
    /// </summary>
    News,

    /// <summary>Only the English function words of the Snowball list (<see cref="FunctionWords"/>).</summary>
    FunctionWords,
}

/// <summary>How a sentence's words become the terms a ranker compares.</summary>
/// <param name="StopWords">Which words are dropped.</param>
/// <param name="Stem">Porter-stem the remaining words ("rates" and "rate" are one term).</param>
public readonly record struct TermOptions(StopWordList StopWords, bool Stem)
{
    /// <summary>What the classic rankers (TextRank, LexRank, PacSum) use: news stop words, stemmed.</summary>
    public static TermOptions Classic { get; } = new(StopWordList.News, true);
}
