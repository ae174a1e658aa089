using static NewsApi.Analysis.Facts.Parties.SportsCues;
using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Types one name that no gazetteer spans: from the dateline, the sports layout, organisation and place context, a title
/// or role noun before it, a given name, a speech verb after it, and the shape of its last word.
/// </summary>
internal sealed class NameClassifier(PartyLexicon lexicon, NameLookup lookup, PartyExtractorOptions options)
{
    /// <summary>"shares in Pirelli", "a stake in Kia": after these nouns "in" names a company, not a place.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> HoldingNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["shares", "share", "stake", "stakes", "holding", "holdings", "interest", "investment", "investments", "stock", "shareholding"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that place what follows, also capitalised at a sentence start ("At Tunbridge Wells :").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> LocativeBefore = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["in", "at", "near", "from", "across", "outside", "inside", "throughout"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Articles of French, Spanish, Italian and German that open a title ("Le Monde", "El Pais", "Die Zeit"); not "Les",
    /// an English given name ("Les Dennis"), nor "El" before two more words, an Arabic name ("El Hassan bin Talal").
    /// </summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string> ForeignArticles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Le", "La", "El", "Il", "Los", "Las", "Die", "Der", "Das", "LE", "LA", "EL", "IL", "DIE", "DER", "DAS"], StringComparer.Ordinal);

    /// <summary>
    /// Playing positions after a name in a team sport: the name is the team ("Chelsea defender Franck Leboeuf", "Cubs
    /// shortstop Jose Hernandez").
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PlayingPositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["defender", "striker", "midfielder", "goalkeeper", "forward", "winger", "full-back", "fullback", "centre-back", "sweeper",
         "shortstop", "pitcher", "catcher", "outfielder", "infielder", "quarterback", "linebacker", "scrum-half", "fly-half",
         "hooker", "prop", "lock", "flanker", "wicketkeeper", "wicket-keeper", "batsman", "bowler", "all-rounder",
         "keeper", "playmaker", "centre", "center", "guard"], StringComparer.Ordinal);

    internal RawMention ClassifyName(string text, IReadOnlyList<WordUnit> units, int from, int to, bool afterTitle)
    {
        var count = to - from;
        var first = units[from];
        var last = units[to - 1];
        if (DocumentLayout.IsDateline(units, from, to))
        {
            // "KHASAVYURT , Russia 1996-08-31": a dateline opens with the place the story was filed from.
            return Make(text, units, from, to, PartyType.Place, Evidence.Context, null, null);
        }

        if (count == 1 && from >= 2 && units[from - 1].Text == "," && units[from - 2].IsCapitalized && !PartyLexicon.NeverNames.Contains(units[from - 2].Text)
            && PartyLexicon.StateAbbreviations.TryGetValue(first.Text, out var state) && StateEnd(text, first) is var stateEnd and > 0)
        {
            // "Jacksonville , Fla .", "St. Petersburg , Fla. ,": the state a town lies in, with its dot.
            return new RawMention
            {
                Start = first.Start, End = stateEnd, Text = text[first.Start..stateEnd], SentenceIndex = first.SentenceIndex,
                FirstUnit = from, LastUnit = from, Words = 1, Type = PartyType.Place, Evidence = Evidence.Context,
                Canonical = state, Country = "United States",
            };
        }

        if (count == 1 && (first.Text.Length == 1 || IsModelCode(first.Text)))
        {
            // "N / A" in a table: a lone letter names nobody; nor does a model or series code ("F-16", "C-4", "M1")
            // that no gazetteer knows ("G20" and "G-7" are known groups).
            return Make(text, units, from, to, PartyType.Person, Evidence.Guess, null, null);
        }

        if (SportsType(text, units, from, to) is { } sports)
        {
            return sports;
        }

        if (PlaceContext(text, units, from, to) is { } place)
        {
            return place;
        }

        // An acronym is an organisation; a word in capitals that is an ordinary word ("ISSUER :", "NOTE -") is not.
        if (count == 1 && first.IsAllCaps && !lookup.IsCommonLower(first.Text))
        {
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        if (PartyLexicon.PlaceCues.Contains(last.Text) && count >= 2)
        {
            return Make(text, units, from, to, PartyType.Place, Evidence.Context, null, null);
        }

        if (count >= 2 && ForeignArticles.Contains(first.Text) && !afterTitle && !(count > 2 && first.Text is "El" or "EL"))
        {
            // "Le Monde said", "LA PRESSE -", "El Pais", "Die Welt": a name no gazetteer knows that opens with a French,
            // Spanish, Italian or German article is a title (a newspaper, a firm), not a person ("La Paz" is a known place).
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        var before = from > 0 ? units[from - 1] : null;
        var after = to < units.Count ? units[to] : null;
        if (afterTitle || (before is not null && before.IsWord && char.IsLower(before.Text[0])
                && (PartyLexicon.RoleHeads.Contains(before.Text) || PartyLexicon.KinshipNouns.Contains(before.Text))))
        {
            return Make(text, units, from, to, PartyType.Person, Evidence.Context, null, null);
        }

        if (count >= 2 && lexicon.GivenNames.Contains(first.Text))
        {
            return Make(text, units, from, to, PartyType.Person, Evidence.Lexicon, null, null);
        }

        if (after is not null && PartyLexicon.SpeechVerbs.Contains(after.Text) && !last.Possessive)
        {
            var speaker = Make(text, units, from, to, PartyType.Person, Evidence.Context, null, null);
            speaker.WeakCue = true;
            return speaker;
        }

        if (PersonContext.After(units, to))
        {
            // "In Byron's later memoirs", "Byron received his early education": what follows fits only a person.
            return Make(text, units, from, to, PartyType.Person, Evidence.Context, null, null);
        }

        if (before is not null && LocativeBefore.Contains(before.Text) && RoleReader.DescribesPerson(units, to - 1))
        {
            return Make(text, units, from, to, PartyType.Person, Evidence.Context, null, null);
        }

        if (before is not null && LocativeBefore.Contains(before.Text) && !(from >= 2 && HoldingNouns.Contains(units[from - 2].Text)))
        {
            // "in Velten", "at Headingley": an unknown word right after "in" or "at" is a place often enough to keep
            // without another mention (CoNLL-2003 dev folds 1-4: 32 of 36, once months and nationalities are left out);
            // after "from" it is as often a person or a date, and stays a guess.
            var evidence = count == 1 && !before.Text.Equals("from", StringComparison.OrdinalIgnoreCase) && IsPlainWord(first)
                ? Evidence.Context
                : Evidence.Guess;
            return Make(text, units, from, to, PartyType.Place, evidence, null, null);
        }

        if (count >= 2)
        {
            // "Grace Road", "Human Rights Watch" end in an ordinary word; "Ban Ki-moon" does not.
            return !lookup.IsCommonWord(last)
                ? Make(text, units, from, to, PartyType.Person, Evidence.Guess, null, null)
                : Make(text, units, from, to, PartyType.Organization, Evidence.Guess, null, null);
        }

        if ((after is not null && after.Text.Length > 0 && char.IsDigit(after.Text[0])) || (lookup.Layout.IsSports && IsOpponent(units, from)))
        {
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        return Make(text, units, from, to, options.UnknownWordType, Evidence.Guess, null, null);
    }

    /// <summary>A name that locates a building or ground ("Stansted airport") or follows "the town of".</summary>
    private static RawMention? PlaceContext(string text, IReadOnlyList<WordUnit> units, int from, int to)
    {
        var count = to - from;
        var first = units[from];
        var last = units[to - 1];
        if (to < units.Count && !last.Possessive && units[to].IsWord && PartyLexicon.PlaceNounsAfter.Contains(units[to].Text) && char.IsLower(units[to].Text[0])
            && !(count == 1 && (PartyLexicon.IsDemonymLike(first.Text) || first.Text.EndsWith("ic", StringComparison.Ordinal))))
        {
            // "Stansted airport", "the Kosevo stadium", "Charles de Gaulle airport": a name that locates a building or ground
            // (an adjective before the noun, "Arctic island", is no name).
            return Make(text, units, from, to, PartyType.Place, Evidence.Context, null, null);
        }

        if (from >= 2 && units[from - 1].Text == "of" && units[from - 2].Text is "town" or "city" or "village" or "province" or "region" or "district" or "island" or "port" or "suburb")
        {
            // "the mining town of Moengo", "the village of Mahala".
            return Make(text, units, from, to, PartyType.Place, Evidence.Context, null, null);
        }

        return null;
    }

    /// <summary>The readings a sports layout or an organisation context decides (teams before scores, players in scorecards, "the Cubs", "X shares"), or null.</summary>
    private RawMention? SportsType(string text, IReadOnlyList<WordUnit> units, int from, int to)
    {
        var count = to - from;
        var first = units[from];
        var last = units[to - 1];
        if (lookup.Layout.IsSports && from > 0 && units[from - 1].Text == "the" && !last.Possessive
            && ((last.Text.Length > 3 && last.Text[^1] == 's' && !PartyLexicon.IsDemonymLike(last.Text)) || (count >= 2 && !lexicon.GivenNames.Contains(first.Text))))
        {
            // "the Cubs", "the White Sox", "the All Blacks": a plural name after "the" in a sports story is a team.
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        if (lookup.Layout.IsSports && IsScorecardName(units, from, to))
        {
            return Make(text, units, from, to, PartyType.Person, Evidence.Context, null, null);
        }

        if (lookup.Layout.IsSports && !lookup.Layout.IsIndividualSport && count is >= 2 and <= 4 && !IsInitial(first) && IsScoreAfter(units, from, to)
            && !(from > 0 && units[from - 1].Text == "("))
        {
            // "Inverness Thistle 1 Alloa 0", "Bradford Bulls 36": in a team sport a name of several words before a score is
            // a team, even one that opens with a given name ("J. Adams 123", a batsman, opens with an initial; "Pakistan 185
            // ( Ijaz Ahmed 79 )" puts the batsman in brackets).
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        if (lookup.Layout.IsIndividualSport && IsPlayerCue(units, from, to))
        {
            // "Jansher beat Eyles", "against Edberg", "Sampras 6-3": in tennis or squash the one who plays is a person.
            return Make(text, units, from, to, PartyType.Person, Evidence.Context, null, null);
        }

        if (OrgContext.Around(units, from, to) || (lookup.Layout.IsSports && count <= 3 && to < units.Count && OrgContext.IsResultVerb(units[to].Text))
            || (lookup.Layout.IsSports && !lookup.Layout.IsIndividualSport && count <= 3 && !last.Possessive && to < units.Count && PlayingPositions.Contains(units[to].Text)))
        {
            return Make(text, units, from, to, PartyType.Organization, Evidence.Context, null, null);
        }

        return null;
    }

    /// <summary>One to three letters, the first a capital, an optional hyphen and one to three digits ("F-16", "M1", "MiG-29").</summary>
    internal static bool IsModelCode(string word)
    {
        var k = 0;
        while (k < word.Length && k < 4 && char.IsLetter(word[k]))
        {
            k++;
        }

        if (k is 0 or > 3 || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (k < word.Length && word[k] == '-')
        {
            k++;
        }

        var digits = 0;
        while (k < word.Length && char.IsAsciiDigit(word[k]))
        {
            k++;
            digits++;
        }

        if (k < word.Length && char.IsUpper(word[k]))
        {
            k++;
        }

        return digits is >= 1 and <= 3 && k == word.Length;
    }

    /// <summary>Where a state's abbreviation ends, its dot included ("Fla."); -1 inside a compound ("Mo.-based").</summary>
    private static int StateEnd(string text, WordUnit word)
    {
        var end = word.End;
        if (end < text.Length && text[end] == '.')
        {
            return end + 1 < text.Length && text[end + 1] == '-' ? -1 : end + 1;
        }

        return end < text.Length && text[end] == '-' ? -1 : end;
    }

    /// <summary>
    /// A lone word that may be a place after "in": not the month "May", a title ("at Lord 's") or a pair of
    /// nationalities ("in Arab-Israeli talks").
    /// </summary>
    private static bool IsPlainWord(WordUnit word) =>
        word.Text != "May" && !PartyLexicon.TitleWords.Contains(word.Text)
        && !word.Text.Split('-').Any(PartyLexicon.IsDemonymLike);

    /// <summary>The sports cues that make a name a team elsewhere: a result verb or a score after it, an opponent's "v" or "beat" before it.</summary>
    private static bool IsPlayerCue(IReadOnlyList<WordUnit> units, int from, int to) =>
        to - from <= 3 && !OrgContext.Around(units, from, to)
        && ((to < units.Count && (OrgContext.IsResultVerb(units[to].Text) || (units[to].Text.Length > 0 && char.IsDigit(units[to].Text[0])))) || IsOpponent(units, from));
}
