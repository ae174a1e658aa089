using NewsApi.Analysis.Summarization;
using NewsApi.Contracts;
using NewsApi.Data;

namespace NewsApi.Mapping;

/// <summary>
/// The stored rows an article's reads are made of, each list in the order its read shows it: parties by salience
/// (then first mention), mentions, figures, dates and quotes by start offset.
/// </summary>
public sealed record ArticleFactRows(
    IReadOnlyList<ArticlePartyRow> Parties,
    IReadOnlyList<PartyMentionRow> Mentions,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<DateRow> Dates,
    IReadOnlyList<QuoteRow> Quotes);

/// <summary>
/// Composes the per-article reads from rows. The same functions serve a read composed from the fact tables and the
/// read model rendered at ingest from rows still in memory, so the two cannot answer differently.
/// </summary>
public static class ArticleComposer
{
    public const int TopParties = 5;
    public const int TopFigures = 5;
    public const int TopDates = 5;
    public const int TopQuotes = 3;

    /// <summary>The article with its top facts (GET /api/articles/{id}).</summary>
    public static ArticleResponse Article(ArticleRow row, ArticleFactRows rows)
    {
        var facts = Facts(row.Id, rows, FactTypes.All, TopParties, TopFigures, TopDates, TopQuotes);
        return FactMapping.ToResponse(row, new TopFacts(facts.Parties!, facts.Figures!, facts.Dates!, facts.Quotes!));
    }

    /// <summary>The facts of the given types, at most the given number of each (GET /api/articles/{id}/facts).</summary>
    public static FactsResponse Facts(
        long id, ArticleFactRows rows, FactTypes types, int parties = int.MaxValue, int figures = int.MaxValue, int dates = int.MaxValue, int quotes = int.MaxValue)
    {
        IReadOnlyList<PartyFact>? partyFacts = null;
        if (types.HasFlag(FactTypes.Parties))
        {
            var mentions = rows.Mentions
                .GroupBy(m => m.PartyId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<MentionFact>)g.Select(m => new MentionFact((int)m.StartOffset, (int)m.EndOffset, m.Text, (int)m.SentenceIndex)).ToList());
            partyFacts = rows.Parties.Take(parties).Select(r => FactMapping.ToFact(r, mentions.GetValueOrDefault(r.PartyId) ?? [])).ToList();
        }

        return new FactsResponse(
            id,
            types.HasFlag(FactTypes.Figures) ? rows.Figures.Take(figures).Select(FactMapping.ToFact).ToList() : null,
            types.HasFlag(FactTypes.Dates) ? rows.Dates.Take(dates).Select(FactMapping.ToFact).ToList() : null,
            partyFacts,
            types.HasFlag(FactTypes.Quotes) ? rows.Quotes.Take(quotes).Select(FactMapping.ToFact).ToList() : null);
    }

    /// <summary>The summary one ranker's scores give with the given options (GET /api/articles/{id}/summary).</summary>
    public static SummaryResponse Summary(long? id, ISentenceRanker ranker, IReadOnlyList<ScoredSentence> sentences, SummaryOptions options) =>
        FactMapping.ToSummary(id, ranker.Key, SummarySelector.Select(sentences, options, ranker.Policy));

    /// <summary>Every sentence with its score and rank (GET /api/articles/{id}/sentences).</summary>
    public static IReadOnlyList<SentenceResponse> Sentences(IReadOnlyList<ScoredSentence> sentences)
    {
        var ranks = SummarySelector.RankOf(sentences);
        return sentences.Select(s => new SentenceResponse(s.Index, s.Start, s.End, s.Text, Math.Round(s.Score, 6), ranks[s.Index])).ToList();
    }

    /// <summary>The selector's options for the summary query parameters.</summary>
    public static SummaryOptions OptionsFrom(SummaryQuery query) => new()
    {
        Sentences = query.Sentences,
        Ratio = query.Ratio,
        MaxWords = query.MaxWords,
        MaxChars = query.MaxChars,
        Diversity = query.Diversity is > 0 ? query.Diversity : null,
        Order = query.Order == "score" ? SummaryOrder.Score : SummaryOrder.Document,
    };
}
