namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Reads a person's role from the words around the name: premodifiers ("Kremlin spokesman Dmitry Peskov"), a
/// counterpart ("his Russian counterpart Vladimir Putin") and appositives ("Ben Rhodes, ... deputy national security
/// advisor"). Honorifics ("Mr", "Mrs", "Dr") are forms of address, not roles.
/// </summary>
internal static class RoleReader
{
    /// <summary>Reads a person's role from the words before the name, or else from an appositive after it.</summary>
    internal static void FindRole(string text, IReadOnlyList<WordUnit> units, RawMention person, SentenceMentions found)
    {
        var k = person.FirstUnit - 1;
        if (k >= 0 && PartyLexicon.IsHonorific(units[k].Text))
        {
            // "Mr Howard", "Mrs Howard", "Dr Reid", "Sir Menzies Campbell": a form of address, not a role; an appositive
            // may still give one.
            FindAppositiveRole(text, units, person, found);
            return;
        }

        var roleStart = -1;
        var sawHead = false;
        while (k >= 0)
        {
            var u = units[k];
            if (!u.IsWord)
            {
                break;
            }

            var inOther = found.At(k);
            var isRoleWord = PartyLexicon.RoleHeads.Contains(u.Text) || PartyLexicon.RoleModifiers.Contains(u.Text)
                || PartyLexicon.TitleWords.Contains(u.Text);
            if (isRoleWord && !(u.Possessive && char.IsUpper(u.Text[0]) && inOther is { Type: PartyType.Person }))
            {
                if (k == person.FirstUnit - 1 && !PartyLexicon.RoleHeads.Contains(u.Text) && !PartyLexicon.TitleWords.Contains(u.Text))
                {
                    break;
                }

                sawHead |= PartyLexicon.RoleHeads.Contains(u.Text) || PartyLexicon.TitleWords.Contains(u.Text);
                roleStart = k;
                k--;
                continue;
            }

            if (roleStart >= 0 && (PartyLexicon.IsDemonymLike(u.Text) || inOther is { Type: PartyType.Place or PartyType.Organization }))
            {
                roleStart = inOther is not null ? inOther.FirstUnit : k;
                k = roleStart - 1;
                continue;
            }

            break;
        }

        if (roleStart >= 0 && sawHead)
        {
            var roleEnd = units[person.FirstUnit - 1].End;
            person.Role = text[units[roleStart].Start..roleEnd];
            person.RoleCountry = CountryOf(units, roleStart, person.FirstUnit, found);
            if (units[person.FirstUnit - 1].Is("counterpart"))
            {
                ResolveCounterpart(person, found);
            }

            // "President Xi Jinping of China": the country follows the name.
            var of = person.LastUnit + 1;
            if (person.RoleCountry is null && of + 1 < units.Count && units[of].Text == "of" && found.At(of + 1) is { Type: PartyType.Place } place)
            {
                person.RoleCountry = place.Canonical ?? place.Text;
            }

            return;
        }

        FindAppositiveRole(text, units, person, found);
    }

    /// <summary>"US President Barack Obama and his Russian counterpart Vladimir Putin": Putin is the Russian President.</summary>
    private static void ResolveCounterpart(RawMention person, SentenceMentions found)
    {
        var other = found.LastWithRoleBefore(person);
        if (other?.Role is null)
        {
            return;
        }

        var words = other.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.SkipWhile(w => !PartyLexicon.TitleWords.Contains(w) && !PartyLexicon.RoleHeads.Contains(w)).ToArray();
        var mine = person.Role!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (head.Length == 0 || mine.Length < 2)
        {
            return;
        }

        person.Role = string.Join(' ', mine[..^1]) + " " + string.Join(' ', head);
    }

    private static void FindAppositiveRole(string text, IReadOnlyList<WordUnit> units, RawMention person, SentenceMentions found)
    {
        if (AppositiveRole(units, person.LastUnit) is not var (start, _, end))
        {
            return;
        }

        person.Role = text[units[start].Start..units[end].End];
        person.RoleCountry = CountryOf(units, start, end + 1, found);
    }

    /// <summary>
    /// ", the deputy chief of the provincial council": a name closed by a comma and a role noun phrase describes a
    /// person, whatever a word before the name would make it ("The call from Faleh Essawi, the deputy chief of ...").
    /// Only a role that goes on with "of"/"for"/"at"/"to" or closes with a comma counts ("from Leeds, the manager said"
    /// is no apposition).
    /// </summary>
    internal static bool DescribesPerson(IReadOnlyList<WordUnit> units, int lastUnit) =>
        AppositiveRole(units, lastUnit) is var (_, headAt, _) && headAt + 1 < units.Count
        && units[headAt + 1].Text is "of" or "for" or "at" or "to" or ",";

    /// <summary>The role phrase after a name and a comma: its first unit, its head noun and its last unit.</summary>
    private static (int Start, int Head, int End)? AppositiveRole(IReadOnlyList<WordUnit> units, int lastUnit)
    {
        var k = lastUnit + 1;
        if (units[lastUnit].Possessive || k >= units.Count || units[k].Text != ",")
        {
            return null;
        }

        k++;

        // Skip a possessor: "President Barack Obama's ...", "the company's ...".
        var scan = k;
        while (scan < units.Count && scan - k < 6 && units[scan].IsWord && !units[scan].Possessive)
        {
            scan++;
        }

        if (scan < units.Count && units[scan].Possessive && scan - k < 6)
        {
            k = scan + 1;
        }
        else if (k < units.Count && units[k].Text is "the" or "a" or "an" or "his" or "her" or "its")
        {
            k++;
        }

        var start = k;
        var headAt = -1;
        while (k < units.Count && k - start < 8 && units[k].IsWord
            && (PartyLexicon.RoleHeads.Contains(units[k].Text) || PartyLexicon.RoleModifiers.Contains(units[k].Text) || PartyLexicon.IsDemonymLike(units[k].Text)))
        {
            if (PartyLexicon.RoleHeads.Contains(units[k].Text))
            {
                headAt = k;
            }

            k++;
        }

        if (headAt < 0)
        {
            return null;
        }

        var end = headAt;
        if (headAt + 1 < units.Count && units[headAt + 1].Text is "for" or "of" or "at" or "to")
        {
            var e = headAt + 2;
            while (e < units.Count && e - headAt < 8 && units[e].IsWord && !PartyLexicon.SpeechVerbs.Contains(units[e].Text))
            {
                e++;
            }

            if (e > headAt + 2)
            {
                end = e - 1;
            }
        }

        return (start, headAt, end);
    }

    private static string? CountryOf(IReadOnlyList<WordUnit> units, int from, int to, SentenceMentions found)
    {
        for (var k = from; k < to; k++)
        {
            if (PartyLexicon.DemonymOrPlural(units[k].Text) is { Length: > 0 } country)
            {
                return country;
            }

            if (found.At(k) is { } m && m.Country is not null && m.Type != PartyType.Person)
            {
                return m.Type == PartyType.Place && m.Canonical is not null && m.Country == m.Canonical ? m.Canonical : m.Country;
            }
        }

        return null;
    }
}
