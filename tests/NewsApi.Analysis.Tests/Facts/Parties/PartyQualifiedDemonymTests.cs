using NewsApi.Analysis.Facts;
using static NewsApi.Analysis.Tests.Facts.Parties.PartyTexts;

namespace NewsApi.Analysis.Tests.Facts.Parties;

/// <summary>A nationality after compass words or a sentence's first ordinary word is MISC, not a party.</summary>
public sealed class PartyQualifiedDemonymTests
{
    [Theory]
    [InlineData("The North Africans were held to a draw on Sunday.", "North Africans")]
    [InlineData("Seven Iraqis who seized a plane were charged on Monday.", "Seven Iraqis")]
    [InlineData("The firm sold its North American truck business.", "North American")]
    [InlineData("Many South Koreans protested outside the embassy.", "South Koreans")]
    public void Is_not_a_party(string body, string text) =>
        Assert.DoesNotContain(Extract(body), p => p.Mentions.Any(m => m.Text.Contains(text, StringComparison.Ordinal)));

    [Fact]
    public void A_name_after_the_nationality_stays()
    {
        var parties = Extract("On Monday South African Airways cancelled flights, and Quentin Marlowe said so.");
        Assert.Equal(PartyType.Organization, TypeOf(parties, "South African Airways"));
        Assert.Equal(PartyType.Person, TypeOf(parties, "Quentin Marlowe"));
    }
}
