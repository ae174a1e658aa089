namespace NewsApi.Analysis.Facts;

public sealed class PartyExtractor : IPartyExtractor
{
    public IReadOnlyList<Party> Extract(ExtractionContext context) => [];
}
