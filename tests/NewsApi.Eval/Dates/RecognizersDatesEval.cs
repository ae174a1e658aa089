using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis;
using NewsApi.Analysis.Facts;

namespace NewsApi.Eval.Dates;

/// <summary>
/// dates --recognizers --data recognizers/DateTime/DateTimeModel.dev.json [--show N]
/// Scores a Microsoft Recognizers-Text DateTime spec by case accuracy, over what NewsApi reports: every
/// <see cref="DateMention"/> of the <see cref="DateExtractor"/> (dates, times, ranges, sets and reference values), plus the
/// durations, which NewsApi reports as figures of kind "duration" (<see cref="FigureExtractor"/>), not as dates; a duration
/// figure's value and unit are written as a TIMEX duration for the comparison (3 days → <c>P3D</c>, 2 hours → <c>PT2H</c>,
/// 30 minutes → <c>PT30M</c>). Figures of any other kind are ignored.
/// <para>
/// A case is right when the reported items pair one-to-one with the expected results: the same span (offsets; upstream
/// <c>End</c> is inclusive) and a value equal to one of the expected resolutions — its TIMEX (<c>2017-04</c>,
/// <c>XXXX-08-02</c>, <c>P1W</c>) or its value / range start (<c>2016-11-07 08:00:00</c> is compared as
/// <c>2016-11-07T08:00</c>; an hour-only TIMEX <c>T15</c> as <c>T15:00</c>). Equivalences, all exact:
/// an underspecified expected TIMEX (<c>XXXX-11</c>) is met by any value it generalises (<c>2018-11</c>); a time
/// reported on the reference day (<c>2016-11-07T17:00</c>, <c>2016-11-07TMO</c>) meets an upstream time of day
/// (<c>17:00</c>, <c>TMO</c>); a period value meets the expected range start when that start is the period's first day
/// (<c>2014</c> ~ <c>2014-01-01</c>, <c>2019-Q3</c> ~ <c>2019-07-01</c>, <c>2016-W46</c> ~ <c>2016-11-14</c>, decade
/// <c>199</c> ~ <c>1990-01-01</c>, century <c>14</c> ~ <c>1400-01-01</c>). Range ends (<see cref="DateMention.EndValue"/>) are not scored.
/// </para>
/// Recognizers marks a range of two dates as one result ("from 2014 till 2018") and keeps a bound's signal words ("after
/// 2010", "since August"), where TIMEX3 marks the dates alone: a date's <see cref="DateMention.Range"/> (its end
/// then not scored on its own) or else its <see cref="DateMention.Bound"/> gives the span scored here, as the scorer's
/// convention, for every case alike.
/// Dates and durations come from the path POST /api/analyze serves (<see cref="ArticleAnalyzer.CreateDefault"/>).
/// Folds: case position in the file mod 5 + 1; --show prints failures of folds 1-4 only.
/// A negative case (no results) is right when nothing is reported. The case's ReferenceDateTime is the publication date
/// (its time of day is not passed: NewsApi anchors to a day). Cases the upstream C# library fails ("dotnet" in
/// NotSupported) are scored apart. Also printed: span-only case accuracy, result-level recall / precision, and case
/// accuracy by expected type (a case counts under every type it expects; "negative" for the cases that expect nothing).
/// </summary>
internal static class RecognizersDatesEval
{
    public static int Run(string data, int show)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(data));
        var analyzer = ArticleAnalyzer.CreateDefault();
        int cases = 0, right = 0, spanRight = 0, dotnetCases = 0, dotnetRight = 0, gold = 0, predicted = 0, matched = 0, shown = 0;
        var byType = new SortedDictionary<string, (int Cases, int Right)>(StringComparer.Ordinal);
        var foldRight = new double[Folds.Count];
        var foldSpan = new double[Folds.Count];
        var foldCases = new int[Folds.Count];
        var position = 0;
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var fold = Folds.Of(position++);
            var input = c.GetProperty("Input").GetString() ?? "";
            DateOnly? reference = null;
            if (c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rdt)
                && DateTime.TryParse(rdt.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
            {
                reference = DateOnly.FromDateTime(dt);
            }

            var expected = Expected(c, out var types);
            var mentions = Reported(analyzer.Analyze(new ArticleInput(null, input, reference)).Facts);

            // A result inside another reported result is part of it (Recognizers reports the longer of overlapping results).
            mentions = mentions.Where((m, k) => !mentions.Where((o, j) => j != k && o.Start <= m.Start && m.End <= o.End && (o.End - o.Start > m.End - m.Start || j < k)).Any()).ToList();
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
                        caseValues += ValueMatches(mentions[i].Value, mentions[i].Granularity, e.Values, e.Starts) ? 1 : 0;
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
                var spanOk = caseSpans == expected.Count && mentions.Count == expected.Count;
                spanRight += spanOk ? 1 : 0;
                foldCases[fold - 1]++;
                foldRight[fold - 1] += ok ? 1 : 0;
                foldSpan[fold - 1] += spanOk ? 1 : 0;
                gold += expected.Count;
                predicted += mentions.Count;
                matched += caseValues;
                foreach (var t in types)
                {
                    var key = t.StartsWith("datetimeV2.", StringComparison.Ordinal) ? t["datetimeV2.".Length..] : t;
                    var (n, r) = byType.GetValueOrDefault(key);
                    byType[key] = (n + 1, r + (ok ? 1 : 0));
                }
            }

            if (!ok && shown < show && Folds.IsDevelopment(fold))
            {
                shown++;
                var want = string.Join("; ", expected.Select(e => $"'{input[e.Start..e.End]}'={string.Join('|', e.Values)}"));
                var got = string.Join("; ", mentions.Select(m => $"'{m.Text}'={m.Value}"));
                var kinds = string.Join(',', types.Select(t => t.StartsWith("datetimeV2.", StringComparison.Ordinal) ? t["datetimeV2.".Length..] : t).Order(StringComparer.Ordinal));
                Console.WriteLine($"[{kinds}] {reference:yyyy-MM-dd} {input}\n    want {want}\n    got  {got}");
            }
        }

        Console.WriteLine("By expected type (cases, case accuracy):");
        foreach (var (type, (n, r)) in byType)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type,-14} {n,4}  {Ratio(r, n):0.000}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Recognizers DateTime: {cases} cases; case accuracy {Ratio(right, cases):0.000} (span only {Ratio(spanRight, cases):0.000}); results: recall {Ratio(matched, gold):0.000}, precision {Ratio(matched, predicted):0.000}; upstream-dotnet-failing cases {dotnetRight}/{dotnetCases}"));
        Folds.Print("Recognizers DateTime by case fold (upstream-dotnet-failing cases left out)", [
            FoldRow.FromMeans("case accuracy", foldRight, foldCases),
            FoldRow.FromMeans("span-only accuracy", foldSpan, foldCases),
        ]);
        return 0;
    }

    /// <summary>The results a case expects, each with its accepted values and range starts; its types ("negative" for none).</summary>
    private static List<(int Start, int End, string Text, HashSet<string> Values, HashSet<string> Starts)> Expected(JsonElement c, out HashSet<string> types)
    {
        var expected = new List<(int Start, int End, string Text, HashSet<string> Values, HashSet<string> Starts)>();
        types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in c.GetProperty("Results").EnumerateArray())
        {
            types.Add(r.GetProperty("TypeName").GetString() ?? "");
            var values = new HashSet<string>(StringComparer.Ordinal);
            var starts = new HashSet<string>(StringComparer.Ordinal);
            if (r.TryGetProperty("Resolution", out var res) && res.ValueKind == JsonValueKind.Object && res.TryGetProperty("values", out var vs))
            {
                foreach (var v in vs.EnumerateArray())
                {
                    foreach (var key in (string[])["timex", "value", "start"])
                    {
                        if (v.TryGetProperty(key, out var p) && p.ValueKind == JsonValueKind.String)
                        {
                            values.Add(Normalize(p.GetString()!));
                            if (key == "start")
                            {
                                starts.Add(Normalize(p.GetString()!));
                            }
                        }
                    }
                }
            }

            expected.Add((r.GetProperty("Start").GetInt32(), r.GetProperty("End").GetInt32() + 1, r.GetProperty("Text").GetString() ?? "", values, starts));
        }

        if (types.Count == 0)
        {
            types.Add("negative");
        }

        return expected;
    }

    /// <summary>What NewsApi reports, in Recognizers' shape: dates (a range or bound with its words) and duration figures.</summary>
    private static List<(int Start, int End, string Text, string Value, string Granularity)> Reported(FactSet facts)
    {
        var mentions = new List<(int Start, int End, string Text, string Value, string Granularity)>();
        var rangeEnd = -1;
        foreach (var m in facts.Dates)
        {
            if (m.Start < rangeEnd)
            {
                continue;
            }

            // Recognizers' convention: a range is one result with its "from"/"between", a bound keeps its signal words.
            var span = m.Range ?? m.Bound;
            if (m.Range is not null)
            {
                rangeEnd = m.Range.End;
            }

            mentions.Add(span is null ? (m.Start, m.End, m.Text, m.Value, m.Granularity) : (span.Start, span.End, span.Text, span.StartValue ?? m.Value, m.Granularity));
        }

        var dateSpans = mentions.ToList();
        foreach (var f in facts.Figures)
        {
            // A duration inside a reported date ("the last 3 months") is part of that date.
            if (f.Kind == FigureKinds.Duration && DurationTimex(f) is { } timex && !dateSpans.Exists(d => d.Start <= f.Start && f.End <= d.End))
            {
                mentions.Add((f.Start, f.End, f.Text, timex, DateGranularities.Duration));
            }
        }

        return mentions;
    }

    /// <summary>A duration figure as a TIMEX duration: 3 days → P3D, 1.5 hours → PT1.5H; null for a unit with no TIMEX letter.</summary>
    private static string? DurationTimex(Figure f)
    {
        if (f.Value is not { } v || f.ValueMax is not null)
        {
            return null;
        }

        var (prefix, factor, letter) = f.Unit switch
        {
            "seconds" => ("PT", 1.0, "S"),
            "minutes" => ("PT", 1.0, "M"),
            "hours" => ("PT", 1.0, "H"),
            "days" => ("P", 1.0, "D"),
            "weeks" => ("P", 1.0, "W"),
            "fortnights" => ("P", 2.0, "W"),
            "months" => ("P", 1.0, "M"),
            "years" => ("P", 1.0, "Y"),
            "decades" => ("P", 10.0, "Y"),
            "centuries" => ("P", 100.0, "Y"),
            _ => ("", 0.0, ""),
        };
        return factor == 0 ? null : prefix + (v * factor).ToString("0.###", CultureInfo.InvariantCulture) + letter;
    }

    private static bool ValueMatches(string value, string granularity, HashSet<string> expected, HashSet<string> starts)
    {
        var v = Normalize(value);
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

        // A time reported on the reference day meets the upstream time of day ("08:00", "TMO").
        var t = v.IndexOf('T', StringComparison.Ordinal);
        if (granularity == DateGranularities.Time && t >= 0 && (expected.Contains(v[(t + 1)..]) || expected.Contains(v[t..])))
        {
            return true;
        }

        // A period meets a range that starts on its first day.
        return PeriodStart(v) is { } first && starts.Contains(first);
    }

    /// <summary>The first day of a period value: "2014" → 2014-01-01, "2016-04" → 2016-04-01, "2019-Q3" → 2019-07-01, "2016-W46" → its Monday, "199" → 1990-01-01, century "14" → 1400-01-01.</summary>
    private static string? PeriodStart(string v)
    {
        static bool Digits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
        if (v.Length == 2 && Digits(v))
        {
            return v + "00-01-01";
        }

        if (v.Length == 3 && Digits(v))
        {
            return v + "0-01-01";
        }

        if (v.Length < 4 || !Digits(v[..4]))
        {
            return null;
        }

        var y = int.Parse(v[..4], CultureInfo.InvariantCulture);
        if (v.Length == 4)
        {
            return v + "-01-01";
        }

        if (v.Length == 7 && v[4] == '-' && Digits(v[5..]))
        {
            return v + "-01";
        }

        if (v.Length == 7 && v[4] == '-' && v[5] is 'Q' or 'H' && v[6] is >= '1' and <= '4')
        {
            var months = v[5] == 'Q' ? 3 : 6;
            return new DateOnly(y, (v[6] - '1') * months + 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (v.Length == 8 && v[4] == '-' && v[5] == 'W' && Digits(v[6..]) && y >= 1)
        {
            var week = int.Parse(v[6..], CultureInfo.InvariantCulture);
            return week is >= 1 and <= 53 ? DateOnly.FromDateTime(ISOWeek.ToDateTime(y, week, DayOfWeek.Monday)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }

        return null;
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

    /// <summary>"2016-11-07 08:00:00" → "2016-11-07T08:00"; "T08:00:00" seconds dropped when zero; an hour-only TIMEX "T15" → "T15:00".</summary>
    private static string Normalize(string v)
    {
        v = v.Replace(' ', 'T');
        if (v.Length >= 8 && v.EndsWith(":00", StringComparison.Ordinal) && v[^6] == ':')
        {
            v = v[..^3];
        }

        if (v.Length >= 3 && v[^3] == 'T' && char.IsAsciiDigit(v[^2]) && char.IsAsciiDigit(v[^1]))
        {
            v += ":00";
        }

        return v;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
