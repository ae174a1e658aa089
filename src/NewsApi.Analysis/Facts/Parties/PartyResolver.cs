using System.Globalization;
using System.Text;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Merges mentions into parties: a surname joins the full name it belongs to ("Obama" → "Barack Obama",
/// "Assad" → "Bashar al-Assad"), an acronym joins its expansion, a shorter organisation name joins a longer one it ends
/// ("Security Council" → "UN Security Council"), and places merge on their gazetteer name ("US" → "United States").
/// </summary>
internal static class PartyResolver
{
    public static IReadOnlyList<Party> Resolve(List<RawMention> mentions, string? title, int sentenceCount, PartyExtractorOptions options)
    {
        if (mentions.Count == 0)
        {
            return [];
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        DropUnknownCandidates(mentions);
        HarmoniseTypes(mentions);

        var clusters = new List<List<RawMention>>();
        var byKey = new Dictionary<string, List<RawMention>>(StringComparer.Ordinal);
        var fullNames = new List<(RawMention Mention, List<RawMention> Cluster)>();

        // Pass 1: people with a full name, organisations and places with their own names.
        foreach (var m in mentions)
        {
            if (m.Type == PartyType.Person && m.Words == 1)
            {
                continue;
            }

            var key = ClusterKey(m);
            if (!byKey.TryGetValue(key, out var cluster))
            {
                cluster = [];
                byKey[key] = cluster;
                clusters.Add(cluster);
            }

            cluster.Add(m);
            if (m.Type == PartyType.Person)
            {
                fullNames.Add((m, cluster));
            }
        }

        // Pass 2: single-word people join the full name whose surname (or given name) they are.
        foreach (var m in mentions.Where(m => m.Type == PartyType.Person && m.Words == 1))
        {
            var cluster = FindFullName(m, fullNames);
            if (cluster is null)
            {
                var key = ClusterKey(m);
                if (!byKey.TryGetValue(key, out cluster))
                {
                    cluster = [];
                    byKey[key] = cluster;
                    clusters.Add(cluster);
                }
            }

            cluster.Add(m);
        }

        MergeOrganisations(clusters);
        if (clusters.Count == 0)
        {
            return [];
        }

        var parties = new List<Party>(clusters.Count);
        var maxMentions = Math.Max(1, clusters.Max(c => c.Count));
        foreach (var cluster in clusters)
        {
            if (cluster.Count == 0 || (!options.KeepUnresolvedWords && cluster.All(m => m.Evidence == Evidence.Guess && m.Words == 1)))
            {
                continue;
            }

            cluster.Sort((a, b) => a.Start.CompareTo(b.Start));
            parties.Add(Build(cluster, title, maxMentions, sentenceCount));
        }

        return parties
            .OrderByDescending(p => p.Salience)
            .ThenBy(p => p.Mentions[0].Start)
            .ToList();
    }

    private static void DropUnknownCandidates(List<RawMention> mentions)
    {
        if (!mentions.Any(m => m.OnlyIfKnown))
        {
            return;
        }

        var known = new Dictionary<string, PartyType>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => !m.OnlyIfKnown))
        {
            if (m.Type == PartyType.Person && m.Words >= 2)
            {
                foreach (var part in m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    known.TryAdd(part, PartyType.Person);
                    known.TryAdd(StripParticle(part), PartyType.Person);
                }
            }
            else if (m.Words == 1 && m.Evidence != Evidence.Guess)
            {
                known.TryAdd(m.Text, m.Type);
            }
        }

        mentions.RemoveAll(m => m.OnlyIfKnown && !known.ContainsKey(m.Text));
        foreach (var m in mentions.Where(m => m.OnlyIfKnown))
        {
            m.Type = known[m.Text];
            m.Evidence = Evidence.Context;
        }
    }

    /// <summary>The same word should not be a person in one sentence and a place in the next: the best evidence wins.</summary>
    private static void HarmoniseTypes(List<RawMention> mentions)
    {
        foreach (var group in mentions.GroupBy(m => m.Text, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                var best = group.OrderByDescending(m => (int)m.Evidence).First();
                foreach (var m in group)
                {
                    if (m.Evidence < best.Evidence || (m.Evidence == Evidence.Guess && best.Evidence == Evidence.Guess))
                    {
                        m.Type = best.Type;
                        m.Canonical ??= best.Canonical;
                    }
                }
            }
        }

        // A lone word that is the surname of someone named in full is that person, whatever the guess said.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Type == PartyType.Person && m.Words >= 2))
        {
            var parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            surnames.Add(parts[^1]);
            surnames.Add(StripParticle(parts[^1]));
        }

        foreach (var m in mentions)
        {
            if (m.Words == 1 && m.Type != PartyType.Person && m.Evidence != Evidence.Lexicon && surnames.Contains(m.Text))
            {
                m.Type = PartyType.Person;
            }
        }
    }

    private static List<RawMention>? FindFullName(RawMention single, List<(RawMention Mention, List<RawMention> Cluster)> fullNames)
    {
        List<RawMention>? best = null;
        var bestScore = 0;
        foreach (var (full, cluster) in fullNames)
        {
            var parts = full.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var score = 0;
            if (string.Equals(parts[^1], single.Text, StringComparison.Ordinal) || string.Equals(StripParticle(parts[^1]), single.Text, StringComparison.Ordinal))
            {
                score = 3;
            }
            else if (parts.Skip(1).Any(p => string.Equals(p, single.Text, StringComparison.Ordinal) || string.Equals(StripParticle(p), single.Text, StringComparison.Ordinal)))
            {
                score = 2;
            }
            else if (string.Equals(parts[0], single.Text, StringComparison.Ordinal))
            {
                // "Ban" for "Ban Ki-moon": Korean and Chinese names put the family name first.
                score = 1;
            }

            // Prefer the nearest full name before the mention.
            if (score > bestScore || (score == bestScore && score > 0 && full.Start < single.Start))
            {
                best = cluster;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>"Security Council" joins "UN Security Council"; "UN" stays apart from it. An acronym joins its expansion.</summary>
    private static void MergeOrganisations(List<List<RawMention>> clusters)
    {
        var orgs = clusters.Where(c => c[0].Type == PartyType.Organization).OrderByDescending(c => NameOf(c).Length).ToList();
        for (var a = 0; a < orgs.Count; a++)
        {
            if (orgs[a].Count == 0)
            {
                continue;
            }

            var longName = NameOf(orgs[a]);
            for (var b = a + 1; b < orgs.Count; b++)
            {
                if (orgs[b].Count == 0 || orgs[a].Count == 0)
                {
                    continue;
                }

                var shortName = NameOf(orgs[b]);
                var suffix = shortName.Contains(' ', StringComparison.Ordinal) && longName.EndsWith(" " + shortName, StringComparison.Ordinal);
                var acronym = shortName.Length >= 2 && shortName.All(c => char.IsUpper(c) || char.IsDigit(c)) && string.Equals(Initials(longName), shortName, StringComparison.Ordinal);
                if (suffix || acronym)
                {
                    orgs[a].AddRange(orgs[b]);
                    orgs[b].Clear();
                }
            }
        }
    }

    private static string NameOf(List<RawMention> cluster) =>
        cluster.Select(m => m.Canonical ?? m.Text).OrderByDescending(s => s.Length).First();

    private static string Initials(string name)
    {
        var sb = new StringBuilder();
        foreach (var w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(w[0]))
            {
                sb.Append(w[0]);
            }
        }

        return sb.ToString();
    }

    private static string ClusterKey(RawMention m) => m.Type + "|" + (m.Canonical ?? m.Text);

    private static string StripParticle(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and <= 3 && char.IsLower(word[0]) && dash + 1 < word.Length ? word[(dash + 1)..] : word;
    }

    private static Party Build(List<RawMention> cluster, string? title, int maxMentions, int sentenceCount)
    {
        var type = cluster[0].Type;
        string name;
        if (type == PartyType.Person)
        {
            name = cluster.OrderByDescending(m => m.Words).ThenBy(m => m.Start).First().Text;
        }
        else
        {
            name = cluster.FirstOrDefault(m => m.Canonical is not null)?.Canonical
                ?? cluster.OrderByDescending(m => m.Words).ThenBy(m => m.Start).First().Text;
        }

        var aliases = cluster.Select(m => m.Text).Where(t => !string.Equals(t, name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        var withRole = cluster.FirstOrDefault(m => m.Role is not null);
        var country = withRole?.RoleCountry;
        var mentions = cluster.Select(m => new PartyMention(m.Start, m.End, m.Text, m.SentenceIndex)).ToList();

        var inTitle = title is not null && cluster.Any(m => ContainsWord(title, m.Text));
        var inLead = cluster.Any(m => m.SentenceIndex <= Math.Min(1, Math.Max(0, sentenceCount - 1)));
        var salience = (0.5 * cluster.Count / Math.Max(1, maxMentions)) + (inTitle ? 0.3 : 0) + (inLead ? 0.2 : 0);
        return new Party(Slug(type, name), name, type, aliases, withRole?.Role, mentions)
        {
            RoleCountry = country,
            Salience = Math.Round(Math.Min(1, salience), 3),
        };
    }

    private static bool ContainsWord(string haystack, string word)
    {
        var at = 0;
        while ((at = haystack.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]);
            var afterIndex = at + word.Length;
            var after = afterIndex >= haystack.Length || !char.IsLetterOrDigit(haystack[afterIndex]);
            if (before && after)
            {
                return true;
            }

            at++;
        }

        return false;
    }

    /// <summary>"person:barack-obama": lower case, accents folded, anything else a single dash.</summary>
    public static string Slug(PartyType type, string name)
    {
        var prefix = type switch
        {
            PartyType.Person => "person",
            PartyType.Organization => "organization",
            _ => "place",
        };
        var sb = new StringBuilder(prefix.Length + name.Length + 1).Append(prefix).Append(':');
        var dash = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (dash && sb[^1] != ':')
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString();
    }
}
