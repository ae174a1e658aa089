using System.Text;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] SplitTexts(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("Mr. Smith went to Washington. He arrived on Monday.", "Mr. Smith went to Washington.|He arrived on Monday.")]
    [InlineData("Mrs. Jones and Dr. Who met Gen. Lee and Sen. Brown. It went well.", "Mrs. Jones and Dr. Who met Gen. Lee and Sen. Brown.|It went well.")]
    [InlineData("U.S. President Barack Obama spoke. Then he left.", "U.S. President Barack Obama spoke.|Then he left.")]
    [InlineData("He works for the U.N. The agency declined to comment.", "He works for the U.N.|The agency declined to comment.")]
    [InlineData("George W. Bush met J.K. Rowling in St. Petersburg. They talked.", "George W. Bush met J.K. Rowling in St. Petersburg.|They talked.")]
    [InlineData("It happened in St Petersburg on Friday. Nobody came.", "It happened in St Petersburg on Friday.|Nobody came.")]
    [InlineData("Profits rose 1.5% to $1.2bn. Sales fell.", "Profits rose 1.5% to $1.2bn.|Sales fell.")]
    [InlineData("It started in Jan. last year and ended on Jan. 5 this year. Fine.", "It started in Jan. last year and ended on Jan. 5 this year.|Fine.")]
    [InlineData("No. 10 said it would respond. Fine then.", "No. 10 said it would respond.|Fine then.")]
    [InlineData("Apple Inc. said profits rose. Shares in Acme Corp. fell.", "Apple Inc. said profits rose.|Shares in Acme Corp. fell.")]
    [InlineData("They sell apples, pears, etc. and more. Done here.", "They sell apples, pears, etc. and more.|Done here.")]
    [InlineData("Some cases, e.g. this one, i.e. an edge case, exist. Fine.", "Some cases, e.g. this one, i.e. an edge case, exist.|Fine.")]
    [InlineData("We spoke sitting down... it was fine. Then we left.", "We spoke sitting down... it was fine.|Then we left.")]
    [InlineData("He paused... Then he left.", "He paused...|Then he left.")]
    [InlineData("\"We can't...,\" he said. Next one.", "\"We can't...,\" he said.|Next one.")]
    [InlineData("\"It is over.\" He left the room.", "\"It is over.\"|He left the room.")]
    [InlineData("\"It is over,\" he said. \"Go home.\" They went.", "\"It is over,\" he said.|\"Go home.\"|They went.")]
    [InlineData("\"Why?\" he asked. Nobody knew.", "\"Why?\" he asked.|Nobody knew.")]
    [InlineData("\"It was good. We agreed,\" she said. Then she left.", "\"It was good. We agreed,\" she said.|Then she left.")]
    [InlineData("Wow! Really? Yes.", "Wow!|Really?|Yes.")]
    [InlineData("(It was late.) Everyone left.", "(It was late.)|Everyone left.")]
    [InlineData("First paragraph without a stop\n\nSecond paragraph.", "First paragraph without a stop|Second paragraph.")]
    [InlineData("Key points\nThe economy grew strongly this year.", "Key points|The economy grew strongly this year.")]
    [InlineData("The economy grew strongly this year and the\nGovernment said so.", "The economy grew strongly this year and the\nGovernment said so.")]
    [InlineData("- first item\n- second item\n\u2022 third item\n* fourth item\n1. fifth item\n2) sixth item", "first item|second item|third item|fourth item|fifth item|sixth item")]
    [InlineData("Shopping list:\n- eggs and milk\n- bread", "Shopping list:|eggs and milk|bread")]
    [InlineData("Visit www.bbc.co.uk today. Thanks.", "Visit www.bbc.co.uk today.|Thanks.")]
    [InlineData("   ", "")]
    [InlineData("One sentence without a stop", "One sentence without a stop")]
    public void Splits(string text, string expected)
    {
        var want = expected.Length == 0 ? [] : expected.Split('|');
        Assert.Equal(want, SplitTexts(text));
    }

    [Fact]
    public void Spans_are_trimmed_and_start_at_from()
    {
        const string text = "Skip this.  Keep this one.  \n\n  And this. ";
        var spans = SentenceSplitter.Split(text, 10);
        Assert.Equal(["Keep this one.", "And this."], spans.Select(s => text[s.Start..s.End]));
        Assert.All(spans, s => Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])));
    }

    [Fact]
    public void Text_without_punctuation_is_cut_into_bounded_sentences_on_whitespace()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            sb.Append("word").Append(i % 10).Append(' ');
        }

        var text = sb.ToString();
        var spans = SentenceSplitter.Split(text);
        Assert.True(spans.Count >= 50);
        Assert.All(spans, s => Assert.InRange(s.End - s.Start, 1, SentenceSplitter.MaxSentenceLength));
        Assert.All(spans, s => Assert.True(s.End == text.TrimEnd().Length || text[s.End] == ' '));
        Assert.Equal(5000, spans.Sum(s => text[s.Start..s.End].Split(' ').Length));
    }

    [Fact]
    public void One_giant_word_is_cut_at_the_cap()
    {
        var text = new string('x', 1000);
        var spans = SentenceSplitter.Split(text);
        Assert.Equal([(0, 400), (400, 800), (800, 1000)], spans);
    }

    [Fact]
    public void Seed_body_splits_into_sensible_sentences()
    {
        var (_, body) = SeedArticle.Load();
        var document = TextDocument.Parse(body);
        var sentences = document.Sentences.Select(s => s.Text).ToList();

        Assert.StartsWith("US President Barack Obama and his Russian counterpart Vladimir Putin failed to bridge", sentences[0]);
        Assert.EndsWith("support at the UN on the crisis.", sentences[0]);
        var quote = Assert.Single(sentences, s => s.StartsWith("\"We spoke sitting down... it was a constructive", StringComparison.Ordinal));
        Assert.EndsWith("Putin told reporters.", quote);
        Assert.Contains("\"We can't have an endless process at the UN Security Council that doesn't lead to anything,\" he said.", sentences);
        Assert.Contains(sentences, s => s.StartsWith("Russia and China - both veto-wielding", StringComparison.Ordinal));
        Assert.Contains("The US says the Assad regime was responsible, a claim not accepted by Russia.", sentences);
        Assert.Contains(sentences, s => s.StartsWith("UN chief Ban Ki-moon Friday also warned", StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.InRange(s.Length, 20, SentenceSplitter.MaxSentenceLength));
        Assert.InRange(sentences.Count, 28, 34);
    }
}
