using System.Data;
using System.Text.Json;
using NewsApi.Analysis;
using NewsApi.Analysis.Summarization;
using NewsApi.Data;
using NewsApi.Mapping;

namespace NewsApi.Ingestion;

/// <summary>
/// The rows of one or more analysed articles, gathered table by table and written with one statement per table:
/// a bulk import's batch of articles prepares each insert (and compiles its triggers) once instead of once per article.
/// The read model's views are rendered from the same rows while they are in memory and stored with them.
/// </summary>
internal sealed class ArticleRows(ArticleViews views)
{
    private readonly List<(ArticleRow Row, ArticleAnalysis Analysis, string Day)> _articles = [];

    public int Count => _articles.Count;

    /// <param name="row">The stored article (with its id).</param>
    /// <param name="analysis">Its analysis.</param>
    public void Add(ArticleRow row, ArticleAnalysis analysis) =>
        _articles.Add((row, analysis, row.PublishedAt is { } p ? p[..10] : ""));

    /// <summary>Stores the parties new to the store, then every child row of the gathered articles and their views.</summary>
    /// <param name="connection">The write transaction's connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="now">The creation time of new parties.</param>
    /// <param name="bulk">A bulk import's batch: the views are rendered while the fact rows are written, and PostgreSQL
    /// streams the child rows with binary COPY.</param>
    /// <returns>The rendered views, in the order the articles were added.</returns>
    public IReadOnlyList<ArticleViewRow> Write(IDbConnection connection, IDbTransaction transaction, string now, bool bulk = false)
    {
        if (_articles.Count == 0)
        {
            return [];
        }

        var parties = _articles
            .SelectMany(a => a.Analysis.Facts.Parties)
            .DistinctBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Name, FactMapping.TypeName(p.Type)))
            .ToList();
        var partyIds = PartyRepository.UpsertMany(connection, transaction, parties, now);

        var sentences = new List<SentenceRow>();
        var scores = new List<SentenceScoreRow>();
        var links = new List<ArticlePartyRow>();
        var mentions = new List<PartyMentionRow>();
        var figures = new List<FigureRow>();
        var dates = new List<DateRow>();
        var quotes = new List<QuoteRow>();
        var slices = new List<(ArticleRow Row, ArticleAnalysis Analysis, double[] Scores, FactSlice Facts)>(_articles.Count);
        foreach (var (row, analysis, day) in _articles)
        {
            var first = new FactSlice(links.Count, mentions.Count, figures.Count, dates.Count, quotes.Count);
            var defaultScores = AddSentences(row.Id, analysis, sentences, scores);
            AddParties(row, analysis, day, partyIds, links, mentions);
            AddFacts(row.Id, analysis, partyIds, figures, dates, quotes);
            slices.Add((row, analysis, defaultScores, first));
        }

        // The views need nothing from the database: a bulk batch renders them on another thread while its fact rows
        // are written (on PostgreSQL the server works meanwhile instead of waiting in the transaction). The lists are
        // complete and only read from here on.
        IReadOnlyList<ArticleViewRow> Render()
        {
            var rendered = new List<ArticleViewRow>(slices.Count);
            for (var i = 0; i < slices.Count; i++)
            {
                var (row, analysis, defaultScores, first) = slices[i];
                var next = i + 1 < slices.Count ? slices[i + 1].Facts : new FactSlice(links.Count, mentions.Count, figures.Count, dates.Count, quotes.Count);
                var facts = new ArticleFactRows(
                    links[first.Links..next.Links].OrderByDescending(l => l.Salience).ThenBy(l => l.FirstMention).ToList(),
                    mentions[first.Mentions..next.Mentions].OrderBy(m => m.StartOffset).ToList(),
                    figures[first.Figures..next.Figures].OrderBy(f => f.StartOffset).ToList(),
                    dates[first.Dates..next.Dates].OrderBy(d => d.StartOffset).ToList(),
                    quotes[first.Quotes..next.Quotes].OrderBy(q => q.StartOffset).ToList());
                rendered.Add(views.Render(row, facts, Scored(row.Body, analysis, defaultScores)));
            }

            return rendered;
        }

        var rendering = bulk ? Task.Run(Render) : Task.FromResult(Render());
        SentenceRepository.Insert(connection, transaction, sentences, scores, bulk);
        PartyRepository.InsertLinks(connection, transaction, links, mentions, bulk);
        FigureRepository.Insert(connection, transaction, figures, bulk);
        DateRepository.Insert(connection, transaction, dates, bulk);
        QuoteRepository.Insert(connection, transaction, quotes, bulk);
        var rendered = rendering.GetAwaiter().GetResult();
        ArticleViewRepository.Upsert(connection, transaction, rendered, bulk);
        return rendered;
    }

    /// <summary>Where one article's rows start in each fact list.</summary>
    private readonly record struct FactSlice(int Links, int Mentions, int Figures, int Dates, int Quotes);

    /// <summary>The sentences with the default summariser's scores as they are stored (what a composed read sees).</summary>
    private static List<ScoredSentence> Scored(string body, ArticleAnalysis analysis, double[] scores) =>
        analysis.Document.Sentences
            .Select(s => new ScoredSentence(s.Index, s.Start, s.End, body[s.Start..s.End], s.Index < scores.Length ? scores[s.Index] : 0))
            .ToList();

    /// <returns>The default summariser's scores as stored.</returns>
    private double[] AddSentences(long id, ArticleAnalysis analysis, List<SentenceRow> sentences, List<SentenceScoreRow> scoreRows)
    {
        double[] defaultScores = [];
        foreach (var (algorithm, scores) in analysis.SentenceScores)
        {
            // A ranker's NaN would not survive JSON; it means "no signal", which is a score of 0.
            var finite = Array.ConvertAll(scores, v => double.IsFinite(v) ? Math.Round(v, 9) : 0);
            scoreRows.Add(new SentenceScoreRow { ArticleId = id, Algorithm = algorithm, Scores = JsonSerializer.Serialize(finite) });
            if (algorithm == views.Ranker.Key)
            {
                defaultScores = finite;
            }
        }

        foreach (var s in analysis.Document.Sentences)
        {
            sentences.Add(new SentenceRow { ArticleId = id, Idx = s.Index, StartOffset = s.Start, EndOffset = s.End });
        }

        return defaultScores;
    }

    private static void AddParties(
        ArticleRow row, ArticleAnalysis analysis, string day, Dictionary<string, StoredParty> partyIds, List<ArticlePartyRow> links, List<PartyMentionRow> mentions)
    {
        var id = row.Id;
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var mentionStarts = new HashSet<int>();
        foreach (var party in analysis.Facts.Parties)
        {
            if (!linked.Add(party.Key))
            {
                continue;
            }

            var stored = partyIds[party.Key];
            var partyId = stored.Id;
            links.Add(new ArticlePartyRow
            {
                ArticleId = id,
                PartyId = partyId,
                Name = stored.Name,
                Type = stored.Type,
                Role = party.Role,
                RoleCountry = party.RoleCountry,
                Aliases = JsonSerializer.Serialize(party.Aliases),
                MentionCount = party.MentionCount,
                FirstMention = party.Mentions.Count > 0 ? party.Mentions.Min(m => m.Start) : 0,
                Salience = party.Salience,
                Day = day,
                PublishedAt = row.PublishedAt,
            });
            foreach (var m in party.Mentions)
            {
                // One mention per offset: the primary key guards against an extractor reporting a span twice.
                if (mentionStarts.Add(m.Start))
                {
                    mentions.Add(new PartyMentionRow { ArticleId = id, PartyId = partyId, StartOffset = m.Start, EndOffset = m.End, SentenceIndex = m.SentenceIndex, Text = m.Text });
                }
            }
        }
    }

    private static void AddFacts(
        long id, ArticleAnalysis analysis, Dictionary<string, StoredParty> partyIds, List<FigureRow> figures, List<DateRow> dates, List<QuoteRow> quotes)
    {
        var facts = analysis.Facts;
        figures.AddRange(facts.Figures.Select(f => new FigureRow
        {
            ArticleId = id,
            SentenceIndex = f.SentenceIndex,
            StartOffset = f.Start,
            EndOffset = f.End,
            Text = f.Text,
            Value = f.Value,
            ValueMax = f.ValueMax,
            Unit = f.Unit,
            Qualifier = f.Qualifier,
            Kind = f.Kind,
            Currency = f.Currency,
        }));

        dates.AddRange(facts.Dates.Select(d => new DateRow
        {
            ArticleId = id,
            SentenceIndex = d.SentenceIndex,
            StartOffset = d.Start,
            EndOffset = d.End,
            Text = d.Text,
            Value = d.Value,
            EndValue = d.EndValue,
            Granularity = d.Granularity,
            Relative = d.Relative,
            Anchor = d.Anchor,
            AlternativeValue = d.AlternativeValue,
        }));

        quotes.AddRange(facts.Quotes.Select(q => new QuoteRow
        {
            ArticleId = id,
            SentenceIndex = q.SentenceIndex,
            StartOffset = q.Start,
            EndOffset = q.End,
            Text = q.Text,
            Speaker = q.Speaker,
            SpeakerPartyId = q.SpeakerKey is not null && partyIds.TryGetValue(q.SpeakerKey, out var speaker) ? speaker.Id : null,
        }));
    }
}
