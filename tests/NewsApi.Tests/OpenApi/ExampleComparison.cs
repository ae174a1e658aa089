using System.Text;
using System.Text.Json.Nodes;

namespace NewsApi.Tests.OpenApi;

/// <summary>
/// How an OpenAPI example must match the real response. JSON: the same properties with equal values, except the
/// <see cref="Unequal"/> fields (present on both sides, values not compared) and except that an array in the example
/// may be a prefix of the real one (a list cut short); nothing else is cut. CSV: the same header, and the example's
/// records are the first records of the real answer, with the unequal columns not compared.
/// </summary>
public static class ExampleComparison
{
    /// <summary>
    /// Fields that cannot be equal: the time of the run (createdAt, updatedAt; a feed's lastPolledAt, lastSuccessAt,
    /// nextPollAt) and the problem's traceId (one per request). They must be present on both sides; everything else
    /// must be equal.
    /// </summary>
    public static readonly IReadOnlySet<string> Unequal = new HashSet<string>(StringComparer.Ordinal)
    {
        "createdAt", "updatedAt", "traceId", "lastPolledAt", "lastSuccessAt", "nextPollAt",
    };

    /// <summary>
    /// What differs between the stores and so is compared only on the store the examples are recorded on (SQLite, the
    /// default): the full-text snippet, which SQLite's snippet() and PostgreSQL's ts_headline cut differently.
    /// </summary>
    public static readonly IReadOnlySet<string> StoreSpecific = new HashSet<string>(StringComparer.Ordinal) { "snippet" };

    /// <param name="alsoUnequal">Further fields whose values are not compared (they must still be present).</param>
    public static List<string> CompareJson(JsonNode? example, JsonNode? real, IReadOnlySet<string>? alsoUnequal = null)
    {
        var differences = new List<string>();
        Compare(example, real, "$", alsoUnequal ?? new HashSet<string>(), differences);
        return differences;
    }

    private static void Compare(JsonNode? example, JsonNode? real, string path, IReadOnlySet<string> alsoUnequal, List<string> differences)
    {
        switch (example, real)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject r):
                foreach (var key in e.Select(p => p.Key).Except(r.Select(p => p.Key)))
                {
                    differences.Add($"{path}.{key}: in the example, not in the response");
                }

                foreach (var (key, value) in r)
                {
                    if (!e.TryGetPropertyValue(key, out var expected))
                    {
                        differences.Add($"{path}.{key}: in the response, not in the example");
                    }
                    else if (!Unequal.Contains(key) && !alsoUnequal.Contains(key))
                    {
                        Compare(expected, value, $"{path}.{key}", alsoUnequal, differences);
                    }
                }

                return;
            case (JsonArray e, JsonArray r):
                if (e.Count > r.Count)
                {
                    differences.Add($"{path}: the example has {e.Count} items, the response {r.Count}");
                }

                for (var i = 0; i < Math.Min(e.Count, r.Count); i++)
                {
                    Compare(e[i], r[i], $"{path}[{i}]", alsoUnequal, differences);
                }

                return;
            case (JsonValue e, JsonValue r) when ValuesEqual(e, r):
                return;
            default:
                differences.Add($"{path}: example {example?.ToJsonString() ?? "null"}, response {real?.ToJsonString() ?? "null"}");
                return;
        }
    }

    private static bool ValuesEqual(JsonValue example, JsonValue real) =>
        example.TryGetValue<decimal>(out var a) && real.TryGetValue<decimal>(out var b) ? a == b : JsonNode.DeepEquals(example, real);

    /// <summary>The real response shaped like the example: its lists cut to the example's length, its unequal fields the example's.</summary>
    public static JsonNode? Regenerate(JsonNode? example, JsonNode? real) => (example, real) switch
    {
        (JsonObject e, JsonObject r) => new JsonObject(r.Select(p => KeyValuePair.Create(p.Key,
            Unequal.Contains(p.Key) && e.TryGetPropertyValue(p.Key, out var kept) ? kept?.DeepClone() : Regenerate(e[p.Key], p.Value)))),
        (JsonArray e, JsonArray r) => new JsonArray(r.Take(e.Count is > 0 and var n && n < r.Count ? n : r.Count)
            .Select((item, i) => Regenerate(i < e.Count ? e[i] : null, item)).ToArray()),
        _ => real?.DeepClone(),
    };

    /// <summary>The lists the example cuts short, as <c>$.path (shown of real)</c>: what a recorded response says it left out.</summary>
    public static List<string> Cuts(JsonNode? example, JsonNode? real)
    {
        var cuts = new List<string>();
        AddCuts(example, real, "$", cuts);
        return cuts;
    }

    private static void AddCuts(JsonNode? example, JsonNode? real, string path, List<string> cuts)
    {
        switch (example, real)
        {
            case (JsonObject e, JsonObject r):
                foreach (var (key, value) in r.Where(p => !Unequal.Contains(p.Key) && e.ContainsKey(p.Key)))
                {
                    AddCuts(e[key], value, $"{path}.{key}", cuts);
                }

                return;
            case (JsonArray e, JsonArray r):
                if (e.Count < r.Count)
                {
                    cuts.Add($"{path} ({e.Count} of {r.Count})");
                }

                for (var i = 0; i < Math.Min(e.Count, r.Count); i++)
                {
                    AddCuts(e[i], r[i], $"{path}[{i}]", cuts);
                }

                return;
        }
    }

    public static List<string> CompareCsv(string example, string real)
    {
        var (e, r) = (CsvRecords(example), CsvRecords(real));
        var differences = new List<string>();
        if (e.Count == 0 || r.Count == 0 || !e[0].Cells.SequenceEqual(r[0].Cells))
        {
            differences.Add($"header: example {e.FirstOrDefault()?.Raw}, response {r.FirstOrDefault()?.Raw}");
            return differences;
        }

        if (e.Count > r.Count)
        {
            differences.Add($"the example has {e.Count - 1} records, the response {r.Count - 1}");
        }

        var compared = e[0].Cells.Select(c => !Unequal.Contains(c)).ToArray();
        for (var i = 1; i < Math.Min(e.Count, r.Count); i++)
        {
            if (e[i].Cells.Count != r[i].Cells.Count || e[i].Cells.Where((_, c) => c < compared.Length && compared[c]).SequenceEqual(r[i].Cells.Where((_, c) => c < compared.Length && compared[c])) is false)
            {
                differences.Add($"record {i}: example {e[i].Raw.TrimEnd()}, response {r[i].Raw.TrimEnd()}");
            }
        }

        return differences;
    }

    /// <summary>The real CSV cut to the example's number of records, with the example's cells in the unequal columns.</summary>
    public static string RegenerateCsv(string example, string real)
    {
        var (e, r) = (CsvRecords(example), CsvRecords(real));
        var keep = e.Count > 1 && e.Count < r.Count ? e.Count : r.Count;
        var text = new StringBuilder();
        for (var i = 0; i < keep; i++)
        {
            var raw = r[i].Raw;
            for (var c = 0; i > 0 && i < e.Count && c < r[0].Cells.Count && c < r[i].Cells.Count && c < e[i].Cells.Count; c++)
            {
                if (Unequal.Contains(r[0].Cells[c]) && r[i].Cells[c].Length > 0)
                {
                    raw = raw.Replace(r[i].Cells[c], e[i].Cells[c], StringComparison.Ordinal);
                }
            }

            text.Append(raw);
        }

        return text.ToString();
    }

    public sealed record CsvRecord(IReadOnlyList<string> Cells, string Raw);

    /// <summary>RFC 4180 records (quoted cells may hold commas, quotes and line breaks), each with its raw text.</summary>
    public static List<CsvRecord> CsvRecords(string csv)
    {
        var records = new List<CsvRecord>();
        var (cells, cell, start, quoted) = (new List<string>(), new StringBuilder(), 0, false);
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\n')
            {
                cells.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                records.Add(new CsvRecord(cells, csv[start..(i + 1)]));
                (cells, start) = (new List<string>(), i + 1);
            }
            else
            {
                cell.Append(ch);
            }
        }

        if (start < csv.Length)
        {
            cells.Add(cell.ToString());
            records.Add(new CsvRecord(cells, csv[start..]));
        }

        return records;
    }
}
