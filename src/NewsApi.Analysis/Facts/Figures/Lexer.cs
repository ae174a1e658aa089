namespace NewsApi.Analysis.Facts.Figures;

internal enum LexKind
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// One lexical item of the raw text. Figures and dates scan their own lexemes rather than the shared tokens:
/// they need finer pieces ("$1.2bn" → "$", "1.2", "bn"; "two-day" → "two", "-", "day") and exact adjacency.
/// </summary>
internal readonly record struct Lex(int Start, int End, LexKind Kind, string Lower)
{
    public int Length => End - Start;
}

/// <summary>
/// The lexemes of one text, and the last date scan over them. Figures and dates both need the lexemes and the
/// date spans (figures to skip numbers inside dates), so one analysis lexes and scans for dates once, not twice.
/// </summary>
internal sealed class LexedText(Lex[] lexes)
{
    private volatile DateScan? _dates;

    public Lex[] Lexes { get; } = lexes;

    /// <summary>The date matches for <paramref name="anchor"/>, scanned once per anchor (the last one is kept).</summary>
    public List<Dates.DateMatch> DatesFor(string text, DateOnly? anchor)
    {
        if (_dates is { } cached && cached.Anchor == anchor)
        {
            return cached.Matches;
        }

        var matches = Dates.DateScanner.Scan(text, Lexes, anchor);
        _dates = new DateScan(anchor, matches);
        return matches;
    }

    // One reference, so a reader on another thread sees the anchor and its matches together.
    private sealed record DateScan(DateOnly? Anchor, List<Dates.DateMatch> Matches);
}

internal static class Lexer
{
    /// <summary>Splits text into words (letters, inner apostrophes), digit runs (with inner "," and "." groups) and single punctuation marks. Linear.</summary>
    public static Lex[] Lex(string text)
    {
        // One list per thread, reused: the only array allocated per text is the result, at its exact length.
        var result = t_buffer ??= new List<Lex>(1024);
        result.Clear();
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var s = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < n && (char.IsLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < n && char.IsLetter(text[i + 1]) && !IsPossessiveS(text, i))))
                {
                    i++;
                }

                result.Add(new Lex(s, i, LexKind.Word, LowerCase(text, s, i)));
            }
            else if (IsAsciiDigit(c) && LocaleNumberEnd(text, s, out var normalized) is var localeEnd and > 0)
            {
                // "1.111,11", "1'000'000", "1,3": read as the invariant "1,111.11", "1,000,000", "1.3" (same length, same offsets).
                i = localeEnd;
                result.Add(new Lex(s, i, LexKind.Number, normalized));
            }
            else if (IsAsciiDigit(c) || (c == '.' && i + 1 < n && IsAsciiDigit(text[i + 1]) && (i == 0 || !IsAsciiDigit(text[i - 1]))))
            {
                var seenPoint = c == '.';
                i = c == '.' ? i + 1 : IndianGroupedEnd(text, s);
                while (i < n)
                {
                    if (IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                    else if (text[i] == ',' && !seenPoint && IsThousandsGroup(text, i + 1))
                    {
                        i++;
                    }
                    else if (text[i] == '.' && !seenPoint && i + 1 < n && IsAsciiDigit(text[i + 1]))
                    {
                        seenPoint = true;
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                result.Add(new Lex(s, i, LexKind.Number, text[s..i]));
            }
            else
            {
                i++;
                result.Add(new Lex(s, i, LexKind.Punct, Text.Tokenizer.OneChar(c)));
            }
        }

        var lexes = result.ToArray();
        if (result.Capacity > MaxKeptBuffer)
        {
            t_buffer = null; // an unusually long text does not pin its buffer for the thread's lifetime
        }

        return lexes;
    }

    private const int MaxKeptBuffer = 1 << 16;

    [ThreadStatic]
    private static List<Lex>? t_buffer;

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>
    /// Numbers written with another locale's separators, starting at <paramref name="s"/>: dots for thousands and a decimal comma ("1.111,11",
    /// "2.500.000" with at least two dot groups), apostrophes for thousands ("1'000'000", "12’500.50"), or a lone decimal comma before one or two
    /// digits ("1,3"; "1,300" is thousands, "22,24,26" a list). Returns the end and the number in invariant form, or 0. Looks at most a few
    /// groups ahead.
    /// </summary>
    private static int LocaleNumberEnd(string text, int s, out string normalized)
    {
        normalized = "";
        if (s > 0 && (IsAsciiDigit(text[s - 1]) || text[s - 1] is ',' or '.' or '\'' or '\u2019' or '-' or '/'))
        {
            return 0;
        }

        var i = s;
        while (i < text.Length && i - s < 3 && IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i >= text.Length || IsAsciiDigit(text[i]))
        {
            return 0;
        }

        var sep = text[i];
        var groups = 0;
        while (groups < 8 && i < text.Length && text[i] == sep && sep is '.' or '\'' or '\u2019' && IsGroupOfThree(text, i + 1))
        {
            i += 4;
            groups++;
        }

        var decimalMark = sep == '.' ? ',' : '.';
        var end = i;
        if (groups > 0 && end + 1 < text.Length && text[end] == decimalMark && IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && end - i < 12 && IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        if (groups > 0 && (sep != '.' || groups >= 2 || end > i) && !ContinuesNumber(text, end))
        {
            var chars = text.AsSpan(s, end - s).ToArray();
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = chars[k] switch { '.' when sep == '.' => ',', ',' when sep == '.' => '.', '\'' or '\u2019' => ',', var ch => ch };
            }

            normalized = new string(chars);
            return end;
        }

        // "1,3": a decimal comma before one or two digits that nothing continues.
        if (groups == 0 && sep == ',' && i + 1 < text.Length && IsAsciiDigit(text[i + 1]))
        {
            var e = i + 1;
            while (e < text.Length && e - i <= 3 && IsAsciiDigit(text[e]))
            {
                e++;
            }

            if (e - i - 1 is 1 or 2 && !ContinuesNumber(text, e))
            {
                normalized = string.Concat(text.AsSpan(s, i - s), ".", text.AsSpan(i + 1, e - i - 1));
                return e;
            }
        }

        return 0;
    }

    private static bool IsGroupOfThree(string text, int i) =>
        i + 2 < text.Length && IsAsciiDigit(text[i]) && IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2]) && (i + 3 >= text.Length || !IsAsciiDigit(text[i + 3]));

    // Another separator and digit right after ("1,3,5", "1.111.1", "6,4-6"): a list, a code or scores, not one number.
    private static bool ContinuesNumber(string text, int e) =>
        e < text.Length && (IsAsciiDigit(text[e]) || (e + 1 < text.Length && text[e] is ',' or '.' or '\'' or '\u2019' or '/' or '-' && IsAsciiDigit(text[e + 1])));

    // One allocation per word: a lower-case word is copied as is, any other is lowered while copied.
    private static string LowerCase(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        foreach (var c in span)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return string.Create(span.Length, (text, start), static (dest, state) =>
                    state.text.AsSpan(state.start, dest.Length).ToLowerInvariant(dest));
            }
        }

        return span.ToString();
    }

    // "1,400" joins, "22,24,26" does not: a comma is a thousands separator only before exactly three digits.
    private static bool IsThousandsGroup(string text, int i) =>
        i + 2 < text.Length && IsAsciiDigit(text[i]) && IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2])
        && (i + 3 >= text.Length || !IsAsciiDigit(text[i + 3]));

    /// <summary>
    /// The end of "12,34,567" (Indian lakh grouping: one or two digits, pairs, then a last group of three) starting at
    /// <paramref name="s"/>, or s + 1 when the digits there are not grouped that way. At most six pairs are looked at, so a list
    /// such as "12,34,56,78" is rejected after a bounded look-ahead.
    /// </summary>
    private static int IndianGroupedEnd(string text, int s)
    {
        var i = s + 1;
        if (i < text.Length && IsAsciiDigit(text[i]))
        {
            i++;
        }

        var pairs = 0;
        while (pairs < 6 && i + 2 < text.Length && text[i] == ',' && IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2])
            && (i + 3 >= text.Length || text[i + 3] == ','))
        {
            i += 3;
            pairs++;
        }

        return pairs > 0 && i < text.Length && text[i] == ',' && IsThousandsGroup(text, i + 1) && (s == 0 || !IsAsciiDigit(text[s - 1])) ? i : s + 1;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // "Russia's" → "russia" + "'" + "s": the possessive is a separate piece so "1990's" and "Friday's" still match.
    private static bool IsPossessiveS(string text, int i) =>
        i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));
}
