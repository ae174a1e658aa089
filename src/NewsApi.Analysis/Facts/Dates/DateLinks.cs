using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Links finished date mentions with the words written around them, without changing their own spans (TIMEX3 marks a
/// range's ends and a bounded date's date on their own, and leaves "from", "since" or "after" to a signal):
/// <list type="bullet">
/// <item>a range of two dates that each stand alone, in either written form — "from X to Y", "between X and Y",
/// "in X through Y", "X to Y", "X till Y" (the connector: to, till, until, through, thru, a dash; "and" only after
/// "between") — gives the first date a <see cref="DateMention.Range"/> with the whole written span and the end's value;</item>
/// <item>the first or last days, weeks or months of a period written before it — "the last 3 weeks of this year" — give
/// the period a <see cref="DateMention.Range"/> with the part's span, first day and end;</item>
/// <item>a bound written before or after a date — "after 2010", "since August", "no later than Jan 1", "as late as 7am",
/// "starting on Monday", "2012 or later", "&gt;= 2019" — gives the date a <see cref="DateMention.Bound"/> with the span that
/// includes the signal words and the TIMEX3 <c>mod</c> it implies (BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER).</item>
/// </list>
/// The signal words are the English lists of Microsoft.Recognizers.Definitions (MIT; BeforeRegex, AfterRegex, SinceRegex,
/// SuffixAfterRegex, TillRegex, RangeConnectorRegex), read here as word sequences, not regexes.
/// </summary>
internal static class DateLinks
{
    /// <summary>Signal word sequences written before a date, longest first within each mod, with their TIMEX3 mod.</summary>
    private static readonly (string[] Words, string Mod)[] Prefixes = Build(
        ("on or before|in or before|at or before|in advance of|prior to|no later than|not later than|earlier than|sooner than|ending with|ending on|as late as|before|until|untill|till|til|by|< =|<=|<", "BEFORE"),
        ("on or after|in or after|at or after|after or equal to|starting from|starting on|starting with|beginning from|beginning on|beginning with|any time from|as early as|starting|beginning|since|> =|>=", "ON_OR_AFTER"),
        ("year greater than|greater than|later than|after|>", "AFTER"));

    /// <summary>Signal word sequences written after a date ("2012 or later"); all but "later" only where the clause ends ("1/1/2016 and after my work is done" is no bound).</summary>
    private static readonly (string[] Words, string Mod)[] Suffixes = Build(
        ("or later|and later|or after|and after|or above|and above|or greater|and greater|at or later|at or after", "ON_OR_AFTER"));

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "to", "till", "til", "until", "untill", "through", "thru", "-", "--", "–", "—", "~", "and" };

    private static readonly HashSet<string> RangePrefixes = new(StringComparer.Ordinal) { "from", "between", "in" };

    /// <summary>How far before or after a date signal words are looked for, in characters: keeps the work per mention constant.</summary>
    private const int Reach = 32;

    private static (string[] Words, string Mod)[] Build(params (string List, string Mod)[] lists) =>
        lists.SelectMany(l => l.List.Split('|').Select(p => (Words: p.Split(' '), l.Mod)))
            .OrderByDescending(p => p.Words.Length).ToArray();

    public static void Link(string text, List<DateMention> mentions, DateOnly? anchor)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (i + 1 < mentions.Count && m.EndValue is null && RangeWith(text, m, mentions[i + 1]) is { } range)
            {
                // The end is read forward from the start, in the range and as its own date.
                if (range.EndValue is { } end && end != mentions[i + 1].Value)
                {
                    mentions[i + 1] = mentions[i + 1] with { Value = end, AlternativeValue = mentions[i + 1].Value };
                }

                // A start written without its year takes the end's written year ("from Nov 18 to Dec 19 2015"), as it
                // does inside one mention ("from March to May 2014").
                if (RangeOrder.BackwardStart(m, mentions[i + 1]) is { } start)
                {
                    m = m with { Value = start, AlternativeValue = m.Value };
                }

                mentions[i] = m with { Range = m.Value == DateWords.PresentRef && anchor is { } a ? range with { StartValue = a.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } : range };
                i++;
                continue;
            }

            if (BoundOf(text, m) is { } bound)
            {
                mentions[i] = m with { Bound = bound, Range = LengthFrom(text, m, bound) };
            }
            else if (PartOf(text, m) is { } part)
            {
                mentions[i] = m with { Range = part };
            }
        }
    }

    /// <summary>
    /// The first or last days, weeks or months of a period, written before it: "the first ten days of last year", "the last
    /// 3 weeks of 2019", "the final two months of the quarter". The span runs from "the" (or the ordinal) to the period's
    /// end; <see cref="DateSpan.StartValue"/> and <see cref="DateSpan.EndValue"/> are the part's first day and the day after
    /// its last. Weeks run Monday to Monday inside the period: the last n end at the start of the week holding the period's
    /// last day, the first n start on its first Monday. The period keeps its own span and value, as TIMEX3 marks it.
    /// </summary>
    private static DateSpan? PartOf(string text, DateMention m)
    {
        var before = WordsBefore(text, m.Start, 5);
        if (before.Count < 4 || before[^1].Word != "of" || !LengthUnits.TryGetValue(before[^2].Word, out var unit) || !before[^2].Word.EndsWith('s')
            || PeriodBounds(m.Value) is not var (from, to))
        {
            return null;
        }

        var countWord = before[^3].Word;
        var n = int.TryParse(countWord, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits) ? digits
            : NumberWords.Cardinals.TryGetValue(countWord, out var c) ? c : 0;
        var first = before[^4].Word is "first" or "opening" or "initial";
        if (n is < 2 or > 100 || !(first || before[^4].Word is "last" or "final" or "closing"))
        {
            return null;
        }

        // "to": the day after the period's last. Weeks: from the period's first Monday, or up to the Monday of the week
        // that holds its last day.
        var firstMonday = from.AddDays((8 - (int)from.DayOfWeek) % 7);
        var lastMonday = to.AddDays(-1 - (((int)to.AddDays(-1).DayOfWeek + 6) % 7));
        (DateOnly Start, DateOnly End) part = (unit, first) switch
        {
            ('D', true) => (from, from.AddDays(n)),
            ('D', false) => (to.AddDays(-n), to),
            ('W', true) => (firstMonday, firstMonday.AddDays(7 * n)),
            ('W', false) => (lastMonday.AddDays(-7 * n), lastMonday),
            ('M', true) => (from, from.AddMonths(n)),
            ('M', false) => (to.AddMonths(-n), to),
            _ => (from, from),
        };
        if (part.Start < from || part.End > to || part.Start >= part.End)
        {
            return null;
        }

        var start = before[^4].Start;
        if (before.Count >= 5 && before[^5].Word == "the")
        {
            start = before[^5].Start;
        }

        return new DateSpan(start, m.End, text[start..m.End], null, Iso(part.End))
        {
            StartValue = Iso(part.Start),
        };
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first day of a year, quarter, half or month value and the day after its last ("2019" → 2019-01-01, 2020-01-01); null for other values.</summary>
    private static (DateOnly From, DateOnly To)? PeriodBounds(string v)
    {
        if (v.Length < 4 || !int.TryParse(v.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || y < 1 || y > 9998)
        {
            return null;
        }

        var year = new DateOnly(y, 1, 1);
        if (v.Length == 4)
        {
            return (year, year.AddYears(1));
        }

        if (v.Length == 7 && v[4] == '-' && v[5] is 'Q' or 'H' && v[6] is >= '1' and <= '4' && (v[5] == 'Q' || v[6] <= '2'))
        {
            var months = v[5] == 'Q' ? 3 : 6;
            var from = year.AddMonths((v[6] - '1') * months);
            return (from, from.AddMonths(months));
        }

        if (v.Length == 7 && v[4] == '-' && int.TryParse(v.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mo) && mo is >= 1 and <= 12)
        {
            var from = year.AddMonths(mo - 1);
            return (from, from.AddMonths(1));
        }

        return null;
    }

    private static DateSpan? RangeWith(string text, DateMention m, DateMention next)
    {
        if (next.SentenceIndex != m.SentenceIndex || next.Start - m.End > Reach || next.Start < m.End)
        {
            return null;
        }

        // "a revision Friday to December's figures": a possessive names what belongs to the date; it ends no range.
        if (text.AsSpan(next.End).StartsWith("'s", StringComparison.OrdinalIgnoreCase) || text.AsSpan(next.End).StartsWith("\u2019s", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var gap = Words(text, m.End, next.Start, forward: true);
        if (!text.AsSpan(m.End, next.Start - m.End).ContainsOnly(c => char.IsWhiteSpace(c) || IsWordChar(c) || c is '-' or '–' or '—' or '~')
            || gap.Count is 0 or > 2 || !Connectors.Contains(gap[0].Word) || (gap.Count == 2 && gap[1].Word != "the"))
        {
            return null;
        }

        var before = WordsBefore(text, m.Start, 1);
        var prefix = before.Count == 1 && RangePrefixes.Contains(before[0].Word) ? before[0] : ((int Start, string Word)?)null;
        var connector = gap[0].Word;
        if ((connector == "and") != (prefix?.Word == "between"))
        {
            // "and" joins a range only after "between"; "between" takes "and", "to", "through" or a dash.
            if (connector == "and" || prefix?.Word != "between")
            {
                return null;
            }
        }

        if (prefix is null && (m.Granularity == DateGranularities.Reference || next.Granularity == DateGranularities.Reference))
        {
            return null;
        }

        var start = prefix?.Start ?? m.Start;
        return new DateSpan(start, next.End, text[start..next.End], null, RangeEnd(m, next));
    }

    /// <summary>The end's value, read forward from the start (<see cref="RangeOrder"/>): "Monday through Friday", "from March 5 to March 9".</summary>
    private static string RangeEnd(DateMention m, DateMention next) => RangeOrder.ForwardEnd(m, next) ?? next.Value;

    /// <summary>
    /// A length that starts at a bounded date: "3 days starting from next Monday", "2 weeks starting May 20th", "the week
    /// beginning on February 4". The range runs from the date for the length (its end when the date is a day).
    /// </summary>
    private static DateSpan? LengthFrom(string text, DateMention m, DateSpan bound)
    {
        var signal = text[bound.Start..m.Start].TrimStart();
        if (!(signal.StartsWith("starting", StringComparison.OrdinalIgnoreCase) || signal.StartsWith("beginning", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var before = WordsBefore(text, bound.Start, 2);
        if (before.Count != 2 || !LengthUnits.TryGetValue(before[1].Word, out var unit))
        {
            return null;
        }

        int n;
        if (before[0].Word is "the" or "a" or "one")
        {
            n = 1;
        }
        else if (!(int.TryParse(before[0].Word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n)
            || NumberWords.Cardinals.TryGetValue(before[0].Word, out n)) || n is < 1 or > 400)
        {
            return null;
        }

        string? end = null;
        if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            end = (unit switch
            {
                'D' => day.AddDays(n),
                'W' => day.AddDays(7 * n),
                'M' => day.AddMonths(n),
                _ => day.AddYears(n),
            }).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        var start = before[0].Start;
        return new DateSpan(start, m.End, text[start..m.End], null, end);
    }

    private static readonly Dictionary<string, char> LengthUnits = new(StringComparer.Ordinal)
    {
        ["day"] = 'D', ["days"] = 'D', ["week"] = 'W', ["weeks"] = 'W', ["month"] = 'M', ["months"] = 'M', ["year"] = 'Y', ["years"] = 'Y',
    };

    private static DateSpan? BoundOf(string text, DateMention m)
    {
        var before = WordsBefore(text, m.Start, 4);
        foreach (var (words, mod) in Prefixes)
        {
            if (EndsWith(before, words) && !(words is ["later", "than"] && before.Count > 2 && before[^3].Word == "no"))
            {
                var start = before[before.Count - words.Length].Start;
                return new DateSpan(start, m.End, text[start..m.End], mod, null);
            }
        }

        var after = Words(text, m.End, Math.Min(text.Length, m.End + Reach), forward: true);
        foreach (var (words, mod) in Suffixes)
        {
            if (after.Count >= words.Length && words.Select((w, k) => after[k].Word == w).All(b => b)
                && (after.Count == words.Length || (words[^1] == "later" && after[words.Length].Word != "than")))
            {
                var end = after[words.Length - 1].Start + words[^1].Length;
                return new DateSpan(m.Start, end, text[m.Start..end], mod, null);
            }
        }

        return null;
    }

    private static bool EndsWith(List<(int Start, string Word)> words, string[] phrase)
    {
        if (words.Count < phrase.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[words.Count - phrase.Length + k].Word != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Up to <paramref name="count"/> words (or runs of &lt;, &gt;, = and dashes) right before <paramref name="end"/>, in text order, within <see cref="Reach"/> characters.</summary>
    private static List<(int Start, string Word)> WordsBefore(string text, int end, int count)
    {
        var from = Math.Max(0, end - Reach);
        var words = Words(text, from, end, forward: false);
        if (from > 0 && words.Count > 0 && words[0].Start == from && IsWordChar(text[from - 1]))
        {
            words.RemoveAt(0);
        }

        return words.Count > count ? words.GetRange(words.Count - count, count) : words;
    }

    /// <summary>
    /// The words between two offsets, lower-cased. Nothing links across a comma, full stop or other punctuation: read
    /// <paramref name="forward"/>, the list ends there (and is empty when the punctuation comes first); read backwards, only the words after it count.
    /// </summary>
    private static List<(int Start, string Word)> Words(string text, int from, int to, bool forward)
    {
        var words = new List<(int Start, string Word)>();
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsWordChar(c))
            {
                while (i < to && IsWordChar(text[i]))
                {
                    i++;
                }
            }
            else if (c is '<' or '>' or '=' or '-' or '–' or '—' or '~')
            {
                while (i < to && text[i] == c)
                {
                    i++;
                }
            }
            else
            {
                if (forward)
                {
                    if (words.Count == 0)
                    {
                        return words;
                    }

                    break;
                }

                words.Clear();
                i++;
                continue;
            }

            words.Add((start, text[start..i].ToLowerInvariant()));
        }

        return words;
    }

    private static bool ContainsOnly(this ReadOnlySpan<char> span, Func<char, bool> allowed)
    {
        foreach (var c in span)
        {
            if (!allowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'';
}
