using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Eval.Dates;

/// <summary>
/// dates --recognizers --data recognizers/DateTime/DateTimeModel.dev.json [--show N]
/// Scores a Microsoft Recognizers-Text DateTime spec by case accuracy. A case is right when the extractor's mentions
/// (dates, times and reference values; durations are figures in NewsApi and never reported as dates) pair one-to-one with
/// the expected results: the same span (offsets; <c>End</c> is inclusive upstream) and a value equal to one of the expected
/// resolutions — its TIMEX (<c>2017-04</c>, <c>XXXX-08-02</c>) or its value / range start (<c>2016-11-07 08:00:00</c> is
/// compared as <c>2016-11-07T08:00</c>). A negative case (no results) is right when nothing is found. The case's
/// ReferenceDateTime is the publication date. Cases the upstream C# library fails ("dotnet" in NotSupported) are scored apart.
/// Also printed: span-only case accuracy and result-level recall / precision, to show where the misses are.
/// </summary>
internal static class RecognizersDatesEval
{
    public static int Run(string data, int show)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(data));
        var extractor = new DateExtractor();
        int cases = 0, right = 0, spanRight = 0, dotnetCases = 0, dotnetRight = 0, gold = 0, predicted = 0, matched = 0, shown = 0;
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var input = c.GetProperty("Input").GetString() ?? "";
            DateOnly? reference = null;
            if (c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rdt)
                && DateTime.TryParse(rdt.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
            {
                reference = DateOnly.FromDateTime(dt);
            }

            var expected = new List<(int Start, int End, string Text, HashSet<string> Values)>();
            foreach (var r in c.GetProperty("Results").EnumerateArray())
            {
                var values = new HashSet<string>(StringComparer.Ordinal);
                if (r.TryGetProperty("Resolution", out var res) && res.ValueKind == JsonValueKind.Object && res.TryGetProperty("values", out var vs))
                {
                    foreach (var v in vs.EnumerateArray())
                    {
                        foreach (var key in (string[])["timex", "value", "start"])
                        {
                            if (v.TryGetProperty(key, out var p) && p.ValueKind == JsonValueKind.String)
                            {
                                values.Add(Normalize(p.GetString()!));
                            }
                        }
                    }
                }

                expected.Add((r.GetProperty("Start").GetInt32(), r.GetProperty("End").GetInt32() + 1, r.GetProperty("Text").GetString() ?? "", values));
            }

            var mentions = extractor.Extract(new ExtractionContext(TextDocument.Parse(input), reference));
            var used = new bool[mentions.Count];
            int caseSpans = 0, caseValues = 0;
            foreach (var e in expected)
            {
                for (var i = 0; i < mentions.Count; i++)
                {
                    if (!used[i] && mentions[i].Start == e.Start && mentions[i].End == e.End)
                    {
                        used[i] = true;
                        caseSpans++;
                        caseValues += ValueMatches(mentions[i], e.Values) ? 1 : 0;
                        break;
                    }
                }
            }

            var ok = caseValues == expected.Count && mentions.Count == expected.Count;
            var dotnet = c.TryGetProperty("NotSupported", out var ns) && (ns.GetString() ?? "").Contains("dotnet", StringComparison.Ordinal);
            if (dotnet)
            {
                dotnetCases++;
                dotnetRight += ok ? 1 : 0;
            }
            else
            {
                cases++;
                right += ok ? 1 : 0;
                spanRight += caseSpans == expected.Count && mentions.Count == expected.Count ? 1 : 0;
                gold += expected.Count;
                predicted += mentions.Count;
                matched += caseValues;
            }

            if (!ok && shown < show)
            {
                shown++;
                var want = string.Join("; ", expected.Select(e => $"'{input[e.Start..e.End]}'={string.Join('|', e.Values)}"));
                var got = string.Join("; ", mentions.Select(m => $"'{m.Text}'={m.Value}"));
                Console.WriteLine($"{reference:yyyy-MM-dd} {input}\n    want {want}\n    got  {got}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Recognizers DateTime: {cases} cases; case accuracy {Ratio(right, cases):0.000} (span only {Ratio(spanRight, cases):0.000}); results: recall {Ratio(matched, gold):0.000}, precision {Ratio(matched, predicted):0.000}; upstream-dotnet-failing cases {dotnetRight}/{dotnetCases}"));
        return 0;
    }

    /// <summary>A time found without a date word is anchored to the reference day; upstream gives the time of day ("08:00").</summary>
    private static bool ValueMatches(DateMention m, HashSet<string> expected)
    {
        var v = Normalize(m.Value);
        if (expected.Contains(v))
        {
            return true;
        }

        // An underspecified TIMEX ("XXXX-11" for "mid-November") is met by any value it generalises ("2018-11").
        foreach (var e in expected)
        {
            if (e.Length == v.Length && e.Contains('X', StringComparison.Ordinal) && Generalises(e, v))
            {
                return true;
            }
        }

        var t = v.IndexOf('T', StringComparison.Ordinal);
        return m.Granularity == DateGranularities.Time && t >= 0 && expected.Contains(v[(t + 1)..]);
    }

    private static bool Generalises(string pattern, string value)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != 'X' && pattern[i] != value[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"2016-11-07 08:00:00" → "2016-11-07T08:00"; "T08:00:00" seconds dropped when zero; TIMEX values unchanged.</summary>
    private static string Normalize(string v)
    {
        v = v.Replace(' ', 'T');
        if (v.Length >= 8 && v.EndsWith(":00", StringComparison.Ordinal) && v[^6] == ':')
        {
            v = v[..^3];
        }

        return v;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
