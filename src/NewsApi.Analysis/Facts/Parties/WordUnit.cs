using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// A word as the party rules see it: adjacent tokens glued back together ("U" "." "S" "." → "U.S.",
/// "Ki" "-" "moon" → "Ki-moon") and a trailing possessive split off ("Obama's" → "Obama" + <see cref="Possessive"/>),
/// so the rules do not depend on how the tokenizer treats hyphens, dots and apostrophes.
/// </summary>
internal sealed record WordUnit(int Start, int End, string Text, bool IsWord, bool Possessive, int SentenceIndex, bool SentenceInitial)
{
    public bool IsCapitalized => IsWord && Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>"AFP", "EU", "G20", "U.S.": two or more letters, every letter upper case.</summary>
    public bool IsAllCaps
    {
        get
        {
            if (!IsWord)
            {
                return false;
            }

            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            return letters >= 2 || (letters == 1 && Text.Length > 1);
        }
    }

    public bool Is(string lower) => string.Equals(Text, lower, StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<WordUnit> Build(TextDocument document, Sentence sentence)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var first = sentence.FirstToken;
        var last = sentence.FirstToken + sentence.TokenCount;
        var units = new List<WordUnit>(sentence.TokenCount);
        var atStart = true;
        var i = first;
        while (i < last)
        {
            var t = tokens[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                // A separate "'s" / "’s" after a name (Penn-style "Obama 's") marks the previous word possessive.
                if (IsApostrophe(t.Text) && i + 1 < last && tokens[i + 1].Start == t.End
                    && tokens[i + 1].Text is "s" or "S" && units.Count > 0 && units[^1].IsWord && !units[^1].Possessive
                    && (i + 2 >= last || tokens[i + 2].Start > tokens[i + 1].End))
                {
                    units[^1] = units[^1] with { Possessive = true };
                    i += 2;
                    continue;
                }

                units.Add(new WordUnit(t.Start, t.End, t.Text, false, false, sentence.Index, false));
                atStart = atStart || (IsOpener(t.Text) && (t.Text != "\"" || t.Start == 0 || char.IsWhiteSpace(text[t.Start - 1])));
                i++;
                continue;
            }

            var start = t.Start;
            var end = t.End;
            var j = i + 1;
            while (j < last)
            {
                var n = tokens[j];
                if (n.Start != end)
                {
                    break;
                }

                if (n.Kind is TokenKind.Word or TokenKind.Number)
                {
                    end = n.End;
                    j++;
                    continue;
                }

                var joiner = n.Text is "-" or "." or "'" or "’" or "&";
                if (joiner && j + 1 < last && tokens[j + 1].Start == n.End && tokens[j + 1].Kind is TokenKind.Word or TokenKind.Number)
                {
                    end = tokens[j + 1].End;
                    j += 2;
                    continue;
                }

                // Keep the final dot of initials and short abbreviations: "U.S.", "St.", "Mr.".
                if (n.Text == "." && LooksAbbreviated(text, start, end))
                {
                    end = n.End;
                    j++;
                }

                break;
            }

            var possessive = false;
            var wordEnd = end;
            if (end - start > 2 && (text[end - 1] is 's' or 'S') && IsApostrophe(text[end - 2]))
            {
                possessive = true;
                wordEnd = end - 2;
            }
            else if (end - start > 2 && IsApostrophe(text[end - 1]) && text[end - 2] == 's')
            {
                // Plural possessive "Kings'": a trailing apostrophe token is glued on only when adjacent.
                possessive = true;
                wordEnd = end - 1;
            }
            else if (j < last && tokens[j].Start == end && IsApostrophe(tokens[j].Text) && (j + 1 >= last || tokens[j + 1].Start > tokens[j].End))
            {
                possessive = text[end - 1] == 's';
                if (possessive)
                {
                    j++;
                }
            }

            // A unit that is one whole token shares the token's string.
            var word = start == t.Start && wordEnd == t.End ? t.Text : text[start..wordEnd];
            units.Add(new WordUnit(start, wordEnd, word, true, possessive, sentence.Index, atStart));
            atStart = false;
            i = j;
        }

        return units;
    }

    // Sentence-final marks count too: a quoted passage can hold several sentences the splitter keeps together.
    private static bool IsOpener(string s) => s is "\"" or "“" or "‘" or "(" or "[" or ":" or "-" or "–" or "—" or "'" or "." or "!" or "?" or "…" or ";";

    private static bool IsApostrophe(string s) => s is "'" or "’";

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool LooksAbbreviated(string text, int start, int end)
    {
        var length = end - start;
        if (length == 1)
        {
            return char.IsUpper(text[start]);
        }

        // "U.S", "U.N": letters separated by dots.
        var dotted = true;
        for (var k = start; k < end; k++)
        {
            var expectLetter = (k - start) % 2 == 0;
            if (expectLetter ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                dotted = false;
                break;
            }
        }

        if (dotted && length >= 3)
        {
            return true;
        }

        var word = text.AsSpan(start, length);
        return word is "St" or "Mr" or "Mrs" or "Ms" or "Dr" or "Gen" or "Sen" or "Rep" or "Lt" or "Col" or "Capt" or "Sgt" or "Prof" or "Rev" or "Jr" or "Sr" or "Inc" or "Corp" or "Co" or "Ltd" or "Mt" or "Ft";
    }
}
