using NewsApi.Eval;

namespace NewsApi.Analysis.Tests.Summarization;

public class RougeTests
{
    [Fact]
    public void Tokenizes_like_rouge_score() =>
        Assert.Equal(["u", "s", "1", "2bn", "ki", "moon", "s", "caf"], Rouge.Tokenize("U.S. $1.2bn, Ki-moon's Café"));

    [Theory]
    [InlineData("the cat sat on the mat", "the cat sat", 1, 0.5, 1.0, 2.0 / 3)]
    [InlineData("the cat sat on the mat", "the cat sat", 2, 0.4, 1.0, 4.0 / 7)]
    [InlineData("the the the", "the cat", 1, 1.0 / 3, 0.5, 0.4)]
    [InlineData("a b", "c d", 1, 0, 0, 0)]
    [InlineData("", "c d", 1, 0, 0, 0)]
    [InlineData("a", "a", 2, 0, 0, 0)]
    public void RougeN(string candidate, string reference, int n, double p, double r, double f)
    {
        var score = Rouge.N(candidate, reference, n);
        Assert.Equal(p, score.Precision, 9);
        Assert.Equal(r, score.Recall, 9);
        Assert.Equal(f, score.F1, 9);
    }

    [Fact]
    public void Lsum_takes_the_union_of_lcs_over_candidate_sentences()
    {
        var score = Rouge.LSum(["a c", "b d"], ["a b c d"]);
        Assert.Equal(1.0, score.F1, 9);
    }

    [Fact]
    public void Lsum_respects_order_within_a_sentence()
    {
        var score = Rouge.LSum(["sat the cat"], ["the cat sat"]);
        Assert.Equal(2.0 / 3, score.Precision, 9);
        Assert.Equal(2.0 / 3, score.Recall, 9);
    }

    [Fact]
    public void Lsum_clips_hits_by_token_counts()
    {
        // Both reference sentences match "a" in the single candidate "a", but there is only one "a" to give.
        var score = Rouge.LSum(["a"], ["a x", "a y"]);
        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal(0.25, score.Recall, 9);
    }

    [Fact]
    public void Lcs_indices_point_into_the_reference() =>
        Assert.Equal([0, 2, 3], Rouge.LcsIndices(["a", "b", "c", "d"], ["a", "c", "d"]));
}
