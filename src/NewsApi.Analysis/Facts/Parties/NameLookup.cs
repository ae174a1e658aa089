using System.Collections.Frozen;
using static NewsApi.Analysis.Facts.Parties.NameShape;
using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// The gazetteers as the mention finder asks them: the longest known name from a word, whether a word is known or an
/// ordinary word of the vocabulary. Lookups run on spans, so joined words are not allocated.
/// </summary>
internal sealed class NameLookup
{
    internal static readonly FrozenDictionary<string, OrgEntry>.AlternateLookup<ReadOnlySpan<char>> KnownOrgsBySpan =
        PartyLexicon.KnownOrgs.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly FrozenDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> DemonymsBySpan =
        PartyLexicon.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly PartyLexicon _lexicon;

    // Span views of the gazetteers: lookups of joined words ("St Petersburg") without allocating the joined string.
    private readonly FrozenDictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> _places;
    private readonly FrozenDictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> _placesUpper;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonWords;
    private readonly FrozenSet<string> _multiWordStarts;

    public NameLookup(PartyLexicon lexicon)
    {
        _lexicon = lexicon;
        _places = lexicon.Places.GetAlternateLookup<ReadOnlySpan<char>>();
        _placesUpper = lexicon.PlacesUpper.GetAlternateLookup<ReadOnlySpan<char>>();
        _commonWords = lexicon.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Orgs = lexicon.Orgs.GetAlternateLookup<ReadOnlySpan<char>>();
        _multiWordStarts = lexicon.MultiWordStarts;
    }

    /// <summary>Clubs, companies and public bodies, looked up by span.</summary>
    internal FrozenDictionary<string, OrgRecord>.AlternateLookup<ReadOnlySpan<char>> Orgs { get; }

    /// <summary>The layout of the document being read (set per sentence by <see cref="MentionFinder.Find"/>).</summary>
    internal DocumentLayout Layout { get; set; } = DocumentLayout.Plain;

    /// <summary>
    /// The longest run from <paramref name="from"/> that a gazetteer knows. A one-word club or company name is only
    /// context-strong: it can be a surname ("Dole", "Brown"), and the resolver lets a full name elsewhere win.
    /// </summary>
    internal (int Length, PartyType Type, string? Canonical, string? Country, Evidence Evidence) LongestKnown(IReadOnlyList<WordUnit> units, int from, int to)
    {
        Span<char> buffer = stackalloc char[StackChars];
        // A name of several words matches only if its first word is this run's first word (joined by spaces, compared
        // ordinally or ignoring case), so without such a name the run can only match a one-word name.
        var longest = Math.Min(PartyLexicon.MaxOrgWords, to - from);
        if (longest > 1 && !_multiWordStarts.Contains(units[from].Text))
        {
            longest = 1;
        }

        for (var len = longest; len >= 1; len--)
        {
            if (len > 1 && units[from + len - 2].Possessive)
            {
                continue;
            }

            var surface = Surface(units, from, from + len, buffer);
            if (KnownOrgsBySpan.TryGetValue(surface, out var org))
            {
                return (len, PartyType.Organization, org.Canonical, org.Country, Evidence.Lexicon);
            }

            // "Van Poppel", "De Niro": a capitalised name particle before a name is not the town of that name.
            // "Van der Westhuizen": also before a lower-case particle and the name. "LA TRIBUNE": an article opens a title.
            if (len == 1 && from + 1 < to && (PartyLexicon.NameParticles.Contains(surface.ToString()) || NameClassifier.ForeignArticles.Contains(units[from].Text))
                && (IsNameLike(units[from + 1]) || (from + 2 < to && IsConnector(units[from], units[from + 1]) && IsNameLike(units[from + 2]))))
            {
                continue;
            }

            if (len <= PartyLexicon.MaxPlaceWords && (_places.TryGetValue(surface, out var place)
                || (surface.Length > 3 && AllCaps(surface) && _placesUpper.TryGetValue(surface, out place))))
            {
                return (len, PartyType.Place, place.Canonical, place.Country, Evidence.Lexicon);
            }

            // Clubs, companies and public bodies: the lexicon has no country names for them (RoleCountry stays unset).
            if ((len > 1 || surface.Length > 3) && Orgs.TryGetValue(surface, out var record) && record.Matches(surface)
                && (record.Kind != OrgRecord.TownClub || Layout.ActsAsTeam(units, from, from + len)))
            {
                return (len, PartyType.Organization, record.Canonical, null, len > 1 ? Evidence.Lexicon : Evidence.Context);
            }
        }

        return (0, PartyType.Person, null, null, Evidence.Guess);
    }

    internal bool PlaceOrOrgSpans(IReadOnlyList<WordUnit> units, int from, int to)
    {
        return _places.ContainsKey(Surface(units, from, to, stackalloc char[StackChars]));
    }

    internal bool IsKnown(IReadOnlyList<WordUnit> units, int at)
    {
        var u = units[at];
        if (_lexicon.Places.ContainsKey(u.Text) || PartyLexicon.KnownOrgs.ContainsKey(u.Text) || PartyLexicon.Demonyms.ContainsKey(u.Text))
        {
            return true;
        }

        // "Will Smith" at the start of a sentence: a given name followed by another capitalised word.
        return _lexicon.GivenNames.Contains(u.Text) && at + 1 < units.Count && IsNameLike(units[at + 1]) && !IsCommonWord(units[at + 1]);
    }

    internal bool IsCommonWord(WordUnit u) =>
        u.Text.Length > 0 && (u.Text is "A" or "I" or "O" || (!u.IsAllCaps && IsCommonLower(u.Text)));

    /// <summary>The lexicon's lower-case vocabulary holds the word once lower-cased (on the stack, not a new string).</summary>
    internal bool IsCommonLower(string word)
    {
        if (word.Length > StackChars)
        {
            return _lexicon.CommonWords.Contains(word.ToLowerInvariant());
        }

        Span<char> lower = stackalloc char[StackChars];
        var length = word.AsSpan().ToLowerInvariant(lower);
        return _commonWords.Contains(lower[..length]);
    }
}
