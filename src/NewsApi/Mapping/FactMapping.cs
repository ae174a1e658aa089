using System.Text.Json;
using NewsApi.Analysis;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Summarization;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Ingestion;

namespace NewsApi.Mapping;

/// <summary>
/// Storage rows and analysis results to wire contracts. Kept apart so the wire shape can stay stable while
/// storage and the analysis library evolve.
/// </summary>
public static class FactMapping
{
    /// <summary>Average adult silent reading speed used for readingTimeMinutes.</summary>
    public const int WordsPerMinute = 230;

    public static string TypeName(PartyType type) => type switch
    {
        PartyType.Person => "person",
        PartyType.Organization => "organization",
        _ => "place",
    };

    /// <summary>A validated fact type name (<see cref="FactsQuery.TypeNames"/>) as its flag.</summary>
    public static FactTypes FactType(string name) => name switch
    {
        "figures" => FactTypes.Figures,
        "dates" => FactTypes.Dates,
        "parties" => FactTypes.Parties,
        "quotes" => FactTypes.Quotes,
        _ => FactTypes.None,
    };

    public static int ReadingMinutes(long words) => words <= 0 ? 0 : (int)Math.Max(1, Math.Round(words / (double)WordsPerMinute));

    public static FigureFact ToFact(FigureRow r) =>
        new(r.Text, (int)r.StartOffset, (int)r.EndOffset, (int)r.SentenceIndex, r.Value, r.Unit, r.Qualifier, r.Kind, r.ValueMax, r.Currency);

    public static FigureFact ToFact(Figure f) =>
        new(f.Text, f.Start, f.End, f.SentenceIndex, f.Value, f.Unit, f.Qualifier, f.Kind, f.ValueMax, f.Currency);

    public static DateFact ToFact(DateRow r) =>
        new(r.Text, (int)r.StartOffset, (int)r.EndOffset, (int)r.SentenceIndex, r.Value, r.Granularity, r.Relative, r.Anchor, r.AlternativeValue, r.EndValue);

    public static DateFact ToFact(DateMention d) =>
        new(d.Text, d.Start, d.End, d.SentenceIndex, d.Value, d.Granularity, d.Relative, d.Anchor, d.AlternativeValue, d.EndValue);

    public static QuoteFact ToFact(QuoteRow r) =>
        new(r.Text, (int)r.StartOffset, (int)r.EndOffset, (int)r.SentenceIndex, r.Speaker, r.SpeakerPartyId);

    public static PartyFact ToFact(ArticlePartyRow r, IReadOnlyList<MentionFact> mentions) =>
        new(r.PartyId, r.Name, r.Type, ParseAliases(r.Aliases), r.Role, r.RoleCountry, (int)r.MentionCount, Math.Round(r.Salience, 4), mentions);

    public static IReadOnlyList<string> ParseAliases(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>Facts of an unstored analysis: party ids are 1-based positions in this response.</summary>
    public static FactsResponse ToFacts(FactSet facts, FactTypes types)
    {
        var localIds = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Parties.Count; i++)
        {
            localIds.TryAdd(facts.Parties[i].Key, i + 1);
        }

        return new FactsResponse(
            null,
            types.HasFlag(FactTypes.Figures) ? facts.Figures.Select(ToFact).ToList() : null,
            types.HasFlag(FactTypes.Dates) ? facts.Dates.Select(ToFact).ToList() : null,
            types.HasFlag(FactTypes.Parties)
                ? facts.Parties.Select((p, i) => new PartyFact(
                    i + 1, p.Name, TypeName(p.Type), p.Aliases, p.Role, p.RoleCountry, p.MentionCount, Math.Round(p.Salience, 4),
                    p.Mentions.Select(m => new MentionFact(m.Start, m.End, m.Text, m.SentenceIndex)).ToList())).ToList()
                : null,
            types.HasFlag(FactTypes.Quotes)
                ? facts.Quotes.Select(q => new QuoteFact(q.Text, q.Start, q.End, q.SentenceIndex, q.Speaker,
                    q.SpeakerKey is not null && localIds.TryGetValue(q.SpeakerKey, out var id) ? id : null)).ToList()
                : null);
    }

    public static SummaryResponse ToSummary(long? articleId, string algorithm, IReadOnlyList<SummarySentence> selected) =>
        new(
            articleId,
            algorithm,
            selected.Select(s => new SummarySentenceResponse(s.Index, s.Start, s.End, s.Text, Math.Round(s.Score, 6), s.Rank)).ToList(),
            string.Join(" ", selected.Select(s => s.Text)));

    public static ArticleListItem ToListItem(ArticleRow r) => new(
        r.Id, r.Title, r.Url, r.Source, r.Author, Iso.Parse(r.PublishedAt), r.Language, r.Dateline,
        (int)r.WordCount, (int)r.SentenceCount, ReadingMinutes(r.WordCount), Iso.Parse(r.CreatedAt)!.Value)
    {
        Snippet = r.Snippet is null ? null : ToSnippet(r.Snippet),
    };

    /// <summary>Strips the U+0001/U+0002 match markers the full-text snippet put in and records where the matches are.</summary>
    public static SearchSnippet ToSnippet(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var matches = new List<TextRange>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == '\u0001')
            {
                start = text.Length;
            }
            else if (c == '\u0002')
            {
                if (start >= 0)
                {
                    matches.Add(new TextRange(start, text.Length));
                }

                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        return new SearchSnippet(text.ToString(), matches);
    }

    public static ArticleResponse ToResponse(ArticleRow r, TopFacts top) => new(
        r.Id, r.Title, r.Body, r.Url, r.Source, r.Author, Iso.Parse(r.PublishedAt), r.Language, r.Dateline,
        (int)r.WordCount, (int)r.SentenceCount, ReadingMinutes(r.WordCount), Iso.Parse(r.CreatedAt)!.Value,
        Iso.Parse(r.UpdatedAt)!.Value, r.AnalyzerVersion, top);
}

[Flags]
public enum FactTypes
{
    None = 0,
    Figures = 1,
    Dates = 2,
    Parties = 4,
    Quotes = 8,
    All = Figures | Dates | Parties | Quotes,
}
