using System.Text;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Parties;

/// <summary>
/// Inputs on which a quadratic step of party extraction (a pass over all mentions, names or organisations for each
/// mention) would take minutes. They must simply finish, guarded by a generous timeout (no timing assertion), with sane output.
/// </summary>
public sealed class PartyScalingTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    /// <summary>"Qxab", "Qxac", ...: capitalised words no gazetteer knows, distinct for each index.</summary>
    internal static string Name(int i)
    {
        var sb = new StringBuilder("Qx");
        do
        {
            sb.Append((char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);

        return sb.ToString();
    }

    private static async Task<IReadOnlyList<Party>> ExtractGuarded(string body)
    {
        var work = Task.Run(() => new PartyExtractor().Extract(new ExtractionContext(TextDocument.Parse(body), null)));
        var finished = await Task.WhenAny(work, Task.Delay(Guard));
        Assert.Same(work, finished);
        var parties = await work;
        foreach (var party in parties)
        {
            foreach (var m in party.Mentions)
            {
                Assert.Equal(body[m.Start..m.End], m.Text);
            }
        }

        return parties;
    }

    [Fact]
    public async Task One_sentence_of_100000_capitalised_words_completes()
    {
        // Role reading looked up the mention covering each word by scanning all of the sentence's mentions.
        var body = string.Join(' ', Enumerable.Range(0, 100_000).Select(Name)) + ".";
        var parties = await ExtractGuarded(body);
        Assert.NotEmpty(parties);
    }

    [Fact]
    public async Task Said_Smith_repeated_100000_times_completes()
    {
        // 100,000 lone surnames, each resolved against the full name.
        var body = "John Smith spoke. " + string.Concat(Enumerable.Repeat("said Smith. ", 100_000));
        var parties = await ExtractGuarded(body);
        var smith = Assert.Single(parties);
        Assert.Equal("person:john-smith", smith.Key);
        Assert.Equal(100_001, smith.MentionCount);
    }

    [Fact]
    public async Task Many_people_each_named_in_full_then_by_surname_resolve()
    {
        // Each surname used to be compared with every full name in the text.
        const int people = 20_000;
        var sb = new StringBuilder();
        for (var i = 0; i < people; i++)
        {
            sb.Append("John ").Append(Name(i)).Append(" arrived. ").Append(Name(i)).Append(" said nothing. ");
        }

        var parties = await ExtractGuarded(sb.ToString());
        Assert.Equal(people, parties.Count);
        var first = Assert.Single(parties, p => p.Key == "person:john-" + Name(0).ToLowerInvariant());
        Assert.Equal(2, first.MentionCount);
        Assert.All(parties, p => Assert.Equal(2, p.MentionCount));
    }

    [Fact]
    public async Task Many_distinct_organisations_complete()
    {
        // Organisations were merged by comparing every pair of organisation names.
        const int orgs = 20_000;
        var sb = new StringBuilder();
        for (var i = 0; i < orgs; i++)
        {
            sb.Append("The ").Append(Name(i)).Append(" Trade Institute met. The Trade Institute said the ").Append(Name(i)).Append(" Group left. ");
        }

        var parties = await ExtractGuarded(sb.ToString());
        var organisations = parties.Where(p => p.Type == PartyType.Organization).ToList();
        Assert.True(organisations.Count >= orgs, $"{organisations.Count} organisations");

        // "Trade Institute" is a suffix of the first (longest, earliest) "... Trade Institute" and joins it.
        Assert.DoesNotContain(organisations, p => p.Name == "Trade Institute");
    }
}
