namespace NewsApi.Analysis.Text;

/// <summary>
/// Finds a dateline at the very start of a body and where the story proper begins. Recognised shapes:
/// <c>St Petersburg: ...</c>, <c>LONDON (Reuters) - ...</c>, <c>PARIS, Sept 5 (AFP) - ...</c>,
/// <c>WASHINGTON — ...</c>. Conservative: an ordinary first sentence, or a label such as "Note:", is not a dateline.
/// </summary>
public static class DatelineDetector
{
    private const int MaxPlaceLength = 40;
    private const int MaxPlaceWords = 4;
    private const int MaxDateLength = 20;
    private const int MaxAgencyLength = 30;

    /// <summary>Lower-case words allowed inside a place name ("Dar es Salaam", "Rio de Janeiro").</summary>
    private static readonly HashSet<string> PlaceConnectors = new(StringComparer.Ordinal)
    {
        "de", "del", "da", "do", "dos", "la", "le", "les", "el", "al", "es", "of", "on", "upon", "am", "sur", "en",
    };

    /// <summary>Labels that open a body with a colon but are not places.</summary>
    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "Note", "Notes", "Update", "Updated", "Editor", "Editors", "Warning", "Analysis", "Comment", "Opinion", "Photo",
        "Photos", "Video", "Watch", "Listen", "Breaking", "Exclusive", "Live", "Correction", "Source", "Sources",
        "Summary", "Background", "Related", "Read", "Pictured", "Image", "Picture", "Caption", "Credit", "Q", "A",
        "Question", "Answer", "Quote", "Review", "Interview", "Transcript", "Disclaimer", "Advertisement", "Sponsored",
        "Feature", "Explainer", "Factbox", "Timeline", "Key", "Latest", "Update", "Alert", "Warning", "Reporting",
        "Editing", "Writing", "Additional", "Spoiler", "Trigger", "Content", "Subject", "Re", "Fwd", "From", "To", "Date",
        "Title", "Tags", "Topic", "Topics", "Category", "Introduction", "Conclusion", "Abstract", "Overview",
    };

    public static Dateline? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = text.Length;
        var start = 0;
        while (start < n && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var placeEnd = ScanPlace(text, start, out var words, out var allCaps);
        if (placeEnd <= start)
        {
            return null;
        }

        var i = SkipSpaces(text, placeEnd);
        if (i >= n)
        {
            return null;
        }

        // "St Petersburg:" followed by the story.
        if (text[i] == ':')
        {
            if (words == 1 && NotPlaces.Contains(text[start..placeEnd]))
            {
                return null;
            }

            var body = SkipSpaces(text, i + 1);
            return body < n && StartsSentence(text[body]) ? new Dateline(text[start..placeEnd], start, placeEnd, body) : null;
        }

        // "PARIS, Sept 5 (AFP) -": an optional date after a comma, before the agency.
        var afterDate = i;
        if (text[i] == ',')
        {
            var d = SkipSpaces(text, i + 1);
            var dateEnd = d;
            while (dateEnd < n && dateEnd - d <= MaxDateLength && (char.IsLetterOrDigit(text[dateEnd]) || text[dateEnd] is ' ' or '.' or ','))
            {
                dateEnd++;
            }

            if (dateEnd == d || dateEnd - d > MaxDateLength || !ContainsDigit(text, d, dateEnd))
            {
                return null;
            }

            afterDate = SkipSpaces(text, dateEnd);
        }

        var hasAgency = false;
        if (afterDate < n && text[afterDate] == '(')
        {
            var close = text.IndexOf(')', afterDate + 1, Math.Min(MaxAgencyLength, n - afterDate - 1));
            if (close < 0 || close == afterDate + 1 || !char.IsUpper(text[afterDate + 1]))
            {
                return null;
            }

            hasAgency = true;
            afterDate = SkipSpaces(text, close + 1);
        }
        else if (afterDate != i)
        {
            return null; // a date with no agency: too unusual to trust
        }

        var dash = DashEnd(text, afterDate);
        if (dash > afterDate)
        {
            // A bare dash needs an agency or an ALL-CAPS place: "Manchester United - who ..." is not a dateline.
            if (!hasAgency && !allCaps)
            {
                return null;
            }

            var body = SkipSpaces(text, dash);
            return body < n && StartsSentence(text[body]) ? new Dateline(text[start..placeEnd], start, placeEnd, body) : null;
        }

        if (hasAgency && afterDate < n && StartsSentence(text[afterDate]) && afterDate > placeEnd)
        {
            // "Washington (CNN)The president ..." or "LONDON (Reuters) The ..."
            return new Dateline(text[start..placeEnd], start, placeEnd, afterDate);
        }

        return null;
    }

    /// <summary>One past the last character of a place name of capitalised words at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    private static int ScanPlace(string text, int start, out int words, out bool allCaps)
    {
        var n = text.Length;
        words = 0;
        allCaps = true;
        var i = start;
        var end = start;
        while (i < n && i - start <= MaxPlaceLength)
        {
            var w = i;
            while (w < n && (char.IsLetter(text[w]) || (w > i && text[w] is '.' or '-' or '\'' or '\u2019')))
            {
                w++;
            }

            if (w == i)
            {
                break;
            }

            var word = text.AsSpan(i, w - i);
            if (char.IsUpper(word[0]))
            {
                words++;
                foreach (var ch in word)
                {
                    if (char.IsLower(ch))
                    {
                        allCaps = false;
                        break;
                    }
                }

                end = w;
            }
            else if (!PlaceConnectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || words == 0)
            {
                return start;
            }

            if (words > MaxPlaceWords)
            {
                return start;
            }

            if (w < n && text[w] == ' ' && w + 1 < n && char.IsLetter(text[w + 1]))
            {
                i = w + 1;
                continue;
            }

            // The place ends at a separator; anything else (a digit, "%", a second space) means an ordinary sentence.
            return w == end && (w >= n || text[w] is ':' or ',' or ' ' or '(' or '-' or '\u2013' or '\u2014') ? end : start;
        }

        return start;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int DashEnd(string text, int i)
    {
        if (i >= text.Length)
        {
            return i;
        }

        if (text[i] is '\u2013' or '\u2014')
        {
            return i + 1;
        }

        if (text[i] == '-')
        {
            var j = i + 1;
            if (j < text.Length && text[j] == '-')
            {
                j++;
            }

            return j < text.Length && char.IsWhiteSpace(text[j]) ? j : i;
        }

        return i;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018';

    private static bool ContainsDigit(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
