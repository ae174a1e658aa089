namespace NewsApi.Analysis.Summarization;

/// <summary>
/// The English stop word list of the Snowball project (snowballstem.org, <c>algorithms/english/stop.txt</c>, BSD
/// licence; see Resources/NOTICE.md): pronouns, auxiliaries, determiners, prepositions and conjunctions only.
/// Unlike <see cref="Text.StopWords"/> it keeps reporting words ("said", "told") and discourse adverbs ("also",
/// "however") as terms: in a news story the sentences that report what someone said are the ones a summary is made
/// of, and dropping "said" from similarity cost BBC dev about 2 ROUGE-2 points (tests/NewsApi.Eval <c>summaries</c>).
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are",
        "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "would",
        "should", "could", "ought", "i'm", "you're", "he's", "she's", "it's", "we're", "they're", "i've", "you've",
        "we've", "they've", "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll",
        "we'll", "they'll", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't",
        "didn't", "won't", "wouldn't", "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's",
        "that's", "who's", "what's", "here's", "there's", "when's", "where's", "why's", "how's", "a", "an", "the",
        "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about",
        "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up",
        "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when",
        "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no",
        "nor", "not", "only", "own", "same", "so", "than", "too", "very",
    };

    /// <summary>True for a lower-case function word.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerCaseWord) =>
        Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerCaseWord);
}
