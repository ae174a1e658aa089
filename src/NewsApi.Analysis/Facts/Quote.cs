namespace NewsApi.Analysis.Facts;

/// <summary>
/// A quotation: <see cref="Start"/>/<see cref="End"/> span the quoted words without the quotation marks.
/// <see cref="SpeakerKey"/> is the <see cref="Party.Key"/> of the resolved speaker, when there is one.
/// </summary>
public sealed record Quote(
    string Text,
    int Start,
    int End,
    int SentenceIndex,
    string? Speaker,
    string? SpeakerKey);
