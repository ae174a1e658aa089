namespace NewsApi.Analysis.Facts.Quotes;

/// <summary>
/// Pairs quotation marks in one linear pass: double (" “ ”) and single (' ‘ ’) marks, so British style
/// ('We will fight,' he said.) is found as well as American. A straight or right-single mark is read from its
/// neighbours: between letters it is an apostrophe (don't, O'Neill), before two digits it elides a century ('90s),
/// after a space it opens, before a space or punctuation it closes, and an unmatched closing single mark after an s is
/// a plural possessive (Jones'). The first mark opened is the outer quote; marks of the other kind inside it are nested
/// quotes and stay part of it. Only outer quotes are returned, so the spans are disjoint and in text order.
/// Two news conventions end a quote without a closing mark: a paragraph left open when the next paragraph opens with
/// the same mark, and, in text without paragraph breaks, a same-kind mark that opens right after a finished sentence.
/// A quote still open at a paragraph break otherwise is broken and dropped.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>How far a possible plural possessive looks for a later closing mark (bounded: the scan stays linear).</summary>
    private const int PossessiveLookahead = 300;

    /// <summary>Words that never follow a plural possessive ("the players' union"), so a single mark before them closes a quotation.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "to", "of", "for", "from", "with", "by", "into", "as", "and", "or", "but", "nor", "than",
        "is", "was", "were", "are", "be", "been", "has", "had", "have", "that", "which", "who", "when", "while", "after",
        "before", "because", "if", "the", "a", "an", "about", "over", "during", "since", "until", "despite",
    };

    private enum Role
    {
        None,
        Open,
        Close,
        Either,
    }

    public static List<QuoteSpan> Scan(string text)
    {
        var result = new List<QuoteSpan>();
        var outer = -1;
        var outerSingle = false;
        var inner = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] is '\n' or '\r')
            {
                if (outer >= 0 && OpensWith(text, i, outerSingle))
                {
                    Add(text, result, outer, i, leftOpen: true);
                }

                outer = inner = -1;
                continue;
            }

            var single = IsSingle(c);
            if (!single && !IsDouble(c))
            {
                continue;
            }

            var role = RoleOf(text, i, single, outer >= 0 && outerSingle == single);
            if (role == Role.None)
            {
                continue;
            }

            if (outer < 0)
            {
                if (role is Role.Open or Role.Either)
                {
                    (outer, outerSingle, inner) = (i, single, -1);
                }

                continue;
            }

            if (single != outerSingle)
            {
                // A mark of the other kind inside the quote: a nested quote, opened and closed in turn.
                inner = inner < 0 ? (role is Role.Open or Role.Either ? i : -1) : (role is Role.Close or Role.Either ? -1 : inner);
                continue;
            }

            if (role == Role.Open)
            {
                if (AfterFinishedSentence(text, i))
                {
                    // The previous paragraph was left open: its quote ends with the sentence before this mark.
                    Add(text, result, outer, i, leftOpen: true);
                    (outer, inner) = (i, -1);
                }

                continue;
            }

            Add(text, result, outer, i, leftOpen: false);
            outer = inner = -1;
        }

        return result;
    }

    private static bool IsDouble(char c) => c is '"' or '“' or '”';

    private static bool IsSingle(char c) => c is '\'' or '‘' or '’';

    private static Role RoleOf(string text, int i, bool single, bool quoteOpen)
    {
        var c = text[i];
        if (c is '“' or '‘')
        {
            return Role.Open;
        }

        if (c == '”')
        {
            return Role.Close;
        }

        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (single)
        {
            if (char.IsLetterOrDigit(before) && char.IsLetter(after))
            {
                return Role.None;
            }

            // '90s, '57, rock 'n' roll: an elision, not a quote.
            if (i + 2 < text.Length && char.IsDigit(after) && char.IsDigit(text[i + 2]) && (i + 3 >= text.Length || !char.IsLetterOrDigit(text[i + 3]) || text[i + 3] == 's'))
            {
                return Role.None;
            }

            if (after is 'n' && i + 2 < text.Length && IsSingle(text[i + 2]) || before is 'n' && i > 1 && IsSingle(text[i - 2]))
            {
                return Role.None;
            }
        }

        var opens = (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':' || i == 0 || IsDouble(before) || IsSingle(before))
            && !char.IsWhiteSpace(after);
        var closes = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || i + 1 == text.Length);
        if (opens && closes)
        {
            return single && !char.IsLetterOrDigit(after) && !IsDouble(after) ? Role.Close : Role.Either;
        }

        if (!opens && !closes)
        {
            return single ? Role.None : Role.Either;
        }

        if (closes && single && (before is 's' or 'S') && PossessiveAhead(text, i, quoteOpen))
        {
            return Role.None;
        }

        return opens ? Role.Open : Role.Close;
    }

    /// <summary>
    /// "the players' union": a single mark after s followed by a lower-case word reads as a plural possessive, unless
    /// it is the only mark that can close the open quote before the sentence ends ("was 'rude and obnoxious' throughout").
    /// </summary>
    private static bool PossessiveAhead(string text, int i, bool quoteOpen)
    {
        if (!(i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2])))
        {
            return false;
        }

        // A possessive is followed by what is possessed: "the facts' in the ..." ends a quotation.
        var word = i + 2;
        while (word < text.Length && char.IsLetter(text[word]))
        {
            word++;
        }

        if (FunctionWords.Contains(text[(i + 2)..word]))
        {
            return false;
        }

        if (!quoteOpen)
        {
            return true;
        }

        for (var k = i + 2; k < text.Length && k - i < PossessiveLookahead; k++)
        {
            var c = text[k];
            if (c == '\n' || (c is '.' or '!' or '?' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1])))
            {
                return false;
            }

            // A mark that opens another quotation ("... to 'get to the bottom'") means this one closed before it.
            if (c is '‘' || (c == '\'' && char.IsWhiteSpace(text[k - 1]) && k + 1 < text.Length && char.IsLetter(text[k + 1])))
            {
                return false;
            }

            if (IsSingle(c) && !char.IsWhiteSpace(text[k - 1]) && (k + 1 == text.Length || !char.IsLetter(text[k + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A mark after a sentence end and whitespace (". 'Next"): the place where a left-open paragraph ended.</summary>
    private static bool AfterFinishedSentence(string text, int i)
    {
        var k = i - 1;
        if (k < 0 || !char.IsWhiteSpace(text[k]))
        {
            return false;
        }

        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k >= 0 && text[k] is '.' or '!' or '?' or '…';
    }

    /// <summary>Whether the paragraph after the break at <paramref name="i"/> opens with a mark of the same kind.</summary>
    private static bool OpensWith(string text, int i, bool single)
    {
        var k = i;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k < text.Length && (single ? IsSingle(text[k]) : IsDouble(text[k])) && text[k] is not ('”' or '’');
    }

    private static void Add(string text, List<QuoteSpan> result, int open, int close, bool leftOpen)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new QuoteSpan(open, leftOpen ? end : close, start, end, leftOpen));
        }
    }
}
