using System.Globalization;
using NewsApi.Analysis.Facts.Dates;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts;

/// <summary>
/// Finds dates and resolves them against the publication date. Spans never include a leading preposition
/// ("on Friday" → "Friday") but keep TIMEX3-style modifiers ("early September", "the third quarter").
/// Without a publication date, deictic expressions ("Thursday", "last week") are left out because they cannot be
/// resolved, and a month-day without a year gets an unspecified year ("XXXX-08-21", ISO 8601-2 style).
/// Durations ("for three years", "two-day") are figures, not dates, and are not reported here.
/// </summary>
public sealed class DateExtractor : IDateExtractor
{
    public IReadOnlyList<DateMention> Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var text = document.Text;
        if (text.Length == 0)
        {
            return [];
        }

        var lexed = Lexer.LexCached(text);
        var lexes = lexed.Lexes;
        var matches = lexed.DatesFor(text, context.PublishedAt);
        var anchor = context.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var result = new List<DateMention>(matches.Count);
        foreach (var m in matches)
        {
            if (m.Value is null || m.Granularity == DateGranularities.Duration)
            {
                continue;
            }

            var start = lexes[m.FirstLex].Start;
            var end = lexes[m.LastLex].End;
            result.Add(new DateMention(text[start..end], start, end, document.SentenceIndexAt(start), m.Value, m.Granularity, m.Relative)
            {
                Anchor = m.UsedAnchor ? anchor : null,
                AlternativeValue = m.AlternativeValue,
                EndValue = m.EndValue,
            });
        }

        return result;
    }
}
