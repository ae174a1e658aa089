using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>How a holiday's date is found in a year: a fixed day, the n-th weekday of a month (n = -1: the last), or days from Easter Sunday.</summary>
internal readonly record struct HolidayRule(int Month, int Day, int Nth, DayOfWeek Weekday, int Offset, bool FromEaster)
{
    public static HolidayRule Fixed(int month, int day) => new(month, day, 0, DayOfWeek.Sunday, 0, false);

    public static HolidayRule NthWeekday(int month, int nth, DayOfWeek weekday, int offset = 0) => new(month, 0, nth, weekday, offset, false);

    public static HolidayRule Easter(int offset) => new(0, 0, 0, DayOfWeek.Sunday, offset, true);

    /// <summary>The holiday's day in <paramref name="year"/>, or null when the year is out of range.</summary>
    public DateOnly? In(int year, Func<int, DateOnly> easterOf)
    {
        if (year is < 1583 or > 9998)
        {
            return null;
        }

        if (FromEaster)
        {
            return easterOf(year).AddDays(Offset);
        }

        if (Nth == 0)
        {
            return new DateOnly(year, Month, Day);
        }

        DateOnly d;
        if (Nth > 0)
        {
            var firstOfMonth = new DateOnly(year, Month, 1);
            d = firstOfMonth.AddDays((((int)Weekday - (int)firstOfMonth.DayOfWeek + 7) % 7) + (7 * (Nth - 1)));
        }
        else
        {
            var lastOfMonth = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
            d = lastOfMonth.AddDays(-(((int)lastOfMonth.DayOfWeek - (int)Weekday + 7) % 7));
        }

        return d.AddDays(Offset);
    }
}

/// <summary>
/// Holiday names as lexeme sequences, apostrophes and a possessive "s" left out ("Valentine's Day" is "valentine day",
/// "Presidents' Day" "presidents day"), with the rule that dates each. Common English-language (mostly US and UK) public and
/// religious holidays whose date follows from the calendar; lunar ones (Eid, Diwali, Chinese New Year) are not here.
/// </summary>
internal static class Holidays
{
    private static readonly (string Name, HolidayRule Rule)[] Table =
    [
        ("new year day", HolidayRule.Fixed(1, 1)), ("new years day", HolidayRule.Fixed(1, 1)),
        ("new year eve", HolidayRule.Fixed(12, 31)), ("new years eve", HolidayRule.Fixed(12, 31)),
        ("christmas", HolidayRule.Fixed(12, 25)), ("christmas day", HolidayRule.Fixed(12, 25)), ("xmas", HolidayRule.Fixed(12, 25)),
        ("christmas eve", HolidayRule.Fixed(12, 24)), ("boxing day", HolidayRule.Fixed(12, 26)),
        ("halloween", HolidayRule.Fixed(10, 31)), ("valentine day", HolidayRule.Fixed(2, 14)), ("valentines day", HolidayRule.Fixed(2, 14)),
        ("st valentine day", HolidayRule.Fixed(2, 14)), ("saint valentine day", HolidayRule.Fixed(2, 14)),
        ("independence day", HolidayRule.Fixed(7, 4)), ("fourth of july", HolidayRule.Fixed(7, 4)),
        ("st patrick day", HolidayRule.Fixed(3, 17)), ("saint patrick day", HolidayRule.Fixed(3, 17)), ("st patricks day", HolidayRule.Fixed(3, 17)),
        ("april fools day", HolidayRule.Fixed(4, 1)), ("april fool day", HolidayRule.Fixed(4, 1)),
        ("veterans day", HolidayRule.Fixed(11, 11)), ("armistice day", HolidayRule.Fixed(11, 11)), ("remembrance day", HolidayRule.Fixed(11, 11)),
        ("may day", HolidayRule.Fixed(5, 1)), ("workers day", HolidayRule.Fixed(5, 1)), ("international workers day", HolidayRule.Fixed(5, 1)),
        ("earth day", HolidayRule.Fixed(4, 22)), ("groundhog day", HolidayRule.Fixed(2, 2)), ("flag day", HolidayRule.Fixed(6, 14)),
        ("juneteenth", HolidayRule.Fixed(6, 19)), ("all saints day", HolidayRule.Fixed(11, 1)), ("all souls day", HolidayRule.Fixed(11, 2)),
        ("cinco de mayo", HolidayRule.Fixed(5, 5)), ("bastille day", HolidayRule.Fixed(7, 14)), ("canada day", HolidayRule.Fixed(7, 1)),
        ("australia day", HolidayRule.Fixed(1, 26)), ("epiphany", HolidayRule.Fixed(1, 6)), ("guy fawkes night", HolidayRule.Fixed(11, 5)),
        ("bonfire night", HolidayRule.Fixed(11, 5)), ("st george day", HolidayRule.Fixed(4, 23)), ("st andrew day", HolidayRule.Fixed(11, 30)),
        ("st david day", HolidayRule.Fixed(3, 1)), ("inauguration day", HolidayRule.Fixed(1, 20)),
        ("thanksgiving", HolidayRule.NthWeekday(11, 4, DayOfWeek.Thursday)), ("thanksgiving day", HolidayRule.NthWeekday(11, 4, DayOfWeek.Thursday)),
        ("black friday", HolidayRule.NthWeekday(11, 4, DayOfWeek.Thursday, 1)), ("cyber monday", HolidayRule.NthWeekday(11, 4, DayOfWeek.Thursday, 4)),
        ("labor day", HolidayRule.NthWeekday(9, 1, DayOfWeek.Monday)), ("memorial day", HolidayRule.NthWeekday(5, -1, DayOfWeek.Monday)),
        ("martin luther king day", HolidayRule.NthWeekday(1, 3, DayOfWeek.Monday)), ("martin luther king jr day", HolidayRule.NthWeekday(1, 3, DayOfWeek.Monday)),
        ("mlk day", HolidayRule.NthWeekday(1, 3, DayOfWeek.Monday)), ("presidents day", HolidayRule.NthWeekday(2, 3, DayOfWeek.Monday)),
        ("president day", HolidayRule.NthWeekday(2, 3, DayOfWeek.Monday)), ("washington birthday", HolidayRule.NthWeekday(2, 3, DayOfWeek.Monday)),
        ("columbus day", HolidayRule.NthWeekday(10, 2, DayOfWeek.Monday)), ("indigenous peoples day", HolidayRule.NthWeekday(10, 2, DayOfWeek.Monday)),
        ("mother day", HolidayRule.NthWeekday(5, 2, DayOfWeek.Sunday)), ("mothers day", HolidayRule.NthWeekday(5, 2, DayOfWeek.Sunday)),
        ("father day", HolidayRule.NthWeekday(6, 3, DayOfWeek.Sunday)), ("fathers day", HolidayRule.NthWeekday(6, 3, DayOfWeek.Sunday)),
        ("election day", HolidayRule.NthWeekday(11, 1, DayOfWeek.Monday, 1)),
        ("easter sunday", HolidayRule.Easter(0)), ("easter day", HolidayRule.Easter(0)), ("easter monday", HolidayRule.Easter(1)),
        ("good friday", HolidayRule.Easter(-2)), ("holy saturday", HolidayRule.Easter(-1)), ("maundy thursday", HolidayRule.Easter(-3)),
        ("holy thursday", HolidayRule.Easter(-3)), ("palm sunday", HolidayRule.Easter(-7)), ("ash wednesday", HolidayRule.Easter(-46)),
        ("shrove tuesday", HolidayRule.Easter(-47)), ("mardi gras", HolidayRule.Easter(-47)), ("pancake day", HolidayRule.Easter(-47)),
        ("pentecost", HolidayRule.Easter(49)), ("whitsunday", HolidayRule.Easter(49)), ("whit sunday", HolidayRule.Easter(49)),
        ("whit monday", HolidayRule.Easter(50)), ("ascension day", HolidayRule.Easter(39)), ("corpus christi", HolidayRule.Easter(60)),
    ];

    /// <summary>Names by their first word, longest first, so "christmas eve" wins over "christmas".</summary>
    public static readonly FrozenDictionary<string, (string[] Words, HolidayRule Rule)[]> ByFirstWord = Table
        .Select(t => (Words: t.Name.Split(' '), t.Rule))
        .GroupBy(t => t.Words[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.Ordinal);
}
