namespace NewsApi.Analysis.Text;

/// <summary>Splits text into sentence spans. (Initial version: to be refined with abbreviations, quotes and ellipses.)</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<(int Start, int End)> Split(string text, int from = 0)
    {
        var result = new List<(int, int)>();
        var i = from;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    break;
                }

                if ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
                {
                    i++;
                    break;
                }

                i++;
            }

            var end = i;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                result.Add((start, end));
            }
        }

        return result;
    }
}
