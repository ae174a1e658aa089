using System.Text;
using NewsApi.Analysis.Summarization;
using NewsApi.Analysis.Tests.Text;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Summarization;

public class RankerTests
{
    public static TheoryData<string> Keys() => [.. RankerRegistry.CreateDefault().Keys];

    private static ISentenceRanker Ranker(string key)
    {
        Assert.True(RankerRegistry.CreateDefault().TryGet(key, out var ranker));
        return ranker;
    }

    [Fact]
    public void Registry_holds_every_ranker_and_the_measured_default()
    {
        var registry = RankerRegistry.CreateDefault();
        Assert.Equal(["lead", "lexrank", "news", "pacsum", "textrank"], registry.Keys);
        Assert.Equal("news", registry.Default.Key);
        Assert.Equal(SelectionPolicy.Default, registry.Default.Policy);
        Assert.All(registry.All.Where(r => r.Key != "news"), r => Assert.Equal(0, r.Policy.LeadShare));
        Assert.Equal(RankerRegistry.DefaultKey, registry.Default.Key);
        Assert.True(registry.TryGet(null, out var byDefault));
        Assert.Same(registry.Default, byDefault);
        Assert.True(registry.TryGet("TextRank", out _));
        Assert.False(registry.TryGet("nope", out _));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Empty_document_has_no_scores(string key) => Assert.Empty(Ranker(key).Rank(TextDocument.Parse(""), "Title"));

    [Theory]
    [MemberData(nameof(Keys))]
    public void One_sentence_gets_one_score(string key)
    {
        var scores = Ranker(key).Rank(TextDocument.Parse("Only one sentence here."), null);
        Assert.Single(scores);
        Assert.True(double.IsFinite(scores[0]));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Sentences_without_content_words_get_finite_scores(string key)
    {
        var scores = Ranker(key).Rank(TextDocument.Parse("It is. It was. He is."), null);
        Assert.Equal(3, scores.Length);
        Assert.All(scores, s => Assert.True(double.IsFinite(s)));
    }

    [Theory]
    [InlineData("textrank")]
    [InlineData("lexrank")]
    public void Identical_sentences_tie(string key)
    {
        var scores = Ranker(key).Rank(TextDocument.Parse("Rates rose sharply. Rates rose sharply. Rates rose sharply."), null);
        Assert.Equal(scores[0], scores[1], 12);
        Assert.Equal(scores[1], scores[2], 12);
    }

    [Theory]
    [InlineData("textrank")]
    [InlineData("lexrank")]
    public void The_sentence_sharing_most_with_the_others_ranks_first(string key)
    {
        const string text = "The weather was mild in spring. Central banks raised interest rates to fight inflation. " +
            "Inflation worried central banks. Interest rates matter to borrowers. Gardeners planted tulips.";
        var scores = Ranker(key).Rank(TextDocument.Parse(text), null);
        Assert.Equal(1, Array.IndexOf(scores, scores.Max()));
    }

    [Fact]
    public void News_adds_a_lead_bonus_to_centrality_for_the_opening_sentence_only()
    {
        const string text = "Obama met Putin. Gardeners planted tulips. The weather was mild. " +
            "Central banks raised interest rates to fight inflation. Inflation worried central banks. Interest rates matter to borrowers.";
        var document = TextDocument.Parse(text);
        var centrality = Ranker("textrank").Rank(document, null);
        var plain = new NewsRanker(new NewsRankerOptions(LeadWeight: 0)).Rank(document, null);
        var news = new NewsRanker(new NewsRankerOptions(LeadWeight: 2)).Rank(document, null);

        Assert.Equal(Array.IndexOf(centrality, centrality.Max()), Array.IndexOf(plain, plain.Max()));
        Assert.Equal(0, Array.IndexOf(news, news.Max()));
        for (var i = 1; i < news.Length; i++)
        {
            Assert.Equal(plain[i], news[i], 12);
        }
    }

    [Fact]
    public void News_lead_bonus_fades_over_the_lead_sentences()
    {
        var document = TextDocument.Parse("Rates rose sharply. Rates rose sharply. Rates rose sharply. Rates rose sharply.");
        var scores = new NewsRanker(new NewsRankerOptions(LeadWeight: 1, LeadSentences: 2)).Rank(document, null);
        Assert.True(scores[0] > scores[1] && scores[1] > scores[2]);
        Assert.Equal(scores[2], scores[3], 12);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Bullet_lists_and_text_without_punctuation_are_scored(string key)
    {
        foreach (var text in new[]
        {
            "- Rates rose\n- Markets fell\n- Banks warned of more rises\n* Analysts were surprised",
            "rates rose and markets fell while banks warned of more rises and analysts were surprised by the move",
            "\"Rates will rise,\" he said. \"Markets will fall. Banks will warn.\" Analysts agreed.",
        })
        {
            var document = TextDocument.Parse(text);
            var scores = Ranker(key).Rank(document, "Rates rise");
            Assert.Equal(document.Sentences.Count, scores.Length);
            Assert.All(scores, s => Assert.True(double.IsFinite(s)));
            var scored = document.Sentences.Select(s => new ScoredSentence(s.Index, s.Start, s.End, s.Text, scores[s.Index])).ToList();
            Assert.NotEmpty(SummarySelector.Select(scored, new SummaryOptions()));
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_2000_sentence_document_is_scored(string key)
    {
        var sb = new StringBuilder();
        var topics = new[] { "markets", "football", "elections", "weather", "music", "science", "health" };
        for (var i = 0; i < 2000; i++)
        {
            sb.Append("Reporters covered ").Append(topics[i % topics.Length]).Append(" and ").Append(topics[(i * 3) % topics.Length])
              .Append(" on day ").Append(i).Append(". ");
        }

        var document = TextDocument.Parse(sb.ToString());
        Assert.Equal(2000, document.Sentences.Count);
        var scores = Ranker(key).Rank(document, "Markets and football");
        Assert.Equal(2000, scores.Length);
        Assert.All(scores, s => Assert.True(double.IsFinite(s)));
    }

    [Fact]
    public void Seed_default_summary_includes_the_lead_about_the_failed_talks()
    {
        var (title, body) = SeedArticle.Load();
        var document = TextDocument.Parse(body);
        var registry = RankerRegistry.CreateDefault();
        var scores = registry.Default.Rank(document, title);
        var scored = document.Sentences.Select(s => new ScoredSentence(s.Index, s.Start, s.End, s.Text, scores[s.Index])).ToList();

        var summary = SummarySelector.Select(scored, new SummaryOptions());

        Assert.Equal(3, summary.Count);
        Assert.StartsWith("US President Barack Obama and his Russian counterpart Vladimir Putin failed to bridge", summary[0].Text);
    }

    [Fact]
    public void Porter_stemmer_matches_the_reference_outputs()
    {
        var cases = new Dictionary<string, string>
        {
            ["caresses"] = "caress", ["ponies"] = "poni", ["cats"] = "cat", ["feed"] = "feed", ["agreed"] = "agre",
            ["plastered"] = "plaster", ["motoring"] = "motor", ["sing"] = "sing", ["conflated"] = "conflat",
            ["hopping"] = "hop", ["falling"] = "fall", ["filing"] = "file", ["happy"] = "happi",
            ["relational"] = "relat", ["conditional"] = "condit", ["generalization"] = "gener", ["hopefulness"] = "hope",
            ["electrical"] = "electr", ["adjustment"] = "adjust", ["adoption"] = "adopt", ["controlling"] = "control",
            ["summit"] = "summit", ["military"] = "militari", ["talks"] = "talk", ["is"] = "is",
        };
        foreach (var (word, stem) in cases)
        {
            Assert.Equal(stem, PorterStemmer.Stem(word));
        }
    }
}
