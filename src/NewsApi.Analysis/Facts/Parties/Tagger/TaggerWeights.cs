using System.IO.Compression;
using System.Numerics;

namespace NewsApi.Analysis.Facts.Parties.Tagger;

/// <summary>
/// Weights of the averaged perceptron: feature hash → one weight per label, in an open-addressing table so that scoring
/// a position is a few array reads per feature.
/// <para>
/// File format (gzip): "NPT1", int32 label count, int32 row count, float32 scale; then per row, in ascending key
/// order, the key as a LEB128 delta from the previous key, a 16-bit mask of the labels with a weight, and each of
/// those weights as int16 (weight = value × scale).
/// </para>
/// </summary>
public sealed class TaggerWeights
{
    private static readonly byte[] Magic = "NPT1"u8.ToArray();
    private readonly uint[] _keys;
    private readonly int[] _rows;
    private readonly float[] _weights;
    private readonly int _mask;

    private TaggerWeights(uint[] keys, int[] rows, float[] weights, int count)
    {
        _keys = keys;
        _rows = rows;
        _weights = weights;
        _mask = keys.Length - 1;
        FeatureCount = count;
    }

    /// <summary>Number of features with at least one non-zero weight.</summary>
    public int FeatureCount { get; }

    /// <summary>Builds the table from (feature hash, weights per label) rows; rows with only zeros are dropped.</summary>
    public static TaggerWeights Create(IEnumerable<KeyValuePair<uint, float[]>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.Where(r => r.Key != 0 && r.Value.Any(w => w != 0)).ToList();
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, list.Count * 2));
        var keys = new uint[size];
        var slots = new int[size];
        var weights = new float[list.Count * NerTags.Count];
        var mask = size - 1;
        for (var r = 0; r < list.Count; r++)
        {
            var (key, values) = (list[r].Key, list[r].Value);
            var slot = (int)(key & (uint)mask);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            slots[slot] = r;
            values.AsSpan(0, NerTags.Count).CopyTo(weights.AsSpan(r * NerTags.Count));
        }

        return new TaggerWeights(keys, slots, weights, list.Count);
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (one per label).</summary>
    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var weights = _weights.AsSpan();
        foreach (var f in features)
        {
            var slot = (int)(f & (uint)_mask);
            while (true)
            {
                var key = _keys[slot];
                if (key == f)
                {
                    var row = weights.Slice(_rows[slot] * NerTags.Count, NerTags.Count);
                    for (var l = 0; l < NerTags.Count; l++)
                    {
                        scores[l] += row[l];
                    }

                    break;
                }

                if (key == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>All rows, in ascending key order.</summary>
    public IEnumerable<KeyValuePair<uint, float[]>> Rows()
    {
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] != 0)
            {
                yield return new(_keys[slot], _weights.AsSpan(_rows[slot] * NerTags.Count, NerTags.Count).ToArray());
            }
        }
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var rows = Rows().OrderBy(r => r.Key).ToList();
        var max = rows.Count == 0 ? 1f : rows.Max(r => r.Value.Max(Math.Abs));
        var scale = max / short.MaxValue;
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(NerTags.Count);
        writer.Write(rows.Count);
        writer.Write(scale);
        var previous = 0u;
        foreach (var (key, values) in rows)
        {
            writer.Write7BitEncodedInt((int)(key - previous));
            previous = key;
            ushort present = 0;
            var quantised = new short[NerTags.Count];
            for (var l = 0; l < NerTags.Count; l++)
            {
                quantised[l] = (short)Math.Round(values[l] / scale);
                if (quantised[l] != 0)
                {
                    present |= (ushort)(1 << l);
                }
            }

            writer.Write(present);
            for (var l = 0; l < NerTags.Count; l++)
            {
                if (quantised[l] != 0)
                {
                    writer.Write(quantised[l]);
                }
            }
        }
    }

    public static TaggerWeights Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a party tagger weight file.");
        }

        var labels = reader.ReadInt32();
        if (labels != NerTags.Count)
        {
            throw new InvalidDataException($"Weight file has {labels} labels, the tagger {NerTags.Count}.");
        }

        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var rows = new List<KeyValuePair<uint, float[]>>(count);
        var key = 0u;
        for (var r = 0; r < count; r++)
        {
            key += (uint)reader.Read7BitEncodedInt();
            var present = reader.ReadUInt16();
            var values = new float[NerTags.Count];
            for (var l = 0; l < NerTags.Count; l++)
            {
                if ((present & (1 << l)) != 0)
                {
                    values[l] = reader.ReadInt16() * scale;
                }
            }

            rows.Add(new(key, values));
        }

        return Create(rows);
    }
}
