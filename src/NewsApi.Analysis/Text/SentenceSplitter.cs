namespace NewsApi.Analysis.Text;

/// <summary>
/// Splits text into sentence spans in one hand-written left-to-right scan (linear time, no regular expressions).
/// </summary>
/// <remarks>
/// Rules, in the order they apply:
/// <list type="bullet">
/// <item>A blank line always ends a sentence. A single newline ends one when the next line is a bullet item, the
/// current line is one, or the current line is short and looks like a heading.</item>
/// <item>Bullet markers ("- ", "• ", "* ", "1. ", "2) ") at the start of a line are left out of the sentence span.</item>
/// <item>A run of terminators (". ! ? …") plus closing quotes and brackets ends a sentence when whitespace and a
/// word that does not start in lower case follow. So an ellipsis followed by lower case, <c>..." he said</c>,
/// "e.g. the" and "1.5" never split.</item>
/// <item>After a single period the word before it decides: titles ("Mr.", "Dr.", "St.") never end a sentence;
/// initials ("W.", "J.K.", "U.S.") and common abbreviations ("Inc.", "Jan.", "etc.") end one only when the next word
/// usually opens a sentence ("The", "He", ...).</item>
/// <item>A terminator inside a quotation that closes with a comma (<c>"... conversation. Each of us ...," Putin
/// told reporters.</c>) does not end the sentence: the quote and its attribution stay together.</item>
/// <item>Text without boundaries is cut at the last whitespace before <see cref="MaxSentenceLength"/> characters.</item>
/// </list>
/// Spans are end exclusive and trimmed of whitespace.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>Longest sentence produced; longer runs without a boundary are cut on whitespace.</summary>
    public const int MaxSentenceLength = 400;

    /// <summary>How far a quotation is followed to find its closing mark.</summary>
    private const int MaxQuoteLength = 600;

    /// <summary>A single line no longer than this, without final punctuation, may be a heading.</summary>
    private const int MaxHeadingLength = 60;

    private const int MaxHeadingWords = 10;

    public static IReadOnlyList<(int Start, int End)> Split(string text, int from = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int, int)>(text.Length / 80 + 1);
        var n = text.Length;
        var i = Math.Clamp(from, 0, n);
        var quotes = new QuoteState(-1, -1);
        while (i < n)
        {
            i = SkipSpace(text, i);
            if (i >= n)
            {
                break;
            }

            var isBullet = false;
            if (IsLineStart(text, i, from))
            {
                var afterMarker = BulletEnd(text, i);
                if (afterMarker > i)
                {
                    isBullet = true;
                    i = SkipSpace(text, afterMarker);
                    if (i >= n)
                    {
                        break;
                    }
                }
            }

            var start = i;
            var (end, next) = ScanSentence(text, start, isBullet, ref quotes);
            var e = end;
            while (e > start && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > start)
            {
                result.Add((start, e));
            }

            i = Math.Max(next, start + 1);
        }

        return result;
    }

    /// <summary>
    /// Where the quotation being read closes when it closes with "," (so a full stop inside it ends no sentence), and
    /// how far the text has been scanned for closing marks; carried from one sentence to the next.
    /// </summary>
    private record struct QuoteState(int CloseAt, int ScannedTo);

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The sentence that opens at <paramref name="start"/>: where it ends and where the next one may begin.</summary>
    private static (int End, int Next) ScanSentence(string text, int start, bool isBullet, ref QuoteState quotes)
    {
        var n = text.Length;
        var i = start;
        var lineStart = i;
        while (i < n)
        {
            var c = text[i];
            if (i - start >= MaxSentenceLength)
            {
                var cut = CutPoint(text, start, i);
                return (cut, cut);
            }

            if (c == '\n')
            {
                var j = i + 1;
                while (j < n && text[j] != '\n' && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                if (j >= n || text[j] == '\n' || isBullet || BulletEnd(text, j) > j || LooksLikeHeading(text, lineStart, i, j))
                {
                    return (i, j);
                }

                lineStart = j;
                i = j;
                continue;
            }

            if (c == '"' || c == '\u201C')
            {
                if (IsOpeningQuote(text, i) && i > quotes.ScannedTo)
                {
                    var close = FindClosingQuote(text, i + 1);
                    quotes = new QuoteState(close > 0 && text[close - 1] == ',' ? close : -1, close < 0 ? i : close);
                }

                i++;
                continue;
            }

            if (IsTerminator(c))
            {
                var boundary = Boundary(text, start, i, out var runEnd);
                if (boundary >= 0 && !(quotes.CloseAt > i && text[runEnd - 1] != '"' && text[runEnd - 1] != '\u201D'))
                {
                    return (runEnd, boundary);
                }

                i = runEnd;
                continue;
            }

            i++;
        }

        return (n, n);
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']';

    private static bool IsOpener(char c) => c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[';

    /// <summary>
    /// Decides whether the terminator at <paramref name="p"/> ends the sentence. Returns where the next sentence may
    /// start (or -1 for no boundary); <paramref name="runEnd"/> is one past the terminators and closing marks.
    /// </summary>
    private static int Boundary(string text, int start, int p, out int runEnd)
    {
        var n = text.Length;
        var q = p;
        var periods = 0;
        var strong = false;
        var ellipsis = false;
        while (q < n && IsTerminator(text[q]))
        {
            switch (text[q])
            {
                case '.':
                    periods++;
                    break;
                case '\u2026':
                    ellipsis = true;
                    break;
                default:
                    strong = true;
                    break;
            }

            q++;
        }

        ellipsis |= periods >= 2;
        var r = q;
        while (r < n && IsCloser(text[r]))
        {
            r++;
        }

        runEnd = q;
        if (r < n && !char.IsWhiteSpace(text[r]))
        {
            return -1;
        }

        runEnd = r;
        var k = r;
        while (k < n && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= n)
        {
            return k;
        }

        var m = k;
        while (m < n && IsOpener(text[m]))
        {
            m++;
        }

        if (m >= n)
        {
            return k;
        }

        var first = text[m];
        if (char.IsLower(first))
        {
            return -1;
        }

        if (strong || ellipsis)
        {
            return k;
        }

        // A single period: look at the word in front of it.
        var w = p;
        while (w > start && (char.IsLetterOrDigit(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text.AsSpan(w, p - w);
        if (word.IsEmpty)
        {
            return k;
        }

        if (Abbreviations.IsTitle(word))
        {
            return -1;
        }

        var ambiguous = IsInitials(word) || Abbreviations.IsCommon(word);
        if (!ambiguous)
        {
            return k;
        }

        if (char.IsDigit(first))
        {
            return -1;
        }

        var nextEnd = m;
        while (nextEnd < n && char.IsLetter(text[nextEnd]))
        {
            nextEnd++;
        }

        return Abbreviations.IsSentenceStarter(text.AsSpan(m, nextEnd - m)) ? k : -1;
    }

    /// <summary>"W", "U.S", "J.K", "e.g": single letters separated by periods.</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static bool IsLineStart(string text, int i, int from)
    {
        for (var j = i - 1; j >= from; j--)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One past a bullet marker ("- ", "• ", "* ", "12. ", "3) ") at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private static int BulletEnd(string text, int i)
    {
        var n = text.Length;
        if (i >= n)
        {
            return i;
        }

        var c = text[i];
        if (c is '-' or '*' or '\u2022' or '\u2013' or '\u2014' or '\u00B7' or '\u25AA' or '\u25CF' or '\u25E6' or '>')
        {
            return i + 1 < n && (text[i + 1] == ' ' || text[i + 1] == '\t') ? i + 1 : i;
        }

        var d = i;
        while (d < n && d - i < 3 && char.IsAsciiDigit(text[d]))
        {
            d++;
        }

        if (d > i && d + 1 < n && (text[d] == '.' || text[d] == ')') && (text[d + 1] == ' ' || text[d + 1] == '\t'))
        {
            return d + 1;
        }

        return i;
    }

    /// <summary>
    /// A single line break ends a heading: a short line with no final punctuation and no trailing connective,
    /// followed by a line that starts like a sentence.
    /// </summary>
    private static bool LooksLikeHeading(string text, int lineStart, int newline, int nextLineStart)
    {
        var e = newline;
        while (e > lineStart && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        if (e - lineStart > MaxHeadingLength || e == lineStart)
        {
            return false;
        }

        var last = text[e - 1];
        if (last is ',' or ';' or '-' or '(' or '\u2013' or '\u2014')
        {
            return false;
        }

        var next = text[nextLineStart];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201C' or '('))
        {
            return false;
        }

        // A wrapped line of prose often ends in a function word ("... and the"); a heading does not.
        var words = 1;
        var lastWordStart = lineStart;
        for (var k = lineStart; k < e; k++)
        {
            if (text[k] == ' ')
            {
                words++;
                lastWordStart = k + 1;
            }
        }

        var lastWord = text.AsSpan(lastWordStart, e - lastWordStart);
        Span<char> lower = stackalloc char[Math.Min(lastWord.Length, 32)];
        var isFunctionWord = lastWord.Length <= 32 && lastWord.ToLowerInvariant(lower) > 0 && StopWords.Contains(lower);
        return words <= MaxHeadingWords && !isFunctionWord;
    }

    private static bool IsOpeningQuote(string text, int i)
    {
        if (text[i] == '\u201C')
        {
            return true;
        }

        return i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '-' or '\u2013' or '\u2014' or ':';
    }

    /// <summary>The closing mark of a quotation opened before <paramref name="from"/>, within the paragraph; -1 if none.</summary>
    private static int FindClosingQuote(string text, int from)
    {
        var limit = Math.Min(text.Length, from + MaxQuoteLength);
        for (var j = from; j < limit; j++)
        {
            var c = text[j];
            if (c == '\u201D' || (c == '"' && !IsOpeningQuote(text, j)))
            {
                return j;
            }

            if (c == '\u201C' || c == '"')
            {
                return -1;
            }

            if (c == '\n' && j + 1 < text.Length && text[j + 1] == '\n')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Where to cut an over-long sentence: the last line break or space in its second half, else at <paramref name="i"/>.</summary>
    private static int CutPoint(string text, int start, int i)
    {
        var floor = start + MaxSentenceLength / 2;
        for (var j = i; j > floor; j--)
        {
            if (text[j] == '\n')
            {
                return j;
            }
        }

        for (var j = i; j > floor; j--)
        {
            if (char.IsWhiteSpace(text[j]))
            {
                return j;
            }
        }

        return i;
    }
}
