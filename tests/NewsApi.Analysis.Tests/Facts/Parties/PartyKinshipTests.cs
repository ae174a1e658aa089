using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Parties;

/// <summary>Relatives named once by a given name, and towns named after a person with a place word ("Alice Springs").</summary>
public sealed class PartyKinshipTests
{
    private static IReadOnlyList<Party> Parties(string body) =>
        new PartyExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null));

    [Theory]
    [InlineData("The boy has been ill for years. His mother Claire, 34, said the cream had helped him.", "Claire")]
    [InlineData("Marc Leishman pulled out of the tournament. His wife Audrey spent part of last week in hospital.", "Audrey")]
    [InlineData("The singer thanked her fans and her younger sister Grace for the support.", "Grace")]
    public void A_name_right_after_a_kinship_noun_is_a_person(string body, string name)
    {
        var party = Assert.Single(Parties(body), p => p.Name == name);
        Assert.Equal(PartyType.Person, party.Type);
    }

    [Theory]
    [InlineData("Youth crime rose in Alice Springs last week, and police in Alice Springs asked for help.", "Alice Springs")]
    [InlineData("The family moved to Shelby Creek in the spring.", "Shelby Creek")]
    public void A_name_ending_in_springs_or_creek_is_a_place_even_when_it_opens_with_a_given_name(string body, string name)
    {
        var party = Assert.Single(Parties(body), p => p.Name == name);
        Assert.Equal(PartyType.Place, party.Type);
    }

    [Theory]
    [InlineData("The call from Faleh Essawi, the deputy chief of the provincial council, came just before noon.", "Faleh Essawi")]
    [InlineData("The news came in Tomas Kerrigan, the head of the union, who spoke to reporters.", "Tomas Kerrigan")]
    public void A_name_after_a_locative_word_with_a_role_apposition_is_a_person(string body, string name)
    {
        var party = Assert.Single(Parties(body), p => p.Name == name);
        Assert.Equal(PartyType.Person, party.Type);
    }
}
