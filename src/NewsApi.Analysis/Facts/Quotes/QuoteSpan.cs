namespace NewsApi.Analysis.Facts.Quotes;

/// <summary>A quotation found in the text: <see cref="OpenAt"/>/<see cref="CloseAt"/> are the marks, Start/End the words inside.</summary>
internal readonly record struct QuoteSpan(int OpenAt, int CloseAt, int Start, int End);

/// <summary>Pairs straight (") and curly (“ ”) quotation marks within a paragraph; an unmatched mark is ignored.</summary>
internal static class QuoteScanner
{
    public static List<QuoteSpan> Scan(string text)
    {
        var result = new List<QuoteSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] is '\n' or '\r')
            {
                // Paragraph break: a quote left open here is either broken or continues in the next paragraph's quote.
                open = -1;
                continue;
            }

            if (c == '“' || (c == '"' && open < 0))
            {
                open = i;
                continue;
            }

            if ((c == '”' || c == '"') && open >= 0)
            {
                var start = open + 1;
                var end = i;
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
                    result.Add(new QuoteSpan(open, i, start, end));
                }

                open = -1;
            }
        }

        return result;
    }
}
