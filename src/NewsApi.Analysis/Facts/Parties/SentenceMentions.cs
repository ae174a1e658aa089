namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// One sentence's mentions indexed by the units they cover (the first mention in list order wins, as a scan of the list
/// would find), and the people already given a role, in list order.
/// </summary>
internal sealed class SentenceMentions
{
    private readonly RawMention?[] _byUnit;
    private readonly int _count;

    public SentenceMentions(List<RawMention> found, RawMention?[] byUnit, int unitCount)
    {
        _byUnit = byUnit;
        _count = unitCount;
        Array.Clear(byUnit, 0, unitCount);
        foreach (var m in found)
        {
            for (var k = Math.Max(0, m.FirstUnit); k <= m.LastUnit && k < unitCount; k++)
            {
                byUnit[k] ??= m;
            }
        }
    }

    public List<RawMention> WithRole { get; } = [];

    public RawMention? At(int unit) => unit >= 0 && unit < _count ? _byUnit[unit] : null;

    /// <summary>The last person before <paramref name="person"/> (in list order) whose role is already known.</summary>
    public RawMention? LastWithRoleBefore(RawMention person)
    {
        for (var i = WithRole.Count - 1; i >= 0; i--)
        {
            var m = WithRole[i];
            if (m != person && m.End <= person.Start)
            {
                return m;
            }
        }

        return null;
    }
}
