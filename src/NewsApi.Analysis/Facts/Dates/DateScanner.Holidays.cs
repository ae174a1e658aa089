using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Holidays: Easter (computed) and the fixed-date ones of <see cref="DateWords.Holidays"/>.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>Easter Sunday of a year (anonymous Gregorian algorithm).</summary>
    private static DateOnly EasterOf(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = ((h + l - 7 * m + 114) % 31) + 1;
        return new DateOnly(y, month, day);
    }

    /// <summary>"Easter 2018", "Easter", "last Easter", "next Easter".</summary>
    private DateMatch? TryEaster(int first, int i, int direction)
    {
        if (IsYearNumber(i + 1) && direction == 0)
        {
            var y = YearOf(i + 1);
            return y is >= 1583 and <= 4099 ? new DateMatch(first, i + 1, Day(EasterOf(y)), DateGranularities.Day, false, false) : null;
        }

        if (_anchor is not { } a)
        {
            return null;
        }

        var thisYear = EasterOf(a.Year);
        var value = direction switch
        {
            < 0 => thisYear < a ? thisYear : EasterOf(a.Year - 1),
            > 0 => thisYear > a ? thisYear : EasterOf(a.Year + 1),
            _ => HasFutureCue(first, i) && thisYear < a ? EasterOf(a.Year + 1) : thisYear,
        };
        return new DateMatch(first, i, Day(value), DateGranularities.Day, true, true);
    }
}
