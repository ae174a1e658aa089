using System.Numerics;

namespace NewsApi.Analysis.Facts.Parties.Tagger;

/// <summary>
/// Feature extraction for the party tagger. Each feature is a 32-bit hash of (template, value): no strings are built.
/// Changing a template or its number changes every hash, so it needs a retrained weight file.
/// </summary>
public static class TaggerFeatures
{
    /// <summary>Upper bound on the number of features one position produces (static plus label features).</summary>
    public const int MaxFeatures = 64;

    // Flags that describe a neighbour well enough to be worth a feature of their own.
    private const TokenFlags NeighbourFlags = TokenFlags.Capitalized | TokenFlags.GivenName | TokenFlags.Title | TokenFlags.OrgCue
        | TokenFlags.PlaceCue | TokenFlags.PlaceBegin | TokenFlags.PlaceInside | TokenFlags.OrgBegin | TokenFlags.OrgInside
        | TokenFlags.Demonym | TokenFlags.AllCaps | TokenFlags.Common;

    private const uint Boundary = 0x5eed5eedu;

    /// <summary>Writes the features of position <paramref name="i"/> that do not depend on labels; returns how many.</summary>
    public static int Static(TaggerSentence sentence, int i, Span<uint> output)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var n = 0;
        var word = sentence.Word;
        var shape = sentence.Shape;
        var flags = sentence.Flags[i];
        var w = word[i];
        var wPrev = i > 0 ? word[i - 1] : Boundary;
        var wNext = i + 1 < sentence.Count ? word[i + 1] : Boundary;
        var sPrev = i > 0 ? shape[i - 1] : Boundary;
        var sNext = i + 1 < sentence.Count ? shape[i + 1] : Boundary;

        output[n++] = FeatureHash.Mix(1, 0);
        output[n++] = FeatureHash.Mix(2, w);
        output[n++] = FeatureHash.Mix(3, shape[i]);
        output[n++] = FeatureHash.Mix(26, sentence.Exact[i]);
        for (var k = 0; k < TaggerSentence.MaxAffix; k++)
        {
            var p = sentence.Prefix[(i * TaggerSentence.MaxAffix) + k];
            if (p != 0)
            {
                output[n++] = FeatureHash.Mix((uint)(4 + k), p);
                output[n++] = FeatureHash.Mix((uint)(8 + k), sentence.Suffix[(i * TaggerSentence.MaxAffix) + k]);
            }
        }

        n = AddFlags(12, (uint)flags, output, n);
        output[n++] = FeatureHash.Mix(13, wPrev);
        output[n++] = FeatureHash.Mix(14, wNext);
        output[n++] = FeatureHash.Mix(15, i > 1 ? word[i - 2] : Boundary);
        output[n++] = FeatureHash.Mix(16, i + 2 < sentence.Count ? word[i + 2] : Boundary);
        output[n++] = FeatureHash.Mix(17, sPrev);
        output[n++] = FeatureHash.Mix(18, sNext);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(19, wPrev), w);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(20, w), wNext);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(21, sPrev), shape[i]), sNext);
        if (i > 0)
        {
            n = AddFlags(22, (uint)(sentence.Flags[i - 1] & NeighbourFlags), output, n);
        }

        if (i + 1 < sentence.Count)
        {
            n = AddFlags(23, (uint)(sentence.Flags[i + 1] & NeighbourFlags), output, n);
        }

        const TokenFlags CaseAndPlace = TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.Initial | TokenFlags.Headline | TokenFlags.Common;
        output[n++] = FeatureHash.Mix(25, (uint)(flags & CaseAndPlace));
        if ((flags & TokenFlags.Headline) != 0)
        {
            output[n++] = FeatureHash.Mix(24, w);
        }

        return n;
    }

    /// <summary>Writes the features that depend on the labels of the two previous positions; returns the new count.</summary>
    public static int WithLabels(TaggerSentence sentence, int i, int previous, int beforePrevious, Span<uint> output, int n)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        output[n++] = FeatureHash.Mix(30, (uint)previous);
        output[n++] = FeatureHash.Mix(31, (uint)((previous * 16) + beforePrevious));
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(32, (uint)previous), sentence.Word[i]);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(33, (uint)previous), sentence.Shape[i]);
        return n;
    }

    private static int AddFlags(uint template, uint bits, Span<uint> output, int n)
    {
        while (bits != 0)
        {
            var bit = (uint)BitOperations.TrailingZeroCount(bits);
            output[n++] = FeatureHash.Mix(template, bit);
            bits &= bits - 1;
        }

        return n;
    }
}

/// <summary>FNV-1a over characters, with a multiply-xorshift mixer to combine hashes. Never returns 0 from <see cref="Mix"/>.</summary>
internal static class FeatureHash
{
    public const uint Seed = 2166136261;

    public static uint Add(uint h, char c)
    {
        h ^= c;
        return h * 16777619;
    }

    public static uint Of(ReadOnlySpan<char> text)
    {
        var h = Seed;
        foreach (var c in text)
        {
            h = Add(h, c);
        }

        return h;
    }

    public static uint Mix(uint a, uint b)
    {
        var h = (a * 0x9E3779B1u) ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h == 0 ? 1 : h;
    }
}
