using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NewsApi.Data;

/// <summary>
/// Search snippets computed from the stored title and body in one pass each, instead of asking the store to tokenise
/// every listed body again (FTS5 <c>snippet()</c> or <c>ts_headline</c>). The window is chosen as FTS5's
/// <c>snippet(articles_fts, -1, char(1), char(2), '…', 24)</c> chooses it (sqlite/ext/fts5/fts5_aux.c), over the same
/// tokens (<see cref="IsSeparator"/>) and the same phrase matches, so the text and the marked matches are the ones
/// FTS5 gave on SQLite; PostgreSQL gets the same wording (its words do not fold diacritics).
/// </summary>
public sealed partial class FullTextQuery
{
    /// <summary>The snippet's length in tokens, as the SQL <c>snippet()</c> call asked.</summary>
    public const int SnippetTokens = 24;

    private const char Open = '\u0001', Close = '\u0002';
    private const char Ellipsis = '…';

    private Phrase[]? _phrases;

    /// <summary>
    /// The best passage of <see cref="SnippetTokens"/> tokens of the title or body with every reported phrase match
    /// wrapped in U+0001 … U+0002 and <c>…</c> where the column is cut. <paramref name="foldDiacritics"/> as SQLite's
    /// index folds them (<c>café</c> matches <c>cafe</c>); PostgreSQL's does not.
    /// </summary>
    public string Snippet(string title, string body, bool foldDiacritics) => Snippet(title.AsMemory(), body.AsMemory(), foldDiacritics);

    /// <summary>The same from text in buffers (a body decoded into a pooled array for its snippet, never a string).</summary>
    public string Snippet(ReadOnlyMemory<char> title, ReadOnlyMemory<char> body, bool foldDiacritics)
    {
        var phrases = _phrases ??= CollectPhrases();
        using var titleColumn = new Column(title, foldDiacritics);
        using var bodyColumn = new Column(body, foldDiacritics);
        var columns = new[] { titleColumn, bodyColumn };
        var matches = new List<int>[phrases.Length * columns.Length]; // phrase p, column c at p * columns + c
        for (var p = 0; p < phrases.Length; p++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                matches[(p * columns.Length) + c] = phrases[p].Allows(c) ? columns[c].Matches(phrases[p]) : [];
            }
        }

        var reported = new bool[phrases.Length];
        var next = 0;
        Report(_root, phrases, columns, matches, reported, ref next, out _);
        var instances = Instances(phrases, matches, reported);
        var (bestColumn, bestStart) = BestWindow(phrases, columns, instances);
        return Render(phrases, columns[bestColumn], bestColumn, instances, bestStart);
    }

    /// <summary>The query's phrases in the order they appear, as FTS5 numbers them.</summary>
    private Phrase[] CollectPhrases()
    {
        var phrases = new List<Phrase>();
        void Walk(Node node)
        {
            switch (node)
            {
                case Term t:
                    phrases.Add(new Phrase(Words(t.Text).ToArray(), t.Prefix, t.Column switch { "title" => 0, "body" => 1, _ => -1 }));
                    break;
                case Binary b:
                    Walk(b.Left);
                    Walk(b.Right);
                    break;
            }
        }

        Walk(_root);
        return phrases.ToArray();
    }

    /// <summary>
    /// Marks the phrases FTS5 reports for a matching row: those in the parts of the expression that match it. FTS5's
    /// cursor for a part stands on the row when a phrase's words all occur in its columns, an AND's children all stand
    /// on it, any of an OR's does, or a NOT's left side does and its right side does not match; a part that stands on
    /// the row without matching (a phrase whose words occur but not in a row, an AND with such a phrase) reports
    /// nothing. Returns whether the node stands on the row, and in <paramref name="noMatch"/> whether it does so
    /// without matching.
    /// </summary>
    private static bool Report(Node node, Phrase[] phrases, Column[] columns, List<int>[] matches, bool[] reported, ref int next, out bool noMatch)
    {
        if (node is Term)
        {
            var index = next++;
            var phrase = phrases[index];
            var instances = false;
            for (var c = 0; c < columns.Length; c++)
            {
                instances |= matches[(index * columns.Length) + c].Count > 0;
            }

            var at = instances || (phrase.Words.Length > 1 && Enumerable.Range(0, phrase.Words.Length)
                .All(w => Enumerable.Range(0, columns.Length).Any(c => phrase.Allows(c) && columns[c].Contains(phrase, w))));
            noMatch = at && !instances;
            reported[index] = instances;
            return at;
        }

        var b = (Binary)node;
        var scratch = new bool[reported.Length];
        var leftAt = Report(b.Left, phrases, columns, matches, scratch, ref next, out var leftNo);
        var rightScratch = new bool[reported.Length];
        var rightAt = Report(b.Right, phrases, columns, matches, rightScratch, ref next, out var rightNo);
        bool nodeAt;
        switch (b.Operator)
        {
            case "OR":
                nodeAt = leftAt || rightAt;
                noMatch = (!leftAt || leftNo) && (!rightAt || rightNo);
                break;
            case "NOT":
                nodeAt = leftAt && !(rightAt && !rightNo);
                noMatch = leftNo;
                break;
            default:
                nodeAt = leftAt && rightAt;
                noMatch = leftNo || rightNo;
                break;
        }

        if (nodeAt)
        {
            for (var i = 0; i < reported.Length; i++)
            {
                reported[i] |= (leftAt && !leftNo && scratch[i]) || (rightAt && !rightNo && rightScratch[i]);
            }
        }

        return nodeAt;
    }

    /// <summary>Every reported phrase match as (column, first token, phrase), in FTS5's instance order.</summary>
    private static List<(int Column, int Offset, int Phrase)> Instances(Phrase[] phrases, List<int>[] matches, bool[] reported)
    {
        var instances = new List<(int Column, int Offset, int Phrase)>();
        for (var p = 0; p < phrases.Length; p++)
        {
            var columns = matches.Length / phrases.Length;
            for (var c = 0; reported[p] && c < columns; c++)
            {
                foreach (var at in matches[(p * columns) + c])
                {
                    instances.Add((c, at, p));
                }
            }
        }

        instances.Sort();
        return instances;
    }

    /// <summary>fts5SnippetFunction's choice of column and first token: the window scoring best, sentence starts favoured.</summary>
    private static (int Column, int Start) BestWindow(Phrase[] phrases, Column[] columns, List<(int Column, int Offset, int Phrase)> instances)
    {
        var seen = new bool[phrases.Length];
        int bestColumn = 0, bestStart = 0, bestScore = 0;
        foreach (var (c, offset, _) in instances)
        {
            var size = columns[c].Count;
            var score = WindowScore(phrases, instances, seen, c, offset, size, out var adjusted);
            if (score > bestScore)
            {
                (bestScore, bestColumn, bestStart) = (score, c, adjusted);
            }

            if (size > SnippetTokens && columns[c].SentenceStart(offset) is var first && first < offset)
            {
                score = WindowScore(phrases, instances, seen, c, first, size, out _) + (first == 0 ? 120 : 100);
                if (score > bestScore)
                {
                    (bestScore, bestColumn, bestStart) = (score, c, first);
                }
            }
        }

        return (bestColumn, bestStart);
    }

    /// <summary>fts5SnippetScore: 1000 for each phrase first seen in the window, 1 for each repeat; and the window centred on them.</summary>
    private static int WindowScore(Phrase[] phrases, List<(int Column, int Offset, int Phrase)> instances, bool[] seen, int column, int start, int size, out int adjusted)
    {
        Array.Clear(seen);
        long end = (long)start + SnippetTokens;
        int score = 0, first = -1, last = 0;

        // The instances are sorted by column and offset: the window's are a run from the first at or after its start.
        int low = 0, high = instances.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (instances[mid].Column < column || (instances[mid].Column == column && instances[mid].Offset < start))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var i = low; i < instances.Count && instances[i].Column == column && instances[i].Offset < end; i++)
        {
            var (_, offset, p) = instances[i];
            score += seen[p] ? 1 : 1000;
            seen[p] = true;
            if (first < 0)
            {
                first = offset;
            }

            last = offset + phrases[p].Words.Length;
        }

        long adjust = first - (SnippetTokens - (last - first)) / 2;
        if (adjust + SnippetTokens > size)
        {
            adjust = size - SnippetTokens;
        }

        adjusted = (int)Math.Max(adjust, 0);
        return score;
    }

    /// <summary>fts5HighlightCb over the chosen window: the text from its first to its last token, matches marked.</summary>
    private static string Render(Phrase[] phrases, Column column, int columnIndex, List<(int Column, int Offset, int Phrase)> instances, int rangeStart)
    {
        var text = column.Text;
        var rangeEnd = rangeStart + SnippetTokens - 1;
        var matches = Coalesced(phrases, instances, columnIndex);
        var m = 0;
        while (m < matches.Count && matches[m].Start < rangeStart)
        {
            m++;
        }

        var output = new StringBuilder(256);
        if (rangeStart > 0)
        {
            output.Append(Ellipsis);
        }

        var from = 0;
        for (var pos = rangeStart; pos <= rangeEnd && pos < column.Count; pos++)
        {
            var (tokenStart, tokenEnd) = (column.Start(pos), column.End(pos));
            if (rangeStart > 0 && pos == rangeStart)
            {
                from = tokenStart;
            }

            var (matchStart, matchEnd) = m < matches.Count ? matches[m] : (-1, -1);
            if (pos == matchStart)
            {
                output.Append(text[from..tokenStart]).Append(Open);
                from = tokenStart;
            }

            if (pos == matchEnd)
            {
                if (matchStart < rangeStart)
                {
                    output.Append(Open);
                }

                output.Append(text[from..tokenEnd]).Append(Close);
                from = tokenEnd;
                m++;
                (matchStart, matchEnd) = m < matches.Count ? matches[m] : (-1, -1);
            }

            if (pos == rangeEnd)
            {
                output.Append(text[from..tokenEnd]);
                from = tokenEnd;
                if (pos >= matchStart && pos < matchEnd)
                {
                    output.Append(Close);
                }
            }
        }

        if (rangeEnd >= column.Count - 1)
        {
            output.Append(text[from..]);
        }
        else
        {
            output.Append(Ellipsis);
        }

        return output.ToString();
    }

    /// <summary>fts5CInstIter: the column's matches with overlapping ones merged, as (first token, last token).</summary>
    private static List<(int Start, int End)> Coalesced(Phrase[] phrases, List<(int Column, int Offset, int Phrase)> instances, int column)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (c, offset, p) in instances)
        {
            if (c != column)
            {
                continue;
            }

            var end = offset - 1 + phrases[p].Words.Length;
            if (merged.Count > 0 && offset <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((offset, end));
            }
        }

        return merged;
    }

    /// <summary>A query phrase: its words folded as the index folds them, the last one a prefix when asked; -1 for both columns.</summary>
    private sealed class Phrase(string[] words, bool prefix, int column)
    {
        private string[]? _folded, _foldedKeepingDiacritics;
        private SearchValues<string>? _firstWord, _firstWordKeepingDiacritics;

        public string[] Words { get; } = words;

        public bool Prefix { get; } = prefix;

        public bool Allows(int c) => column < 0 || column == c;

        public string[] Folded(bool diacritics) => diacritics
            ? _folded ??= Words.Select(w => Fold(w, true)).ToArray()
            : _foldedKeepingDiacritics ??= Words.Select(w => Fold(w, false)).ToArray();

        /// <summary>
        /// A vectorised search for the first folded word in any ASCII case (null when it is not ASCII). Not
        /// <c>IndexOf(…, OrdinalIgnoreCase)</c>: with invariant globalization that compares one character at a time.
        /// </summary>
        public SearchValues<string>? FirstWord(bool diacritics) => diacritics
            ? _firstWord ??= Search(Folded(true)[0])
            : _firstWordKeepingDiacritics ??= Search(Folded(false)[0]);

        private static SearchValues<string>? Search(string word) =>
            Ascii.IsValid(word) ? SearchValues.Create([word], StringComparison.OrdinalIgnoreCase) : null;
    }

    /// <summary>
    /// One column's tokens, split where <see cref="IsSeparator"/> says, kept as one bit a character (set inside words)
    /// with the number of tokens before each 64-character block: a token's offsets and the token at an offset are found
    /// from those when asked, so only the few tokens a snippet looks at are ever located.
    /// </summary>
    private sealed class Column : IDisposable
    {
        private static readonly bool[] AsciiSeparators = Enumerable.Range(0, 128).Select(c => IsSeparator((char)c)).ToArray();

        private readonly bool _diacritics;
        private readonly List<int>? _wide;
        private readonly ulong[] _words;
        private readonly int[] _ranks;
        private readonly int _blocks;
        private int _sentenceToken = -1, _sentenceStart;

        private readonly ReadOnlyMemory<char> _text;

        public Column(ReadOnlyMemory<char> text, bool diacritics)
        {
            _text = text;
            _diacritics = diacritics;
            // One block more than the text needs, so a clear bit always follows the last token.
            _blocks = (text.Length >> 6) + 1;
            _words = ArrayPool<ulong>.Shared.Rent(_blocks);
            _ranks = ArrayPool<int>.Shared.Rent(_blocks);
            var wide = WordMask(text.Span, _words);
            var count = 0;
            for (var w = 0; w < _blocks; w++)
            {
                _ranks[w] = count;
                count += BitOperations.PopCount(StartBits(w));
            }

            Count = count;
            _wide = wide is null ? null : TokensAt(wide);
        }

        public ReadOnlySpan<char> Text => _text.Span;

        public int Count { get; }

        public void Dispose()
        {
            ArrayPool<ulong>.Shared.Return(_words);
            ArrayPool<int>.Shared.Return(_ranks);
        }

        /// <summary>
        /// One bit a character, set for the characters of words (not <see cref="IsSeparator"/>): letters and digits of
        /// ASCII compared eight at a time, other characters one by one. The bits past the text stay clear. Returns the
        /// offsets of the word characters outside ASCII (null when there are none).
        /// </summary>
        private static List<int>? WordMask(ReadOnlySpan<char> text, ulong[] words)
        {
            List<int>? wide = null;
            var length = text.Length;
            Array.Clear(words, 0, (length >> 6) + 1);
            ref var first = ref MemoryMarshal.GetReference(text);
            var i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                for (; i + Vector256<ushort>.Count <= length; i += Vector256<ushort>.Count)
                {
                    var v = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref first), (nuint)i);
                    var letter = Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
                    var digit = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
                    var other = Vector256.GreaterThanOrEqual(v, Vector256.Create((ushort)0x80)).ExtractMostSignificantBits();
                    AddBits(text, words, i, (letter | digit).ExtractMostSignificantBits(), other, ref wide);
                }
            }
            else if (Vector128.IsHardwareAccelerated)
            {
                for (; i + Vector128<ushort>.Count <= length; i += Vector128<ushort>.Count)
                {
                    var v = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref first), (nuint)i);
                    var letter = Vector128.LessThanOrEqual((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
                    var digit = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                    var other = Vector128.GreaterThanOrEqual(v, Vector128.Create((ushort)0x80)).ExtractMostSignificantBits();
                    AddBits(text, words, i, (letter | digit).ExtractMostSignificantBits(), other, ref wide);
                }
            }

            for (; i < length; i++)
            {
                if (!Separates(text[i]))
                {
                    words[i >> 6] |= 1UL << (i & 63);
                    if (text[i] >= 128)
                    {
                        (wide ??= []).Add(i);
                    }
                }
            }

            return wide;
        }

        /// <summary>
        /// Sets the word bits of the characters from <paramref name="at"/>: the ASCII letters and digits in
        /// <paramref name="bits"/>, and those of the characters outside ASCII (<paramref name="other"/>) that do not
        /// separate words. A step of 8 or 16 characters from a multiple of its size never straddles a 64-bit word.
        /// </summary>
        private static void AddBits(ReadOnlySpan<char> text, ulong[] words, int at, uint bits, uint other, ref List<int>? wide)
        {
            while (other != 0)
            {
                var k = BitOperations.TrailingZeroCount(other);
                other &= other - 1;
                if (!IsSeparator(text[at + k]))
                {
                    bits |= 1u << k;
                    (wide ??= []).Add(at + k);
                }
            }

            words[at >> 6] |= (ulong)bits << (at & 63);
        }

        /// <summary>The tokens holding the given character offsets (each a word character), in order, each once.</summary>
        private List<int> TokensAt(List<int> offsets)
        {
            var tokens = new List<int>();
            foreach (var offset in offsets)
            {
                var token = TokenAt(offset);
                if (tokens.Count == 0 || tokens[^1] != token)
                {
                    tokens.Add(token);
                }
            }

            return tokens;
        }

        /// <summary>The token that holds the word character at <paramref name="offset"/>: the last one starting at or before it.</summary>
        private int TokenAt(int offset)
        {
            var bit = offset & 63;
            var upTo = bit == 63 ? ulong.MaxValue : (1UL << (bit + 1)) - 1;
            return _ranks[offset >> 6] + BitOperations.PopCount(StartBits(offset >> 6) & upTo) - 1;
        }

        /// <summary>Whether a token starts at <paramref name="offset"/>.</summary>
        private bool StartsAt(int offset) => ((StartBits(offset >> 6) >> (offset & 63)) & 1) != 0;

        /// <summary>The bits of the block's characters that start a token: inside a word, after a separator or the text's start.</summary>
        private ulong StartBits(int block) => _words[block] & ~((_words[block] << 1) | (block > 0 ? _words[block - 1] >> 63 : 0));

        /// <summary>Where the token before the one starting at <paramref name="start"/> starts (that one is not the first).</summary>
        private int PreviousStart(int start)
        {
            var block = start >> 6;
            var bits = StartBits(block) & ((1UL << (start & 63)) - 1);
            while (bits == 0)
            {
                bits = StartBits(--block);
            }

            return (block << 6) + 63 - BitOperations.LeadingZeroCount(bits);
        }

        public int Start(int token)
        {
            // The last block with fewer tokens before it than this one's index holds its start.
            int low = 0, high = _blocks - 1;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (_ranks[mid] <= token)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            var bits = StartBits(low);
            for (var k = token - _ranks[low]; k > 0; k--)
            {
                bits &= bits - 1;
            }

            return (low << 6) + BitOperations.TrailingZeroCount(bits);
        }

        public int End(int token)
        {
            var start = Start(token);
            var block = start >> 6;
            var clear = ~_words[block] & (ulong.MaxValue << (start & 63));
            while (clear == 0)
            {
                clear = ~_words[++block];
            }

            return (block << 6) + BitOperations.TrailingZeroCount(clear);
        }

        /// <summary>
        /// fts5SentenceFinderCb: the last token at or before <paramref name="token"/> that starts a sentence: token 0,
        /// or one after whitespace that follows '.' or ':'.
        /// </summary>
        public int SentenceStart(int token)
        {
            // The snippet asks in increasing token order: below the last token asked, the answer is the one found then.
            var stop = token >= _sentenceToken && _sentenceToken >= 0 ? _sentenceToken : 0;
            _sentenceToken = token;
            _sentenceStart = SentenceStart(token, stop, stop == 0 ? 0 : _sentenceStart);
            return _sentenceStart;
        }

        /// <summary>The last sentence start in (<paramref name="stop"/>, <paramref name="token"/>], else <paramref name="below"/>.</summary>
        private int SentenceStart(int token, int stop, int below)
        {
            var text = Text;
            for (int t = token, start = token > stop ? Start(token) : 0; t > stop; t--, start = PreviousStart(start))
            {
                var i = start - 1;
                while (i >= 0 && text[i] is ' ' or '\t' or '\n' or '\r')
                {
                    i--;
                }

                if (i != start - 1 && i >= 0 && text[i] is '.' or ':')
                {
                    return t;
                }
            }

            return below;
        }

        /// <summary>The first token of every place where the whole phrase matches in a row.</summary>
        public List<int> Matches(Phrase phrase)
        {
            var words = phrase.Folded(_diacritics);
            var found = new List<int>();
            if (phrase.FirstWord(_diacritics) is not { } first)
            {
                for (var i = 0; i + words.Length <= Count; i++)
                {
                    AddIfMatch(found, phrase, words, i);
                }

                return found;
            }

            // Only a token where the first word occurs as ASCII text (any case), or a token with letters outside ASCII
            // (which may fold to it), can start a match: find the former by a vectorised search instead of trying every token.
            var text = Text;
            var wide = _wide ?? [];
            var w = 0;
            for (var at = text.IndexOfAny(first); at >= 0;)
            {
                var token = StartsAt(at) ? TokenAt(at) : -1;
                for (; token >= 0 && w < wide.Count && wide[w] < token; w++)
                {
                    AddIfMatch(found, phrase, words, wide[w]);
                }

                if (token >= 0 && (w == wide.Count || wide[w] != token))
                {
                    AddIfMatch(found, phrase, words, token);
                }

                var next = text[(at + 1)..].IndexOfAny(first);
                at = next < 0 ? -1 : at + 1 + next;
            }

            for (; w < wide.Count; w++)
            {
                AddIfMatch(found, phrase, words, wide[w]);
            }

            return found;
        }

        /// <summary>Adds <paramref name="token"/> when the phrase's words match the tokens from it on.</summary>
        private void AddIfMatch(List<int> found, Phrase phrase, string[] words, int token)
        {
            if (token + words.Length > Count)
            {
                return;
            }

            for (var w = 0; w < words.Length; w++)
            {
                if (!TokenIs(token + w, words[w], phrase.Prefix && w == words.Length - 1))
                {
                    return;
                }
            }

            found.Add(token);
        }

        /// <summary>Whether any token matches word <paramref name="w"/> of the phrase.</summary>
        public bool Contains(Phrase phrase, int w)
        {
            var word = phrase.Folded(_diacritics)[w];
            var prefix = phrase.Prefix && w == phrase.Words.Length - 1;
            for (var i = 0; i < Count; i++)
            {
                if (TokenIs(i, word, prefix))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Separates(char c) => c < 128 ? AsciiSeparators[c] : IsSeparator(c);

        /// <summary>Whether the token folds to <paramref name="word"/> (folded), or starts with it for a prefix.</summary>
        private bool TokenIs(int token, string word, bool prefix)
        {
            var start = Start(token);
            var span = Text.Slice(start, End(token) - start);
            var first = span[0];
            if (first < 128 && word[0] < 128 && (first is >= 'A' and <= 'Z' ? (char)(first | 0x20) : first) != word[0])
            {
                return false;
            }

            if (Ascii.IsValid(span))
            {
                return prefix
                    ? span.Length >= word.Length && Ascii.EqualsIgnoreCase(span[..word.Length], word)
                    : span.Length == word.Length && Ascii.EqualsIgnoreCase(span, word);
            }

            var folded = Fold(span, _diacritics);
            return prefix ? folded.StartsWith(word, StringComparison.Ordinal) : folded == word;
        }
    }

    /// <summary>
    /// A word as the index compares it: lower case, and without diacritics where <paramref name="diacritics"/> says so
    /// (FTS5 unicode61 <c>remove_diacritics 2</c>, by <see cref="FoldedLetters"/>: the service runs with invariant
    /// globalization, which has no Unicode decomposition).
    /// </summary>
    private static string Fold(ReadOnlySpan<char> word, bool diacritics)
    {
        Span<char> folded = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        if (Ascii.IsValid(word))
        {
            Ascii.ToLower(word, folded, out _);
            return new string(folded);
        }

        var length = 0;
        foreach (var c in word)
        {
            if (!diacritics || !FoldedLetters.TryGetValue(c, out var letter))
            {
                folded[length++] = char.ToLowerInvariant(c);
            }
            else if (letter != '\0')
            {
                folded[length++] = letter;
            }
        }

        return new string(folded[..length]);
    }

    /// <summary>
    /// What FTS5's unicode61 tokenizer with <c>remove_diacritics 2</c> makes of each letter it folds to another than
    /// its lower case (U+00C0–U+024F, U+0300–U+036F, U+1E00–U+1EFF; '\0' where it drops a combining mark), read
    /// from SQLite's own tokenizer one character at a time.
    /// </summary>
    private static readonly Dictionary<char, char> FoldedLetters = Pairs(
        "\u00C0\u0061\u00C1\u0061\u00C2\u0061\u00C3\u0061\u00C4\u0061\u00C5\u0061\u00C7\u0063\u00C8\u0065\u00C9\u0065"
        + "\u00CA\u0065\u00CB\u0065\u00CC\u0069\u00CD\u0069\u00CE\u0069\u00CF\u0069\u00D1\u006E\u00D2\u006F\u00D3\u006F"
        + "\u00D4\u006F\u00D5\u006F\u00D6\u006F\u00D9\u0075\u00DA\u0075\u00DB\u0075\u00DC\u0075\u00DD\u0079\u00E0\u0061"
        + "\u00E1\u0061\u00E2\u0061\u00E3\u0061\u00E4\u0061\u00E5\u0061\u00E7\u0063\u00E8\u0065\u00E9\u0065\u00EA\u0065"
        + "\u00EB\u0065\u00EC\u0069\u00ED\u0069\u00EE\u0069\u00EF\u0069\u00F1\u006E\u00F2\u006F\u00F3\u006F\u00F4\u006F"
        + "\u00F5\u006F\u00F6\u006F\u00F9\u0075\u00FA\u0075\u00FB\u0075\u00FC\u0075\u00FD\u0079\u00FF\u0079\u0100\u0061"
        + "\u0101\u0061\u0102\u0061\u0103\u0061\u0104\u0061\u0105\u0061\u0106\u0063\u0107\u0063\u0108\u0063\u0109\u0063"
        + "\u010A\u0063\u010B\u0063\u010C\u0063\u010D\u0063\u010E\u0064\u010F\u0064\u0112\u0065\u0113\u0065\u0114\u0065"
        + "\u0115\u0065\u0116\u0065\u0117\u0065\u0118\u0065\u0119\u0065\u011A\u0065\u011B\u0065\u011C\u0067\u011D\u0067"
        + "\u011E\u0067\u011F\u0067\u0120\u0067\u0121\u0067\u0122\u0067\u0123\u0067\u0124\u0068\u0125\u0068\u0128\u0069"
        + "\u0129\u0069\u012A\u0069\u012B\u0069\u012C\u0069\u012D\u0069\u012E\u0069\u012F\u0069\u0130\u0069\u0134\u006A"
        + "\u0135\u006A\u0136\u006B\u0137\u006B\u0139\u006C\u013A\u006C\u013B\u006C\u013C\u006C\u013D\u006C\u013E\u006C"
        + "\u0143\u006E\u0144\u006E\u0145\u006E\u0146\u006E\u0147\u006E\u0148\u006E\u014C\u006F\u014D\u006F\u014E\u006F"
        + "\u014F\u006F\u0150\u006F\u0151\u006F\u0154\u0072\u0155\u0072\u0156\u0072\u0157\u0072\u0158\u0072\u0159\u0072"
        + "\u015A\u0073\u015B\u0073\u015C\u0073\u015D\u0073\u015E\u0073\u015F\u0073\u0160\u0073\u0161\u0073\u0162\u0074"
        + "\u0163\u0074\u0164\u0074\u0165\u0074\u0168\u0075\u0169\u0075\u016A\u0075\u016B\u0075\u016C\u0075\u016D\u0075"
        + "\u016E\u0075\u016F\u0075\u0170\u0075\u0171\u0075\u0172\u0075\u0173\u0075\u0174\u0077\u0175\u0077\u0176\u0079"
        + "\u0177\u0079\u0178\u0079\u0179\u007A\u017A\u007A\u017B\u007A\u017C\u007A\u017D\u007A\u017E\u007A\u017F\u0073"
        + "\u01A0\u006F\u01A1\u006F\u01AF\u0075\u01B0\u0075\u01CD\u0061\u01CE\u0061\u01CF\u0069\u01D0\u0069\u01D1\u006F"
        + "\u01D2\u006F\u01D3\u0075\u01D4\u0075\u01D5\u0075\u01D6\u0075\u01D7\u0075\u01D8\u0075\u01D9\u0075\u01DA\u0075"
        + "\u01DB\u0075\u01DC\u0075\u01DE\u0061\u01DF\u0061\u01E6\u0067\u01E7\u0067\u01E8\u006B\u01E9\u006B\u01EA\u006F"
        + "\u01EB\u006F\u01EC\u006F\u01ED\u006F\u01F0\u006A\u01F4\u0067\u01F5\u0067\u01F8\u006E\u01F9\u006E\u01FA\u0061"
        + "\u01FB\u0061\u0200\u0061\u0201\u0061\u0202\u0061\u0203\u0061\u0204\u0065\u0205\u0065\u0206\u0065\u0207\u0065"
        + "\u0208\u0069\u0209\u0069\u020A\u0069\u020B\u0069\u020C\u006F\u020D\u006F\u020E\u006F\u020F\u006F\u0210\u0072"
        + "\u0211\u0072\u0212\u0072\u0213\u0072\u0214\u0075\u0215\u0075\u0216\u0075\u0217\u0075\u0218\u0073\u0219\u0073"
        + "\u021A\u0074\u021B\u0074\u021E\u0068\u021F\u0068\u0226\u0061\u0227\u0061\u0228\u0065\u0229\u0065\u022A\u006F"
        + "\u022B\u006F\u022C\u006F\u022D\u006F\u022E\u006F\u022F\u006F\u0230\u006F\u0231\u006F\u0232\u0079\u0233\u0079"
        + "\u0300\u0000\u0301\u0000\u0302\u0000\u0303\u0000\u0304\u0000\u0306\u0000\u0307\u0000\u0308\u0000\u0309\u0000"
        + "\u030A\u0000\u030B\u0000\u030C\u0000\u030F\u0000\u0311\u0000\u031B\u0000\u0323\u0000\u0324\u0000\u0325\u0000"
        + "\u0326\u0000\u0327\u0000\u0328\u0000\u032D\u0000\u032E\u0000\u0330\u0000\u0331\u0000\u1E00\u0061\u1E01\u0061"
        + "\u1E02\u0062\u1E03\u0062\u1E04\u0062\u1E05\u0062\u1E06\u0062\u1E07\u0062\u1E08\u0063\u1E09\u0063\u1E0A\u0064"
        + "\u1E0B\u0064\u1E0C\u0064\u1E0D\u0064\u1E0E\u0064\u1E0F\u0064\u1E10\u0064\u1E11\u0064\u1E12\u0064\u1E13\u0064"
        + "\u1E14\u0065\u1E15\u0065\u1E16\u0065\u1E17\u0065\u1E18\u0065\u1E19\u0065\u1E1A\u0065\u1E1B\u0065\u1E1C\u0065"
        + "\u1E1D\u0065\u1E1E\u0066\u1E1F\u0066\u1E20\u0067\u1E21\u0067\u1E22\u0068\u1E23\u0068\u1E24\u0068\u1E25\u0068"
        + "\u1E26\u0068\u1E27\u0068\u1E28\u0068\u1E29\u0068\u1E2A\u0068\u1E2B\u0068\u1E2C\u0069\u1E2D\u0069\u1E2E\u0069"
        + "\u1E2F\u0069\u1E30\u006B\u1E31\u006B\u1E32\u006B\u1E33\u006B\u1E34\u006B\u1E35\u006B\u1E36\u006C\u1E37\u006C"
        + "\u1E38\u006C\u1E39\u006C\u1E3A\u006C\u1E3B\u006C\u1E3C\u006C\u1E3D\u006C\u1E3E\u006D\u1E3F\u006D\u1E40\u006D"
        + "\u1E41\u006D\u1E42\u006D\u1E43\u006D\u1E44\u006E\u1E45\u006E\u1E46\u006E\u1E47\u006E\u1E48\u006E\u1E49\u006E"
        + "\u1E4A\u006E\u1E4B\u006E\u1E4C\u006F\u1E4D\u006F\u1E4E\u006F\u1E4F\u006F\u1E50\u006F\u1E51\u006F\u1E52\u006F"
        + "\u1E53\u006F\u1E54\u0070\u1E55\u0070\u1E56\u0070\u1E57\u0070\u1E58\u0072\u1E59\u0072\u1E5A\u0072\u1E5B\u0072"
        + "\u1E5C\u0072\u1E5D\u0072\u1E5E\u0072\u1E5F\u0072\u1E60\u0073\u1E61\u0073\u1E62\u0073\u1E63\u0073\u1E64\u0073"
        + "\u1E65\u0073\u1E66\u0073\u1E67\u0073\u1E68\u0073\u1E69\u0073\u1E6A\u0074\u1E6B\u0074\u1E6C\u0074\u1E6D\u0074"
        + "\u1E6E\u0074\u1E6F\u0074\u1E70\u0074\u1E71\u0074\u1E72\u0075\u1E73\u0075\u1E74\u0075\u1E75\u0075\u1E76\u0075"
        + "\u1E77\u0075\u1E78\u0075\u1E79\u0075\u1E7A\u0075\u1E7B\u0075\u1E7C\u0076\u1E7D\u0076\u1E7E\u0076\u1E7F\u0076"
        + "\u1E80\u0077\u1E81\u0077\u1E82\u0077\u1E83\u0077\u1E84\u0077\u1E85\u0077\u1E86\u0077\u1E87\u0077\u1E88\u0077"
        + "\u1E89\u0077\u1E8A\u0078\u1E8B\u0078\u1E8C\u0078\u1E8D\u0078\u1E8E\u0079\u1E8F\u0079\u1E90\u007A\u1E91\u007A"
        + "\u1E92\u007A\u1E93\u007A\u1E94\u007A\u1E95\u007A\u1E96\u0068\u1E97\u0074\u1E98\u0077\u1E99\u0079\u1E9B\u0073"
        + "\u1EA0\u0061\u1EA1\u0061\u1EA2\u0061\u1EA3\u0061\u1EA4\u0061\u1EA5\u0061\u1EA6\u0061\u1EA7\u0061\u1EA8\u0061"
        + "\u1EA9\u0061\u1EAA\u0061\u1EAB\u0061\u1EAC\u0061\u1EAD\u0061\u1EAE\u0061\u1EAF\u0061\u1EB0\u0061\u1EB1\u0061"
        + "\u1EB2\u0061\u1EB3\u0061\u1EB4\u0061\u1EB5\u0061\u1EB6\u0061\u1EB7\u0061\u1EB8\u0065\u1EB9\u0065\u1EBA\u0065"
        + "\u1EBB\u0065\u1EBC\u0065\u1EBD\u0065\u1EBE\u0065\u1EBF\u0065\u1EC0\u0065\u1EC1\u0065\u1EC2\u0065\u1EC3\u0065"
        + "\u1EC4\u0065\u1EC5\u0065\u1EC6\u0065\u1EC7\u0065\u1EC8\u0069\u1EC9\u0069\u1ECA\u0069\u1ECB\u0069\u1ECC\u006F"
        + "\u1ECD\u006F\u1ECE\u006F\u1ECF\u006F\u1ED0\u006F\u1ED1\u006F\u1ED2\u006F\u1ED3\u006F\u1ED4\u006F\u1ED5\u006F"
        + "\u1ED6\u006F\u1ED7\u006F\u1ED8\u006F\u1ED9\u006F\u1EDA\u006F\u1EDB\u006F\u1EDC\u006F\u1EDD\u006F\u1EDE\u006F"
        + "\u1EDF\u006F\u1EE0\u006F\u1EE1\u006F\u1EE2\u006F\u1EE3\u006F\u1EE4\u0075\u1EE5\u0075\u1EE6\u0075\u1EE7\u0075"
        + "\u1EE8\u0075\u1EE9\u0075\u1EEA\u0075\u1EEB\u0075\u1EEC\u0075\u1EED\u0075\u1EEE\u0075\u1EEF\u0075\u1EF0\u0075"
        + "\u1EF1\u0075\u1EF2\u0079\u1EF3\u0079\u1EF4\u0079\u1EF5\u0079\u1EF6\u0079\u1EF7\u0079\u1EF8\u0079\u1EF9\u0079");

    private static Dictionary<char, char> Pairs(string pairs)
    {
        var map = new Dictionary<char, char>(pairs.Length / 2);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
