namespace NewsApi.Analysis.Facts.Parties;

/// <summary>Small helpers over a sentence's <see cref="WordUnit"/>s: joined surfaces, shapes and mention construction.</summary>
internal static class UnitText
{
    /// <summary>Gazetteer keys are short: a joined surface longer than this is looked up as a string, not on the stack.</summary>
    public const int StackChars = 128;

    internal static bool IsHeadline(IReadOnlyList<WordUnit> units)
    {
        int words = 0, caps = 0;
        foreach (var u in units)
        {
            if (u.IsWord && HasLetter(u.Text))
            {
                words++;
                if (u.IsAllCaps)
                {
                    caps++;
                }
            }
        }

        return words >= 3 && caps * 10 >= words * 7;
    }

    /// <summary>
    /// True when a capitalised word ("Traders") also occurs in <paramref name="text"/> in lower case as a whole word
    /// ("traders"): the document itself says it is an ordinary word, whatever the vocabulary holds.
    /// </summary>
    internal static bool WrittenLowerElsewhere(string text, WordUnit u)
    {
        var word = u.Text;
        if (word.Length < 3 || word.Length > StackChars || !char.IsUpper(word[0]) || u.IsAllCaps)
        {
            return false;
        }

        Span<char> lower = stackalloc char[StackChars];
        var length = word.AsSpan().ToLowerInvariant(lower);
        var needle = lower[..length];
        var haystack = text.AsSpan();
        var from = 0;
        while (from < haystack.Length)
        {
            var at = haystack[from..].IndexOf(needle, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var end = at + length;
            if ((at == 0 || !char.IsLetter(haystack[at - 1])) && (end == haystack.Length || !char.IsLetter(haystack[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>"P." in "P. Simmons".</summary>
    internal static bool IsInitial(WordUnit u) => u.Text.Length == 2 && char.IsUpper(u.Text[0]) && u.Text[1] == '.';

    internal static bool AllCaps(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool HasLetter(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool AllWords(IReadOnlyList<WordUnit> units, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!units[k].IsWord || (k < to - 1 && units[k].Possessive))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words from..to joined by single spaces, as <see cref="Join"/> does, written into <paramref name="buffer"/> when
    /// they fit (a single word is its own text): gazetteer lookups on the hot path allocate nothing.
    /// </summary>
    internal static ReadOnlySpan<char> Surface(IReadOnlyList<WordUnit> units, int from, int to, Span<char> buffer)
    {
        if (to - from == 1)
        {
            return units[from].Text;
        }

        var at = 0;
        for (var k = from; k < to; k++)
        {
            var word = units[k].Text;
            if (at + word.Length + 1 > buffer.Length)
            {
                return Join(units, from, to);
            }

            if (k > from)
            {
                buffer[at++] = ' ';
            }

            word.CopyTo(buffer[at..]);
            at += word.Length;
        }

        return buffer[..at];
    }

    internal static string Join(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (to - from == 1)
        {
            return units[from].Text;
        }

        return string.Join(' ', Enumerable.Range(from, to - from).Select(k => units[k].Text));
    }

    internal static RawMention Make(string text, IReadOnlyList<WordUnit> units, int from, int to, PartyType type, Evidence evidence, string? canonical, string? country) =>
        new()
        {
            Start = units[from].Start,
            End = units[to - 1].End,
            Text = text[units[from].Start..units[to - 1].End],
            SentenceIndex = units[from].SentenceIndex,
            FirstUnit = from,
            LastUnit = to - 1,
            Words = to - from,
            Type = type,
            Evidence = evidence,
            Canonical = canonical,
            Country = country,
        };
}
