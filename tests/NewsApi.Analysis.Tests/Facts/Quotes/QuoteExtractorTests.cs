using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Tests.Facts.Parties;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Quotes;

public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string body)
    {
        var context = new ExtractionContext(TextDocument.Parse(body), null);
        return new QuoteExtractor().Extract(context, new PartyExtractor().Extract(context));
    }

    [Fact]
    public void Empty_text_has_no_quotes() => Assert.Empty(Extract(""));

    [Theory]
    [InlineData("Ben Rhodes spoke. \"We will not wait for them,\" said Rhodes.", "We will not wait for them", "person:ben-rhodes")]
    [InlineData("Vladimir Putin spoke. \"We spoke sitting down and talked,\" Putin told reporters.", "We spoke sitting down and talked", "person:vladimir-putin")]
    [InlineData("Ben Rhodes spoke. \"We will not wait for them,\" he said.", "We will not wait for them", "person:ben-rhodes")]
    [InlineData("Officials met. \"The talks went well today,\" Kremlin spokesman Dmitry Peskov was quoted as saying.", "The talks went well today", "person:dmitry-peskov")]
    [InlineData("UN chief Ban Ki-moon spoke. \"I must warn you all,\" Ban said.", "I must warn you all", "person:ban-ki-moon")]
    [InlineData("Angela Merkel arrived. She said: “We have a plan for this.”", "We have a plan for this.", "person:angela-merkel")]
    [InlineData("Angela Merkel said she valued the “strong and lasting partnership” with France.", "strong and lasting partnership", "person:angela-merkel")]
    public void Attributes_speakers(string body, string text, string key)
    {
        var quote = Assert.Single(Extract(body));
        Assert.Equal(text, quote.Text);
        Assert.Equal(body[quote.Start..quote.End], quote.Text);
        Assert.Equal(key, quote.SpeakerKey);
    }

    [Fact]
    public void A_conjunction_after_a_missing_full_stop_is_no_part_of_the_speakers_name()
    {
        var quotes = Extract("Former captain Alec Harwood played at the Oval in 2003 But Harwood made clear he wanted the job. 'He fits in well,' said Harwood.");
        Assert.Equal("Alec Harwood", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("Commuter Tom Reilly waited for an hour. \"It was a disgrace,\" Reilly said.", "person:tom-reilly")]
    [InlineData("Grandmother Jean Walsh, 74, lost her home. \"Nobody helped us,\" Walsh said.", "person:jean-walsh")]
    [InlineData("Pensioner Harold Smith spoke to reporters. \"I have lost my savings,\" Smith added.", "person:harold-smith")]
    public void A_describing_noun_that_opens_the_sentence_is_no_part_of_the_speakers_name(string body, string key) =>
        Assert.Equal(key, Assert.Single(Extract(body)).SpeakerKey);

    [Theory]
    [InlineData("The mayor, known as \"the Iron Lady\", opened the bridge.", 0)]
    [InlineData("Critics described the bridge as \"the ugliest thing ever built in this city\" on Monday.", 1)]
    public void After_as_a_long_lower_case_quote_is_a_description_not_a_name(string body, int count) =>
        Assert.Equal(count, Extract(body).Count);

    [Fact]
    public void He_added_follows_the_previous_speaker()
    {
        var quotes = Extract("\"The differences were confirmed,\" Kremlin spokesman Dmitry Peskov said. \"Other states appealed to us,\" he added.");
        Assert.Equal(["person:dmitry-peskov", "person:dmitry-peskov"], quotes.Select(q => q.SpeakerKey));
    }

    [Fact]
    public void Unattributed_scare_quotes_are_dropped_but_speech_is_kept()
    {
        var quotes = Extract("The weather was \"bad\" all week. \"Nobody expected this much rain here.\"");
        var quote = Assert.Single(quotes);
        Assert.Equal("Nobody expected this much rain here.", quote.Text);
        Assert.Null(quote.SpeakerKey);
    }

    [Fact]
    public void Unmatched_mark_is_ignored() => Assert.Empty(Extract("He said \"this never closes.\n\nNew paragraph here."));

    [Fact]
    public void Seed_article_quotes_and_speakers()
    {
        var context = SeedArticle.Context();
        var quotes = new QuoteExtractor().Extract(context, new PartyExtractor().Extract(context));
        Assert.All(quotes, q => Assert.Equal(SeedArticle.Body[q.Start..q.End], q.Text));
        Assert.Equal(
            [
                "person:vladimir-putin", "person:yury-ushakov", "person:barack-obama", "person:ben-rhodes", "person:ben-rhodes",
                "person:ben-rhodes", "person:dmitry-peskov", "person:dmitry-peskov", "person:ban-ki-moon", "person:ban-ki-moon",
            ],
            quotes.Select(q => q.SpeakerKey));
        Assert.Equal("contradictions remained", quotes[1].Text);
        Assert.StartsWith("commitment to a strong international response", quotes[2].Text, StringComparison.Ordinal);
        Assert.Equal("Barack Obama", quotes[2].Speaker);
    }
}
