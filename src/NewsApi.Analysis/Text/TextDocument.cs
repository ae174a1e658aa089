namespace NewsApi.Analysis.Text;

/// <summary>
/// A body of text split into sentences and tokens. Every offset in the analysis points into <see cref="Text"/>,
/// so a client can highlight <c>Text[start..end]</c> without guessing.
/// </summary>
public sealed class TextDocument
{
    private TextDocument(string text, Dateline? dateline, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Dateline = dateline;
        Sentences = sentences;
        Tokens = tokens;
    }

    public string Text { get; }

    /// <summary>The place line that opens many wire reports ("St Petersburg:"), kept out of the first sentence.</summary>
    public Dateline? Dateline { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            yield return Tokens[i];
        }
    }

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or of the nearest one before it; -1 if none.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (Sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>; <c>Tokens.Count</c> if none.</summary>
    public int FirstTokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public static TextDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dateline = DatelineDetector.Detect(text);
        var sentenceSpans = SentenceSplitter.Split(text, dateline?.BodyStart ?? 0);
        var sentences = new List<Sentence>(sentenceSpans.Count);
        var tokens = new List<Token>(text.Length / 5);
        for (var i = 0; i < sentenceSpans.Count; i++)
        {
            var (start, end) = sentenceSpans[i];
            var first = tokens.Count;
            Tokenizer.Tokenize(text, start, end, i, tokens);
            sentences.Add(new Sentence(i, start, end, text[start..end], first, tokens.Count - first));
        }

        return new TextDocument(text, dateline, sentences, tokens);
    }
}
