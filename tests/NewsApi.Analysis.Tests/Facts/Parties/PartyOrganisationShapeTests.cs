using NewsApi.Analysis.Facts;
using static NewsApi.Analysis.Tests.Facts.Parties.PartyTexts;

namespace NewsApi.Analysis.Tests.Facts.Parties;

/// <summary>Shapes of organisation names found without a gazetteer entry (issue 12, held-out robustness); invented sentences.</summary>
public sealed class PartyOrganisationShapeTests
{
    [Theory]
    [InlineData("The grant came from the Northern Grain and Seed Marketing Board ( NGSMB ) on Tuesday .", "Northern Grain and Seed Marketing Board")]
    [InlineData("Inspectors of the Office for Water Standards in Wales ( OWSW ) visited the plant .", "Office for Water Standards in Wales")]
    [InlineData("Monitors of the Joint Ceasefire Commission in Kivu ( JCCK ) reported no clashes .", "Joint Ceasefire Commission in Kivu")]
    public void An_acronym_in_brackets_makes_the_words_it_spells_one_organisation(string body, string name)
    {
        var parties = Extract(body);
        Assert.Equal(PartyType.Organization, TypeOf(parties, name));
        Assert.DoesNotContain(parties, p => p.Type == PartyType.Place && p.Mentions.Any(m => name.Contains(m.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void Initials_of_a_person_in_brackets_are_no_acronym()
    {
        var parties = Extract("The novelist Harold Ernest Quill ( H.E.Q. ) Marsh died on Sunday .");
        Assert.NotEqual(PartyType.Organization, TypeOf(parties, "Harold Ernest Quill"));
    }

    [Fact]
    public void Brackets_that_do_not_spell_the_name_leave_it_alone()
    {
        var parties = Extract("The Tamworth Rowing Club ( TXQ ) won on Sunday .");
        Assert.Equal(PartyType.Organization, TypeOf(parties, "Tamworth Rowing Club"));
        Assert.Null(TypeOf(parties, "Tamworth Rowing Club ( TXQ"));
    }

    [Theory]
    [InlineData("Radio Zenit quoted local police in the town .", "Radio Zenit")]
    [InlineData("The talks were hosted by ( Progressive Union of Veltria officials ) on Monday .", "Progressive Union of Veltria")]
    [InlineData("A petition went to the International Red Cross in May .", "International Red Cross")]
    public void Ordinary_words_that_open_an_organisation_stay_in_its_name(string body, string name) =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract(body), name));

    [Theory]
    [InlineData("The air force ordered 40 F-16 jets and two C-130 transports .", "F-16")]
    [InlineData("The air force ordered 40 F-16 jets and two C-130 transports .", "C-130")]
    [InlineData("Money supply M3 rose 0.4 percent in July , the central bank said .", "M3")]
    public void Model_and_series_codes_are_not_parties(string body, string code) =>
        Assert.Null(TypeOf(Extract(body), code));

    [Fact]
    public void Known_groups_written_like_codes_stay_parties() =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract("Leaders of the G20 met in Osaka on Friday ."), "G20"));

    [Fact]
    public void A_country_in_brackets_after_an_athlete_is_no_town_code()
    {
        var parties = Extract("ATHLETICS - RESULTS .\n\nWomen 's 400 metres : 1. Maria Quendt ( US ) 50.31 seconds .");
        Assert.Null(TypeOf(parties, "Maria Quendt ( US )"));
    }

    [Theory]
    [InlineData("The Labour Party won the seat , officials said .", "Labour Party", PartyType.Organization)]
    [InlineData("The Rhodesia Herald said on Monday that talks had failed .", "Rhodesia Herald", PartyType.Organization)]
    [InlineData("Republicans and Democrats clashed , while the Republican Party said nothing .", "Republican Party", PartyType.Organization)]
    public void Parties_and_newspapers_named_as_sources(string body, string name, PartyType type) =>
        Assert.Equal(type, TypeOf(Extract(body), name));

    [Fact]
    public void Party_members_named_by_the_party_are_no_organisation() =>
        Assert.Null(TypeOf(Extract("Republicans and Democrats clashed over the budget on Monday ."), "Republicans"));
}
