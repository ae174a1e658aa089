using NewsApi.Client;
using NewsApi.ClientTests.Infrastructure;

namespace NewsApi.ClientTests;

/// <summary>
/// The NSwag client generated from api-docs/openapi.json at build time drives the real service: every call below goes
/// through generated request building and typed deserialisation, so a description that disagrees with what the service
/// sends fails here.
/// </summary>
public sealed class GeneratedClientTests : IDisposable
{
    private const long SeedId = 1;

    private readonly ServiceFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static ArticleRequest TalksResume() => new()
    {
        Title = "Talks resume in Moscow",
        Body = "Russian President Vladimir Putin met Syria's Foreign Minister Walid Muallem in Moscow on Monday. "
            + "More than 1,400 people were killed in the August 21 attack, US officials said. \"We will keep talking,\" Putin told reporters.",
        Url = new Uri("https://example.com/news/talks-resume").ToString(),
        Source = "Example Wire",
        // A string since the description gives a request's publishedAt the pattern of what the server reads (a plain date too).
        PublishedAt = "2013-09-10T09:30:00Z",
    };

    [Fact]
    public async Task Ingest_list_summary_facts_parties_and_timeline_through_the_generated_client()
    {
        var client = _factory.CreateApiClient();

        // Ingest (POST, 201) and read back the typed article with its top facts.
        var created = await client.CreateArticleAsync(TalksResume());
        Assert.True(created.Id > SeedId);
        Assert.Equal("Talks resume in Moscow", created.Title);
        Assert.Equal("Example Wire", created.Source);
        Assert.Equal(new DateTimeOffset(2013, 9, 10, 9, 30, 0, TimeSpan.Zero), created.PublishedAt);
        Assert.Equal(3, created.SentenceCount);
        var figure = Assert.Single(created.TopFacts.Figures, f => f.Unit == "people");
        Assert.Equal(1400, figure.Value);
        Assert.Equal("more than", figure.Qualifier);
        Assert.Equal(figure.Text, created.Body[figure.Start..figure.End]);
        var putin = Assert.Single(created.TopFacts.Parties, p => p.Name == "Vladimir Putin");
        Assert.Contains("Putin", putin.Aliases);
        Assert.All(putin.Mentions, m => Assert.Equal(m.Text, created.Body[m.Start..m.End]));
        var quote = Assert.Single(created.TopFacts.Quotes);
        Assert.Equal("We will keep talking", quote.Text);
        Assert.Equal(putin.Id, quote.SpeakerPartyId);
        Assert.Contains(created.TopFacts.Dates, d => d.Text == "Monday" && d.Value == "2013-09-09" && d.Relative);

        // List: newest first by default, full-text search with snippets, paging fields typed.
        var all = await client.ListArticlesAsync();
        Assert.Equal(2, all.Total);
        Assert.Equal([created.Id, SeedId], all.Items.Select(a => a.Id));
        var search = await client.ListArticlesAsync(q: "\"keep talking\"", pageSize: 5);
        var hit = Assert.Single(search.Items);
        Assert.Equal(created.Id, hit.Id);
        Assert.Equal(5, search.PageSize);
        Assert.NotNull(hit.Snippet);
        Assert.NotEmpty(hit.Snippet.Matches);

        // Summary of the seed: three sentences whose offsets point into the stored body.
        var seed = await client.GetArticleAsync(SeedId);
        Assert.StartsWith("Syria conflict", seed.Title, StringComparison.Ordinal);
        var summary = await client.GetArticleSummaryAsync(SeedId, sentences: 3);
        Assert.Equal(SeedId, summary.ArticleId);
        Assert.Equal(3, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.Equal(s.Text, seed.Body[s.Start..s.End]));
        Assert.Equal(summary.Sentences.OrderBy(s => s.Index).Select(s => s.Index), summary.Sentences.Select(s => s.Index));
        Assert.Contains("Obama", summary.Text, StringComparison.Ordinal);

        // Facts of the seed: parties, figures, resolved dates and quotes.
        var facts = await client.GetArticleFactsAsync(SeedId);
        Assert.NotNull(facts.Parties);
        Assert.Contains(facts.Parties, p => p.Name == "Vladimir Putin" && p.Type == "person");
        Assert.Contains(facts.Parties, p => p.Name == "Barack Obama" && p.Role == "US President");
        Assert.NotNull(facts.Dates);
        Assert.Contains(facts.Dates, d => d.Text == "Thursday" && d.Value == "2013-09-05");
        Assert.NotNull(facts.Figures);
        Assert.Contains(facts.Figures, f => f.Value == 1400 && f.Unit == "people");
        Assert.NotNull(facts.Quotes);
        Assert.NotEmpty(facts.Quotes);
        var onlyDates = await client.GetArticleFactsAsync(SeedId, types: "dates");
        Assert.NotEmpty(onlyDates.Dates!);
        Assert.Null(onlyDates.Parties);

        // Parties: the list, then one party with the articles that mention it.
        var parties = await client.ListPartiesAsync(q: "Putin", type: "person");
        var listed = Assert.Single(parties.Items, p => p.Name == "Vladimir Putin");
        Assert.Equal(2, listed.ArticleCount);
        Assert.Null(listed.Trend);
        var party = await client.GetPartyAsync(listed.Id);
        Assert.Equal("Vladimir Putin", party.Name);
        Assert.Contains("Putin", party.Aliases);
        Assert.Contains("Russian President", party.Roles);
        Assert.Equal([created.Id, SeedId], party.Articles.Select(a => a.Id).Order().Reverse());
        var partyTimeline = await client.GetPartyTimelineAsync(listed.Id, interval: "week");
        Assert.Equal([new DateOnly(2013, 9, 2), new DateOnly(2013, 9, 9)], partyTimeline.Buckets.Select(b => b.Start));

        // Timeline: evenly spaced, zero-filled day buckets from the first to the last publication date.
        var days = await client.GetTimelineAsync(interval: "day");
        Assert.Equal("day", days.Interval);
        Assert.Equal(new DateOnly(2013, 9, 6), days.From);
        Assert.Equal(new DateOnly(2013, 9, 10), days.To);
        Assert.Equal(2, days.Total);
        Assert.Equal(
            Enumerable.Range(0, 5).Select(i => new DateOnly(2013, 9, 6).AddDays(i)),
            days.Buckets.Select(b => b.Start));
        Assert.Equal([1L, 0L, 0L, 0L, 1L], days.Buckets.Select(b => b.Count));
        Assert.Equal(days.Total, days.Buckets.Sum(b => b.Count));

        var weeks = await client.GetTimelineAsync(interval: "week", from: "2013-08-26", to: "2013-09-22");
        Assert.Equal(
            [new DateOnly(2013, 8, 26), new DateOnly(2013, 9, 2), new DateOnly(2013, 9, 9), new DateOnly(2013, 9, 16)],
            weeks.Buckets.Select(b => b.Start));
        Assert.All(weeks.Buckets, b => Assert.Equal(DayOfWeek.Monday, b.Start.DayOfWeek));
        Assert.Equal([0L, 1L, 1L, 0L], weeks.Buckets.Select(b => b.Count));
    }

    [Fact]
    public async Task The_other_operations_round_trip_through_the_generated_client()
    {
        var client = _factory.CreateApiClient();

        Assert.Equal("alive", await client.AliveAsync());
        var health = await client.HealthAsync();
        Assert.Equal("healthy", health.Status);
        Assert.Equal(1, health.Articles);
        Assert.Contains(await client.ListAlgorithmsAsync(), a => a.IsDefault);

        var analysed = await client.AnalyzeTextAsync(new AnalyzeRequest { Text = TalksResume().Body, PublishedAt = TalksResume().PublishedAt }, sentences: 1);
        Assert.Equal(3, analysed.Sentences.Count);
        Assert.Single(analysed.Summary.Sentences);
        Assert.Null(analysed.Summary.ArticleId);
        Assert.Contains(analysed.Facts.Figures!, f => f.Value == 1400);

        var batch = await client.CreateArticlesAsync([TalksResume(), new ArticleRequest { Title = "", Body = "No title." }]);
        Assert.Equal(1, batch.Created);
        Assert.Equal(1, batch.Invalid);
        Assert.Equal(["created", "invalid"], batch.Items.Select(i => i.Status));
        Assert.Contains("title", batch.Items[1].Errors!.Keys);
        var id = batch.Items[0].Id!.Value;

        var sentences = await client.ListArticleSentencesAsync(id, algorithm: "lead");
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));

        var replaced = await client.ReplaceArticleAsync(id, new ArticleRequest { Title = "Talks resume in Moscow (updated)", Body = "Putin met Muallem in Moscow on Monday." });
        Assert.Equal("Talks resume in Moscow (updated)", replaced.Title);
        Assert.Null(replaced.PublishedAt);

        var figures = await client.SearchFiguresAsync(kind: "count", limit: 1);
        var figure = Assert.Single(figures.Items);
        Assert.Equal("count", figure.Figure.Kind);
        Assert.NotNull(figures.Next);
        var calendar = await client.ListCalendarDatesAsync(from: "2013-09-05", to: "2013-09-05");
        Assert.All(calendar.Items, e => Assert.Equal("2013-09-05", e.Date.Value));
        Assert.NotEmpty(calendar.Items);

        var putin = Assert.Single((await client.ListPartiesAsync(q: "Vladimir Putin")).Items);
        var cooccurring = await client.ListCooccurringPartiesAsync(putin.Id, limit: 3);
        Assert.Equal(putin.Id, cooccurring.PartyId);
        Assert.Contains(cooccurring.Items, p => p.Name == "Barack Obama");

        var overview = await client.GetOverviewAsync();
        Assert.Equal(2, overview.Articles);
        Assert.Contains(overview.TopParties, p => p.Name == "Vladimir Putin");

        await client.DeleteArticleAsync(id);
        var gone = await Assert.ThrowsAsync<NewsApiException<ProblemDetails>>(() => client.GetArticleAsync(id));
        Assert.Equal(404, gone.StatusCode);
    }

    [Fact]
    public async Task Unknown_article_surfaces_as_a_typed_404_problem()
    {
        var client = _factory.CreateApiClient();

        var error = await Assert.ThrowsAsync<NewsApiException<ProblemDetails>>(() => client.GetArticleAsync(999));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(404, error.Result.Status);
        Assert.Equal("No article with id 999.", error.Result.Detail);
    }

    [Fact]
    public async Task Invalid_query_surfaces_as_a_typed_validation_problem_with_field_errors()
    {
        var client = _factory.CreateApiClient();

        var error = await Assert.ThrowsAsync<NewsApiException<HttpValidationProblemDetails>>(() => client.ListArticlesAsync(pageSize: 500));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("between 1 and 100", Assert.Single(error.Result.Errors["pageSize"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_without_a_key_and_duplicate_surface_as_401_and_409_problems()
    {
        var anonymous = _factory.CreateApiClient(withKey: false);
        var unauthorized = await Assert.ThrowsAsync<NewsApiException<ProblemDetails>>(() => anonymous.CreateArticleAsync(TalksResume()));
        Assert.Equal(401, unauthorized.StatusCode);

        var writer = _factory.CreateApiClient();
        var created = await writer.CreateArticleAsync(TalksResume());
        var duplicate = await Assert.ThrowsAsync<NewsApiException<ProblemDetails>>(() => writer.CreateArticleAsync(TalksResume()));
        Assert.Equal(409, duplicate.StatusCode);
        Assert.Equal(created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), duplicate.Result.AdditionalProperties["existingId"].ToString());
    }
}
