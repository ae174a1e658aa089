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

    /// <summary>
    /// Work nouns that follow a title ("the Today programme"); "series", "show" and "film" also follow teams, events and
    /// products ("the All Black series triumph", "the Paris air show", "Kodak film").
    /// </summary>
    private static readonly FrozenSet<string> WorkNounsAfter = new[]
    {
        "programme", "novel", "album", "musical", "documentary", "sitcom", "memoir", "autobiography",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Last words of event, competition, law and programme names. The second line holds the ordinary nouns that end
    /// MISC names (never a person, organisation or place) at least twice in GUM and WikiGold ("Trades Disputes Act",
    /// "Cultural Revolution", "PGA Tour", "Solidarity Meeting", "Equal Rights Amendment").
    /// </summary>
    private static readonly FrozenSet<string> EventHeads = new[]
    {
        "cup", "series", "open", "championship", "championships", "games", "classic", "division", "tournament",
        "trophy", "league", "prix", "olympics", "rally", "marathon", "masters", "award", "awards", "prize", "war",
        "festival", "conference", "summit", "derby", "invitational", "challenge", "grand", "shield", "plate", "bowl",
        "act", "revolution", "tour", "meeting", "amendment", "declaration", "proclamation", "contest", "wars", "paralympics",
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

    /// <summary>Verbs of appearing in or presenting a work: "appeared on Question Time", "starred in Titanic".</summary>
    private static readonly FrozenSet<string> AppearVerbs = new[]
    {
        "appear", "appears", "appeared", "appearing", "star", "stars", "starred", "starring", "present", "presents",
        "presented", "presenting", "host", "hosts", "hosted", "hosting", "featured", "features", "feature",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Broadcasters whose possessive introduces a programme: "the BBC's Question Time", "ITV's This Morning".</summary>
    private static readonly FrozenSet<string> Broadcasters = new[]
    {
        "BBC", "ITV", "CNN", "Sky", "NBC", "CBS", "ABC", "Fox", "PBS", "HBO", "Channel 4", "Channel Four", "Channel 5",
        "Channel Five", "BBC One", "BBC Two", "BBC1", "BBC2", "Radio 4", "Radio 5", "Radio 1", "Radio 2", "Netflix", "MTV",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A work named by how it is used, for a run the lexicon does not know: after a verb of appearing and "on"/"in"
    /// ("appeared on Question Time"), after a broadcaster's possessive ("the BBC's Newsnight"), or before a work noun
    /// ("the Today programme", "his Hello Dolly album").
    /// </summary>
    public static bool IsPresentedWork(IReadOnlyList<WordUnit> units, int from, int to)
    {
        // "appeared on ITV's This Morning": the possessive names the broadcaster, the work follows it.
        if (units[to - 1].Possessive || IsBroadcaster(units, to - 1))
        {
            return false;
        }

        var k = from - 1;
        if (k >= 0 && units[k].Text is "the" or "The")
        {
            k--;
        }

        if (k >= 1 && units[k].Text is "on" or "in" && AppearVerbs.Contains(units[k - 1].Text))
        {
            return true;
        }

        if (k >= 0 && units[k].Possessive && IsBroadcaster(units, k))
        {
            return true;
        }

        return to < units.Count && !units[to - 1].Possessive && units[to].IsWord && WorkNounsAfter.Contains(units[to].Text);
    }

    /// <summary>The possessive at <paramref name="at"/> ends a broadcaster's name of one or two words ("BBC's", "Channel 4's").</summary>
    private static bool IsBroadcaster(IReadOnlyList<WordUnit> units, int at) =>
        Broadcasters.Contains(units[at].Text) || (at >= 1 && Broadcasters.Contains(units[at - 1].Text + " " + units[at].Text));

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
