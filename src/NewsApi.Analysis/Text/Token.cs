namespace NewsApi.Analysis.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token: offsets are UTF-16 indices into the document text, end exclusive.</summary>
public sealed record Token(int Start, int End, string Text, TokenKind Kind, int SentenceIndex)
{
    public int Length => End - Start;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True when the first character is an upper-case letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
