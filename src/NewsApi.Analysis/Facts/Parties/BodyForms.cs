namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// The body's reading of each name, case-insensitively, for headlines in capitals: per surface the mention with the
/// best evidence, and among equals the type most mentions have (the first such mention stands for it).
/// </summary>
internal static class BodyForms
{
    public static IReadOnlyDictionary<string, RawMention> Of(List<RawMention> mentions)
    {
        var votes = new Dictionary<string, Dictionary<PartyType, (int Count, RawMention First)>>(StringComparer.OrdinalIgnoreCase);
        var best = new Dictionary<string, Evidence>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            if (m.OnlyIfKnown)
            {
                continue;
            }

            if (best.TryGetValue(m.Text, out var e) && e > m.Evidence)
            {
                continue;
            }

            if (!best.TryGetValue(m.Text, out e) || m.Evidence > e)
            {
                best[m.Text] = m.Evidence;
                votes[m.Text] = [];
            }

            var byType = votes[m.Text];
            byType[m.Type] = byType.TryGetValue(m.Type, out var v) ? (v.Count + 1, v.First) : (1, m);
        }

        var result = new Dictionary<string, RawMention>(StringComparer.OrdinalIgnoreCase);
        foreach (var (surface, byType) in votes)
        {
            var winner = byType.Values.OrderByDescending(v => v.Count).ThenBy(v => v.First.Start).First();
            result[surface] = winner.First;
        }

        AddOrganisationWords(mentions, result);
        return result;
    }

    /// <summary>
    /// "BRADFORD" and "MARLINS" in a headline stand for the "Bradford Bulls" and "Florida Marlins" of the body: the first
    /// and last words of the body's organisations, where the body uses no such word alone and no person has it as a name.
    /// </summary>
    private static void AddOrganisationWords(List<RawMention> mentions, Dictionary<string, RawMention> result)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            if (m.Type == PartyType.Person)
            {
                names.UnionWith(m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        foreach (var m in mentions)
        {
            if (m.Type != PartyType.Organization || m.Words < 2 || m.OnlyIfKnown)
            {
                continue;
            }

            var parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in (string[])[parts[0], parts[^1]])
            {
                if (part.Length > 2 && !names.Contains(part) && !PartyLexicon.OrgCues.Contains(part) && !PartyLexicon.TitleWords.Contains(part)
                    && !PartyLexicon.IsDemonymLike(part))
                {
                    result.TryAdd(part, m);
                }
            }
        }
    }
}
