using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Quotes;

/// <summary>Attribution on the layouts of pasted news pages (captions run into sentences, lone full stops, organisations quoted over paragraphs).</summary>
public sealed class SpeakerSession10Tests
{
    private static (string Text, string Speaker)[] Quotes(string body)
    {
        var context = new ExtractionContext(TextDocument.Parse(body), null);
        var quotes = new QuoteExtractor().Extract(context, new PartyExtractor().Extract(context));
        Assert.All(quotes, q => Assert.Equal(body[q.Start..q.End], q.Text));
        return quotes.Select(q => (q.Text, q.Speaker ?? "-")).ToArray();
    }

    [Fact]
    public void A_pronoun_in_its_own_sentence_goes_to_the_nearest_subject_before_it_not_a_name_in_a_caption_run_into_it()
    {
        var body = "Tom Reilly was arrested in May. Pictured: the car was found after driving her son and Peter Lamb home "
            + "The family's lawyer, John Carver, said on Monday he believes the police acted far too fast. "
            + "'There has to be a proper inquiry into all of this,' he said.";
        Assert.Equal("John Carver", Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void The_person_whose_apposition_ends_at_the_verb_speaks_even_after_a_caption()
    {
        var body = "The council was criticised after it emerged that Peter Lamb had been paid twice Helen Carver, chief "
            + "executive of the National Association for Local Schools in Wales, added: 'Nobody should be paid twice for one job.'";
        Assert.Equal("Helen Carver", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("The report was 'not fit for purpose' in the minister's view, and the union said it would 'fight every cut to the end'.",
        "not fit for purpose", "fight every cut to the end")]
    [InlineData("Helen Carver called for 'a full trial of all the known facts' in the defendant's absence to 'get to the bottom of the allegations'.",
        "a full trial of all the known facts", "get to the bottom of the allegations")]
    public void A_single_mark_after_s_closes_before_a_function_word_or_another_opening_mark(string body, string first, string second)
    {
        // Each quotation ends at its own mark (one may be dropped as a scare quote), never one running over both.
        var texts = Quotes(body).Select(q => q.Text).ToArray();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t == first || t == second, t));
    }

    [Fact]
    public void A_plural_possessive_is_still_no_closing_mark()
    {
        var body = "Helen Carver said the deal was 'a victory for the players' union and for every fan of the game,' and left.";
        Assert.Equal("a victory for the players' union and for every fan of the game", Assert.Single(Quotes(body)).Text);
    }

    [Fact]
    public void An_organisation_quoted_from_its_statement_keeps_the_next_quote_after_a_sentence_about_it()
    {
        var body = "Acme Software Ltd has changed its app again. 'You asked, we listened,' the firm said. "
            + "The firm said it made the changes after many users complained about the old design. . "
            + "'Now there is no need to scroll through every menu to find your orders.' "
            + "It also stressed that nothing would change for paying customers. "
            + "'And in case you were wondering, your settings stay exactly as they were.'";
        Assert.Equal(["Acme Software Ltd", "Acme Software Ltd", "Acme Software Ltd"], Quotes(body).Select(q => q.Speaker).ToArray());
    }

    [Fact]
    public void A_sentence_about_an_organisation_gives_no_speaker_when_a_person_spoke_last()
    {
        var body = "Helen Carver runs the shop. 'We open at nine every day,' she said. "
            + "The firm said it would hire more staff in the spring. 'Every applicant will get an interview this year.'";
        Assert.Equal("-", Quotes(body)[^1].Speaker);
    }

    [Theory]
    [InlineData("Charlie Brooks, the company's spokesman, defended the new kit on Monday. ((L-R) Tom Heath, Alex Morgan and Sam Leroux pose in their new kits. 'Not every team has to wear the colours of the flag,' he said.")]
    [InlineData("Charlie Brooks, the company's spokesman, defended the new kit on Monday. Pictured: Tom Heath and Alex Morgan in the new kits at the launch. 'Not every team has to wear the colours of the flag,' he said.")]
    [InlineData("Charlie Brooks, the company's spokesman, defended the new kit on Monday. Tom Heath (left) and Alex Morgan wear the new kits at the launch. 'Not every team has to wear the colours of the flag,' he said.")]
    public void People_in_a_pasted_picture_caption_are_no_antecedent(string body) =>
        Assert.Equal("Charlie Brooks", Assert.Single(Quotes(body)).Speaker);
}
