namespace NewsApi.Analysis.Text;

/// <summary>Splits a span of text into word, number, punctuation and symbol tokens. (Initial version.)</summary>
public static class Tokenizer
{
    public static void Tokenize(string text, int start, int end, int sentenceIndex, List<Token> output)
    {
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
            if (char.IsLetterOrDigit(c))
            {
                while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] == '-' || text[i] == '\'' || text[i] == '.' || text[i] == ',') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            output.Add(new Token(s, i, text[s..i], kind, sentenceIndex));
        }
    }
}
