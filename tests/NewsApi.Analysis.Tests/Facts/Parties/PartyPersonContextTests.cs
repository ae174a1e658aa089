using NewsApi.Analysis.Facts;
using static NewsApi.Analysis.Tests.Facts.Parties.PartyTexts;

namespace NewsApi.Analysis.Tests.Facts.Parties;

/// <summary>An unknown lone name is a person when what follows fits only a person (invented names throughout).</summary>
public sealed class PartyPersonContextTests
{
    [Theory]
    [InlineData("In Quellmore's later memoirs the war is hardly mentioned. Quellmore left for Italy in 1820.")]
    [InlineData("The letters went unanswered. In Quellmore's memoirs the school is a prison.")]
    [InlineData("Quellmore received his early education at home. Quellmore later moved to Italy.")]
    [InlineData("Soon Quellmore finally found himself a house in Italy. Quellmore stayed for years.")]
    public void A_name_that_owns_kin_or_memoirs_or_its_own_pronoun_is_a_person(string body) =>
        Assert.Equal(PartyType.Person, TypeOf(Extract(body), "Quellmore"));

    [Theory]
    [InlineData("Boats waited in Quellmore's old harbour. In Quellmore the rain fell for days.")]
    [InlineData("Farmers in Quellmore and its villages sold grain. Traders in Quellmore agreed.")]
    public void A_place_keeps_its_type(string body) =>
        Assert.Equal(PartyType.Place, TypeOf(Extract(body), "Quellmore"));
}
