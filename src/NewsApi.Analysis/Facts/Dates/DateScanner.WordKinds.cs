using System.Collections.Frozen;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// Which of the date lexicons hold a word, found by one lookup: the scanner asks of every word whether it opens a
/// holiday, is a month, a weekday, a season, an ordinal, a quarter ordinal or a cardinal, and most words are none.
/// </summary>
internal sealed partial class DateScanner
{
    [Flags]
    private enum WordKinds
    {
        None = 0,
        HolidayStart = 1,
        Month = 2,
        MonthAbbreviation = 4,
        Weekday = 8,
        WeekdayAbbreviation = 16,
        Season = 32,
        Ordinal = 64,
        QuarterOrdinal = 128,
        Cardinal = 256,
    }

    private static WordKinds KindsOf(string w) => WordKindTable.ByWord.GetValueOrDefault(w);

    /// <summary>Built on first use (a nested class), once every lexicon of the scanner is initialised.</summary>
    private static class WordKindTable
    {
        public static readonly FrozenDictionary<string, WordKinds> ByWord = Build();

        private static FrozenDictionary<string, WordKinds> Build()
        {
            var kinds = new Dictionary<string, WordKinds>(StringComparer.Ordinal);
            void Add(IEnumerable<string> words, WordKinds kind)
            {
                foreach (var word in words)
                {
                    kinds[word] = kinds.GetValueOrDefault(word) | kind;
                }
            }

            Add(Holidays.ByFirstWord.Keys, WordKinds.HolidayStart);
            Add(DateWords.Months.Keys, WordKinds.Month);
            Add(DateWords.MonthAbbreviations.Keys, WordKinds.MonthAbbreviation);
            Add(DateWords.Weekdays.Keys, WordKinds.Weekday);
            Add(WeekdayAbbreviations.Keys, WordKinds.WeekdayAbbreviation);
            Add(DateWords.Seasons.Keys, WordKinds.Season);
            Add(NumberWords.Ordinals.Keys, WordKinds.Ordinal);
            Add(DateWords.QuarterOrdinals.Keys, WordKinds.QuarterOrdinal);
            Add(NumberWords.Cardinals.Keys, WordKinds.Cardinal);
            return kinds.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }
}
