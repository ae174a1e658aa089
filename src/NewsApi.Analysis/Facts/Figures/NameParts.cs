using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Figures;

/// <summary>
/// Numbers that belong to a capitalised name the party extractor did not report: "Radio 4", "World War Two", "FTSE 100",
/// "the Guildford Four", "Chapter 11", "10 Downing Street". English writes a count before what it counts, in lower case
/// ("four people"); a number right after a capitalised word in mid-sentence, with no unit that makes it a measure, is part of
/// the name ("Channel 4's", "Hot 100 chart"). Money, percentages, measures and durations keep their figure ("Fiat $2bn", "Labour 35%").
/// </summary>
internal static class NameParts
{
    /// <summary>Heads of street addresses: a house number before a capitalised street name is part of the address.</summary>
    private static readonly FrozenSet<string> AddressHeads = new[]
    {
        "street", "road", "avenue", "lane", "square", "place", "terrace", "gardens", "drive", "crescent", "close", "boulevard", "way", "row",
        "st", "rd", "ave",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns that label an item by a number rather than count: "number six", "round four", "clause 4", "page 3", "phase two".
    /// A bare number right after one of them is an identifier.
    /// </summary>
    private static readonly FrozenSet<string> LabelNouns = new[]
    {
        "number", "no", "nos", "round", "page", "pages", "room", "level", "grade", "phase", "stage", "section", "clause", "article", "chapter",
        "part", "track", "platform", "exit", "flight", "route", "gate", "row", "item", "rule", "step", "question", "paragraph", "schedule",
        "category", "class", "version", "season", "series", "episode", "volume", "figure", "table", "division", "band", "zone", "junction",
        "channel", "radio", "line", "pier", "terminal", "block", "ward", "district", "unit", "bus", "case", "game", "match", "heat", "leg",
        "lap", "hole", "scene", "resolution", "proposition", "amendment", "highway", "interstate", "apartment", "suite", "box", "#",
        "seeded", "ranked", "seed", "seat",
        // Plurals label the items they list: "junctions 10 and 11", "clauses 3 to 5", "terminals 4 and 5".
        "junctions", "terminals", "platforms", "clauses", "sections", "chapters", "articles", "stages", "phases", "levels", "rooms", "gates",
        "exits", "routes", "tracks", "episodes", "paragraphs", "categories", "channels", "zones", "wards",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Marks after which a capitalised word starts a sentence or a quotation, so its capital says nothing about names.
    // A straight apostrophe is left out: it closes possessives ("Wales' Six Nations") more often than it opens a quotation; so is a
    // semicolon: the clause after it goes on in lower case ("...; BBC Two's Newsnight").
    private static readonly FrozenSet<string> SentenceOpeners = new[] { ".", "!", "?", ":", "\"", "\u201c", "\u201d", "\u2018" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the number <paramref name="n"/>, read as <paramref name="kind"/>, is part of a name: inside a party mention
    /// (<paramref name="inName"/> marks their lexemes), right after a capitalised word in mid-sentence, or a house number.</summary>
    public static bool IsNamePart(string text, Lex[] lexes, bool[] inName, NumberSpan n, string kind, string? unit, string? currency)
    {
        if (currency is not null || !(kind is FigureKinds.Count or FigureKinds.Range || (kind == FigureKinds.Quantity && unit is null)))
        {
            return false;
        }

        // A mention that starts with a spelled number at the start of a sentence ("Twenty-seven British films") owes its capital to the
        // sentence, not to a name: the party extractor over-reached, and the count stays a figure.
        var startsMention = inName[n.FirstLex] && (n.FirstLex == 0 || !inName[n.FirstLex - 1]);
        if (!(startsMention && n.Has(NumberFlags.Words) && StartsSentence(text, lexes, n.FirstLex)))
        {
            for (var i = n.FirstLex; i <= n.LastLex; i++)
            {
                if (inName[i])
                {
                    return true;
                }
            }
        }

        // "won the San Jose five times": a multiple is never part of the name before it.
        var after = n.LastLex + 1;
        if (after < lexes.Length && lexes[after].Lower is "times" or "time")
        {
            return false;
        }

        var p = n.FirstLex - 1;

        // "Ocean's Eleven", "the Famous Five", "the Gang of Four", "Division Two": prose spells a count in lower case, so a capitalised
        // number word in mid-sentence is a title or a name.
        if (n.Has(NumberFlags.Words) && IsCapitalised(text, lexes, n.FirstLex) && !StartsSentence(text, lexes, n.FirstLex) && !IsAllCapitals(text, lexes[n.FirstLex]))
        {
            return true;
        }

        // "Andre 3000", "Nokia 6230": a bare number right after a party mention names it, even where a sentence opens with the name.
        if (p >= 0 && inName[p] && IsCapitalised(text, lexes, p) && lexes[n.FirstLex].Start - lexes[p].End == 1 && unit is null)
        {
            return true;
        }

        // A number word in lower case is prose, not a name's part ("gives Nadal three break points", "left Smith two options").
        if (p >= 0 && IsCapitalised(text, lexes, p) && !IsFirstPerson(lexes[p].Lower) && lexes[n.FirstLex].Start - lexes[p].End <= 1 && !StartsSentence(text, lexes, p)
            && !(n.Has(NumberFlags.Words) && !n.Has(NumberFlags.Digits) && char.IsLower(text[n.Start]))
            && !Dates.DateWords.Months.ContainsKey(lexes[p].Lower) && !Dates.DateWords.Weekdays.ContainsKey(lexes[p].Lower))
        {
            return true;
        }

        // "displacing Ocean's 12.", "Standard and Poor's 500,": a bare count closing a clause right after a capitalised possessive is the
        // title it belongs to ("Labour's 35%", "Britain's 60 million people", "Netcraft's four monitoring stations" stay figures).
        if (p >= 2 && unit is null && currency is null && kind == FigureKinds.Count && lexes[p].Lower == "s" && lexes[p - 1].Lower is "'" or "\u2019"
            && lexes[p - 1].End == lexes[p].Start && lexes[p - 2].End == lexes[p - 1].Start && IsCapitalised(text, lexes, p - 2)
            && !StartsSentence(text, lexes, p - 2) && lexes[n.FirstLex].Start - lexes[p].End == 1 && (after >= lexes.Length || lexes[after].Kind == LexKind.Punct))
        {
            return true;
        }

        // "the Group of 20", "the Class of 92": a number after "of" closes a capitalised name in mid-sentence ("the Group of 20 nations"
        // still counts the nations).
        if (p >= 1 && lexes[p].Lower == "of" && kind == FigureKinds.Count && (unit is null || !unit.EndsWith('s')) && IsCapitalised(text, lexes, p - 1)
            && !StartsSentence(text, lexes, p - 1) && !IsFirstPerson(lexes[p - 1].Lower) && !Dates.DateWords.Months.ContainsKey(lexes[p - 1].Lower))
        {
            return true;
        }

        // "number six", "clause 4": a bare number after a label noun, with nothing it counts after it.
        // "world number three Lleyton Hewitt": a name right after the label is the one it ranks, not what the number counts.
        if (p >= 0 && (unit is null || (after < lexes.Length && IsCapitalised(text, lexes, after))) && kind == FigureKinds.Count
            && (lexes[p].Kind == LexKind.Word || lexes[p].Lower == "#") && LabelNouns.Contains(lexes[p].Lower)
            && !(p > 0 && lexes[p - 1].Lower is "a" or "the" && lexes[p].Lower == "number"))
        {
            return true;
        }

        if (unit is null && kind == FigureKinds.Count && n.IsSingleDigitRun && n.Value != 1
            && !n.Has(NumberFlags.Grouped | NumberFlags.Decimal | NumberFlags.Negative | NumberFlags.Scaled) && IsModelName(text, lexes, after))
        {
            return true;
        }

        return n.IsSingleDigitRun && IsAddress(text, lexes, n.LastLex + 1);
    }

    /// <summary>
    /// "the 787 Dreamliner", "BBC 6 Music", "sold 19 Entertainment", "its 3-Series": digits right before a capitalised name (or glued to
    /// one by a hyphen) name a model, a brand or a title. What a count counts ends in a plural, capitalised or not ("two Golden Globes",
    /// "11 Oscars", "30 Airbus A320 planes", "40 A300s", "24 UK top 250 companies"), so a noun phrase with no plural in its first eight
    /// lexemes is no count. A function word in capitals opens a new sentence ("up to 700 Should not"), not a name.
    /// </summary>
    private static bool IsModelName(string text, Lex[] lexes, int after)
    {
        if (after <= 0 || after + 1 >= lexes.Length || lexes[after].Start - lexes[after - 1].End > 1)
        {
            return false;
        }

        if (lexes[after].Lower == "-" && lexes[after].Start == lexes[after - 1].End && lexes[after + 1].Start == lexes[after].End
            && IsCapitalised(text, lexes, after + 1) && lexes[after + 1].Length > 1 && !IsAllCapitals(text, lexes[after + 1]))
        {
            return true;
        }

        // The number follows a word: after a mark or another number it is a table's cell ("Runs: 8463 Centuries", "LG 46 5 59 .441 17 OB"), and
        // after a hedge a count ("around 100 Russian and Ukrainian miners"). An acronym may be what is counted ("his 121 RBI").
        var before = after - 2;
        if (!IsCapitalised(text, lexes, after) || lexes[after].Start == lexes[after - 1].End || IsFirstPerson(lexes[after].Lower)
            || UnitTable.NotUnits.Contains(lexes[after].Lower) || IsAllCapitals(text, lexes[after])
            || before < 0 || lexes[before].Kind != LexKind.Word || Hedges.Contains(lexes[before].Lower))
        {
            return false;
        }

        for (var m = after; m < lexes.Length && m < after + 8; m++)
        {
            var l = lexes[m];
            var glued = l.Start == lexes[m - 1].End;
            if (l.Kind == LexKind.Word && (FigureBuilder.LooksPlural(l.Lower) || l.Lower is "aircraft" or "sheep" or "fish" or "police" || (l.Lower == "s" && glued)
                || Dates.DateWords.Months.ContainsKey(l.Lower) || Dates.DateWords.Weekdays.ContainsKey(l.Lower)))
            {
                return false;
            }

            // "Russian and Ukrainian miners", "U.S. warplanes": a conjunction between capitalised words and a glued full stop stay in the phrase.
            var joinsNames = l.Lower is "and" or "or" && m + 1 < lexes.Length && IsCapitalised(text, lexes, m + 1);
            if ((l.Kind == LexKind.Word && m > after && char.IsLower(text[l.Start]) && UnitTable.NotUnits.Contains(l.Lower) && l.Lower != "top" && !joinsNames)
                || (l.Kind == LexKind.Punct && !(glued && l.Lower is "-" or "/" or "'" or ".") && l.Lower != "&"))
            {
                break;
            }
        }

        return true;
    }

    /// <summary>Words before a number that make it a count ("around 100", "more than 300", "some 40").</summary>
    private static readonly FrozenSet<string> Hedges = new[]
    {
        "about", "around", "than", "nearly", "almost", "some", "over", "approximately", "roughly", "least", "only", "just", "to", "under", "below",
        "above", "estimated", "additional", "another", "further", "total",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Downing Street", "Wall Street": up to three capitalised words ending in an address head.</summary>
    private static bool IsAddress(string text, Lex[] lexes, int i)
    {
        for (var k = i; k < lexes.Length && k < i + 3 && IsCapitalised(text, lexes, k); k++)
        {
            if (k > i && AddressHeads.Contains(lexes[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    // "I'm 74": the pronoun is always capitalised.
    private static bool IsFirstPerson(string lower) => lower is "i" or "i'm" or "i'd" or "i've" or "i'll";

    private static bool StartsLine(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r';
    }

    // "TWO MEN HELD": a line in capitals says nothing about names.
    private static bool IsAllCapitals(string text, Lex lex) =>
        lex.Length > 1 && !text.AsSpan(lex.Start, lex.Length).ContainsAnyInRange('a', 'z');

    private static bool IsCapitalised(string text, Lex[] lexes, int i) =>
        lexes[i].Kind == LexKind.Word && char.IsUpper(text[lexes[i].Start]);

    private static bool StartsSentence(string text, Lex[] lexes, int p)
    {
        if (p == 0)
        {
            return true;
        }

        var before = lexes[p - 1];
        if (before.Kind == LexKind.Punct && SentenceOpeners.Contains(before.Lower))
        {
            return true;
        }

        // A paragraph or line break between the two lexemes, or a list bullet that opens a line or follows a full stop ("... Le Matin). - Two crooks who robbed ...").
        return text.AsSpan(before.End, lexes[p].Start - before.End).IndexOfAny('\n', '\r') >= 0
            || (before.Lower is "-" or "\u2022" or "*" or "\u2013" && (StartsLine(text, before.Start) || (p >= 2 && lexes[p - 2].Lower is "." or "!" or "?")));
    }
}
