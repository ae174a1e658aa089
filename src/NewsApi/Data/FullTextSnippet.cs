using System.Globalization;
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
    public string Snippet(string title, string body, bool foldDiacritics)
    {
        var phrases = _phrases ??= CollectPhrases();
        var columns = new[] { Column.Read(title, phrases, foldDiacritics), Column.Read(body, phrases, foldDiacritics) };
        var reported = new bool[phrases.Length];
        Report(_root, phrases, columns, reported, out _);
        var instances = Instances(phrases, columns, reported);
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
                    phrases.Add(new Phrase(t, Words(t.Text).ToArray(), t.Prefix, t.Column switch { "title" => 0, "body" => 1, _ => -1 }));
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
    private static bool Report(Node node, Phrase[] phrases, Column[] columns, bool[] reported, out bool noMatch)
    {
        if (node is Term term)
        {
            var index = Array.FindIndex(phrases, p => ReferenceEquals(p.Source, term));
            var phrase = phrases[index];
            var at = phrase.Words.Length > 0 && Enumerable.Range(0, phrase.Words.Length).All(w => columns.Where((_, c) => phrase.Allows(c)).Any(col => col.Contains(phrase, w)));
            var instances = at && columns.Where((_, c) => phrase.Allows(c)).Any(col => col.FirstMatch(phrase, 0) >= 0);
            noMatch = at && !instances;
            reported[index] = instances;
            return at;
        }

        var b = (Binary)node;
        var scratch = new bool[reported.Length];
        var leftAt = Report(b.Left, phrases, columns, scratch, out var leftNo);
        var rightScratch = new bool[reported.Length];
        var rightAt = Report(b.Right, phrases, columns, rightScratch, out var rightNo);
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
    private static List<(int Column, int Offset, int Phrase)> Instances(Phrase[] phrases, Column[] columns, bool[] reported)
    {
        var instances = new List<(int Column, int Offset, int Phrase)>();
        for (var c = 0; c < columns.Length; c++)
        {
            for (var p = 0; p < phrases.Length; p++)
            {
                if (!reported[p] || !phrases[p].Allows(c))
                {
                    continue;
                }

                for (var at = columns[c].FirstMatch(phrases[p], 0); at >= 0; at = columns[c].FirstMatch(phrases[p], at + 1))
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

            var firsts = columns[c].SentenceStarts;
            if (firsts.Count > 0 && size > SnippetTokens)
            {
                var j = 0;
                while (j < firsts.Count - 1 && firsts[j + 1] <= offset)
                {
                    j++;
                }

                if (firsts[j] < offset)
                {
                    score = WindowScore(phrases, instances, seen, c, firsts[j], size, out _) + (firsts[j] == 0 ? 120 : 100);
                    if (score > bestScore)
                    {
                        (bestScore, bestColumn, bestStart) = (score, c, firsts[j]);
                    }
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
        foreach (var (c, offset, p) in instances)
        {
            if (c == column && offset >= start && offset < end)
            {
                score += seen[p] ? 1 : 1000;
                seen[p] = true;
                if (first < 0)
                {
                    first = offset;
                }

                last = offset + phrases[p].Words.Length;
            }
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
            var (tokenStart, tokenEnd) = (column.Starts[pos], column.Ends[pos]);
            if (rangeStart > 0 && pos == rangeStart)
            {
                from = tokenStart;
            }

            var (matchStart, matchEnd) = m < matches.Count ? matches[m] : (-1, -1);
            if (pos == matchStart)
            {
                output.Append(text, from, tokenStart - from).Append(Open);
                from = tokenStart;
            }

            if (pos == matchEnd)
            {
                if (matchStart < rangeStart)
                {
                    output.Append(Open);
                }

                output.Append(text, from, tokenEnd - from).Append(Close);
                from = tokenEnd;
                m++;
                (matchStart, matchEnd) = m < matches.Count ? matches[m] : (-1, -1);
            }

            if (pos == rangeEnd)
            {
                output.Append(text, from, tokenEnd - from);
                from = tokenEnd;
                if (pos >= matchStart && pos < matchEnd)
                {
                    output.Append(Close);
                }
            }
        }

        if (rangeEnd >= column.Count - 1)
        {
            output.Append(text, from, text.Length - from);
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
    private sealed class Phrase(Term source, string[] words, bool prefix, int column)
    {
        private readonly Dictionary<bool, string[]> _folded = [];

        public Term Source { get; } = source;

        public string[] Words { get; } = words;

        public bool Prefix { get; } = prefix;

        public bool Allows(int c) => column < 0 || column == c;

        public string[] Folded(bool diacritics)
        {
            if (!_folded.TryGetValue(diacritics, out var folded))
            {
                folded = Words.Select(w => Fold(w, diacritics)).ToArray();
                _folded[diacritics] = folded;
            }

            return folded;
        }

        /// <summary>Whether the folded token matches word <paramref name="w"/> of the phrase.</summary>
        public bool Matches(string token, int w, bool diacritics)
        {
            var word = Folded(diacritics)[w];
            return Prefix && w == Words.Length - 1 ? token.StartsWith(word, StringComparison.Ordinal) : token == word;
        }
    }

    /// <summary>One column's tokens (UTF-16 offsets), their folded text where it can match the query, and its sentence starts.</summary>
    private sealed class Column
    {
        private Column(string text, bool diacritics)
        {
            Text = text;
            Diacritics = diacritics;
        }

        public string Text { get; }

        public bool Diacritics { get; }

        public List<int> Starts { get; } = [];

        public List<int> Ends { get; } = [];

        /// <summary>The token folded, or null where its first letter rules out every query word.</summary>
        public List<string?> Folded { get; } = [];

        /// <summary>fts5SentenceFinderCb: token 0, and each token after whitespace that follows '.' or ':'.</summary>
        public List<int> SentenceStarts { get; } = [];

        public int Count => Starts.Count;

        public static Column Read(string text, Phrase[] phrases, bool diacritics)
        {
            var column = new Column(text, diacritics);
            var firsts = new HashSet<char>();
            foreach (var phrase in phrases)
            {
                foreach (var word in phrase.Folded(diacritics))
                {
                    firsts.Add(word[0]);
                }
            }

            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var separator = i == text.Length || IsSeparator(text[i]);
                if (!separator && start < 0)
                {
                    start = i;
                }
                else if (separator && start >= 0)
                {
                    column.Add(start, i, firsts);
                    start = -1;
                }
            }

            return column;
        }

        private void Add(int start, int end, HashSet<char> firsts)
        {
            if (Count == 0)
            {
                SentenceStarts.Add(0);
            }
            else
            {
                var i = start - 1;
                while (i >= 0 && Text[i] is ' ' or '\t' or '\n' or '\r')
                {
                    i--;
                }

                if (i != start - 1 && i >= 0 && Text[i] is '.' or ':')
                {
                    SentenceStarts.Add(Count);
                }
            }

            var c = Text[start];
            var candidate = c > '\u007F' || firsts.Contains(char.ToLowerInvariant(c));
            Starts.Add(start);
            Ends.Add(end);
            Folded.Add(candidate ? Fold(Text.AsSpan(start, end - start), Diacritics) : null);
        }

        /// <summary>Whether any token matches word <paramref name="w"/> of the phrase.</summary>
        public bool Contains(Phrase phrase, int w)
        {
            foreach (var token in Folded)
            {
                if (token is not null && phrase.Matches(token, w, Diacritics))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first token at or after <paramref name="from"/> where the whole phrase matches in a row, or -1.</summary>
        public int FirstMatch(Phrase phrase, int from)
        {
            var n = phrase.Words.Length;
            for (var i = from; i + n <= Count; i++)
            {
                var all = true;
                for (var w = 0; w < n && all; w++)
                {
                    all = Folded[i + w] is { } token && phrase.Matches(token, w, Diacritics);
                }

                if (all)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>
    /// A word as the index compares it: lower case, and without diacritics where <paramref name="diacritics"/> says so
    /// (FTS5 unicode61 <c>remove_diacritics 2</c>).
    /// </summary>
    private static string Fold(ReadOnlySpan<char> word, bool diacritics)
    {
        if (!System.Text.Ascii.IsValid(word))
        {
            var text = word.ToString();
            if (diacritics)
            {
                var decomposed = text.Normalize(NormalizationForm.FormD);
                var kept = new StringBuilder(decomposed.Length);
                foreach (var c in decomposed)
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        kept.Append(c);
                    }
                }

                text = kept.ToString().Normalize(NormalizationForm.FormC);
            }

            return text.ToLowerInvariant();
        }

        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        System.Text.Ascii.ToLower(word, lower, out _);
        return new string(lower);
    }
}
