using NewsApi.Analysis.Summarization;

namespace NewsApi.Analysis.Tests.Summarization;

public class SummarySelectorTests
{
    /// <summary>Builds scored sentences from (text, score) pairs laid out one after another.</summary>
    private static List<ScoredSentence> Doc(params (string Text, double Score)[] sentences)
    {
        var result = new List<ScoredSentence>();
        var offset = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            result.Add(new ScoredSentence(i, offset, offset + sentences[i].Text.Length, sentences[i].Text, sentences[i].Score));
            offset += sentences[i].Text.Length + 1;
        }

        return result;
    }

    /// <summary>The default policy without the length-aware lead, for tests about scores.</summary>
    private static readonly SelectionPolicy ByScore = SelectionPolicy.Default with { LeadShare = 0 };

    private static readonly List<ScoredSentence> Five = Doc(
        ("Sentence zero is about the economy today.", 0.1),
        ("Sentence one is about the markets today.", 0.9),
        ("Sentence two is about the weather today.", 0.5),
        ("Sentence three is about the sport today.", 0.7),
        ("Sentence four is about the arts today.", 0.3));

    [Fact]
    public void Empty_input_gives_empty_summary() => Assert.Empty(SummarySelector.Select([], new SummaryOptions()));

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(2, new[] { 1, 3 })]
    [InlineData(3, new[] { 1, 2, 3 })]
    [InlineData(10, new[] { 0, 1, 2, 3, 4 })]
    public void Takes_the_best_n_in_document_order(int n, int[] expected) =>
        Assert.Equal(expected, SummarySelector.Select(Five, new SummaryOptions { Sentences = n }, ByScore).Select(s => s.Index));

    [Fact]
    public void Score_order_and_ranks()
    {
        var summary = SummarySelector.Select(Five, new SummaryOptions { Sentences = 3, Order = SummaryOrder.Score });
        Assert.Equal([1, 3, 2], summary.Select(s => s.Index));
        Assert.Equal([1, 2, 3], summary.Select(s => s.Rank));
        Assert.Equal(Five[1].Text, summary[0].Text);
        Assert.Equal(Five[1].Start, summary[0].Start);
    }

    [Theory]
    [InlineData(0.2, 1)]
    [InlineData(0.5, 3)]
    [InlineData(1.0, 5)]
    public void Ratio_rounds_up(double ratio, int expected) =>
        Assert.Equal(expected, SummarySelector.Select(Five, new SummaryOptions { Ratio = ratio }).Count);

    [Fact]
    public void Word_budget_is_never_exceeded()
    {
        var summary = SummarySelector.Select(Five, new SummaryOptions { MaxWords = 15 });
        Assert.Equal([1, 3], summary.Select(s => s.Index)); // 7 words each
    }

    [Fact]
    public void Char_budget_is_never_exceeded_but_one_sentence_is_always_returned()
    {
        Assert.Equal([1], SummarySelector.Select(Five, new SummaryOptions { MaxChars = 60 }, ByScore).Select(s => s.Index));
        Assert.Equal([1], SummarySelector.Select(Five, new SummaryOptions { MaxChars = 5 }, ByScore).Select(s => s.Index));
    }

    [Fact]
    public void Ties_go_to_the_earlier_sentence()
    {
        var tied = Doc(("Alpha beta gamma delta is here.", 1), ("Epsilon zeta eta theta is here.", 1), ("Iota kappa lambda mu is here.", 1));
        Assert.Equal([0, 1], SummarySelector.Select(tied, new SummaryOptions { Sentences = 2 }).Select(s => s.Index));
    }

    [Fact]
    public void Skips_fragments_bylines_captions_and_boilerplate()
    {
        var doc = Doc(
            ("By John Smith", 0.99),
            ("Advertisement", 0.98),
            ("Read more: the full story is on our website.", 0.97),
            ("Photo: Reuters shows the leaders at the summit.", 0.96),
            ("He added.", 0.95),
            ("Barack Obama And Vladimir Putin", 0.94),
            ("The leaders failed to agree on a plan for the region.", 0.5),
            ("Talks will resume in Geneva next month, officials said.", 0.4));
        Assert.Equal([6, 7], SummarySelector.Select(doc, new SummaryOptions { Sentences = 2 }).Select(s => s.Index));
        Assert.Equal([0, 1], SummarySelector.Select(doc, new SummaryOptions { Sentences = 2 }, SelectionPolicy.None).Select(s => s.Index));
    }

    [Fact]
    public void A_document_of_fragments_still_gives_one_sentence()
    {
        var doc = Doc(("Hello.", 0.2), ("Bye now.", 0.8));
        Assert.Equal([1], SummarySelector.Select(doc, new SummaryOptions { Sentences = 1 }).Select(s => s.Index));
    }

    private static readonly List<ScoredSentence> Dangling = Doc(
        ("The central bank raised interest rates by half a point.", 0.2),
        ("The governor said inflation was too high to ignore.", 0.6),
        ("He added that more rises could follow this year.", 0.9),
        ("Markets in Asia closed higher on the news.", 0.5),
        ("Analysts had expected a smaller rise this month.", 0.4));

    private static readonly List<ScoredSentence> Distant = Doc(
        ("The governor of the central bank spoke on Monday.", 0.8),
        ("Markets in Asia closed higher on the news.", 0.1),
        ("Analysts had expected a smaller rise this month.", 0.2),
        ("He added that more rises could follow this year.", 0.9),
        ("Bond yields fell across the region after the talk.", 0.5));

    [Fact]
    public void A_dangling_pronoun_may_follow_any_earlier_summary_sentence_by_default()
    {
        Assert.Equal([0, 3], SummarySelector.Select(Distant, new SummaryOptions { Sentences = 2 }, ByScore).Select(s => s.Index));
    }

    [Fact]
    public void A_dangling_pronoun_never_opens_the_summary()
    {
        // Sentence 3 ranks first, but no earlier sentence is chosen when only it would fit: the next best opens instead.
        Assert.Equal([0], SummarySelector.Select(Distant, new SummaryOptions { Sentences = 1 }, ByScore).Select(s => s.Index));
    }

    [Theory]
    [InlineData(1, false, new[] { 0, 4 })]
    [InlineData(3, false, new[] { 0, 3 })]
    [InlineData(1, true, new[] { 2, 3 })]
    public void The_antecedent_window_and_pairing_are_policy(int window, bool pair, int[] expected)
    {
        var policy = ByScore with { AntecedentWindow = window, PairAntecedent = pair };
        Assert.Equal(expected, SummarySelector.Select(Distant, new SummaryOptions { Sentences = 2 }, policy).Select(s => s.Index));
    }

    [Fact]
    public void A_dangling_pronoun_waits_for_its_antecedent_when_there_is_room()
    {
        Assert.Equal([1, 2], SummarySelector.Select(Dangling, new SummaryOptions { Sentences = 2 }).Select(s => s.Index));
        Assert.Equal([1, 2, 3], SummarySelector.Select(Dangling, new SummaryOptions { Sentences = 3 }).Select(s => s.Index));
    }

    [Fact]
    public void A_dangling_pronoun_gives_way_when_its_antecedent_does_not_fit()
    {
        Assert.Equal([1], SummarySelector.Select(Dangling, new SummaryOptions { Sentences = 1 }, ByScore).Select(s => s.Index));
        Assert.Equal([2], SummarySelector.Select(Dangling, new SummaryOptions { Sentences = 1 }, SelectionPolicy.None).Select(s => s.Index));
    }

    [Fact]
    public void A_dangling_pronoun_is_used_last_rather_than_returning_too_few()
    {
        var doc = Doc(("Ok.", 0.1), ("He said the plan would work well.", 0.9), ("The minister spoke at length today.", 0.5));
        Assert.Equal([1, 2], SummarySelector.Select(doc, new SummaryOptions { Sentences = 2 }).Select(s => s.Index));
    }

    [Theory]
    [InlineData("He said so at the meeting.", true)]
    [InlineData("However, the vote was close.", true)]
    [InlineData("This is important for everyone.", true)]
    [InlineData("Helen said so at the meeting.", false)]
    [InlineData("Thesis defences start today.", false)]
    [InlineData("\"He is wrong,\" she said.", false)]
    public void Detects_dangling_openings(string sentence, bool expected) =>
        Assert.Equal(expected, NewsHeuristics.StartsDangling(sentence));

    [Fact]
    public void Never_returns_more_than_asked()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var doc = Doc(Enumerable.Range(0, random.Next(1, 12))
                .Select(i => (random.Next(3) == 0 ? "He said the plan would work in the end." : $"Sentence {i} describes the plan in some detail.", random.NextDouble()))
                .ToArray());
            var n = random.Next(1, 6);
            var summary = SummarySelector.Select(doc, new SummaryOptions { Sentences = n });
            Assert.InRange(summary.Count, 1, n);
            Assert.Equal(summary.Select(s => s.Index).Order(), summary.Select(s => s.Index));
            Assert.Equal(summary.Count, summary.Select(s => s.Index).Distinct().Count());
        }
    }

    private static readonly List<ScoredSentence> Long = Doc(Enumerable.Range(0, 12)
        .Select(i => ($"Sentence {i} reports on the budget talks in some detail.", i == 0 ? 0.0 : i / 12.0))
        .ToArray());

    [Fact]
    public void A_short_summary_of_a_long_document_opens_with_the_lead()
    {
        // 3 of 12 sentences is a quarter, within the default third: the lead wins although sentence 0 scores lowest.
        Assert.Equal([0, 1, 2], SummarySelector.Select(Long, new SummaryOptions { Sentences = 3 }).Select(s => s.Index));
        Assert.Equal([9, 10, 11], SummarySelector.Select(Long, new SummaryOptions { Sentences = 3 }, ByScore).Select(s => s.Index));
    }

    [Fact]
    public void The_lead_rule_only_opens_the_summary_and_leaves_long_summaries_to_the_scores()
    {
        var policy = SelectionPolicy.Default with { LeadSentences = 1 };
        Assert.Equal([0, 10, 11], SummarySelector.Select(Long, new SummaryOptions { Sentences = 3 }, policy).Select(s => s.Index));
        Assert.Equal([7, 8, 9, 10, 11], SummarySelector.Select(Long, new SummaryOptions { Sentences = 5 }).Select(s => s.Index));
    }

    [Fact]
    public void A_word_budget_counts_as_a_short_summary()
    {
        // 10 words per sentence, 120 in all: 25 words is about a fifth of the article.
        Assert.Equal([0, 1], SummarySelector.Select(Long, new SummaryOptions { MaxWords = 25 }).Select(s => s.Index));
    }

    [Fact]
    public void The_lead_stops_at_a_dangling_opening()
    {
        var doc = Doc(Enumerable.Range(0, 12)
            .Select(i => (i == 1 ? "He said the budget talks would go on for some time." : $"Sentence {i} reports on the budget talks in some detail.", i / 12.0))
            .ToArray());
        var summary = SummarySelector.Select(doc, new SummaryOptions { Sentences = 3 }).Select(s => s.Index).ToList();
        Assert.Equal(0, summary[0]);
        Assert.Equal(3, summary.Count);
    }

    [Fact]
    public void One_sentence_document_gives_that_sentence_for_any_request()
    {
        var one = Doc(("The council approved the new budget on Monday.", 0.4));
        Assert.Equal([0], SummarySelector.Select(one, new SummaryOptions()).Select(s => s.Index));
        Assert.Equal([0], SummarySelector.Select(one, new SummaryOptions { Ratio = 0.1 }).Select(s => s.Index));
        Assert.Equal([0], SummarySelector.Select(one, new SummaryOptions { MaxChars = 3, Diversity = 0.5 }).Select(s => s.Index));
    }

    [Fact]
    public void Diversity_pushes_back_a_sentence_that_repeats_a_better_one()
    {
        var doc = Doc(
            ("The central bank raised interest rates by half a point on Thursday.", 0.9),
            ("On Thursday the central bank raised interest rates by half a point.", 0.85),
            ("Shares in Tokyo fell sharply after the announcement was made.", 0.6),
            ("Farmers in the north reported a record wheat harvest this year.", 0.1));
        Assert.Equal([0, 1], SummarySelector.Select(doc, new SummaryOptions { Sentences = 2 }, ByScore).Select(s => s.Index));
        Assert.Equal([0, 2], SummarySelector.Select(doc, new SummaryOptions { Sentences = 2, Diversity = 0.3 }, ByScore).Select(s => s.Index));
        Assert.Equal([0, 1], SummarySelector.Select(doc, new SummaryOptions { Sentences = 2, Diversity = 0 }, ByScore).Select(s => s.Index));
    }

    [Fact]
    public void Diversity_keeps_ties_and_limits()
    {
        var tied = Doc(("Alpha beta gamma delta is here.", 1), ("Epsilon zeta eta theta is here.", 1), ("Iota kappa lambda mu is here.", 1));
        Assert.Equal([0, 1], SummarySelector.Select(tied, new SummaryOptions { Sentences = 2, Diversity = 0.2 }, ByScore).Select(s => s.Index));
        var summary = SummarySelector.Select(Long, new SummaryOptions { Sentences = 4, Diversity = 1 });
        Assert.Equal(4, summary.Count);
    }
}
