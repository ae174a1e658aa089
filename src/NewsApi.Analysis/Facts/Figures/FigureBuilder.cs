namespace NewsApi.Analysis.Facts.Figures;

/// <summary>Turns one number (and, for ranges, the next) into a figure: filters, currency, unit, qualifier.</summary>
internal sealed class FigureBuilder(string text, Lex[] lexes, List<NumberSpan> numbers, bool[] inDate)
{
    private string W(int i) => i >= 0 && i < lexes.Length ? lexes[i].Lower : "";

    private bool IsWord(int i) => i >= 0 && i < lexes.Length && lexes[i].Kind == LexKind.Word;

    private bool Glued(int a, int b) => a >= 0 && b < lexes.Length && lexes[a].End == lexes[b].Start;

    public Figure? TryBuild(int k, out int used)
    {
        used = 1;
        var n = numbers[k];
        if (IsRejected(n))
        {
            return null;
        }

        var firstLex = n.FirstLex;
        var lastLex = n.LastLex;
        var value = n.Value;
        double? valueMax = null;
        string? currency = null;

        if (n.Has(NumberFlags.Ordinal))
        {
            return BuildOrdinal(n);
        }

        // Currency sign or code before the amount: "$1.2bn", "US$ 5", "USD 5".
        var p = firstLex - 1;
        if (p >= 0 && lexes[p].Kind == LexKind.Punct && CurrencyTable.Symbols.TryGetValue(lexes[p].Lower, out var code) && lexes[firstLex].Start - lexes[p].End <= 1)
        {
            currency = code;
            firstLex = p;
            if (p > 0 && IsWord(p - 1) && Glued(p - 1, p) && lexes[p - 1].Length <= 3)
            {
                currency = W(p - 1) switch
                {
                    "us" => "USD",
                    "a" or "au" => "AUD",
                    "c" or "ca" => "CAD",
                    "hk" => "HKD",
                    "nz" => "NZD",
                    "s" => "SGD",
                    _ => currency,
                };
                firstLex = p - 1;
            }
        }
        else if (p >= 0 && IsWord(p) && CurrencyTable.Prefixes.TryGetValue(W(p), out var prefixCode) && char.IsUpper(text[lexes[p].Start]))
        {
            currency = prefixCode;
            firstLex = p;
        }

        // Unknown letters glued behind: a measure ("29km") or nothing we know ("3D").
        string? unit = null;
        var kind = FigureKinds.Count;
        if (n.Has(NumberFlags.GluedSuffix))
        {
            var s = lastLex + 1;
            var suffix = W(s);
            if (suffix == "m" && currency is null && IsPlainNoun(s + 1))
            {
                value *= 1e6;
                lastLex = s;
            }
            else if (UnitTable.Measures.TryGetValue(suffix, out var measure) && currency is null)
            {
                unit = measure;
                kind = FigureKinds.Quantity;
                lastLex = s;
            }
            else if (currency is not null && CurrencyTable.Names.TryGetValue(suffix, out var glued) && suffix == "p")
            {
                currency = glued.Code;
                value *= glued.Factor;
                lastLex = s;
            }
            else
            {
                return null;
            }
        }

        // Ranges: "20-30", "between 20 and 30", "20 to 30 people".
        var j = lastLex + 1;
        var rangeStart = -1;
        if (unit is null && k + 1 < numbers.Count)
        {
            var connector = W(j);
            var between = W(firstLex - 1) == "between";
            var n2 = numbers[k + 1];
            var n2First = n2.FirstLex;
            if (n2First - 1 > j && CurrencyTable.IsSymbol(W(n2First - 1)))
            {
                n2First--;
            }

            var connects = connector switch
            {
                "-" or "\u2013" => n.Has(NumberFlags.Digits) && n2.Has(NumberFlags.Digits) && n2First == j + 1,
                "to" => n2First == j + 1 && W(firstLex - 1) != "from" && !between,
                "and" => between && n2First == j + 1,
                _ => false,
            };
            if (connects && !IsRejected(n2) && !n2.Has(NumberFlags.Ordinal) && !n2.Has(NumberFlags.GluedSuffix) && n2.Value > value)
            {
                var max = n2.Value;
                if (n2.Has(NumberFlags.Scaled) && !n.Has(NumberFlags.Scaled) && n2.FirstLex < n2.LastLex && lexes[n2.FirstLex].Kind == LexKind.Number)
                {
                    var head = NumberScanner.ParseDigits(lexes[n2.FirstLex].Lower, out _, out _);
                    if (head > 0 && head > value)
                    {
                        value *= max / head;
                    }
                }

                valueMax = max;
                lastLex = n2.LastLex;
                j = lastLex + 1;
                used = 2;
                if (between)
                {
                    rangeStart = firstLex - 1;
                }
            }
        }

        // Unit words after the number.
        var w = W(j);
        if (unit is null)
        {
            if (w == "%" && lexes[j].Start - lexes[lastLex].End <= 1)
            {
                (unit, kind, lastLex) = ("%", FigureKinds.Percent, j);
            }
            else if (w is "percent" or "pct" || (w == "per" && W(j + 1) == "cent"))
            {
                (unit, kind, lastLex) = ("percent", FigureKinds.Percent, w == "per" ? j + 1 : j);
            }
            else if (w == "percentage" && W(j + 1) is "point" or "points")
            {
                (unit, kind, lastLex) = ("percentage points", FigureKinds.PercentagePoints, j + 1);
            }
            else if (w == "basis" && W(j + 1) is "point" or "points")
            {
                (unit, kind, lastLex) = ("basis points", FigureKinds.PercentagePoints, j + 1);
                value /= 100;
                valueMax /= 100;
            }
            else if (currency is null && TryCurrencyName(j, out var named, out var factor, out var nameLast))
            {
                currency = named;
                value *= factor;
                valueMax *= factor;
                lastLex = nameLast;
            }
            else if (n.Has(NumberFlags.HalfWord) && n.FirstLex == n.LastLex && W(j) is "a" or "an" && UnitTable.HalfOf.TryGetValue(W(j + 1), out var half))
            {
                (value, unit, kind, lastLex) = (half.Value, half.Unit, FigureKinds.Duration, j + 1);
            }
            else
            {
                var u = W(j) == "-" && Glued(lastLex, j) && Glued(j, j + 1) ? j + 1 : j;
                if (UnitTable.Durations.TryGetValue(W(u), out var duration) && IsWord(u))
                {
                    (unit, kind, lastLex) = (duration, FigureKinds.Duration, u);
                }
                else if (IsWord(u) && UnitTable.Measures.TryGetValue(W(u), out var measure) && currency is null && (W(u).Length > 2 || W(u) is "km" or "kg" or "cm" or "mm" or "ml" or "lb" or "mg" or "oz" or "ft" or "gb" or "mb" or "tb" or "kw" or "mw" or "gw") && W(u) != "pounds")
                {
                    (unit, kind, lastLex) = (measure, FigureKinds.Quantity, u);
                }
                else if (currency is null && (u == j || IsPlainNoun(u)) && TryNounUnit(u, out var noun, out var nounLast))
                {
                    (unit, lastLex) = (noun, nounLast);
                }
            }
        }

        if (currency is not null)
        {
            kind = FigureKinds.Money;
            unit ??= currency;
        }

        if (!PassesWordRules(n, kind, unit, currency))
        {
            return null;
        }

        if (kind == FigureKinds.Count && (n.Has(NumberFlags.Fraction) || value % 1 != 0) && unit is null)
        {
            kind = FigureKinds.Quantity;
        }

        if (valueMax is not null && kind is FigureKinds.Count)
        {
            kind = FigureKinds.Range;
        }

        string? qualifier = null;
        if (rangeStart >= 0)
        {
            firstLex = rangeStart;
        }
        else if (TryQualifier(firstLex, out var q, out var qFirst))
        {
            qualifier = q;
            firstLex = qFirst;
        }
        else if (n.Has(NumberFlags.HalfWord) && n.FirstLex == n.LastLex && kind != FigureKinds.Duration && W(n.LastLex + 1) != "of")
        {
            // A bare "half" is mostly "the second half", "half-time": only "half of ..." or a qualified half is a figure.
            return null;
        }

        var start = lexes[firstLex].Start;
        var end = lexes[lastLex].End;
        return new Figure(text[start..end], start, end, 0, value, unit, qualifier, kind) { ValueMax = valueMax, Currency = currency };
    }

    private Figure? BuildOrdinal(NumberSpan n)
    {
        // "first" and "second" are adverbs and time units far more often than ranks.
        if (n.Has(NumberFlags.Words) && n.Value <= 2)
        {
            return null;
        }

        string? unit = null;
        var last = n.LastLex;
        if (TryNounUnit(n.LastLex + 1, out var noun, out var nounLast) && IsPlainNoun(n.LastLex + 1))
        {
            unit = noun;
            last = nounLast;
        }

        var start = lexes[n.FirstLex].Start;
        var end = lexes[last].End;
        return new Figure(text[start..end], start, end, 0, n.Value, unit, null, FigureKinds.Ordinal);
    }

    /// <summary>Numbers that are names, dates, times or codes.</summary>
    private bool IsRejected(NumberSpan n)
    {
        for (var i = n.FirstLex; i <= n.LastLex; i++)
        {
            if (inDate[i])
            {
                return true;
            }
        }

        if (n.Has(NumberFlags.GluedPrefix))
        {
            return true;
        }

        var before = n.FirstLex - 1;
        var after = n.LastLex + 1;
        if (before >= 0 && Glued(before, n.FirstLex) && W(before) is ":" or "/" or "." or "+" or "#" && !n.Has(NumberFlags.Words))
        {
            return true;
        }

        if (after < lexes.Length && Glued(n.LastLex, after) && W(after) is ":" or "/" or "." && after + 1 < lexes.Length && lexes[after + 1].Kind == LexKind.Number && Glued(after, after + 1))
        {
            return true;
        }

        // Chains such as phone numbers: "555-123-4567", "+1-222-2222".
        if (n.IsSingleDigitRun && Glued(n.LastLex, after) && W(after) == "-" && after + 2 < lexes.Length && lexes[after + 1].Kind == LexKind.Number
            && Glued(after, after + 1) && ((Glued(after + 1, after + 2) && W(after + 2) == "-") || lexes[after + 1].Length >= 4 || lexes[n.FirstLex].Length >= 4))
        {
            return true;
        }

        if (before >= 1 && W(before) == "-" && Glued(before, n.FirstLex) && lexes[before - 1].Kind == LexKind.Number && Glued(before - 1, before)
            && (lexes[before - 1].Length >= 4 || lexes[n.FirstLex].Length >= 4 || (before >= 2 && W(before - 2) == "-")))
        {
            return true;
        }

        if (W(before) == "." && W(before - 1) == "no" || W(before) is "no" && char.IsUpper(text[lexes[before].Start]))
        {
            return true;
        }

        return false;
    }

    /// <summary>Years, a pronoun "one", bare "a".</summary>
    private bool PassesWordRules(NumberSpan n, string kind, string? unit, string? currency)
    {
        if (n.IsSingleDigitRun && currency is null && !n.Has(NumberFlags.Grouped) && !n.Has(NumberFlags.Decimal) && !n.Has(NumberFlags.Scaled)
            && lexes[n.FirstLex].Length == 4 && n.Value is >= 1000 and <= 2100 && kind is FigureKinds.Count or FigureKinds.Range
            && (unit is null || !unit.EndsWith('s')))
        {
            return false;
        }

        if (n.FirstLex == n.LastLex && W(n.FirstLex) == "one")
        {
            if (kind == FigureKinds.Count || W(n.FirstLex - 1) is "the" or "this" or "that" or "which" or "no" or "any" or "every" or "each" or "another")
            {
                return false;
            }
        }

        return true;
    }

    private bool TryCurrencyName(int j, out string code, out double factor, out int last)
    {
        code = "";
        factor = 1;
        last = j;
        var k = W(j) is "us" or "u.s." && W(j + 1) is "dollar" or "dollars" ? j + 1 : j;
        if (!IsWord(k) || !CurrencyTable.Names.TryGetValue(W(k), out var entry) || W(k) == "p")
        {
            return false;
        }

        // "won" is also a verb: "the party won 30 seats" never reaches here, but "30 won" only counts as money after Korean context.
        if (W(k) == "won" && W(k - 2) != "korean")
        {
            return false;
        }

        code = entry.Code;
        factor = entry.Factor;
        last = k;
        return true;
    }

    private bool TryNounUnit(int j, out string unit, out int last)
    {
        unit = "";
        last = j;
        if (!IsUnitWord(j))
        {
            return false;
        }

        if (UnitTable.SkippableAdjectives.Contains(W(j)) && IsUnitWord(j + 1) && !UnitTable.SkippableAdjectives.Contains(W(j + 1)))
        {
            j++;
        }
        else if (UnitTable.SkippableAdjectives.Contains(W(j)))
        {
            return false;
        }

        unit = text[lexes[j].Start..lexes[j].End];
        last = j;
        return true;
    }

    private bool IsUnitWord(int j)
    {
        if (!IsWord(j) || !char.IsLower(text[lexes[j].Start]))
        {
            return false;
        }

        var w = W(j);
        if (w.Length < 2 || UnitTable.NotUnits.Contains(w) || Dates.DateWords.Months.ContainsKey(w) || Dates.DateWords.Weekdays.ContainsKey(w)
            || NumberWords.Cardinals.ContainsKey(w) || NumberWords.Scales.ContainsKey(w))
        {
            return false;
        }

        // Verbs after a number ("12 died", "three remaining") are not units.
        return !(w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) && !UnitTable.SkippableAdjectives.Contains(w));
    }

    private bool IsPlainNoun(int j) => j < lexes.Length && IsUnitWord(j);

    private bool TryQualifier(int firstLex, out string qualifier, out int first)
    {
        qualifier = "";
        first = firstLex;
        foreach (var phrase in Qualifiers.Phrases)
        {
            var s = firstLex - phrase.Length;
            if (s < 0)
            {
                continue;
            }

            var match = true;
            for (var t = 0; t < phrase.Length && match; t++)
            {
                match = lexes[s + t].Lower == phrase[t];
            }

            if (match)
            {
                qualifier = phrase.Length == 1 ? phrase[0] : string.Join(' ', phrase);
                first = s;
                return true;
            }
        }

        return false;
    }
}
