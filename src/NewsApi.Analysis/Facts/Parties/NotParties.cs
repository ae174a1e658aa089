using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Capitalised runs that name something other than a party: titles of works ("the show The Weakest Link", a film
/// "In The Name Of The Father"), events and competitions ("World Cup", "National League", "BellSouth Classic") and a
/// month before its day ("May 13"). These are MISC in CoNLL terms: neither parties nor speakers.
/// </summary>
internal static class NotParties
{
    /// <summary>Nouns that introduce a title of a work: "the BBC quiz show The Weakest Link".</summary>
    private static readonly FrozenSet<string> WorkNouns = new[]
    {
        "show", "programme", "program", "film", "movie", "book", "novel", "song", "album", "series",
        "musical", "opera", "documentary", "sitcom", "drama", "soap", "serial", "memoir", "autobiography", "biography",
        "poem", "painting", "comedy", "thriller", "ballet", "episode",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Last words of event and competition names.</summary>
    private static readonly FrozenSet<string> EventHeads = new[]
    {
        "cup", "series", "open", "championship", "championships", "games", "classic", "division", "tournament",
        "trophy", "league", "prix", "olympics", "rally", "marathon", "masters", "award", "awards", "prize", "war",
        "festival", "conference", "summit", "derby", "invitational", "challenge", "grand", "shield", "plate", "bowl",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Function words that are capitalised inside a name only when it is a title ("In The Name Of The Father").</summary>
    private static readonly FrozenSet<string> TitleCaseFunctionWords = new[]
    {
        "Of", "The", "In", "A", "An", "And", "To", "For", "On", "At", "With", "Is", "Are", "My", "Your", "It",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a title but never a name when capitalised mid-sentence ("ITV's This Morning").</summary>
    private static readonly FrozenSet<string> TitleOpeners = new[]
    {
        "This", "These", "That", "Those", "My", "Your", "Our", "It", "In", "What", "When", "Why", "How", "Who", "Where",
        "Whatever", "Whose", "Their", "His", "Her", "Its", "We", "You", "They", "She", "He",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsEvent(IReadOnlyList<WordUnit> units, int from, int to) =>
        to - from >= 2 && EventHeads.Contains(units[to - 1].Text);

    /// <summary>A title of a work: after a work noun, wholly in quotes, or with a capitalised function word inside.</summary>
    public static bool IsWorkTitle(IReadOnlyList<WordUnit> units, int from, int to)
    {
        var before = from - 1;
        if (before >= 0 && IsQuote(units[before].Text))
        {
            before--;
        }

        if (before >= 0 && units[before].IsWord && WorkNouns.Contains(units[before].Text))
        {
            return true;
        }

        if (to - from >= 2 && from > 0 && to < units.Count && IsQuote(units[from - 1].Text) && IsQuote(units[to].Text))
        {
            return true;
        }

        if (to - from >= 2 && !units[from].SentenceInitial && TitleOpeners.Contains(units[from].Text))
        {
            return true;
        }

        for (var k = from + 1; k < to - 1; k++)
        {
            if (TitleCaseFunctionWords.Contains(units[k].Text))
            {
                return true;
            }
        }

        return to - from >= 2 && TitleCaseFunctionWords.Contains(units[to - 1].Text);
    }

    /// <summary>"May 13", "May 31 - June 2": the month, not a name (May is also a surname and a modal verb).</summary>
    public static bool IsMonthBeforeDay(IReadOnlyList<WordUnit> units, int at) =>
        units[at].Text is "May" or "MAY" && at + 1 < units.Count && units[at + 1].Text.Length is > 0 and <= 2 && char.IsDigit(units[at + 1].Text[0]);

    private static bool IsQuote(string s) => s is "\"" or "“" or "”" or "'" or "‘" or "’" or "``" or "''";
}
