namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// One name keeps one type across a document: where the same surface is typed only from context (no gazetteer), the
/// context readings vote, and a reading from a weak cue (a speech verb) counts less than one from the name's own
/// context ("Zycie Warszawy daily said" outweighs "Zycie Warszawy said"). Gazetteer readings are left alone: their
/// type may rightly depend on the position ("in Leeds" the town, "Leeds beat Chelsea" the team).
/// </summary>
internal static class TypeVote
{
    private const double WeakWeight = 0.4;

    public static void Apply(List<RawMention> mentions)
    {
        var groups = new Dictionary<string, List<RawMention>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Evidence != Evidence.Context || m.OnlyIfKnown)
            {
                continue;
            }

            if (!groups.TryGetValue(m.Text, out var list))
            {
                list = [];
                groups[m.Text] = list;
            }

            list.Add(m);
        }

        Span<double> votes = stackalloc double[3];
        foreach (var list in groups.Values)
        {
            if (list.Count < 2 || list.TrueForAll(m => m.Type == list[0].Type))
            {
                continue;
            }

            votes.Clear();
            foreach (var m in list)
            {
                votes[(int)m.Type] += m.WeakCue ? WeakWeight : 1;
            }

            var winner = Winner(votes);
            if (winner is not { } type)
            {
                continue;
            }

            foreach (var m in list)
            {
                if (m.Type != type)
                {
                    m.Type = type;
                    m.WeakCue = false;
                }
            }
        }
    }

    /// <summary>The type with the strictly largest vote, or null on a tie.</summary>
    private static PartyType? Winner(ReadOnlySpan<double> votes)
    {
        var best = 0;
        for (var t = 1; t < votes.Length; t++)
        {
            if (votes[t] > votes[best])
            {
                best = t;
            }
        }

        for (var t = 0; t < votes.Length; t++)
        {
            if (t != best && Math.Abs(votes[t] - votes[best]) < 1e-9)
            {
                return null;
            }
        }

        return (PartyType)best;
    }
}
