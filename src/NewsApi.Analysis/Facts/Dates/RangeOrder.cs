using System.Globalization;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// A range runs forward: when the end of "from X to Y" was resolved on its own against the publication date and falls
/// before the start ("from March 5 to March 9" read as 2017-03-05 .. 2016-03-09, "from Monday 3pm to Tuesday 5pm" ending
/// on the Tuesday before), the end is the next such date at or after the start: its other reading, else the same
/// weekday a whole number of weeks later, else the same month-day (or month) in a later year. A written year or a date
/// the text fixes is never moved.
/// </summary>
internal static class RangeOrder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The end's value read forward from <paramref name="start"/>; null when it needs no change.</summary>
    public static string? ForwardEnd(DateMention start, DateMention end)
    {
        var s = start.Value;
        var e = end.Value;
        if (end.Anchor is null || !IsCalendar(s) || !IsCalendar(e))
        {
            return null;
        }

        var n = Math.Min(10, Math.Min(s.Length, e.Length));
        if (string.CompareOrdinal(e, 0, s, 0, n) >= 0)
        {
            return null;
        }

        if (end.AlternativeValue is { } alt && IsCalendar(alt) && alt.Length == e.Length && string.CompareOrdinal(alt, 0, s, 0, n) >= 0)
        {
            return alt;
        }

        if (e.Length == 7)
        {
            return LaterYear(e, s, n);
        }

        // "from 2pm tomorrow to 4pm": a clock written without its day is on the start's day (the next one when it would
        // come before the start), not on the publication day.
        if (e.Length > 10 && e[10] == 'T' && s.Length > 10 && s[10] == 'T' && e.AsSpan(0, 10).SequenceEqual(end.Anchor)
            && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", Inv, DateTimeStyles.None, out var startDay))
        {
            var sameDay = s[..10] + e[10..];
            return string.CompareOrdinal(sameDay, s) >= 0 ? sameDay : Day(startDay.AddDays(1)) + e[10..];
        }

        var fromText = s.Length >= 10 ? s[..10] : s.Length >= 7 ? s[..7] + "-01" : s[..4] + "-01-01";
        if (e.Length < 10 || !DateOnly.TryParseExact(e[..10], "yyyy-MM-dd", Inv, DateTimeStyles.None, out var day)
            || !DateOnly.TryParseExact(fromText, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var from))
        {
            return null;
        }

        if (DateWords.Weekdays.ContainsKey(FirstWord(end.Text)))
        {
            return Day(day.AddDays((from.DayNumber - day.DayNumber + 6) / 7 * 7)) + e[10..];
        }

        // A month-day whose year was inferred: the first year that puts it at or after the start.
        for (var years = 1; years <= 2; years++)
        {
            if (day.Month == 2 && day.Day == 29)
            {
                return null;
            }

            var later = day.AddYears(years);
            if (later >= from)
            {
                return Day(later) + e[10..];
            }
        }

        return null;
    }

    /// <summary>
    /// A start whose year was inferred takes the end's written year, or the year before when that would put it after the
    /// end: "from Nov 18 to Dec 19 2015" starts on 2015-11-18, "between 5/1 and 5/7/2020" on 2020-05-01, as a start
    /// without a year does inside one mention ("from March to May 2014"). Null when it needs no change.
    /// </summary>
    public static string? BackwardStart(DateMention start, DateMention end)
    {
        var s = start.Value;
        var e = end.Value;
        if (start.Anchor is null || start.Relative || end.Anchor is not null || !IsCalendar(s) || !IsCalendar(e) || s.Length is not (7 or 10)
            || e.Length < s.Length || string.CompareOrdinal(s, 0, e, 0, 4) == 0 || !int.TryParse(e.AsSpan(0, 4), NumberStyles.None, Inv, out var year))
        {
            return null;
        }

        for (var y = year; y >= year - 1; y--)
        {
            var moved = y.ToString("0000", Inv) + s[4..];
            if (string.CompareOrdinal(moved, 0, e, 0, s.Length) <= 0 && (s.Length == 7 || DateOnly.TryParseExact(moved, "yyyy-MM-dd", Inv, DateTimeStyles.None, out _)))
            {
                return moved;
            }
        }

        return null;
    }

    private static string? LaterYear(string e, string s, int n)
    {
        if (!int.TryParse(e.AsSpan(0, 4), NumberStyles.None, Inv, out var year))
        {
            return null;
        }

        var later = (year + 1).ToString("0000", Inv) + e[4..];
        return string.CompareOrdinal(later, 0, s, 0, n) >= 0 ? later : null;
    }

    /// <summary>A calendar value: a year, a month, a day or a time on a day ("2016", "2016-03", "2016-03-09T17:00"); not a week, quarter or reference.</summary>
    private static bool IsCalendar(string v) =>
        v.Length >= 4 && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[1]) && char.IsAsciiDigit(v[2]) && char.IsAsciiDigit(v[3])
        && (v.Length == 4 || (v.Length >= 7 && v[4] == '-' && char.IsAsciiDigit(v[5])));

    private static string FirstWord(string text)
    {
        var k = 0;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        return text[..k].ToLowerInvariant();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);
}
