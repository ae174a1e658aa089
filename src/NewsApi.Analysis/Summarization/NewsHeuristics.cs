namespace NewsApi.Analysis.Summarization;

/// <summary>Surface tests for sentences a news summary should not contain or should not open with.</summary>
public static class NewsHeuristics
{
    /// <summary>Openings of page furniture: captions, calls to action, credits (compared case-insensitively).</summary>
    private static readonly string[] BoilerplateStarts =
    [
        "advertisement", "read more", "click here", "scroll down", "share this", "follow us", "follow @", "sign up",
        "subscribe", "all rights reserved", "copyright", "\u00A9", "related:", "related articles", "see also", "watch:",
        "video:", "photo:", "photos:", "picture:", "pictures:", "image:", "images:", "pictured:", "caption:", "credit:",
        "getty images", "file photo", "listen:", "more:", "last updated", "published:", "updated:", "posted:",
        "join the conversation", "sponsored", "continue reading", "story continues", "download the", "get the latest",
    ];

    /// <summary>Phrases that mark a whole sentence as page furniture wherever they occur.</summary>
    private static readonly string[] BoilerplatePhrases =
    [
        "scroll down for video", "all rights reserved", "click here to", "sign up for our", "read more:",
        "follow us on", "this article was", "terms of use", "privacy policy",
    ];

    /// <summary>Openings that point back to an earlier sentence.</summary>
    private static readonly HashSet<string> DanglingWords = new(StringComparer.Ordinal)
    {
        "He", "She", "They", "It", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Him", "Them",
        "But", "However", "Also", "And", "Yet", "So", "Still", "Instead", "Nevertheless", "Moreover", "Furthermore",
        "Besides", "Then", "Such", "Thus", "Hence", "Therefore", "Meanwhile", "Otherwise", "Nonetheless",
    };

    /// <summary>True for bylines, captions, calls to action and other text that is not part of the story.</summary>
    public static bool IsBoilerplate(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.AsSpan().Trim();

        // Lower-case once (pooled buffer), then every test is an ordinal, vectorised search.
        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var lower = rented.AsSpan(0, text.Length);
            text.ToLowerInvariant(lower);
            foreach (var start in BoilerplateStarts)
            {
                if (lower.StartsWith(start, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var phrase in BoilerplatePhrases)
            {
                if (lower.IndexOf(phrase, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return IsByline(text) || !HasClauseWords(text);
    }

    /// <summary>True when the sentence opens with a pronoun or connective that needs the sentence before it.</summary>
    public static bool StartsDangling(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var i = 0;
        while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
        {
            i++;
        }

        var s = i;
        while (i < sentence.Length && char.IsLetter(sentence[i]))
        {
            i++;
        }

        return i > s && DanglingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.AsSpan(s, i - s));
    }

    /// <summary>"By John Smith" or "By John Smith, Political Editor": "By" and then only capitalised words.</summary>
    private static bool IsByline(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("By ", StringComparison.Ordinal) || text.Length < 4 || !char.IsUpper(text[3]))
        {
            return false;
        }

        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim(",.;:");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words > 1 && char.IsLower(word[0]) && word is not "and" and not "of" and not "in" and not "for" and not "the")
            {
                return false;
            }
        }

        return words <= 10;
    }

    /// <summary>
    /// A cheap stand-in for "has a verb": at least two lower-case words, so Title Case headings, name lists and
    /// captions such as "Barack Obama (left) and Vladimir Putin" fail while ordinary sentences pass.
    /// </summary>
    private static bool HasClauseWords(ReadOnlySpan<char> text)
    {
        var lower = 0;
        var atWordStart = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '"' or '(' or '\u201C')
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && char.IsLower(c) && ++lower >= 2)
            {
                return true;
            }

            atWordStart = false;
        }

        return false;
    }
}
