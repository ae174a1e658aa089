using System.Globalization;
using NewsApi.Analysis.Facts.Dates;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts;

/// <summary>
/// Finds dates, times, ranges and recurring times and resolves them against the publication date. A date's span never
/// includes a leading preposition ("on Friday" → "Friday") but keeps TIMEX3-style modifiers ("early September",
/// "the third quarter"). Three kinds of expression keep the word that makes them what they are: a range keeps its
/// "from"/"between" ("from 5 to 7pm", "between 3 and 12 of Sept"), an offset keeps its "in" ("in two weeks" → the day
/// two weeks after the publication date, only in a clause about the future), and a bounded time keeps its bound
/// ("before 2.30pm", "around 1pm"). Two dates that each stand alone ("from 1991 to 1997", "between now and Feb. 10") are
/// reported as two dates, as TIMEX3 marks them; dates that need each other ("from Sep to Nov", "5 to 7 September"), two
/// months ("from August to October") and dashed ranges ("2014-2018", "Jan-Feb 2017") are one mention with
/// <see cref="DateMention.EndValue"/>.
/// Deictic expressions ("today", "Friday", "last week") are anchored to the publication date, anaphoric ones ("that year",
/// "the quarter", "a year earlier") to the last date or reporting quarter the text mentioned, as HeidelTime does; a
/// weekday, month or holiday without a year falls before or after the publication date by the tense of its clause.
/// Without a publication date, deictic expressions ("Thursday", "last week") are left out because they cannot be
/// resolved, a month-day without a year gets an unspecified year ("XXXX-08-21", ISO 8601-2 style), and a time of day an
/// unspecified day ("XXXX-XX-XXT19:00").
/// Durations ("for three years", "two-day", "2 hours") are figures of kind duration (<see cref="FigureExtractor"/>), not
/// dates, and are not reported here.
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

        var lexed = context.Lexemes;
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
                Length = m.Length,
            });
        }

        DateLinks.Link(text, result, context.PublishedAt);
        return result;
    }
}
