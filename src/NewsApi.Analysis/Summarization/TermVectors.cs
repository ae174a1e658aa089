using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Summarization;

/// <summary>
/// The content terms of a document's sentences: lower-cased, stop words and one-letter words dropped, optionally
/// Porter stemmed (<see cref="TermOptions"/>), mapped to dense ids. Each sentence is a sparse vector (term ids
/// ascending, with counts). Built once per analysis and options (<see cref="RankingContext"/>) and shared by every
/// ranker that uses the same options, with the graphs computed on it.
/// </summary>
internal sealed class TermVectors
{
    private readonly Dictionary<string, int> _vocabulary;
    private readonly TermOptions _options;

    private TermVectors(TermOptions options, Dictionary<string, int> vocabulary, int[][] terms, int[][] counts, int[] documentFrequency, int[] wordCounts)
    {
        _options = options;
        _vocabulary = vocabulary;
        Terms = terms;
        Counts = counts;
        DocumentFrequency = documentFrequency;
        WordCounts = wordCounts;
    }

    /// <summary>Per sentence: distinct term ids, ascending.</summary>
    public int[][] Terms { get; }

    /// <summary>Per sentence: how often each term of <see cref="Terms"/> occurs.</summary>
    public int[][] Counts { get; }

    /// <summary>Per term: in how many sentences it occurs.</summary>
    public int[] DocumentFrequency { get; }

    /// <summary>Per sentence: word and number tokens, stop words included.</summary>
    public int[] WordCounts { get; }

    public int SentenceCount => Terms.Length;

    public int VocabularySize => DocumentFrequency.Length;

    /// <summary>TextRank scores by (damping, sentences, iterations, tolerance), computed once (<see cref="GraphCentrality.TextRank"/>).</summary>
    internal ConcurrentDictionary<(double, int, int, double), double[]> TextRankScores { get; } = new();

    /// <summary>TF-IDF cosine matrices by size, computed once (<see cref="GraphCentrality.TfIdfCosine"/>).</summary>
    internal ConcurrentDictionary<int, double[]> CosineMatrices { get; } = new();

    /// <summary>The ids of the title's content terms that also occur in the document.</summary>
    public HashSet<int> TermIdsOf(string? text)
    {
        var ids = new HashSet<int>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return ids;
        }

        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Word && ContentTerm(token.Text, _options) is { } term && _vocabulary.TryGetValue(term, out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Number of shared distinct terms of sentences <paramref name="a"/> and <paramref name="b"/>.</summary>
    public int Overlap(int a, int b)
    {
        int[] x = Terms[a], y = Terms[b];
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    internal static TermVectors Build(TextDocument document, TermOptions options)
    {
        var sentences = document.Sentences;
        var tokens = document.Tokens;
        // Sized for about one distinct term per three tokens, so a story's vocabulary seldom has to grow more than once.
        var vocabulary = new Dictionary<string, int>(tokens.Count / 3 + 16, StringComparer.Ordinal);
        var terms = new int[sentences.Count][];
        var counts = new int[sentences.Count][];
        var wordCounts = new int[sentences.Count];
        var df = new List<int>(vocabulary.EnsureCapacity(0));
        var bag = new List<int>(64);
        for (var s = 0; s < sentences.Count; s++)
        {
            bag.Clear();
            var sentence = sentences[s];
            var words = 0;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = tokens[t];
                if (token.Kind is TokenKind.Word or TokenKind.Number)
                {
                    words++;
                }

                var text = token.Text.AsSpan();
                if (options.KeepPossessive && token.Kind == TokenKind.Word && t + 1 < sentence.FirstToken + sentence.TokenCount
                    && tokens[t + 1] is { Kind: TokenKind.Word, Length: 2 } clitic && clitic.Start == token.End && Tokenizer.IsApostrophe(clitic.Text[0]))
                {
                    // "Putin's" is one term: the clitic itself is no term (it starts with an apostrophe).
                    text = document.Text.AsSpan(token.Start, clitic.End - token.Start);
                }

                if (token.Kind != TokenKind.Word || ContentTerm(text, options) is not { } term)
                {
                    continue;
                }

                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(vocabulary, term, out var known);
                if (!known)
                {
                    id = vocabulary.Count - 1;
                    df.Add(0);
                }

                bag.Add(id);
            }

            bag.Sort();
            var distinct = 0;
            for (var b = 0; b < bag.Count; b++)
            {
                if (b == 0 || bag[b] != bag[b - 1])
                {
                    distinct++;
                }
            }

            var ids = new int[distinct];
            var tf = new int[distinct];
            var k = -1;
            for (var b = 0; b < bag.Count; b++)
            {
                if (b == 0 || bag[b] != bag[b - 1])
                {
                    k++;
                    ids[k] = bag[b];
                    df[bag[b]]++;
                }

                tf[k]++;
            }

            terms[s] = ids;
            counts[s] = tf;
            wordCounts[s] = words;
        }

        return new TermVectors(options, vocabulary, terms, counts, [.. df], wordCounts);
    }

    private static string? ContentTerm(ReadOnlySpan<char> text, TermOptions options)
    {
        if (text.Length < 2 || text.Length > MaxTermLength || Tokenizer.IsApostrophe(text[0]))
        {
            return null;
        }

        // Lower-case into a stack buffer ("U.S." and "US" are the same term) so the common path allocates nothing.
        Span<char> buffer = stackalloc char[MaxTermLength];
        var length = 0;
        foreach (var c in text)
        {
            if (c != '.')
            {
                buffer[length++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
            }
        }

        if (length < 2)
        {
            return null;
        }

        // One lookup answers both questions for a word seen before: is it a stop word (cached as null), and its term.
        var lower = buffer[..length];
        var cache = TermCache.For(options);
        if (cache.Lookup.TryGetValue(lower, out var term))
        {
            return term;
        }

        var word = lower.ToString();
        var stop = options.StopWords == StopWordList.News ? StopWords.Contains(lower) : FunctionWords.Contains(lower);
        term = stop ? null : options.Stem ? PorterStemmer.Stem(word) : word;
        if (cache.Terms.Count < MaxCachedStems)
        {
            cache.Terms.TryAdd(word, term);
        }

        return term;
    }

    private const int MaxTermLength = 64;

    /// <summary>Bounded so a stream of odd words cannot grow it without limit; news vocabulary fits easily.</summary>
    private const int MaxCachedStems = 100_000;

    /// <summary>
    /// Lower-cased word to its term (null for a stop word), one per stop list and stemming: terms are a pure function
    /// of the word, so one process-wide cache serves every document and thread, and a term string is allocated once
    /// per process, not per occurrence. The span lookup is made once, not per call.
    /// </summary>
    private sealed class TermCache
    {
        private static readonly TermCache[] ByOptions = [new(), new(), new(), new()];

        private TermCache() => Lookup = Terms.GetAlternateLookup<ReadOnlySpan<char>>();

        public ConcurrentDictionary<string, string?> Terms { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public static TermCache For(TermOptions options) =>
            ByOptions[(options.StopWords == StopWordList.News ? 0 : 2) + (options.Stem ? 1 : 0)];
    }
}
