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
    public void News_ranks_the_lead_first_then_by_centrality()
    {
        const string text = "Obama met Putin. Gardeners planted tulips. The weather was mild. " +
            "Central banks raised interest rates to fight inflation. Inflation worried central banks. Interest rates matter to borrowers.";
        var scores = Ranker("news").Rank(TextDocument.Parse(text), null);
        Assert.True(scores[0] > scores[1] && scores[1] > scores[2]);
        Assert.True(scores[2] > scores[3]);
        Assert.Equal(3, Array.IndexOf(scores, scores.Skip(3).Max()));
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
