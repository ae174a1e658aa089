using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;
using static NewsApi.Analysis.Tests.Facts.Parties.PartyTexts;

namespace NewsApi.Analysis.Tests.Facts.Parties;

public sealed class PartyExtractorRuleTests
{
    private static Party Single(IReadOnlyList<Party> parties, string key) =>
        parties.SingleOrDefault(p => p.Key == key) ?? throw new Xunit.Sdk.XunitException(
            $"missing {key}; found: {string.Join(", ", parties.Select(p => p.Key))}");

    [Fact]
    public void Empty_text_has_no_parties() => Assert.Empty(Extract(""));

    [Fact]
    public void Lower_case_text_has_no_parties() => Assert.Empty(Extract("the cat sat on the mat and nobody said anything."));

    [Theory]
    [InlineData("Officials met Angela Merkel in Berlin. Merkel's plan was approved.", "person:angela-merkel", "Merkel")]
    [InlineData("Officials met Angela Merkel in Berlin. Merkel’s plan was approved.", "person:angela-merkel", "Merkel")]
    [InlineData("Officials met Angela Merkel in Berlin. Merkel 's plan was approved.", "person:angela-merkel", "Merkel")]
    public void Possessive_is_not_part_of_the_name(string body, string key, string alias)
    {
        var party = Single(Extract(body), key);
        Assert.Contains(alias, party.Aliases);
        Assert.All(party.Mentions, m => Assert.DoesNotContain("'", m.Text, StringComparison.Ordinal));
        Assert.All(party.Mentions, m => Assert.DoesNotContain("’", m.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Reporters spoke to Bashar al-Assad on Monday. Later Assad left.", "person:bashar-al-assad", "Assad")]
    [InlineData("Reporters spoke to Ban Ki-moon on Monday. Later Ban left.", "person:ban-ki-moon", "Ban")]
    public void Hyphenated_names_and_particles(string body, string key, string alias) =>
        Assert.Contains(alias, Single(Extract(body), key).Aliases);

    [Theory]
    [InlineData("During the talks nothing changed in Paris.", "During")]
    [InlineData("Efforts to agree failed in Paris.", "Efforts")]
    [InlineData("According to officials, Paris agreed.", "According")]
    [InlineData("Several Western states objected.", "Several")]
    [InlineData("Trailing by 20, the team rallied.", "Trailing")]
    public void Sentence_initial_common_words_are_not_parties(string body, string word) =>
        Assert.DoesNotContain(Extract(body), p => p.Mentions.Any(m => m.Text.Contains(word, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Russian officials and Syrian troops met American and French diplomats.")]
    [InlineData("He said the Russians have nothing to add.")]
    public void Demonyms_are_not_parties(string body) => Assert.Empty(Extract(body));

    [Theory]
    [InlineData("The United Nations met today. The UN said it would act.", "organization:un", "United Nations")]
    [InlineData("The North Atlantic Treaty Organization met. NATO said no.", "organization:nato", "NATO")]
    [InlineData("The Federation of Widget Makers met. The FWM said no.", "organization:federation-of-widget-makers", "FWM")]
    public void Acronyms_join_their_expansion(string body, string key, string alias)
    {
        var party = Single(Extract(body), key);
        Assert.True(party.Name == alias || party.Aliases.Contains(alias), string.Join(", ", party.Aliases));
    }

    [Fact]
    public void Security_council_is_not_the_un()
    {
        var parties = Extract("The UN Security Council met. The UN said the Security Council would vote.");
        Assert.Contains("Security Council", Single(parties, "organization:un-security-council").Aliases);
        Assert.Equal("UN", Single(parties, "organization:un").Name);
    }

    [Theory]
    [InlineData("Talks were held with German Chancellor Angela Merkel.", "person:angela-merkel", "German Chancellor", "Germany")]
    [InlineData("Talks were held with Kremlin spokesman Dmitry Peskov.", "person:dmitry-peskov", "Kremlin spokesman", "Russia")]
    [InlineData("Talks were held with Mexico's Foreign Minister Jorge Castaneda.", "person:jorge-castaneda", "Mexico's Foreign Minister", "Mexico")]
    [InlineData("Talks were held with John Smith, the chief executive of the company.", "person:john-smith", "chief executive of the company", null)]
    public void Roles_come_from_premodifiers_and_appositives(string body, string key, string role, string? country)
    {
        var party = Single(Extract(body), key);
        Assert.Equal(role, party.Role);
        Assert.Equal(country, party.RoleCountry);
    }

    [Theory]
    [InlineData("Leaders met in New York and Tokyo.", "place:new-york")]
    [InlineData("Leaders met in New York and Tokyo.", "place:tokyo")]
    [InlineData("Leaders from the US met.", "place:united-states")]
    [InlineData("Leaders from the U.S. met.", "place:united-states")]
    [InlineData("Leaders from Britain met.", "place:united-kingdom")]
    [InlineData("The Foreign Ministry of Japan spoke.", "organization:foreign-ministry-of-japan")]
    [InlineData("Shares in Acme Corp rose.", "organization:acme-corp")]
    [InlineData("He studied at Harvard University.", "organization:harvard-university")]
    public void Types_from_gazetteers_and_cues(string body, string key) => Single(Extract(body), key);

    [Fact]
    public void Keys_depend_on_the_name_not_on_order()
    {
        var a = Extract("Obama met Putin. Barack Obama and Vladimir Putin talked.");
        var b = Extract("Vladimir Putin and Barack Obama talked.");
        Assert.Equal(a.Select(p => p.Key).Order(StringComparer.Ordinal), b.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_capitals_headline_keeps_only_known_names()
    {
        var parties = Extract("SOCCER - JAPAN GET LUCKY WIN AGAINST SYRIA IN ASIAN CUP .");
        Assert.Equal(["place:japan", "place:syria"], parties.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pathological_capitalised_run_completes()
    {
        var body = string.Join(' ', Enumerable.Repeat("Alpha", 10_000)) + ".";
        var parties = Extract(body);
        Assert.All(parties.SelectMany(p => p.Mentions), m => Assert.Equal(body[m.Start..m.End], m.Text));
    }

    [Fact]
    public void Pathological_dots_and_quotes_complete()
    {
        var body = new string('.', 20_000) + " Paris " + new string('"', 5_001) + " " + string.Concat(Enumerable.Repeat("A. ", 3_000));
        var parties = Extract(body);
        Assert.Contains(parties, p => p.Key == "place:paris");
        Assert.NotNull(new QuoteExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null), parties));
    }
}
