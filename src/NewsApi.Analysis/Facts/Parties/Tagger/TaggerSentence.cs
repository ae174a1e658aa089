using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Parties.Tagger;

/// <summary>
/// One sentence prepared for the tagger: per token the hashes of its lower-cased form, shape and affixes, and flags for
/// case, position and gazetteer membership. Computed once per sentence so that feature extraction only mixes integers.
/// </summary>
public sealed class TaggerSentence
{
    internal const int MaxAffix = 4;
    private const int MaxJoined = 96;

    private static readonly FrozenDictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> Places = PartyLexicon.Shared.Places.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> PlacesUpper = PartyLexicon.Shared.PlacesUpper.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, OrgEntry>.AlternateLookup<ReadOnlySpan<char>> Orgs = PartyLexicon.KnownOrgs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, OrgRecord>.AlternateLookup<ReadOnlySpan<char>> GazetteerOrgs = PartyLexicon.Shared.Orgs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Given = PartyLexicon.Shared.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Common = PartyLexicon.Shared.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgCues = PartyLexicon.OrgCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceCues = PartyLexicon.PlaceCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = PartyLexicon.TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Never = PartyLexicon.NeverNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private TaggerSentence(int count)
    {
        Count = count;
        Word = new uint[count];
        Exact = new uint[count];
        Shape = new uint[count];
        Prefix = new uint[count * MaxAffix];
        Suffix = new uint[count * MaxAffix];
        Flags = new TokenFlags[count];
    }

    public int Count { get; }

    internal uint[] Word { get; }

    internal uint[] Exact { get; }

    internal uint[] Shape { get; }

    internal uint[] Prefix { get; }

    internal uint[] Suffix { get; }

    internal TokenFlags[] Flags { get; }

    /// <summary>Prepares a tokenised sentence (Penn-style tokens: "'s" and punctuation apart, "U.S." and "Ki-moon" whole).</summary>
    public static TaggerSentence Create(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var s = new TaggerSentence(tokens.Count);
        Span<char> lower = stackalloc char[64];
        int letterWords = 0, capsWords = 0;
        var seenWord = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].AsSpan();
            var flags = CaseFlags(token);
            if ((flags & TokenFlags.Punctuation) == 0 && !seenWord)
            {
                flags |= TokenFlags.Initial;
                seenWord = true;
            }

            if ((flags & TokenFlags.HasLetter) != 0)
            {
                letterWords++;
                if ((flags & TokenFlags.AllCaps) != 0)
                {
                    capsWords++;
                }
            }

            var n = Math.Min(token.Length, lower.Length);
            token[..n].ToLowerInvariant(lower);
            var low = lower[..n];
            s.Word[i] = FeatureHash.Of(low);
            s.Exact[i] = FeatureHash.Of(token);
            s.Shape[i] = ShapeHash(token);
            for (var k = 1; k <= MaxAffix; k++)
            {
                s.Prefix[(i * MaxAffix) + k - 1] = k <= n ? FeatureHash.Of(low[..k]) : 0;
                s.Suffix[(i * MaxAffix) + k - 1] = k <= n ? FeatureHash.Of(low[(n - k)..]) : 0;
            }

            if (OrgCues.Contains(token))
            {
                flags |= TokenFlags.OrgCue;
            }

            if (PlaceCues.Contains(token))
            {
                flags |= TokenFlags.PlaceCue;
            }

            if (Titles.Contains(token))
            {
                flags |= TokenFlags.Title;
            }

            if (Never.Contains(token))
            {
                flags |= TokenFlags.NeverName;
            }

            if ((flags & TokenFlags.Capitalized) != 0)
            {
                if (Common.Contains(low))
                {
                    flags |= TokenFlags.Common;
                }

                if (PartyLexicon.IsDemonymLike(tokens[i]) || ((flags & TokenFlags.AllCaps) != 0 && n > 1 && PartyLexicon.IsDemonymLike(TitleCase(low))))
                {
                    flags |= TokenFlags.Demonym;
                }

                if (Given.Contains(token) || ((flags & TokenFlags.AllCaps) != 0 && n > 1 && Given.Contains(TitleCase(low))))
                {
                    flags |= TokenFlags.GivenName;
                }
            }

            s.Flags[i] = flags;
        }

        if (letterWords >= 3 && capsWords * 10 >= letterWords * 7)
        {
            for (var i = 0; i < s.Count; i++)
            {
                s.Flags[i] |= TokenFlags.Headline;
            }
        }

        MarkGazetteerSpans(tokens, s);
        return s;
    }

    /// <summary>
    /// Marks the longest place and organisation names ("New York", "UN Security Council", "Crystal Palace") as B/I spans;
    /// organisations come from the hand list and the shipped club, company and public-body lexicon.
    /// </summary>
    private static void MarkGazetteerSpans(IReadOnlyList<string> tokens, TaggerSentence s)
    {
        Span<char> buffer = stackalloc char[MaxJoined];
        var i = 0;
        while (i < tokens.Count)
        {
            if ((s.Flags[i] & TokenFlags.Capitalized) == 0)
            {
                i++;
                continue;
            }

            var matched = 0;
            var isPlace = false;
            for (var len = Math.Min(PartyLexicon.MaxOrgWords, tokens.Count - i); len >= 1 && matched == 0; len--)
            {
                var used = 0;
                var fits = true;
                for (var k = i; k < i + len && fits; k++)
                {
                    var t = tokens[k];
                    if (used + t.Length + 1 > buffer.Length || (k > i && (s.Flags[k] & TokenFlags.Capitalized) == 0 && t is not ("of" or "the" or "and" or "al" or "de")))
                    {
                        fits = false;
                        break;
                    }

                    if (k > i)
                    {
                        buffer[used++] = ' ';
                    }

                    t.AsSpan().CopyTo(buffer[used..]);
                    used += t.Length;
                }

                if (!fits)
                {
                    continue;
                }

                var surface = buffer[..used];
                var upper = (s.Flags[i] & TokenFlags.AllCaps) != 0 && used > 2;
                if (len <= PartyLexicon.MaxPlaceWords && (Places.ContainsKey(surface) || (upper && PlacesUpper.ContainsKey(surface))))
                {
                    matched = len;
                    isPlace = true;
                }
                else if (Orgs.ContainsKey(surface)
                    || ((len > 1 || used > 3) && GazetteerOrgs.TryGetValue(surface, out var org) && org.Kind != OrgRecord.TownClub))
                {
                    matched = len;
                }
            }

            if (matched == 0)
            {
                i++;
                continue;
            }

            s.Flags[i] |= isPlace ? TokenFlags.PlaceBegin : TokenFlags.OrgBegin;
            for (var k = i + 1; k < i + matched; k++)
            {
                s.Flags[k] |= isPlace ? TokenFlags.PlaceInside : TokenFlags.OrgInside;
            }

            i += matched;
        }
    }

    private static string TitleCase(ReadOnlySpan<char> lower) =>
        string.Create(lower.Length, lower.ToString(), static (span, src) =>
        {
            src.AsSpan().CopyTo(span);
            span[0] = char.ToUpperInvariant(span[0]);
        });

    private static TokenFlags CaseFlags(ReadOnlySpan<char> token)
    {
        TokenFlags flags = 0;
        int letters = 0, uppers = 0;
        var lowers = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    uppers++;
                }
                else
                {
                    lowers++;
                }
            }
            else if (char.IsDigit(c))
            {
                flags |= TokenFlags.Digit;
            }
            else if (c == '-')
            {
                flags |= TokenFlags.Hyphen;
            }
            else if (c == '.')
            {
                flags |= TokenFlags.Dot;
            }
        }

        if (letters > 0)
        {
            flags |= TokenFlags.HasLetter;
        }

        if (letters == 0 && (flags & TokenFlags.Digit) == 0)
        {
            flags |= TokenFlags.Punctuation;
        }

        if (token.Length > 0 && char.IsUpper(token[0]))
        {
            flags |= TokenFlags.Capitalized;
        }

        if (uppers > 0 && lowers == 0 && (letters >= 2 || token.Length > 1))
        {
            flags |= TokenFlags.AllCaps;
        }

        return flags;
    }

    /// <summary>"Obama" → Xx, "NATO" → X, "1996" → d, "Ki-moon" → Xx-x, "U.S." → X.X. (runs collapsed), mixed with a length bucket.</summary>
    private static uint ShapeHash(ReadOnlySpan<char> token)
    {
        var h = FeatureHash.Seed;
        var previous = '\0';
        foreach (var c in token)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (k != previous)
            {
                h = FeatureHash.Add(h, k);
                previous = k;
            }
        }

        return FeatureHash.Mix(h, (uint)Math.Min(token.Length, 5));
    }
}

/// <summary>Per-token binary properties; each set bit becomes a feature.</summary>
[Flags]
internal enum TokenFlags
{
    Capitalized = 1,
    AllCaps = 1 << 1,
    Initial = 1 << 2,
    Headline = 1 << 3,
    Digit = 1 << 4,
    Hyphen = 1 << 5,
    Dot = 1 << 6,
    GivenName = 1 << 7,
    PlaceBegin = 1 << 8,
    PlaceInside = 1 << 9,
    OrgBegin = 1 << 10,
    OrgInside = 1 << 11,
    OrgCue = 1 << 12,
    PlaceCue = 1 << 13,
    Title = 1 << 14,
    Demonym = 1 << 15,
    Common = 1 << 16,
    NeverName = 1 << 17,
    Punctuation = 1 << 18,
    HasLetter = 1 << 19,
}
