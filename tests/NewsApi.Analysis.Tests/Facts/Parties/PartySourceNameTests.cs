using NewsApi.Analysis.Facts;
using static NewsApi.Analysis.Tests.Facts.Parties.PartyTexts;

namespace NewsApi.Analysis.Tests.Facts.Parties;

/// <summary>Organisations named as sources and introduced by acronyms (issue 12, held-out robustness); invented sentences.</summary>
public sealed class PartySourceNameTests
{
    [Fact]
    public void An_acronym_in_brackets_names_the_organisation_even_when_it_is_spelled_like_a_word()
    {
        var parties = Extract("The Wider Help Organisation ( WHO ) opened a clinic . Later WHO officials flew to Tarvik .");
        var org = Assert.Single(parties, p => p.Mentions.Any(m => m.Text == "Wider Help Organisation"));
        Assert.Equal(PartyType.Organization, org.Type);
        Assert.Equal(3, org.Mentions.Count(m => m.Text is "WHO" or "Wider Help Organisation"));
    }

    [Fact]
    public void An_acronym_after_a_known_organisation_joins_it()
    {
        var parties = Extract("The World Health Organisation ( WHO ) said on Monday the outbreak was over . A WHO team left Kivu .");
        var org = Assert.Single(parties, p => p.Mentions.Any(m => m.Text == "World Health Organisation"));
        Assert.Contains(org.Mentions, m => m.Text == "WHO");
    }

    [Theory]
    [InlineData("Le Courrier said the minister would resign .", "Le Courrier")]
    [InlineData("The talks failed , according to La Gazzetta del Norte .", "La Gazzetta del Norte")]
    [InlineData("These are leading stories in the press on Tuesday .\n\nLA TRIBUNE - The government plans to sell its stake in the airline .", "LA TRIBUNE")]
    [InlineData("Die Wochenpost reported the deal on Sunday .", "Die Wochenpost")]
    public void A_name_opening_with_a_foreign_article_is_a_title_not_a_person(string body, string name) =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract(body), name));

    [Theory]
    [InlineData("Les Marvin , the singer , said he was delighted .", "Les Marvin")]
    [InlineData("El Hadji Mbaye won the race in Dakar .", "El Hadji Mbaye")]
    public void A_given_name_that_looks_like_an_article_stays_a_person(string body, string name) =>
        Assert.Equal(PartyType.Person, TypeOf(Extract(body), name));

    [Theory]
    [InlineData("The official Dorvak news agency said the talks would resume .", "Dorvak")]
    [InlineData("The state Tarlan agency reported three deaths .", "Tarlan")]
    public void A_name_before_news_agency_is_an_organisation(string body, string name) =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract(body), name));

    [Theory]
    [InlineData("Voters in the north said the Labour Party had let them down .", "Labour Party")]
    public void Party_names_the_training_corpora_know_are_organisations(string body, string name) =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract(body), name));

    [Fact]
    public void Republicans_are_a_group_not_an_organisation() =>
        Assert.NotEqual(PartyType.Organization, TypeOf(Extract("Republicans in the Senate blocked the bill on Tuesday ."), "Republicans"));
}
