using NewsApi.Contracts;

namespace NewsApi.Mapping;

/// <summary>
/// Converts UTF-16 offsets (how text is stored and analysed) into the unit a client asked for. Built once per text in
/// one pass, so a response with thousands of offsets costs one array, not a scan per offset.
/// </summary>
public sealed class OffsetMap
{
    private static readonly OffsetMap Identity = new(null);

    // utf16 index -> index in the target unit, for every index 0..length (the end is exclusive, so length is valid).
    private readonly int[]? _map;

    private OffsetMap(int[]? map) => _map = map;

    public static OffsetMap For(string text, OffsetUnit unit)
    {
        if (unit == OffsetUnit.Utf16)
        {
            return Identity;
        }

        var map = new int[text.Length + 1];
        var position = 0;
        for (var i = 0; i < text.Length; i++)
        {
            map[i] = position;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // An offset never falls between the halves of a pair; if one did, it maps to the pair's start.
                map[i + 1] = position;
                position += unit == OffsetUnit.CodePoint ? 1 : 4;
                i++;
                continue;
            }

            position += unit == OffsetUnit.CodePoint ? 1 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        map[text.Length] = position;
        return new OffsetMap(map);
    }

    public bool IsIdentity => _map is null;

    public int this[int utf16] => _map is null ? utf16 : _map[Math.Clamp(utf16, 0, _map.Length - 1)];

    public FigureFact Rebase(FigureFact f) => f with { Start = this[f.Start], End = this[f.End] };

    public DateFact Rebase(DateFact d) => d with { Start = this[d.Start], End = this[d.End] };

    public QuoteFact Rebase(QuoteFact q) => q with { Start = this[q.Start], End = this[q.End] };

    public PartyFact Rebase(PartyFact p) =>
        p with { Mentions = p.Mentions.Select(m => m with { Start = this[m.Start], End = this[m.End] }).ToList() };

    public FactsResponse Rebase(FactsResponse facts) => IsIdentity ? facts : facts with
    {
        Figures = facts.Figures?.Select(Rebase).ToList(),
        Dates = facts.Dates?.Select(Rebase).ToList(),
        Parties = facts.Parties?.Select(Rebase).ToList(),
        Quotes = facts.Quotes?.Select(Rebase).ToList(),
    };

    public TopFacts Rebase(TopFacts top) => IsIdentity ? top : new TopFacts(
        top.Parties.Select(Rebase).ToList(), top.Figures.Select(Rebase).ToList(), top.Dates.Select(Rebase).ToList(), top.Quotes.Select(Rebase).ToList());

    public SummaryResponse Rebase(SummaryResponse summary) => IsIdentity ? summary : summary with
    {
        Sentences = summary.Sentences.Select(s => s with { Start = this[s.Start], End = this[s.End] }).ToList(),
    };

    public IReadOnlyList<SentenceResponse> Rebase(IReadOnlyList<SentenceResponse> sentences) =>
        IsIdentity ? sentences : sentences.Select(s => s with { Start = this[s.Start], End = this[s.End] }).ToList();

    /// <summary>A search snippet's matches are offsets into the snippet's own text.</summary>
    public static SearchSnippet Rebase(SearchSnippet snippet, OffsetUnit unit)
    {
        var map = For(snippet.Text, unit);
        return map.IsIdentity ? snippet : snippet with { Matches = snippet.Matches.Select(m => new TextRange(map[m.Start], map[m.End])).ToList() };
    }
}
