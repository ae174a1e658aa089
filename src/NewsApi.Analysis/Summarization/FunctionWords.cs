namespace NewsApi.Analysis.Summarization;

/// <summary>
/// The short English stop word list of the Snowball project as PostgreSQL's full-text search ships it
/// (<c>src/backend/snowball/stopwords/english.stop</c>, 127 words; also NLTK's English list before its 2018 additions;
/// PostgreSQL licence, see Resources/NOTICE.md): pronouns, auxiliaries, determiners, prepositions and conjunctions.
/// Unlike <see cref="Text.StopWords"/> it keeps reporting words ("said", "told") and discourse adverbs ("also",
/// "however") as terms: in a news story the sentences that report what someone said are the ones a summary is made
/// of, and dropping "said" from similarity cost BBC dev about 2 ROUGE-2 points (tests/NewsApi.Eval <c>summaries</c>).
/// It lists "will" and "can", which the long Snowball list leaves out (they are also nouns): as terms the future
/// "will" of news prose linked unrelated sentences (BBC dev ROUGE-2 1.3 points lower).
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them",
        "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is",
        "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing",
        "a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for",
        "with", "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "to",
        "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here",
        "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
        "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will",
        "just", "don", "should", "now",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a lower-case function word.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerCaseWord) => Lookup.Contains(lowerCaseWord);
}
