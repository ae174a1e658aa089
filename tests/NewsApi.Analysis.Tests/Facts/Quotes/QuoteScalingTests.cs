using System.Text;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Tests.Facts.Parties;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Quotes;

/// <summary>
/// Inputs on which a quadratic step of speaker attribution (a pass over all mentions or all quotes for each quote, a
/// scan of the whole sentence before each quote) would take minutes. Guarded by a generous timeout, no timing assertion.
/// </summary>
public sealed class QuoteScalingTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static async Task<IReadOnlyList<Quote>> ExtractGuarded(string body)
    {
        var work = Task.Run(() =>
        {
            var context = new ExtractionContext(TextDocument.Parse(body), null);
            return new QuoteExtractor().Extract(context, new PartyExtractor().Extract(context));
        });
        var finished = await Task.WhenAny(work, Task.Delay(Guard));
        Assert.Same(work, finished);
        var quotes = await work;
        foreach (var q in quotes)
        {
            Assert.Equal(body[q.Start..q.End], q.Text);
        }

        return quotes;
    }

    [Fact]
    public async Task Many_attributed_quotes_by_many_speakers_complete()
    {
        const int count = 10_000;
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append("John ").Append(PartyScalingTests.Name(i)).Append(" spoke. \"We will go on now,\" said ")
                .Append(PartyScalingTests.Name(i)).Append(". \"We stay here,\" he added. ");
        }

        var quotes = await ExtractGuarded(sb.ToString());
        Assert.Equal(2 * count, quotes.Count);
        Assert.Equal("person:john-" + PartyScalingTests.Name(0).ToLowerInvariant(), quotes[0].SpeakerKey);
        Assert.Equal(quotes[^2].SpeakerKey, quotes[^1].SpeakerKey);
        Assert.Equal("person:john-" + PartyScalingTests.Name(count - 1).ToLowerInvariant(), quotes[^1].SpeakerKey);
    }

    [Fact]
    public async Task One_long_sentence_full_of_quotes_completes()
    {
        // No full stop: every quote sits in the same sentence, and each looked for its verb from the sentence start.
        const int count = 20_000;
        var sb = new StringBuilder("John Smith spoke and ");
        for (var i = 0; i < count; i++)
        {
            sb.Append("Smith told \"we go on\" and Acme Corp noted the ").Append(PartyScalingTests.Name(i)).Append(" Group and ");
        }

        var quotes = await ExtractGuarded(sb.ToString());
        Assert.Equal(count, quotes.Count);
        Assert.All(quotes, q => Assert.True(q.SpeakerKey is "person:john-smith" or "organization:acme-corp", q.SpeakerKey));
        Assert.Equal("person:john-smith", quotes[0].SpeakerKey);
    }
}
