using NewsApi.Analysis.Facts;

namespace NewsApi.Analysis.Tests.Facts.Parties;

public sealed class SeedArticlePartyTests
{
    private static readonly Lazy<IReadOnlyList<Party>> Parties = new(() => new PartyExtractor().Extract(SeedArticle.Context()));

    private static Party Get(string key) =>
        Parties.Value.SingleOrDefault(p => p.Key == key) ?? throw new Xunit.Sdk.XunitException(
            $"missing {key}; found: {string.Join(", ", Parties.Value.Select(p => p.Key))}");

    [Theory]
    [InlineData("person:barack-obama", "Barack Obama")]
    [InlineData("person:vladimir-putin", "Vladimir Putin")]
    [InlineData("person:yury-ushakov", "Yury Ushakov")]
    [InlineData("person:bashar-al-assad", "Bashar al-Assad")]
    [InlineData("person:francois-hollande", "Francois Hollande")]
    [InlineData("person:ben-rhodes", "Ben Rhodes")]
    [InlineData("person:dmitry-peskov", "Dmitry Peskov")]
    [InlineData("person:ban-ki-moon", "Ban Ki-moon")]
    [InlineData("person:laurent-fabius", "Laurent Fabius")]
    [InlineData("person:xi-jinping", "Xi Jinping")]
    [InlineData("person:walid-muallem", "Walid Muallem")]
    [InlineData("organization:un", "UN")]
    [InlineData("organization:un-security-council", "UN Security Council")]
    [InlineData("organization:white-house", "White House")]
    [InlineData("organization:congress", "Congress")]
    [InlineData("organization:kremlin", "Kremlin")]
    [InlineData("organization:afp", "AFP")]
    [InlineData("organization:eu", "EU")]
    [InlineData("organization:g20", "G20")]
    [InlineData("place:saint-petersburg", "Saint Petersburg")]
    [InlineData("place:syria", "Syria")]
    [InlineData("place:washington", "Washington")]
    [InlineData("place:moscow", "Moscow")]
    [InlineData("place:russia", "Russia")]
    [InlineData("place:united-states", "United States")]
    [InlineData("place:france", "France")]
    [InlineData("place:beirut", "Beirut")]
    [InlineData("place:china", "China")]
    [InlineData("place:damascus", "Damascus")]
    [InlineData("place:vilnius", "Vilnius")]
    public void Finds_expected_party(string key, string name) => Assert.Equal(name, Get(key).Name);

    [Fact]
    public void Has_exactly_the_eleven_people()
    {
        var people = Parties.Value.Where(p => p.Type == PartyType.Person).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Ban Ki-moon", "Barack Obama", "Bashar al-Assad", "Ben Rhodes", "Dmitry Peskov", "Francois Hollande", "Laurent Fabius", "Vladimir Putin", "Walid Muallem", "Xi Jinping", "Yury Ushakov"],
            people);
    }

    [Theory]
    [InlineData("During")]
    [InlineData("Efforts")]
    [InlineData("According")]
    [InlineData("Several")]
    [InlineData("Several Western states")]
    [InlineData("Western")]
    [InlineData("Russian")]
    [InlineData("Syrian")]
    [InlineData("French")]
    [InlineData("American")]
    [InlineData("Russians")]
    [InlineData("Each")]
    [InlineData("Other")]
    [InlineData("A")]
    [InlineData("Friday")]
    [InlineData("Thursday")]
    public void Common_words_and_demonyms_are_not_parties(string text) =>
        Assert.DoesNotContain(Parties.Value, p => p.Name == text || p.Mentions.Any(m => m.Text == text));

    [Theory]
    [InlineData("person:barack-obama", "US President", "United States")]
    [InlineData("person:vladimir-putin", "Russian President", "Russia")]
    [InlineData("person:yury-ushakov", "chief foreign policy aide", null)]
    [InlineData("person:dmitry-peskov", "Kremlin spokesman", "Russia")]
    [InlineData("person:ban-ki-moon", "UN chief", null)]
    [InlineData("person:laurent-fabius", "French Foreign Minister", "France")]
    [InlineData("person:walid-muallem", "Syria's Foreign Minister", "Syria")]
    [InlineData("person:ben-rhodes", "deputy national security advisor for strategic communications", null)]
    [InlineData("person:bashar-al-assad", "Syrian President", "Syria")]
    [InlineData("person:xi-jinping", "President", "China")]
    public void Reads_roles(string key, string role, string? country)
    {
        var party = Get(key);
        Assert.Equal(role, party.Role);
        Assert.Equal(country, party.RoleCountry);
    }

    [Fact]
    public void Obama_is_one_party_with_name_only_spans()
    {
        var obama = Get("person:barack-obama");
        Assert.Contains("Obama", obama.Aliases);
        Assert.All(obama.Mentions, m => Assert.True(m.Text is "Barack Obama" or "Obama", m.Text));
        Assert.True(obama.MentionCount >= 7, $"{obama.MentionCount} mentions");
        Assert.DoesNotContain(Parties.Value, p => p.Key == "person:obama");
    }

    [Theory]
    [InlineData("person:bashar-al-assad", "Assad")]
    [InlineData("person:ben-rhodes", "Rhodes")]
    [InlineData("person:ban-ki-moon", "Ban")]
    [InlineData("person:vladimir-putin", "Putin")]
    [InlineData("organization:un-security-council", "Security Council")]
    [InlineData("place:united-states", "US")]
    public void Short_forms_are_aliases(string key, string alias) => Assert.Contains(alias, Get(key).Aliases);

    [Fact]
    public void Every_mention_points_into_the_body()
    {
        var body = SeedArticle.Body;
        Assert.All(Parties.Value.SelectMany(p => p.Mentions), m => Assert.Equal(body[m.Start..m.End], m.Text));
    }

    [Fact]
    public void Title_people_are_the_most_salient()
    {
        var top = Parties.Value.Where(p => p.Type == PartyType.Person).Take(2).Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["person:barack-obama", "person:vladimir-putin"], top);
    }
}
