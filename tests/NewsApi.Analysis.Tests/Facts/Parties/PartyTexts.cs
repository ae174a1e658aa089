using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Parties;

/// <summary>What the party tests ask of the extractor: the parties of an invented text, and the type of one mention.</summary>
internal static class PartyTexts
{
    private static readonly PartyExtractor Extractor = new();

    public static IReadOnlyList<Party> Extract(string body, string? title = null) =>
        Extractor.Extract(new ExtractionContext(TextDocument.Parse(body), null) { Title = title });

    /// <summary>The type of the party that has a mention with exactly this text, or null.</summary>
    public static PartyType? TypeOf(IReadOnlyList<Party> parties, string text) =>
        parties.FirstOrDefault(p => p.Mentions.Any(m => m.Text == text))?.Type;
}
