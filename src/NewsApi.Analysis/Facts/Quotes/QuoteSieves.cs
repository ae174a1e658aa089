namespace NewsApi.Analysis.Facts.Quotes;

/// <summary>
/// The speaker-attribution sieves, applied in this order (after Muzny et al. 2017); each can be switched off to
/// measure what it buys. A quote no sieve attributes has no speaker.
/// </summary>
[Flags]
public enum QuoteSieves
{
    None = 0,

    /// <summary>A speech verb with a named speaker in the quote's own sentence: "X said", "said X", "X, the minister, said", "X told CNN:".</summary>
    Cue = 1,

    /// <summary>"according to X" in the quote's sentence.</summary>
    According = 2,

    /// <summary>"he"/"she" (and "it" for an organisation) as the cue's subject: the nearest compatible person before it.</summary>
    Pronoun = 4,

    /// <summary>A role noun as the cue's subject ("the spokesman", "the relieved father", "the company").</summary>
    Nominal = 8,

    /// <summary>A quote with no cue right after the previous quote (or its attribution) continues that speaker.</summary>
    Continuation = 16,

    /// <summary>A quote that opens a sentence with no cue, after a sentence about a person ("Heald noted ... . "..."").</summary>
    Preceding = 32,

    /// <summary>A surname or alias as the cue's subject links to the party introduced by full name.</summary>
    Surname = 64,

    All = Cue | According | Pronoun | Nominal | Continuation | Preceding | Surname,
}
