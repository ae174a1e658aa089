namespace NewsApi.Analysis.Facts.Quotes;

/// <summary>
/// A quotation found in the text: <see cref="OpenAt"/> is the opening mark, <see cref="CloseAt"/> the closing mark (or,
/// for a paragraph left open, <see cref="End"/>), Start/End the words inside. <see cref="LeftOpen"/>: the quote had no
/// closing mark because it goes on in the next paragraph (news style).
/// </summary>
internal readonly record struct QuoteSpan(int OpenAt, int CloseAt, int Start, int End, bool LeftOpen = false);
