using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis;
using NewsApi.Analysis.Facts;

namespace NewsApi.Eval.Figures;

/// <summary>
/// figures --data DIR (the recognizers folder): one table, a row per Recognizers-Text spec file, scored on the figures of
/// <c>ArticleAnalyzer.CreateDefault().Analyze</c> exactly as POST /api/analyze returns them (no post-processing of a figure other than reading its fields).
/// <para>
/// Common rules. Gold spans are converted to end-exclusive offsets (upstream End is inclusive). A case is right when every gold
/// result is matched by a distinct figure and no other relevant figure is left over ("relevant" is the row's filter: a currency
/// file only annotates money, so a percentage found in it is neither right nor wrong). "span-only" uses the same matching with
/// the span test alone. Cases whose NotSupported/NotSupportedByDesign lists "dotnet" (the upstream C# library fails them) are
/// scored apart, in the last column, and are not in the other columns. Gold results without a value (a bare unit mention such as
/// "fahrenheit", "percent", "dollar") can never be matched: a figure always has a number.
/// </para>
/// <para>Span of a figure. NumberWithUnit gold spans leave out hedges ("more than $ 247 million" is annotated "$ 247 million"), so for
/// those rows a figure's span starts after its reported <see cref="Figure.Qualifier"/> when Text begins with it, or else (a qualifier reported
/// under a plainer name, "younger than" as "less than") after the words before the number. Percent, Ordinal
/// and NumberRange compare the whole Text, except that NumberRange also drops a trailing unit (gold "more than thirty" in
/// "more than thirty years old"). Number compares either the whole Text (exact row) or its number part (see <see cref="NumberPart"/>).</para>
/// <para>Rows (the resolution test that comes on top of the span test):</para>
/// <list type="bullet">
/// <item>Number (extractor, exact Text): all figures; Text (lower-cased) equals gold Text and Value equals resolution value.</item>
/// <item>Number (extractor, number part): as above, but Text is cut to its number part: the reported Qualifier prefix, a leading
/// currency sign or code (when Currency is set) and the trailing unit words (when Unit or Currency is set) are removed.</item>
/// <item>Percent: kind percent; Value equals the resolution's number ("12%" → 12).</item>
/// <item>Ordinal: kind ordinal; Value equals the resolution value. Relative ordinals ("last", "next", "penultimate": resolution
/// "end-1", "current+1") have no representation in a figure, so every case holding one is a miss.</item>
/// <item>NumberRange: the resolution interval "(a,b]". Two bounds: Value = a and ValueMax = b; a figure carries no open/closed flag for
/// two bounds, so the brackets are not compared. One bound: ValueMax null, Value equals the bound, and the Qualifier must give the
/// same side and closure: "(a," more than/over/above/greater than/exceeding; "[a," at least/no less than/or more; ",b)" less than/
/// fewer than/under/below; ",b]" up to/at most/no more than/or less (and the "equal to or ..." / "... or equal to" forms of each). "[a,a]": Qualifier null, "exactly" or "equal to". Relevant
/// figures: a ValueMax or one of those qualifiers.</item>
/// <item>Currency: kind money; Currency equals the resolution's isoCurrency. Without an isoCurrency, the unit name decides: "Dollar" →
/// USD, "Pound" → GBP (NewsApi's reading of a bare "$"/"£"), "Cent" → USD and "Pence"/"Penny" → GBP with the value in hundredths;
/// any other name (e.g. "Franc", "Rupee") only needs some Currency. Value equals the resolution value.</item>
/// <item>Dimension: kind quantity; Unit equals the NewsApi unit name mapped from the resolution unit (table <see cref="DimensionUnits"/>;
/// an unmapped unit cannot be matched; an angle's Degree is "arc degrees") and Value equals the value. Relevant: quantities with a unit
/// other than the temperatures °C/°F/"degrees".</item>
/// <item>Temperature: Unit "°C" for C, "°F" for F, "degrees" for Degree (a bare degree NewsApi reads as heat, not an angle); Value equals
/// the value. Relevant: those three units.</item>
/// <item>Age: kind duration; Unit years/months/weeks/days for Year/Month/Week/Day ("Age" → years); Value equals the value. Relevant:
/// durations whose Text marks an age ("... old", "... of age", "... yo", "age(d) ...").</item>
/// </list>
/// </summary>
internal static class RecognizerSuite
{
    private static readonly Dictionary<string, string> DimensionUnits = new(StringComparer.Ordinal)
    {
        ["Pound"] = "lb", ["Kilogram"] = "kg", ["Gram"] = "g", ["Milligram"] = "mg", ["Microgram"] = "µg", ["Ounce"] = "oz",
        ["Ton"] = "tonnes", ["Metric ton"] = "tonnes", ["Kilometer"] = "km", ["Meter"] = "m", ["Centimeter"] = "cm", ["Millimeter"] = "mm",
        ["Decimeter"] = "dm", ["Mile"] = "miles", ["Foot"] = "feet", ["Inch"] = "inches", ["Yard"] = "yards", ["Gallon"] = "gallons",
        ["Barrel"] = "barrels", ["Liter"] = "litres", ["Milliliter"] = "ml", ["Acre"] = "acres", ["Hectare"] = "hectares",
        ["Square kilometer"] = "km2", ["Square meter"] = "m2", ["Square mile"] = "sq miles", ["Square foot"] = "sq ft", ["Cubic foot"] = "cubic feet",
        ["Cubic meter"] = "m3", ["Mile per hour"] = "mph", ["Kilometer per hour"] = "km/h", ["Degree"] = "arc degrees", ["Megabyte"] = "MB",
        ["Gigabyte"] = "GB", ["Kilobyte"] = "KB", ["Terabyte"] = "TB", ["Bit"] = "bits",
        ["Teaspoon"] = "tsp", ["Tablespoon"] = "tbsp", ["Cup"] = "cups",
        ["Meter per second"] = "m/s", ["Meter per millisecond"] = "m/ms", ["Centimeter per millisecond"] = "cm/ms",
        ["Kilometer per millisecond"] = "km/ms", ["Kilometer per second"] = "km/s", ["Foot per second"] = "feet/s",
        ["Picometer"] = "pm", ["Radian"] = "rad", ["Turn"] = "turns",
        // The rest of the units NewsApi names (its unit lexicon), under Recognizers-Text's names.
        ["Knot"] = "knots", ["Stone"] = "stone", ["Light year"] = "light years", ["Micrometer"] = "µm", ["Nanometer"] = "nm",
        ["Square centimeter"] = "cm2", ["Square millimeter"] = "mm2", ["Square inch"] = "sq inches", ["Square yard"] = "sq yards",
        ["Cubic centimeter"] = "cm3", ["Cubic millimeter"] = "mm3", ["Cubic inch"] = "cubic inches", ["Cubic yard"] = "cubic yards",
        ["Cubic kilometer"] = "km3", ["Cubic mile"] = "cubic miles", ["Centiliter"] = "cl", ["Deciliter"] = "dl", ["Hectoliter"] = "hl",
        ["Fluid ounce"] = "fl oz", ["Pint"] = "pints", ["Quart"] = "quarts", ["Byte"] = "bytes", ["Kilobit"] = "Kbit", ["Megabit"] = "Mbit",
        ["Gigabit"] = "Gbit", ["Petabyte"] = "PB", ["Dram"] = "dr", ["Nautical mile"] = "nautical miles", ["Hectometer"] = "hm", ["Decameter"] = "dam",
        ["Long ton"] = "long tons", ["Short ton"] = "short tons", ["Horsepower"] = "hp", ["Carat"] = "carats",
    };

    private static readonly HashSet<string> LowerOpen = new(StringComparer.Ordinal)
    {
        "more than", "over", "above", "greater than", "in excess of", "exceeding", "well over", "just over", "larger than", "higher than", "bigger than",
    };

    private static readonly HashSet<string> LowerClosed = new(StringComparer.Ordinal)
    {
        "at least", "no less than", "no fewer than", "or more", "equal to or more than", "equal to or greater than", "or older", "or over", "or greater", "or above", "upwards of", "greater than or equal to", "more than or equal to",
    };

    private static readonly HashSet<string> UpperOpen = new(StringComparer.Ordinal)
    {
        "less than", "fewer than", "under", "below", "just under", "smaller than", "lower than",
    };

    private static readonly HashSet<string> UpperClosed = new(StringComparer.Ordinal)
    {
        "up to", "at most", "no more than", "or less", "equal to or less than", "equal to or fewer than", "or younger", "or under", "or fewer", "or below", "as many as", "as much as", "less than or equal to", "no greater than",
    };

    private static readonly HashSet<string> NumberWordSet = new(StringComparer.Ordinal)
    {
        "zero", "nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "million", "billion", "trillion", "lakh", "crore", "dozen", "dozens", "half", "quarter", "quarters",
        "k", "m", "mm", "mn", "mln", "mil", "bn", "bln", "b", "tn", "tln", "trn", "third", "thirds", "fourth", "fourths", "fifth", "fifths", "a", "an",
    };

    private enum Row
    {
        NumberExact,
        NumberPart,
        Percent,
        Ordinal,
        Range,
        Currency,
        Dimension,
        Temperature,
        Age,
    }

    private sealed record Gold(int Start, int End, string Text, JsonElement Resolution);

    /// <summary>Per fold (index 0 = fold 1): scored cases, right, span right; upstream-dotnet-failing cases apart.</summary>
    private sealed class Score
    {
        public readonly int[] Cases = new int[Folds.Count], Right = new int[Folds.Count], SpanRight = new int[Folds.Count];
        public int DotnetCases, DotnetRight;
    }

    private static readonly (string Label, string File, Row Row)[] Rows =
    [
        ("Number (values: number part)", "Number/NumberModel.json", Row.NumberPart),
        ("Number (exact Text)", "Number/NumberModel.json", Row.NumberExact),
        ("Percent", "Number/PercentModel.json", Row.Percent),
        ("Ordinal", "Number/OrdinalModel.json", Row.Ordinal),
        ("NumberRange", "Number/NumberRangeModel.json", Row.Range),
        ("Currency", "NumberWithUnit/CurrencyModel.json", Row.Currency),
        ("Dimension", "NumberWithUnit/DimensionModel.json", Row.Dimension),
        ("Temperature", "NumberWithUnit/TemperatureModel.json", Row.Temperature),
        ("Age", "NumberWithUnit/AgeModel.json", Row.Age),
    ];

    /// <summary>Scores every spec file under <paramref name="dir"/> (or only <paramref name="only"/>, a file name) and prints the fold tables.</summary>
    public static int Run(string dir, int show, string? only = null)
    {
        // Exactly the objects POST /api/analyze uses.
        var analyzer = ArticleAnalyzer.CreateDefault();
        var lines = new List<string>();
        var accuracy = new List<FoldRow>();
        var spanOnly = new List<FoldRow>();
        var overall = new Score();
        foreach (var (label, file, row) in Rows)
        {
            var path = Path.Combine(dir, file);
            if (only is not null && !string.Equals(Path.GetFileName(file), only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!File.Exists(path))
            {
                lines.Add($"| {label} | missing {file} | | | |");
                continue;
            }

            var score = ScoreFile(path, row, analyzer, show, label);
            var (cases, right) = (score.Cases.Sum(), score.Right.Sum());
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {cases} | {Ratio(right, cases)} | {Ratio(score.SpanRight.Sum(), cases)} | {score.DotnetRight}/{score.DotnetCases} |"));
            accuracy.Add(FoldRow.FromMeans(label, ToDouble(score.Right), score.Cases));
            spanOnly.Add(FoldRow.FromMeans(label, ToDouble(score.SpanRight), score.Cases));
            if (row != Row.NumberExact)
            {
                // Overall: every case of every file once (NumberModel by its values row).
                for (var f = 0; f < Folds.Count; f++)
                {
                    overall.Cases[f] += score.Cases[f];
                    overall.Right[f] += score.Right[f];
                    overall.SpanRight[f] += score.SpanRight[f];
                }
            }
        }

        accuracy.Add(FoldRow.FromMeans("overall (every case once)", ToDouble(overall.Right), overall.Cases));
        spanOnly.Add(FoldRow.FromMeans("overall (every case once)", ToDouble(overall.SpanRight), overall.Cases));
        Console.WriteLine("Through ArticleAnalyzer.CreateDefault().Analyze (the POST /api/analyze path).");
        Console.WriteLine("| file (component) | cases | case accuracy | span-only | upstream-dotnet-failing right/cases |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var l in lines)
        {
            Console.WriteLine(l);
        }

        Folds.Print("Recognizers case accuracy by fold", accuracy);
        Folds.Print("Recognizers span-only accuracy by fold", spanOnly);
        return 0;
    }

    private static double[] ToDouble(int[] counts) => [.. counts.Select(c => (double)c)];

    private static string Ratio(int a, int b) => string.Create(CultureInfo.InvariantCulture, $"{(double)a / Math.Max(1, b):0.000} ({a})");

    private static Score ScoreFile(string path, Row row, ArticleAnalyzer analyzer, int show, string label)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var score = new Score();
        var shown = 0;
        var position = 0;
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var fold = Folds.Of(position++);
            var input = c.GetProperty("Input").GetString() ?? "";
            var gold = new List<Gold>();
            foreach (var r in c.GetProperty("Results").EnumerateArray())
            {
                var start = r.GetProperty("Start").GetInt32();
                var end = r.GetProperty("End").GetInt32() + 1;
                var res = r.TryGetProperty("Resolution", out var rr) ? rr.Clone() : default;
                gold.Add(new Gold(start, end, r.GetProperty("Text").GetString() ?? "", res));
            }

            var predicted = Predict(input, row, analyzer);
            var (right, spanRight) = (Match(gold, predicted, row, input, spanOnly: false), Match(gold, predicted, row, input, spanOnly: true));
            if (IsDotnetFailing(c))
            {
                score.DotnetCases++;
                score.DotnetRight += right ? 1 : 0;
            }
            else
            {
                score.Cases[fold - 1]++;
                score.Right[fold - 1] += right ? 1 : 0;
                score.SpanRight[fold - 1] += spanRight ? 1 : 0;
            }

            // Errors are shown from the development folds only: fold 5 decides, it is not read.
            if (!right && shown < show && Folds.IsDevelopment(fold))
            {
                shown++;
                Console.WriteLine($"MISS [{label}] f{fold} {JsonSerializer.Serialize(input)}\n   gold=[{string.Join("; ", gold.Select(g => $"{g.Text}@{g.Start} {JsonSerializer.Serialize(g.Resolution)}"))}]\n   got=[{string.Join("; ", predicted.Select(Fmt))}]");
            }
        }

        return score;
    }

    private static string Fmt(Figure f) => string.Create(CultureInfo.InvariantCulture,
        $"{f.Text}@{f.Start} v={f.Value} max={f.ValueMax} u={f.Unit} q={f.Qualifier} k={f.Kind} c={f.Currency}");

    private static bool IsDotnetFailing(JsonElement c) =>
        (c.TryGetProperty("NotSupported", out var ns) && (ns.GetString() ?? "").Contains("dotnet", StringComparison.Ordinal))
        || (c.TryGetProperty("NotSupportedByDesign", out var nsd) && (nsd.GetString() ?? "").Contains("dotnet", StringComparison.Ordinal));

    private static List<Figure> Predict(string input, Row row, ArticleAnalyzer analyzer)
    {
        // No reference date: the Number specs have none, and figures do not depend on it.
        var all = analyzer.Analyze(new ArticleInput(null, input, null)).Facts.Figures;
        return [.. all.Where(f => IsRelevant(f, row))];
    }

    private static bool IsRelevant(Figure f, Row row) => row switch
    {
        Row.Percent => f.Kind == FigureKinds.Percent,
        Row.Ordinal => f.Kind == FigureKinds.Ordinal,
        Row.Range => f.ValueMax is not null || Side(f.Qualifier) is not null,
        Row.Currency => f.Kind == FigureKinds.Money,
        Row.Dimension => f.Kind == FigureKinds.Quantity && f.Unit is not null and not ("°C" or "°F" or "degrees"),
        Row.Temperature => f.Unit is "°C" or "°F" or "degrees",
        Row.Age => f.Kind == FigureKinds.Duration && IsAgeText(f.Text),
        _ => true,
    };

    private static bool IsAgeText(string text)
    {
        var t = text.ToLowerInvariant();
        return t.EndsWith(" old", StringComparison.Ordinal) || t.EndsWith("-old", StringComparison.Ordinal) || t.EndsWith(" of age", StringComparison.Ordinal)
            || t.EndsWith(" yo", StringComparison.Ordinal) || t.StartsWith("age ", StringComparison.Ordinal) || t.StartsWith("aged ", StringComparison.Ordinal);
    }

    /// <summary>"(" lower open, "[" lower closed, ")" upper open, "]" upper closed, "=" exact; null for a hedge or none.</summary>
    private static string? Side(string? qualifier) => qualifier switch
    {
        null => null,
        _ when LowerOpen.Contains(qualifier) => "(",
        _ when LowerClosed.Contains(qualifier) => "[",
        _ when UpperOpen.Contains(qualifier) => ")",
        _ when UpperClosed.Contains(qualifier) => "]",
        "exactly" or "equal to" => "=",
        _ => null,
    };

    private static bool Match(List<Gold> gold, List<Figure> predicted, Row row, string input, bool spanOnly)
    {
        if (gold.Count != predicted.Count)
        {
            return false;
        }

        var used = new bool[predicted.Count];
        foreach (var g in gold)
        {
            var found = false;
            for (var i = 0; i < predicted.Count && !found; i++)
            {
                if (!used[i] && SameSpan(g, predicted[i], row, input) && (spanOnly || SameResolution(g, predicted[i], row)))
                {
                    used[i] = true;
                    found = true;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameSpan(Gold g, Figure f, Row row, string input)
    {
        var (start, end) = (f.Start, f.End);
        switch (row)
        {
            case Row.NumberExact:
                return string.Equals(f.Text.ToLowerInvariant(), g.Text.ToLowerInvariant(), StringComparison.Ordinal);
            case Row.NumberPart:
                (start, end) = NumberPart(f, input);
                return string.Equals(input[start..end].ToLowerInvariant(), g.Text.ToLowerInvariant(), StringComparison.Ordinal);
            case Row.Range:
                if (f.Unit is not null && f.Currency is null)
                {
                    end = TrimTrailingUnit(input, start, end);
                }

                break;
            case Row.Currency or Row.Dimension or Row.Temperature or Row.Age:
                start = AfterQualifier(f, input);
                break;
        }

        return start == g.Start && end == g.End;
    }

    private static int AfterQualifier(Figure f, string input)
    {
        if (f.Qualifier is { } q && f.Text.StartsWith(q, StringComparison.OrdinalIgnoreCase) && f.Text.Length > q.Length && char.IsWhiteSpace(f.Text[q.Length]))
        {
            var s = f.Start + q.Length;
            while (s < f.End && char.IsWhiteSpace(input[s]))
            {
                s++;
            }

            return s;
        }

        if (f.Qualifier is not null)
        {
            // A qualifier reported under a plainer name than written ("younger than" is "less than", "exceeded" "more than"): the words
            // before the number.
            var s = f.Start;
            while (s < f.End && char.IsLetter(input[s]) && !StartsNumberWord(input, s, f.End))
            {
                while (s < f.End && !char.IsWhiteSpace(input[s]))
                {
                    s++;
                }

                while (s < f.End && char.IsWhiteSpace(input[s]))
                {
                    s++;
                }
            }

            return s < f.End ? s : f.Start;
        }

        return f.Start;
    }

    /// <summary>The number inside a figure's Text: without the reported qualifier, a leading currency sign/code, and trailing unit words.</summary>
    private static (int Start, int End) NumberPart(Figure f, string input)
    {
        var start = AfterQualifier(f, input);
        var end = f.End;
        if (f.Currency is not null)
        {
            // "$ 5", "US$5", "USD 5": up to the first digit or number word.
            var s = start;
            while (s < end && !char.IsDigit(input[s]) && input[s] != '.' && !StartsNumberWord(input, s, end))
            {
                s++;
            }

            if (s < end)
            {
                start = s;
            }
        }

        if (f.Unit is not null || f.Currency is not null)
        {
            end = TrimTrailingUnit(input, start, end);
        }

        return (start, end);
    }

    private static bool StartsNumberWord(string input, int s, int end)
    {
        if (s > 0 && char.IsLetter(input[s - 1]))
        {
            return false;
        }

        var e = s;
        while (e < end && char.IsLetter(input[e]))
        {
            e++;
        }

        return e > s && NumberWordSet.Contains(input[s..e].ToLowerInvariant()) && input[s..e].ToLowerInvariant() is not ("a" or "an" or "m" or "b" or "k" or "mm");
    }

    /// <summary>Drops trailing words (and symbols) that are not number vocabulary: "five people" → "five", "20 km" → "20".</summary>
    private static int TrimTrailingUnit(string input, int start, int end)
    {
        var e = end;
        while (e > start)
        {
            var w = e;
            while (w > start && !char.IsWhiteSpace(input[w - 1]) && input[w - 1] != '-' && !char.IsDigit(input[w - 1]))
            {
                w--;
            }

            if (w == e)
            {
                break;
            }

            var word = input[w..e].ToLowerInvariant();
            if (NumberWordSet.Contains(word) && !(word is "a" or "an"))
            {
                break;
            }

            e = w;
            while (e > start && (char.IsWhiteSpace(input[e - 1]) || input[e - 1] == '-'))
            {
                e--;
            }
        }

        return e > start ? e : end;
    }

    private static bool SameResolution(Gold g, Figure f, Row row)
    {
        var res = g.Resolution;
        if (res.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var valueText = res.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var unit = res.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        switch (row)
        {
            case Row.NumberExact or Row.NumberPart:
                return Num(valueText) is { } n && Same(f.Value, n);
            case Row.Percent:
                return f.Kind == FigureKinds.Percent && Num(valueText?.TrimEnd('%')) is { } p && Same(f.Value, p);
            case Row.Ordinal:
                return f.Kind == FigureKinds.Ordinal && Num(valueText) is { } o && Same(f.Value, o);
            case Row.Range:
                return SameInterval(valueText, f);
            case Row.Currency:
                {
                    if (f.Kind != FigureKinds.Money || Num(valueText) is not { } amount)
                    {
                        return false;
                    }

                    var iso = res.TryGetProperty("isoCurrency", out var ic) && ic.ValueKind == JsonValueKind.String ? ic.GetString() : null;
                    var (code, factor) = iso is not null ? (iso, 1.0) : unit switch
                    {
                        "Dollar" => ("USD", 1.0),
                        "Pound" => ("GBP", 1.0),
                        "Cent" => ("USD", 0.01),
                        "Pence" or "Penny" => ("GBP", 0.01),
                        _ => ((string?)null, 1.0),
                    };
                    return (code is null ? f.Currency is not null : f.Currency == code) && Same(f.Value, amount * factor);
                }

            case Row.Dimension:
                return f.Kind == FigureKinds.Quantity && unit is not null && DimensionUnits.TryGetValue(unit, out var du) && f.Unit == du
                    && Num(valueText) is { } d && Same(f.Value, d);
            case Row.Temperature:
                return unit switch { "C" => "°C", "F" => "°F", "Degree" => "degrees", _ => null } is { } tu && f.Unit == tu
                    && Num(valueText) is { } t && Same(f.Value, t);
            case Row.Age:
                return f.Kind == FigureKinds.Duration && unit switch { "Year" or "Age" => "years", "Month" => "months", "Week" => "weeks", "Day" => "days", _ => null } is { } au
                    && f.Unit == au && Num(valueText) is { } a && Same(f.Value, a);
            default:
                return false;
        }
    }

    private static bool SameInterval(string? interval, Figure f)
    {
        if (interval is null || interval.Length < 3)
        {
            return false;
        }

        var open = interval[0];
        var close = interval[^1];
        var parts = interval[1..^1].Split(',');
        if (parts.Length != 2)
        {
            return false;
        }

        var lo = Num(parts[0]);
        var hi = Num(parts[1]);
        if (lo is not null && hi is not null)
        {
            if (lo == hi && open == '[' && close == ']')
            {
                return f.ValueMax is null && Same(f.Value, lo.Value) && f.Qualifier is null or "exactly" or "equal to";
            }

            return f.ValueMax is not null && Same(f.Value, lo.Value) && Same(f.ValueMax, hi.Value);
        }

        var side = Side(f.Qualifier);
        if (f.ValueMax is not null || side is null)
        {
            return false;
        }

        return lo is not null
            ? side == (open == '(' ? "(" : "[") && Same(f.Value, lo.Value)
            : hi is not null && side == (close == ')' ? ")" : "]") && Same(f.Value, hi.Value);
    }

    private static double? Num(string? s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static bool Same(double? a, double b) => a is not null && Math.Abs(a.Value - b) <= 1e-9 * Math.Max(1, Math.Abs(b));
}
