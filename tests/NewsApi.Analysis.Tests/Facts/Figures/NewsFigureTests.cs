using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>What is not a figure in news (numbers in names, ordinals, words that contain a number) and what a figure counts.</summary>
public sealed class NewsFigureTests
{
    private static IReadOnlyList<Figure> Extract(string body, IReadOnlyList<Party>? parties = null) =>
        new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), new DateOnly(2005, 3, 1)) { Parties = parties ?? [] });

    [Theory]
    [InlineData("He told BBC Radio 4 that he would stay.")]
    [InlineData("The film was shown on BBC Two last night.")]
    [InlineData("Veterans of World War Two gathered in the square.")]
    [InlineData("Shares in the FTSE 100 fell.")]
    [InlineData("The case of the Guildford Four was reopened.")]
    [InlineData("He returned to 10 Downing Street on Tuesday.")]
    [InlineData("The firm filed for Chapter 11 protection.")]
    [InlineData("Labour is seeking a third term.")]
    [InlineData("They marked the 60th anniversary of the liberation.")]
    [InlineData("It was the sixth such move in as many months.")]
    [InlineData("He used a four-letter word.")]
    [InlineData("It was a half-hearted attempt.")]
    [InlineData("The single rose to number six in the chart.")]
    [InlineData("The dispute is over clause 4 of the constitution.")]
    [InlineData("The bank will publish its 2006 results soon.")]
    [InlineData("Critics admired the original 1983 episodes.")]
    [InlineData("She beat Petra Novak 6-7 (3-7) 6-4 6-1.")]
    [InlineData("The carrier ordered new Airbus A320-200 jets.")]
    public void Finds_no_figure(string body) => Assert.Empty(Extract(body));

    [Theory]
    [InlineData("Agassi has won the San Jose title five times.", "five")]
    [InlineData("Labour won 35% of the vote.", "35%")]
    [InlineData("GM will pay Fiat $2bn.", "$2bn")]
    [InlineData("It was a two-day summit.", "two-day")]
    [InlineData("The six-mile trip took an hour.", "six-mile")]
    [InlineData("The 25-member union met.", "25-member")]
    [InlineData("About 300 people came.", "About 300 people")]
    [InlineData("When I'm 74, I will know.", "74")]
    [InlineData("They sent 2000 soldiers.", "2000 soldiers")] // a round hundred stays a count
    [InlineData("Nearly 2014 fans came.", "Nearly 2014 fans")] // a qualifier makes it a count
    public void Keeps_the_figure(string body, string text) => Assert.Equal(text, Assert.Single(Extract(body)).Text);

    [Theory]
    [InlineData("Two family friends were questioned.", "friends")]
    [InlineData("More than 63,000 mobile phones were lost.", "phones")]
    [InlineData("The survey covered 400 industrial companies.", "companies")]
    [InlineData("They hold two bank accounts.", "accounts")]
    [InlineData("Three people died.", "people")]
    [InlineData("The Liberal Democrats have 55 MPs.", "MPs")]
    [InlineData("China will add 178 million new PCs.", "PCs")]
    [InlineData("It shut two Welsh factories.", "factories")]
    [InlineData("In all 55 Labour MPs rebelled.", "MPs")]
    [InlineData("They opened three state-run clinics.", "clinics")] // a hyphenated modifier before the plural noun
    [InlineData("She thanked her five co-workers.", "co-workers")] // a plural compound is the head itself
    [InlineData("It has around four gigabyte storage capacity.", "GB")] // a measure word is the unit, not a counted noun
    public void Counts_the_head_of_the_noun_phrase(string body, string unit) => Assert.Equal(unit, Assert.Single(Extract(body)).Unit);

    [Theory]
    [InlineData("Its shares lost $7 in three days.", "$7", "USD", "three days", "days")]
    [InlineData("Sales hit $52m year-on-year.", "$52m", "USD", null, null)]
    public void Money_is_no_duration_and_no_ratio(string body, string money, string currency, string? duration, string? unit)
    {
        var figures = Extract(body);
        Assert.Equal(money, figures[0].Text);
        Assert.Equal(currency, figures[0].Unit);
        if (duration is null)
        {
            Assert.Single(figures);
        }
        else
        {
            Assert.Equal(2, figures.Count);
            Assert.Equal(duration, figures[1].Text);
            Assert.Equal(unit, figures[1].Unit);
        }
    }

    [Fact]
    public void A_number_inside_a_party_mention_is_not_a_figure()
    {
        const string body = "Fans of Maroon 5 bought 300 tickets.";
        var start = body.IndexOf("Maroon", StringComparison.Ordinal);
        var band = new Party("organization:maroon-5", "Maroon 5", PartyType.Organization, [], null, [new PartyMention(start, start + 8, "Maroon 5", 0)]);
        Assert.Equal("300 tickets", Assert.Single(Extract(body, [band])).Text);
    }

    [Fact]
    public void A_mention_that_a_sentence_opens_with_a_spelled_number_keeps_the_count()
    {
        const string body = "It said so.\n\nTwenty-seven British films were made.";
        var start = body.IndexOf("Twenty", StringComparison.Ordinal);
        var wrong = new Party("place:x", "Twenty-seven British", PartyType.Place, [], null, [new PartyMention(start, start + 20, "Twenty-seven British", 1)]);
        Assert.Equal(27, Assert.Single(Extract(body, [wrong])).Value);
    }

    [Fact]
    public void A_possessive_apostrophe_does_not_open_a_sentence()
    {
        const string body = "He joined Wales' Six Nations squad.";
        var start = body.IndexOf("Six", StringComparison.Ordinal);
        var event6 = new Party("organization:six-nations", "Six Nations", PartyType.Organization, [], null, [new PartyMention(start, start + 11, "Six Nations", 0)]);
        Assert.Empty(Extract(body, [event6]));
    }

    [Fact]
    public void A_party_mention_does_not_hide_money()
    {
        const string body = "It paid USD115 in fees.";
        var start = body.IndexOf("USD", StringComparison.Ordinal);
        var code = new Party("organization:usd115", "USD115", PartyType.Organization, [], null, [new PartyMention(start, start + 6, "USD115", 0)]);
        Assert.Equal(FigureKinds.Money, Assert.Single(Extract(body, [code])).Kind);
    }

    [Fact]
    public void The_analyzer_passes_the_parties_to_the_figures()
    {
        var analysis = ArticleAnalyzer.CreateDefault().Analyze(new ArticleInput(null, "Prime Minister Tony Blair spoke to 200 party members in London.", null));
        Assert.Equal("200 party members", Assert.Single(analysis.Facts.Figures).Text);
    }
}
