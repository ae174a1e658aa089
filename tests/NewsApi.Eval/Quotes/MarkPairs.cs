namespace NewsApi.Eval.Quotes;

/// <summary>
/// The quotation-mark pairs of a rebuilt GUM body, found mechanically (never by the analyzer), so a labeller can
/// number them: straight double marks alternate; a single mark opens after a space or bracket before a letter or
/// digit, and closes the open one when no letter follows. Span = the words inside, trimmed of spaces and of a final
/// comma (the convention; a quotation left open at a paragraph break ends there of <c>Quote.Start</c>/<c>Quote.End</c>).
/// </summary>
internal static class MarkPairs
{
    public static List<(int Start, int End)> Find(string body)
    {
        var pairs = new List<(int Start, int End)>();
        int openDouble = -1, openSingle = -1;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n' && i + 1 < body.Length && body[i + 1] == '\n')
            {
                // A paragraph left open: its quotation ends with the paragraph.
                if (openDouble >= 0)
                {
                    Add(body, pairs, openDouble, i);
                }

                openDouble = openSingle = -1;
            }
            else if (c == '"')
            {
                if (openDouble < 0)
                {
                    openDouble = i;
                }
                else
                {
                    Add(body, pairs, openDouble, i);
                    openDouble = -1;
                }
            }
            else if (c == '\'')
            {
                var before = i == 0 ? ' ' : body[i - 1];
                var after = i + 1 < body.Length ? body[i + 1] : ' ';
                if (openSingle < 0 && (char.IsWhiteSpace(before) || before is '(' or '"' or '[') && char.IsLetterOrDigit(after))
                {
                    openSingle = i;
                }
                else if (openSingle >= 0 && !char.IsLetter(after))
                {
                    Add(body, pairs, openSingle, i);
                    openSingle = -1;
                }
            }
        }

        pairs.Sort();
        return pairs;
    }

    private static void Add(string body, List<(int Start, int End)> pairs, int open, int close)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(body[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(body[end - 1]) || body[end - 1] == ','))
        {
            end--;
        }

        if (end > start)
        {
            pairs.Add((start, end));
        }
    }
}
