namespace NewsApi.Data;

/// <summary>The tables of party counts, finest first: party_days, party_months, party_quarters, party_years.</summary>
public enum CountLevel
{
    Day,
    Month,
    Quarter,
    Year,
}

/// <summary>
/// <paramref name="Sign"/> × the <paramref name="Level"/> rows covering the days [<paramref name="From"/>,
/// <paramref name="To"/>], which start and end on that level's period boundaries.
/// </summary>
public readonly record struct CountSegment(CountLevel Level, DateOnly From, DateOnly To, int Sign);

/// <summary>
/// The <paramref name="Level"/> rows covering the days [<paramref name="From"/>, <paramref name="To"/>], counted
/// <paramref name="Current"/> times in a party window and <paramref name="Previous"/> times in the window before it.
/// </summary>
public readonly record struct WindowSegment(CountLevel Level, DateOnly From, DateOnly To, int Current, int Previous);

/// <summary>
/// Plans which rows of the party count tables add up to a window of days: whole years, quarters and months where they
/// fit, days for the rest. A partial period at either end may instead be read whole, minus the days (or months)
/// outside the window, when that reads fewer rows: 2005-01-02..2005-12-31 is the year 2005 minus 2005-01-01.
/// </summary>
public static class PartyCountCover
{
    /// <summary>
    /// Rough rows per period, relative to a day. Longer periods hold more parties, but far fewer than their length
    /// times a day's, because the same parties recur; measured at 100k articles: a month about 9 days' rows, a
    /// quarter and a year about 10 (the corpus's whole vocabulary). The weights keep that shape with room for a
    /// corpus whose parties recur less.
    /// </summary>
    private static double Weight(CountLevel level) => level switch
    {
        CountLevel.Day => 1,
        CountLevel.Month => 8,
        CountLevel.Quarter => 15,
        _ => 30,
    };

    /// <summary>The segments whose signed sum counts every day of [from, to] once and no other day.</summary>
    public static IReadOnlyList<CountSegment> Plan(DateOnly from, DateOnly to)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        return Cover(from, to, CountLevel.Year).Segments;
    }

    /// <summary>
    /// The plans of a window and of the window before it ([previousFrom, from - 1], empty when they are equal), as
    /// one list: a segment in both plans is read once with both weights. A window starting mid-month subtracts the
    /// month's first days, which the previous window adds: 2005-03-10..2005-04-08 and 2005-02-08..2005-03-09 share
    /// 2005-03-01..2005-03-09.
    /// </summary>
    public static IReadOnlyList<WindowSegment> PlanWindow(DateOnly previousFrom, DateOnly from, DateOnly to)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(previousFrom, from);
        var merged = new List<WindowSegment>();
        if (previousFrom < from)
        {
            foreach (var s in Plan(previousFrom, from.AddDays(-1)))
            {
                Add(s, 0, s.Sign);
            }
        }

        foreach (var s in Plan(from, to))
        {
            Add(s, s.Sign, 0);
        }

        return merged.FindAll(s => s.Current != 0 || s.Previous != 0);

        void Add(CountSegment s, int current, int previous)
        {
            var at = merged.FindIndex(m => m.Level == s.Level && m.From == s.From && m.To == s.To);
            if (at < 0)
            {
                merged.Add(new WindowSegment(s.Level, s.From, s.To, current, previous));
            }
            else
            {
                merged[at] = merged[at] with { Current = merged[at].Current + current, Previous = merged[at].Previous + previous };
            }
        }
    }

    private static Cost Cover(DateOnly a, DateOnly b, CountLevel level)
    {
        if (a > b)
        {
            return Cost.None;
        }

        if (level == CountLevel.Day)
        {
            return new Cost(b.DayNumber - a.DayNumber + 1, [new CountSegment(CountLevel.Day, a, b, 1)]);
        }

        var finer = level - 1;
        var (firstStart, firstEnd) = Period(a, level);
        var (lastStart, lastEnd) = Period(b, level);
        if (firstStart == lastStart)
        {
            // Inside one period: the days themselves, or the period minus what lies outside them.
            var whole = Whole(level, firstStart, firstEnd);
            if (a > firstStart)
            {
                whole = whole.Plus(Cover(firstStart, a.AddDays(-1), finer).Negated());
            }

            if (b < firstEnd)
            {
                whole = whole.Plus(Cover(b.AddDays(1), firstEnd, finer).Negated());
            }

            return Cheaper(Cover(a, b, finer), whole);
        }

        // The whole periods in the middle are one range of rows; a partial period at either end joins that range
        // (minus its days outside the window) or is covered by the finer level, whichever is cheaper.
        var rangeFrom = firstStart;
        var left = Cost.None;
        if (a > firstStart)
        {
            var partial = Cover(a, firstEnd, finer);
            var outside = Cover(firstStart, a.AddDays(-1), finer).Negated();
            (left, rangeFrom) = outside.Rows + Weight(level) < partial.Rows ? (outside, firstStart) : (partial, firstEnd.AddDays(1));
        }

        var rangeTo = lastEnd;
        var right = Cost.None;
        if (b < lastEnd)
        {
            var partial = Cover(lastStart, b, finer);
            var outside = Cover(b.AddDays(1), lastEnd, finer).Negated();
            (right, rangeTo) = outside.Rows + Weight(level) < partial.Rows ? (outside, lastEnd) : (partial, lastStart.AddDays(-1));
        }

        var middle = Cost.None;
        if (rangeFrom <= rangeTo)
        {
            var periods = Periods(rangeFrom, rangeTo, level);
            middle = new Cost(periods * Weight(level), [new CountSegment(level, rangeFrom, rangeTo, 1)]);
        }

        return middle.Plus(left).Plus(right);
    }

    private static Cost Whole(CountLevel level, DateOnly start, DateOnly end) =>
        new(Weight(level), [new CountSegment(level, start, end, 1)]);

    private static Cost Cheaper(Cost x, Cost y) => y.Rows < x.Rows ? y : x;

    /// <summary>The first and last day of the level's period that holds <paramref name="day"/>.</summary>
    public static (DateOnly Start, DateOnly End) Period(DateOnly day, CountLevel level) => level switch
    {
        CountLevel.Day => (day, day),
        CountLevel.Month => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))),
        CountLevel.Quarter => Quarter(day),
        _ => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
    };

    private static (DateOnly, DateOnly) Quarter(DateOnly day)
    {
        var first = (day.Month - 1) / 3 * 3 + 1;
        return (new DateOnly(day.Year, first, 1), new DateOnly(day.Year, first + 2, DateTime.DaysInMonth(day.Year, first + 2)));
    }

    private static int Periods(DateOnly from, DateOnly to, CountLevel level) => level switch
    {
        CountLevel.Month => (to.Year - from.Year) * 12 + to.Month - from.Month + 1,
        CountLevel.Quarter => (to.Year - from.Year) * 4 + (to.Month - 1) / 3 - (from.Month - 1) / 3 + 1,
        CountLevel.Year => to.Year - from.Year + 1,
        _ => to.DayNumber - from.DayNumber + 1,
    };

    /// <summary>A plan and its estimated rows.</summary>
    private sealed record Cost(double Rows, IReadOnlyList<CountSegment> Segments)
    {
        public static readonly Cost None = new(0, []);

        public Cost Plus(Cost other) => other.Segments.Count == 0 ? this : Segments.Count == 0 ? other : new(Rows + other.Rows, [.. Segments, .. other.Segments]);

        public Cost Negated() => new(Rows, [.. Segments.Select(s => s with { Sign = -s.Sign })]);
    }
}
