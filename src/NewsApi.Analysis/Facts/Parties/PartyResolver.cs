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
        var byKey = new Dictionary<(PartyType, string), List<RawMention>>();
        var fullNames = new FullNameIndex();
        var people = new Dictionary<(string First, string Last), List<(string[] Parts, List<RawMention> Cluster)>>();

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
                cluster = m.Type == PartyType.Person ? SameNameWithoutMiddle(m, people) : null;
                if (cluster is null)
                {
                    cluster = [];
                    clusters.Add(cluster);
                    if (m.Type == PartyType.Person)
                    {
                        AddPerson(m, cluster, people);
                    }
                }

                byKey[key] = cluster;
            }

            cluster.Add(m);
            if (m.Type == PartyType.Person)
            {
                fullNames.Add(m, cluster);
            }
        }

        // Pass 2: single-word people join the full name whose surname (or given name) they are.
        foreach (var m in mentions)
        {
            if (m.Type != PartyType.Person || m.Words != 1)
            {
                continue;
            }

            var cluster = fullNames.Find(m);
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
            if (cluster.Count == 0 || (!options.KeepUnresolvedWords && cluster.TrueForAll(static m => m.Evidence == Evidence.Guess && m.Words == 1)))
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

    /// <summary>
    /// "Joshua Norton" and "Joshua Abraham Norton", "John Kennedy" and "John F. Kennedy": full names with the same first
    /// and last word, one of them with middle names or initials the other leaves out, are one person. Returns the
    /// cluster of the first such name, or null.
    /// </summary>
    private static List<RawMention>? SameNameWithoutMiddle(RawMention m, Dictionary<(string First, string Last), List<(string[] Parts, List<RawMention> Cluster)>> people)
    {
        var parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !people.TryGetValue((parts[0], parts[^1]), out var named))
        {
            return null;
        }

        foreach (var (other, cluster) in named)
        {
            if (other.Length != parts.Length && (other.Length < parts.Length ? IsSubsequence(other, parts) : IsSubsequence(parts, other))
                && !(m.Sex is { } sex && cluster.Exists(c => c.Sex is { } s && s != sex)))
            {
                return cluster;
            }
        }

        return null;
    }

    private static void AddPerson(RawMention m, List<RawMention> cluster, Dictionary<(string First, string Last), List<(string[] Parts, List<RawMention> Cluster)>> people)
    {
        var parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return;
        }

        if (!people.TryGetValue((parts[0], parts[^1]), out var named))
        {
            named = [];
            people[(parts[0], parts[^1])] = named;
        }

        named.Add((parts, cluster));
    }

    /// <summary>Every word of <paramref name="shorter"/> occurs in <paramref name="longer"/>, in the same order.</summary>
    private static bool IsSubsequence(string[] shorter, string[] longer)
    {
        var k = 0;
        foreach (var word in longer)
        {
            if (k < shorter.Length && word == shorter[k])
            {
                k++;
            }
        }

        return k == shorter.Length;
    }

    /// <summary>
    /// The body's types made consistent before headlines in capitals borrow them ("HOLLAND RECAPTURED" after "Trevor
    /// Holland ... Holland was moved"). Resolving harmonises again, with the headline's mentions.
    /// </summary>
    public static void HarmoniseBody(List<RawMention> mentions)
    {
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        HarmoniseTypes(mentions);
    }

    private static void DropUnknownCandidates(List<RawMention> mentions)
    {
        if (!mentions.Exists(static m => m.OnlyIfKnown))
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
        TypeVote.Apply(mentions);
        // Per surface, the first mention with the best evidence (a lone mention is its own best: nothing changes).
        var bestByText = new Dictionary<string, RawMention>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!bestByText.TryGetValue(m.Text, out var best) || m.Evidence > best.Evidence)
            {
                bestByText[m.Text] = m;
            }
        }

        foreach (var m in mentions)
        {
            var best = bestByText[m.Text];
            if (m.Evidence < best.Evidence || (m.Evidence == Evidence.Guess && best.Evidence == Evidence.Guess))
            {
                m.Type = best.Type;
                m.Canonical ??= best.Canonical;
            }
        }

        // A lone word that is the surname of someone named in full is that person, whatever the guess said.
        // Where each surname is first written with its given name (mentions are sorted by start).
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Type == PartyType.Person && m.Words >= 2))
        {
            var parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            surnames.TryAdd(parts[^1], m.Start);
            surnames.TryAdd(StripParticle(parts[^1]), m.Start);
        }

        InheritOrganisationWords(mentions, surnames.Keys.ToHashSet(StringComparer.Ordinal));

        foreach (var m in mentions)
        {
            // A place the gazetteer knows is the person too once the text has named "Trevor Holland" before it.
            if (m.Words == 1 && m.Type != PartyType.Person && surnames.TryGetValue(m.Text, out var firstFull)
                && (m.Evidence != Evidence.Lexicon || (m.Type == PartyType.Place && firstFull < m.Start)))
            {
                m.Type = PartyType.Person;
            }
        }
    }

    /// <summary>
    /// A lone word that opens or ends an organisation named in full elsewhere in the text is that organisation's short
    /// name ("Magna" after "Magna International Inc", "Marlins" after "Florida Marlins"), unless it is someone's surname,
    /// a place or organisation the lexicon knows, or a word such as "Bank" or "Party" that many names share. So is a
    /// longer run that opens it ("Jones Medical" for "Jones Medical Industries Inc").
    /// </summary>
    private static void InheritOrganisationWords(List<RawMention> mentions, HashSet<string> surnames)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type == PartyType.Organization && m.Words >= 2 && !m.Text.Contains('&', StringComparison.Ordinal))
            {
                var parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                words.Add(parts[0]);
                words.Add(parts[^1]);
                for (var n = 2; n < parts.Length; n++)
                {
                    // "Jones Medical" in a headline, "Jones Medical Industries Inc" in the body.
                    words.Add(string.Join(' ', parts, 0, n));
                }
            }
        }

        if (words.Count == 0)
        {
            return;
        }

        foreach (var m in mentions)
        {
            // A given name is weak evidence against the text's own longer name ("Jones Medical Industries Inc").
            if (m.Type != PartyType.Organization && (m.Evidence != Evidence.Lexicon || (m.Words > 1 && m.Type == PartyType.Person && !IsGivenAndSurname(m.Text))) && words.Contains(m.Text)
                && (m.Words > 1 || (!surnames.Contains(m.Text) && !PartyLexicon.OrgCues.Contains(m.Text) && !PartyLexicon.TitleWords.Contains(m.Text)
                    && !PartyLexicon.IsDemonymLike(m.Text))))
            {
                m.Type = PartyType.Organization;
                m.Evidence = Evidence.Context;
            }
        }
    }

    /// <summary>
    /// "Andy Warhol" (beside the "Andy Warhol Foundation"): a given name and a surname that is no ordinary word is the
    /// person an organisation is named after, not its short name ("Jones Medical" ends in an ordinary word).
    /// </summary>
    private static bool IsGivenAndSurname(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lexicon = PartyLexicon.Shared;
        return parts.Length >= 2 && lexicon.GivenNames.Contains(parts[0]) && !lexicon.CommonWords.Contains(parts[^1].ToLowerInvariant())
            && !PartyLexicon.OrgCues.Contains(parts[^1]);
    }

    /// <summary>
    /// "Security Council" joins "UN Security Council"; "UN" stays apart from it. An acronym joins its expansion, and a
    /// shorter name the longer name it opens ("Magna", "Jones Medical").
    /// </summary>
    private static void MergeOrganisations(List<List<RawMention>> clusters)
    {
        // Longest name first; a cluster joins the first (longest) one that ends in its name or that it abbreviates.
        // Candidates are looked up by name (the long name's word suffixes and its initials) instead of comparing all
        // pairs, which was quadratic in the number of organisations.
        var orgs = clusters.Where(c => c[0].Type == PartyType.Organization).OrderByDescending(c => NameOf(c).Length).ToList();
        var names = new string[orgs.Count];
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < orgs.Count; i++)
        {
            names[i] = NameOf(orgs[i]);
            if (!byName.TryGetValue(names[i], out var list))
            {
                list = [];
                byName[names[i]] = list;
            }

            list.Add(i);
        }

        var matches = new List<int>();
        for (var a = 0; a < orgs.Count; a++)
        {
            if (orgs[a].Count == 0)
            {
                continue;
            }

            var longName = names[a];
            matches.Clear();
            for (var sp = longName.IndexOf(' ', StringComparison.Ordinal); sp >= 0; sp = longName.IndexOf(' ', sp + 1))
            {
                var suffix = longName[(sp + 1)..];
                if (suffix.Contains(' ', StringComparison.Ordinal) && byName.TryGetValue(suffix, out var bySuffix))
                {
                    matches.AddRange(bySuffix);
                }
            }

            // "Magna" is the short name of "Magna International Inc" (a lone word that opens a longer name); "UN", a
            // party the lexicon knows, is not "UN Security Council".
            for (var space = longName.IndexOf(' ', StringComparison.Ordinal); space > 0; space = longName.IndexOf(' ', space + 1))
            {
                if (byName.TryGetValue(longName[..space], out var byPrefix))
                {
                    matches.AddRange(byPrefix.Where(b => orgs[b].TrueForAll(static m => m.Evidence != Evidence.Lexicon)));
                }
            }

            var initials = Initials(longName);
            if (initials.Length >= 2 && IsAcronym(initials) && byName.TryGetValue(initials, out var byInitials))
            {
                matches.AddRange(byInitials);
            }

            if (matches.Count == 0)
            {
                continue;
            }

            matches.Sort();
            var previous = -1;
            foreach (var b in matches)
            {
                if (b <= a || b == previous || orgs[b].Count == 0)
                {
                    continue;
                }

                previous = b;
                orgs[a].AddRange(orgs[b]);
                orgs[b].Clear();
            }
        }
    }

    private static bool IsAcronym(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsUpper(c) || char.IsDigit(c)))
            {
                return false;
            }
        }

        return true;
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

    private static (PartyType, string) ClusterKey(RawMention m) => (m.Type, m.Canonical ?? m.Text);

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
            name = Longest(cluster).Text;
        }
        else
        {
            name = cluster.Find(static m => m.Canonical is not null)?.Canonical ?? Longest(cluster).Text;
        }

        var aliases = cluster.Select(m => m.Text).Where(t => !string.Equals(t, name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        var withRole = cluster.FirstOrDefault(m => m.Role is not null);
        var country = withRole?.RoleCountry;
        var mentions = cluster.Select(m => new PartyMention(m.Start, m.End, m.Text, m.SentenceIndex)).ToList();

        var inTitle = title is not null && cluster.Any(m => ContainsWord(title, m.Text));
        var inLead = cluster.Any(m => m.SentenceIndex <= Math.Min(1, Math.Max(0, sentenceCount - 1)));
        var salience = (0.5 * cluster.Count / Math.Max(1, maxMentions)) + (inTitle ? 0.3 : 0) + (inLead ? 0.2 : 0);
        var (ids, latitude, longitude) = Identify(cluster, type, name);
        return new Party(Slug(type, name), name, type, aliases, withRole?.Role, mentions)
        {
            RoleCountry = country,
            Salience = Math.Round(Math.Min(1, salience), 3),
            Identifiers = ids,
            Latitude = latitude,
            Longitude = longitude,
        };
    }

    /// <summary>
    /// The gazetteer entry that names this party, if any: a place whose canonical name is the party's, or a listed
    /// company, looked up by the surfaces the text used. Parties typed against their gazetteer reading (a town read as
    /// its team) have no entry of their own type and get nothing.
    /// </summary>
    private static (IReadOnlyList<string> Ids, double? Latitude, double? Longitude) Identify(List<RawMention> cluster, PartyType type, string name)
    {
        var lexicon = PartyLexicon.Shared;
        foreach (var m in cluster)
        {
            if (type == PartyType.Place
                && (lexicon.Places.TryGetValue(m.Text, out var place) || lexicon.PlacesUpper.TryGetValue(m.Text.ToUpperInvariant(), out place))
                && place.Canonical == name && place.Ids is not null)
            {
                return (place.Ids.Split('|'), place.Latitude, place.Longitude);
            }

            if (type == PartyType.Organization && lexicon.Orgs.TryGetValue(m.Text, out var org) && org.Canonical == name && org.Ids is not null)
            {
                return (org.Ids.Split('|'), null, null);
            }
        }

        return ([], null, null);
    }

    /// <summary>The mention with the most words, the earliest among equals (first in list order on a full tie).</summary>
    private static RawMention Longest(List<RawMention> cluster)
    {
        var best = cluster[0];
        foreach (var m in cluster)
        {
            if (m.Words > best.Words || (m.Words == best.Words && m.Start < best.Start))
            {
                best = m;
            }
        }

        return best;
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

    /// <summary>
    /// The full names of people, indexed by the words a single-word mention can match: the surname (or it without a
    /// particle, "Assad" for "al-Assad"), any later word, or the first word. Each lookup is a dictionary hit and a binary
    /// search instead of a pass over every full name, which was quadratic in the number of person mentions.
    /// </summary>
    private sealed class FullNameIndex
    {
        private readonly List<(RawMention Mention, List<RawMention> Cluster)> _names = [];
        private readonly Dictionary<string, List<int>> _surname = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<int>> _later = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<int>> _first = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Full names must be added in text order (the mentions are sorted by start).</summary>
        public void Add(RawMention full, List<RawMention> cluster)
        {
            var index = _names.Count;
            _names.Add((full, cluster));
            var parts = full.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Register(_surname, parts[^1], index);
            Register(_surname, StripParticle(parts[^1]), index);
            for (var k = 1; k < parts.Length; k++)
            {
                Register(_later, parts[k], index);
                Register(_later, StripParticle(parts[k]), index);
            }

            Register(_first, parts[0], index);
        }

        /// <summary>
        /// The best-scoring full name (surname 3, later word 2, first word 1); among equals the last one that starts
        /// before the mention, else the first one.
        /// </summary>
        public List<RawMention>? Find(RawMention single)
        {
            // A name scoring 3 never scores less, so the best score's candidates are the first non-empty list.
            var candidates = _surname.GetValueOrDefault(single.Text) ?? _later.GetValueOrDefault(single.Text) ?? _first.GetValueOrDefault(single.Text);
            if (candidates is null)
            {
                return null;
            }

            // Last candidate with Start < single.Start (full names are in start order).
            int lo = 0, hi = candidates.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (_names[candidates[mid]].Mention.Start < single.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            var at = lo > 0 ? lo - 1 : 0;
            if (single.Sex is not { } sex)
            {
                return _names[candidates[at]].Cluster;
            }

            // "Mrs Howard" joins the nearest earlier full name that can be hers (else the nearest later one), never
            // "Michael Howard": a gendered honorific blocks a merge with a name of the other sex.
            for (var k = at; k >= 0; k--)
            {
                if (SexOf(_names[candidates[k]]) is null || SexOf(_names[candidates[k]]) == sex)
                {
                    return _names[candidates[k]].Cluster;
                }
            }

            for (var k = at + 1; k < candidates.Count; k++)
            {
                if (SexOf(_names[candidates[k]]) is null || SexOf(_names[candidates[k]]) == sex)
                {
                    return _names[candidates[k]].Cluster;
                }
            }

            return null;
        }

        /// <summary>The sex a full name's party is known to have: an honorific on any of its mentions, else its given name.</summary>
        private static char? SexOf((RawMention Mention, List<RawMention> Cluster) name)
        {
            foreach (var m in name.Cluster)
            {
                if (m.Sex is { } s)
                {
                    return s;
                }
            }

            var first = name.Mention.Text.Split(' ', 2)[0];
            return PartyLexicon.Shared.GivenNameSex.TryGetValue(first, out var sex) ? sex : null;
        }

        private static void Register(Dictionary<string, List<int>> map, string key, int index)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map[key] = list;
            }

            if (list.Count == 0 || list[^1] != index)
            {
                list.Add(index);
            }
        }
    }
}
