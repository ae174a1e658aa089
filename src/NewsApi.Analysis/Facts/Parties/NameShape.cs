
namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// The shape of words and runs of words that may make a name: capitalised words and glued particles, the connectors
/// that join two capitalised runs into one name, and the cue patterns ("&amp;", a cue noun before "of") that make a run a firm.
/// These need no gazetteer.
/// </summary>
internal static class NameShape
{
    /// <summary>"Organisation of Islamic Conference", "Union of ...": an organisation's head noun, then "of" or "for".</summary>
    internal static bool OpensWithOrgHead(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (units[from].SentenceInitial && units[from].Text == "The")
        {
            from++;
        }

        return to - from >= 3 && PartyLexicon.OrgCues.Contains(units[from].Text) && !units[from].Possessive && units[from + 1].Text is "of" or "for";
    }

    internal static bool IsNameLike(WordUnit u)
    {
        if (!u.IsWord || u.Text.Length == 0)
        {
            return false;
        }

        if (char.IsUpper(u.Text[0]))
        {
            return !IsNameCompound(u.Text);
        }

        // "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle glued to a capitalised name.
        var dash = u.Text.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and <= 3 && dash + 1 < u.Text.Length && char.IsUpper(u.Text[dash + 1])
            && u.Text.AsSpan(0, dash) is "al" or "el" or "ad" or "as" or "an" or "at" or "ash" or "az" or "ar" or "bin" or "ibn" or "ben" or "abu" or "bou" or "de" or "van" or "von" or "d";
    }

    /// <summary>
    /// "Minneapolis-based", "Family-controlled", "Kremlin-backed": a capitalised word glued to a participle is a modifier
    /// before a name, not part of it ("Ban Ki-moon" ends in no participle).
    /// </summary>
    internal static bool IsNameCompound(string word)
    {
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || word.Length - dash - 1 < 3 || !char.IsLower(word[dash + 1]))
        {
            return false;
        }

        var tail = word.AsSpan(dash + 1);
        return tail.EndsWith("ed", StringComparison.Ordinal) || tail is "born" or "run" or "made" or "owned" or "listed" or "led" or "style" or "wide" or "bound" or "funded" or "linked";
    }

    internal static bool IsConnector(WordUnit previous, WordUnit u)
    {
        if (previous.Possessive)
        {
            return false;
        }

        if (u.Text is "&")
        {
            return true;
        }

        if (u.Text is "of" or "for")
        {
            var last = previous.Text;
            if (PartyLexicon.LegalForms.Contains(last))
            {
                return false;
            }

            return PartyLexicon.OrgCues.Contains(last) || last is "Republic" or "Kingdom" or "Gulf" or "Bay" or "Isle" or "Sea"
                or "Secretary" or "Minister" or "Ministry" or "House" or "Department" or "University" or "Bank" or "Court"
                or "Duke" or "Prince" or "Princess" or "King" or "Queen" or "Cape" or "Lake" or "Mount" or "Strait" or "Straits"
                or "Isles" or "Islands" or "Commissioner" or "Secretary-General" or "Chamber" or "Museum" or "Institute" or "Church";
        }

        if (u.Text is "on")
        {
            // "Commission on Presidential Debates", "Committee on Foreign Relations" (a weekday after "on" splits first).
            return previous.Text is "Commission" or "Committee" or "Council" or "Conference" or "Institute" or "Centre" or "Center" or "Panel" or "Campaign";
        }

        return PartyLexicon.NameParticles.Contains(u.Text) && u.Text.Length > 0 && char.IsLower(u.Text[0]);
    }

    /// <summary>"Douglas & Lomason", "Procter & Gamble": two names joined by an ampersand are a firm.</summary>
    internal static bool HasAmpersand(IReadOnlyList<WordUnit> units, int from, int to)
    {
        for (var k = from + 1; k < to - 1; k++)
        {
            if (units[k].Text == "&")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Foreign Ministry of Japan", "Bank of England": the cue word sits before "of".</summary>
    internal static bool HasOrgCueBeforeOf(IReadOnlyList<WordUnit> units, int from, int to)
    {
        for (var k = from + 1; k < to - 1; k++)
        {
            if (units[k].Text is "of" or "for" && (PartyLexicon.OrgCues.Contains(units[k - 1].Text) || units[k - 1].Text is "House"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Trailing by 213", "Asked about": a lone capitalised -ing/-ed/-ly word opening a sentence.</summary>
    internal static bool LooksInflected(IReadOnlyList<WordUnit> units, int at, int to)
    {
        var w = units[at].Text;
        return to - at == 1 && w.Length > 5 && !units[at].IsAllCaps
            && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal));
    }

    /// <summary>Every word of the run is a single letter without a dot ("N", "W D L"); "J." is an initial.</summary>
    internal static bool AllLoneLetters(IReadOnlyList<WordUnit> units, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (units[k].Text.Length != 1 || !char.IsLetter(units[k].Text[0]))
            {
                return false;
            }
        }

        return to > from;
    }
}
