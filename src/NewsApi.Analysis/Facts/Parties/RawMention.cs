namespace NewsApi.Analysis.Facts.Parties;

/// <summary>How sure the chunker is about a mention's type: a bare unknown word is only a guess.</summary>
internal enum Evidence
{
    Guess,
    Context,
    Lexicon,
}

/// <summary>One name found in the text before mentions are merged into parties.</summary>
internal sealed class RawMention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required int SentenceIndex { get; init; }

    /// <summary>Index of the first <see cref="WordUnit"/> of the name within its sentence.</summary>
    public required int FirstUnit { get; init; }

    public required int LastUnit { get; init; }

    public PartyType Type { get; set; }

    public Evidence Evidence { get; set; }

    /// <summary>Canonical name from a gazetteer ("US" → "United States"), when known.</summary>
    public string? Canonical { get; set; }

    /// <summary>For places, the country they lie in; for seats of power, the country they speak for.</summary>
    public string? Country { get; set; }

    public string? Role { get; set; }

    public string? RoleCountry { get; set; }

    public int Words { get; init; }

    /// <summary>'f' or 'm' when a gendered honorific stands before the name ("Mrs Howard"); it blocks a merge with a name of the other sex.</summary>
    public char? Sex { get; set; }

    /// <summary>
    /// Typed by a weak cue only: a speech verb after it ("Ericsson said" — companies and agencies speak too). In the
    /// document's type vote a weak mention counts less than one typed by its own context ("Ericsson shares").
    /// </summary>
    public bool WeakCue { get; set; }

    /// <summary>A capitalised common word at a sentence start ("Ban said" vs "Ban on"): kept only if it names a known party.</summary>
    public bool OnlyIfKnown { get; init; }
}
