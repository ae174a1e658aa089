namespace NewsApi.Analysis.Text;

/// <summary>
/// Splits a span of text into word, number, punctuation and symbol tokens in one left-to-right pass.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Words keep inner hyphens and apostrophes ("Ki-moon", "al-Assad", "two-day", "don't", "O'Neill").</item>
/// <item>The possessive clitic is its own <see cref="TokenKind.Word"/> token: "Putin's" is "Putin" + "'s" (also with
/// "’s"), so the name before it matches the bare name for entity extraction. A plural possessive apostrophe
/// ("analysts'") is a punctuation token.</item>
/// <item>Letter-period runs keep their periods: "U.S.", "J.K.", "e.g." and the initial "W." are single words.</item>
/// <item>Numbers keep inner separators between digits: "1,400", "1.5", "2013-08-21", "10:30" are one
/// <see cref="TokenKind.Number"/>; the ordinal and decade suffixes stay attached ("21st", "1990s"), other letters
/// become a separate word ("1.13bn" is "1.13" + "bn", so the unit is visible).</item>
/// <item>Currency and percent signs ("$", "£", "€", "%") and other symbols are <see cref="TokenKind.Symbol"/>.</item>
/// </list>
/// </remarks>
public static class Tokenizer
{
    /// <summary>Appends the tokens of <c>text[start..end]</c> to <paramref name="output"/>.</summary>
    public static void Tokenize(string text, int start, int end, int sentenceIndex, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var s = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end);
                kind = TokenKind.Number;
            }
            else if (IsWordChar(c))
            {
                i = ScanWord(text, i, end);
                kind = TokenKind.Word;
            }
            else if (IsApostrophe(c) && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && s > start
                && char.IsLetterOrDigit(text[s - 1]) && (i + 2 >= end || !IsWordChar(text[i + 2])))
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation;
            }

            output.Add(new Token(s, i, i - s == 1 ? OneChar(c) : text[s..i], kind, sentenceIndex));
        }
    }

    /// <summary>The one-character string of <paramref name="c"/>: shared for ASCII, so a comma or a full stop allocates nothing.</summary>
    internal static string OneChar(char c) => c < AsciiChars.Length ? AsciiChars[c] : c.ToString();

    private static readonly string[] AsciiChars = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>Tokenises a whole string (sentence index 0); handy for titles and tests.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 1);
        Tokenize(text, 0, text.Length, 0, tokens);
        return tokens;
    }

    // ASCII first: almost every character of English news is ASCII, and the Unicode category lookup is the slow path.
    internal static bool IsWordChar(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    internal static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    private static bool IsSymbol(char c) => c is '$' or '£' or '€' or '¥' or '%' or '+' or '=' or '<' or '>' or '#' or '&' or '@'
        || char.IsSymbol(c);

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is ',' or '.' or '-' or ':' or '/' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        // Ordinal and decade suffixes belong to the number; any other letters (units such as "bn", "km") do not.
        var letters = i;
        while (letters < end && char.IsLetter(text[letters]))
        {
            letters++;
        }

        if (letters > i && (letters == end || !IsWordChar(text[letters])))
        {
            var suffix = text.AsSpan(i, letters - i);
            if (suffix is "st" or "nd" or "rd" or "th" or "s")
            {
                return letters;
            }
        }

        return i;
    }

    private static int ScanWord(string text, int i, int end)
    {
        var s = i;
        var allInitials = true;
        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            if (c == '-' && i + 1 < end && IsWordChar(text[i + 1]))
            {
                allInitials = false;
                i++;
                continue;
            }

            if (IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // "'s" at the end of the word is the possessive clitic: stop before it.
                if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !IsWordChar(text[i + 2])))
                {
                    break;
                }

                allInitials = false;
                i++;
                continue;
            }

            if (c == '.' && allInitials && i - s >= 1 && IsSingleLetterSegment(text, s, i))
            {
                // "U.S.", "J.K.", "e.g.", "W.": keep the period with the initial.
                i++;
                if (i < end && char.IsLetter(text[i]) && (i + 1 >= end || !IsWordChar(text[i + 1])))
                {
                    continue;
                }

                break;
            }

            break;
        }

        return i;
    }

    /// <summary>True when the characters since the last period (or the word start) are a single letter.</summary>
    private static bool IsSingleLetterSegment(string text, int wordStart, int i)
    {
        var segStart = i - 1;
        return char.IsLetter(text[segStart]) && (segStart == wordStart || text[segStart - 1] == '.');
    }
}
