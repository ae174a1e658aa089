namespace NewsApi.Analysis.Text;

/// <summary>A sentence of a document: offsets are UTF-16 indices into the document text, end exclusive.</summary>
/// <param name="Index">0-based position of the sentence in the document.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">Exactly <c>text[Start..End]</c>.</param>
/// <param name="FirstToken">Index into <see cref="TextDocument.Tokens"/> of the sentence's first token.</param>
/// <param name="TokenCount">How many tokens the sentence has.</param>
public sealed record Sentence(int Index, int Start, int End, string Text, int FirstToken, int TokenCount)
{
    public int Length => End - Start;
}
