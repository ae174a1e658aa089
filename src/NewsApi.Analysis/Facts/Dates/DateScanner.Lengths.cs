namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Ranges written as a length next to the anchor: "the next two days", "the last 3 months", "the previous 4 business
/// days", "the coming three quarters", "the next couple of weeks", and with the count first, "the 5 upcoming years",
/// "the 10 previous weeks" (the count first, and "following"/"upcoming", only after "the"; never followed by "of": "the
/// last three months of 2004" belong to that year). The value is the first day, <see cref="DateMatch.EndValue"/> the last, and
/// <see cref="DateMatch.Length"/> the written length as a TIMEX3 duration ("P3M"): TIMEX3 marks these as DURATION, so a
/// reader of DATE leaves them out. Forward ranges start the day after the anchor and backward ones end on it; quarters
/// are whole calendar quarters (the coming ones after the anchor's, the last ones before it). "last" after a modal or
/// "to" is the verb ("the strike will last two days").
/// </summary>
internal sealed partial class DateScanner
{
    private static readonly HashSet<string> LengthForward = new(StringComparer.Ordinal) { "next", "coming", "upcoming", "following" };

    private static readonly HashSet<string> LengthBackward = new(StringComparer.Ordinal) { "last", "past", "previous" };

    private static readonly HashSet<string> VerbBeforeLast = new(StringComparer.Ordinal)
    {
        "will", "would", "wo", "won't", "can", "could", "may", "might", "must", "shall", "should", "to", "does", "did", "do", "'ll", "not", "n't",
    };

    /// <summary>"next two days" (modifier, count, unit) or "5 upcoming years" (count, modifier, unit), from lexeme <paramref name="i"/>.</summary>
    private DateMatch? TryLength(int i)
    {
        if (_anchor is not { } a)
        {
            return null;
        }

        int n, unitAt, direction;
        // "following" and "upcoming" are prepositions or adjectives too ("following 10 days of talks"): only after "the".
        if (W(i) is "following" or "upcoming" && W(i - 1) != "the")
        {
            return null;
        }

        if (LengthForward.Contains(W(i)) || LengthBackward.Contains(W(i)))
        {
            if (W(i) == "last" && (VerbBeforeLast.Contains(W(i - 1)) || W(i - 1).EndsWith("'ll", StringComparison.Ordinal) || W(i - 1).EndsWith("n't", StringComparison.Ordinal)))
            {
                return null;
            }

            direction = LengthForward.Contains(W(i)) ? 1 : -1;
            if (W(i + 1) == "couple")
            {
                n = 2;
                unitAt = W(i + 2) == "of" ? i + 3 : i + 2;
            }
            else if (W(i + 1) is "a" or "an" || !TryCount(i + 1, out n, out unitAt))
            {
                return null;
            }
        }
        else if (W(i - 1) == "the" && TryCount(i, out n, out var modifierAt) && W(i) is not ("a" or "an") && (LengthForward.Contains(W(modifierAt)) || LengthBackward.Contains(W(modifierAt))))
        {
            direction = LengthForward.Contains(W(modifierAt)) ? 1 : -1;
            unitAt = modifierAt + 1;
        }
        else
        {
            return null;
        }

        var business = W(unitAt) is "business" or "working" && W(unitAt + 1) is "days" or "day";
        var last = business ? unitAt + 1 : unitAt;
        // "the last three months of 2004" are months of another period, not a span up to the anchor.
        if (n is < 2 or > 100 || (!business && W(last) is not ("days" or "weeks" or "months" or "years" or "quarters" or "decades")) || W(last + 1) == "of")
        {
            return null;
        }

        var (start, end, length) = business ? BusinessDays(a, n, direction) : LengthRange(a, W(last), n, direction);
        return new DateMatch(i, last, Day(start), DateGranularities.Day, true, true) { EndValue = Day(end), Length = length };
    }

    private static (DateOnly Start, DateOnly End, string Length) LengthRange(DateOnly a, string unit, int n, int direction)
    {
        if (unit == "quarters")
        {
            var current = new DateOnly(a.Year, ((a.Month - 1) / 3 * 3) + 1, 1);
            var from = direction > 0 ? current.AddMonths(3) : current.AddMonths(-3 * n);
            return (from, from.AddMonths(3 * n), "P" + (3 * n).ToString(Inv) + "M");
        }

        var (letter, count) = unit switch
        {
            "days" => ("D", n),
            "weeks" => ("W", n),
            "months" => ("M", n),
            "decades" => ("Y", 10 * n),
            _ => ("Y", n),
        };
        var span = letter switch
        {
            "D" => (Func<DateOnly, int, DateOnly>)((d, k) => d.AddDays(k)),
            "W" => (d, k) => d.AddDays(7 * k),
            "M" => (d, k) => d.AddMonths(k),
            _ => (d, k) => d.AddYears(k),
        };
        var length = "P" + count.ToString(Inv) + letter;
        return direction > 0 ? (a.AddDays(1), span(a.AddDays(1), count), length) : (span(a, -count), a, length);
    }

    /// <summary>n working days (Monday to Friday) after or before the anchor: forwards from the next day, backwards ending on the anchor.</summary>
    private static (DateOnly Start, DateOnly End, string Length) BusinessDays(DateOnly a, int n, int direction)
    {
        var d = a;
        for (var k = 0; k < n;)
        {
            d = d.AddDays(direction);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                k++;
            }
        }

        var length = "P" + n.ToString(Inv) + "BD";
        return direction > 0 ? (a.AddDays(1), d.AddDays(1), length) : (d, a, length);
    }
}
