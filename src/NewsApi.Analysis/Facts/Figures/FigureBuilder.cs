namespace NewsApi.Analysis.Facts.Figures;

/// <summary>
/// Turns one number (and, for ranges, the next) into a figure: filters, currency, unit, qualifier.
/// <paramref name="excluded"/> marks the lexemes of dates and of number-shaped non-figures (<see cref="NotFigures"/>), <paramref name="inName"/> those of
/// party mentions: numbers there are not figures.
/// </summary>
internal sealed class FigureBuilder(string text, Lex[] lexes, List<NumberSpan> numbers, bool[] excluded, bool[] inName)
{
    private string W(int i) => i >= 0 && i < lexes.Length ? lexes[i].Lower : "";

    private bool IsWord(int i) => i >= 0 && i < lexes.Length && lexes[i].Kind == LexKind.Word;

    private bool Glued(int a, int b) => a >= 0 && b < lexes.Length && lexes[a].End == lexes[b].Start;

    /// <summary>A figure being put together around one number: lexeme bounds and the fields read so far.</summary>
    private sealed class Draft(NumberSpan n)
    {
        public int FirstLex = n.FirstLex;
        public int LastLex = n.LastLex;
        public double Value = n.Value;
        public double? ValueMax;
        public string? Currency;
        public string? Unit;
        public string? Qualifier;
        public string Kind = FigureKinds.Count;
        public int Used = 1;

        /// <summary>"40-odd": about the number; reported as the qualifier "about" when no other is written.</summary>
        public bool Odd;

        /// <summary>The "between" of "between 20 and 30", where the figure starts; -1 when there is none.</summary>
        public int RangeStart = -1;
    }

    /// <summary>True when the last <see cref="TryBuild"/> turned its number down as part of a name ("Radio 1", "junction 10").</summary>
    public bool LastWasNamePart { get; private set; }

    public Figure? TryBuild(int k, out int used)
    {
        used = 1;
        LastWasNamePart = false;
        var n = numbers[k];
        if (IsRejected(n))
        {
            return null;
        }

        // Ordinals rank ("third term", "60th anniversary", "the sixth"): they count nothing, so they are not figures.
        if (n.Has(NumberFlags.Ordinal))
        {
            return null;
        }

        var d = new Draft(n);
        if (TryPercentOf(n, d))
        {
            return Make(d);
        }

        ReadCurrencyPrefix(d);
        if (n.Has(NumberFlags.GluedSuffix) && !ReadGluedSuffix(k, d))
        {
            return null;
        }

        if (d.Unit is null)
        {
            TryRange(k, n, d);
        }

        if (IsDashedPairName(n, d) || (d.Unit is null && !ReadUnit(k, n, d)))
        {
            return null;
        }

        TryUnitRange(k, d);
        TakeHalfArticle(n, d);
        if (d.Unit == "degrees" && HasAngleCue(d.FirstLex, d.LastLex))
        {
            // "rotated 90 degrees", "a 180-degree turn", "52 degrees north": an angle, not a temperature.
            d.Unit = "arc degrees";
        }

        // "C$ 100 and fifty": cents after an amount with a currency sign.
        if (d.Currency is not null && d.FirstLex < n.FirstLex && d.LastLex == n.LastLex && d.Used == 1 && d.Value % 1 == 0 && W(d.LastLex + 1) == "and"
            && TryCents(k, d.LastLex, out var cents, out var centsLast))
        {
            (d.Value, d.LastLex, d.Used) = (d.Value + cents, centsLast, 2);
        }

        if (d.Currency is not null)
        {
            d.Kind = FigureKinds.Money;
            d.Unit ??= d.Currency;
        }

        // "aged 87", "at age 40": an age in years.
        if (d.Unit is null && d.Currency is null && d.ValueMax is null && n.FirstLex == d.FirstLex && W(d.FirstLex - 1) is "aged" or "age" && IsWord(d.FirstLex - 1)
            && d.Value % 1 == 0 && d.Value is > 0 and <= 130)
        {
            (d.Unit, d.Kind, d.FirstLex) = ("years", FigureKinds.Duration, d.FirstLex - 1);
        }

        if (!PassesWordRules(n, d.Kind, d.Unit, d.Currency, d.ValueMax))
        {
            return null;
        }

        if (NameParts.IsNamePart(text, lexes, inName, n, d.Kind, d.Unit, d.Currency))
        {
            LastWasNamePart = true;
            return null;
        }

        if (IsWordCompound(n, d) || IsRankOrCode(n, d) || IsTitle(n))
        {
            return null;
        }

        if (d.Kind == FigureKinds.Count && (n.Has(NumberFlags.Fraction) || d.Value % 1 != 0) && d.Unit is null)
        {
            d.Kind = FigureKinds.Quantity;
        }

        if (d.ValueMax is not null && d.Kind is FigureKinds.Count)
        {
            d.Kind = FigureKinds.Range;
        }

        if (!ReadQualifier(k, n, d) || IsBareYear(n, d))
        {
            return null;
        }

        if (d.Odd)
        {
            d.Qualifier ??= "about";
        }

        used = d.Used;
        return Make(d);
    }

    /// <summary>"the 9-11 Commission", "the 24-7 Club": a bare dashed pair before a capitalised word names it.</summary>
    private bool IsDashedPairName(NumberSpan n, Draft d) =>
        d.Unit is null && d.Currency is null && d.ValueMax is not null && W(n.LastLex + 1) == "-" && Glued(n.LastLex, n.LastLex + 1)
        && IsWord(d.LastLex + 1) && char.IsUpper(text[lexes[d.LastLex + 1].Start]) && !IsAcronymPlural(lexes[d.LastLex + 1]);

    /// <summary>"a half mile", "a half turn": the article is the numerator's "one", part of the figure as in "a quarter".</summary>
    private void TakeHalfArticle(NumberSpan n, Draft d)
    {
        if (n.Has(NumberFlags.HalfWord) && n.FirstLex == n.LastLex && d.FirstLex == n.FirstLex && d.Kind == FigureKinds.Quantity && d.Unit is not null
            && W(d.FirstLex - 1) is "a" or "an")
        {
            d.FirstLex--;
        }
    }

    /// <summary>
    /// "2004 results", "the 1977 scripts", "2005 looks like": four ungrouped digits from 1900 to 2099 before a noun, with no
    /// currency, measure, range or qualifier, name a year; edited news groups a count that large ("2,000 jobs"). Round
    /// hundreds stay counts ("2000 troops").
    /// </summary>
    private static bool IsBareYear(NumberSpan n, Draft d) =>
        d.Kind == FigureKinds.Count && d.Currency is null && d.ValueMax is null && d.Qualifier is null && n.IsSingleDigitRun
        && n.End - n.Start == 4 && !n.Has(NumberFlags.Grouped | NumberFlags.Decimal | NumberFlags.Scaled | NumberFlags.Negative)
        && d.Value is >= 1900 and <= 2099 && d.Value % 100 != 0;

    private Figure Make(Draft d)
    {
        var start = lexes[d.FirstLex].Start;
        var end = lexes[d.LastLex].End;
        return new Figure(text[start..end], start, end, 0, d.Value, d.Unit, d.Qualifier, d.Kind) { ValueMax = d.ValueMax, Currency = d.Currency };
    }

    /// <summary>"percent of 10", "per cent of twenty-two": the percent word before the number, with no number before it, is that many percent.</summary>
    private bool TryPercentOf(NumberSpan n, Draft d)
    {
        var of = n.FirstLex - 1;
        var p = W(of - 1) is "percent" or "pct" ? of - 1 : W(of - 1) == "cent" && W(of - 2) == "per" ? of - 2 : -1;
        if (W(of) != "of" || p < 0 || n.Has(NumberFlags.Fraction) || (p > 0 && (lexes[p - 1].Kind == LexKind.Number || NumberWords.Cardinals.ContainsKey(W(p - 1))
            || NumberWords.Scales.ContainsKey(W(p - 1)) || W(p - 1) is "hundred" or "half" or "%")))
        {
            return false;
        }

        (d.FirstLex, d.Unit, d.Kind) = (p, "percent", FigureKinds.Percent);
        return true;
    }

    /// <summary>Currency sign or code before the amount: "$1.2bn", "US$ 5", "USD 5".</summary>
    private void ReadCurrencyPrefix(Draft d)
    {
        var p = d.FirstLex - 1;
        if (p >= 0 && lexes[p].Kind == LexKind.Punct && CurrencyTable.Symbols.TryGetValue(lexes[p].Lower, out var code) && lexes[d.FirstLex].Start - lexes[p].End <= 1)
        {
            d.Currency = code;
            d.FirstLex = p;
            if (code == "USD" && TryDollarPrefix(p, out var dollarCode, out var prefixFirst))
            {
                d.Currency = dollarCode;
                d.FirstLex = prefixFirst;
            }
        }
        else if (p >= 0 && IsWord(p) && CurrencyTable.Prefixes.TryGetValue(W(p), out var prefixCode) && char.IsUpper(text[lexes[p].Start]))
        {
            d.Currency = prefixCode;
            d.FirstLex = p;
        }
    }

    /// <summary>Letters glued behind the digits: a measure ("29km"), "m" for million, a currency code ("115USD"); false for anything else ("3D").</summary>
    private bool ReadGluedSuffix(int k, Draft d)
    {
        var s = d.LastLex + 1;
        var suffix = W(s);
        if (s + 1 < lexes.Length && lexes[s + 1].Kind == LexKind.Number && Glued(s, s + 1) && !IsSquareSuffix(s))
        {
            // Letters between digits are a code: "24703L202", "3D4".
            return false;
        }

        // "1m barrels", "5.45m Euros": "m" before a counted noun or a currency name is million, not metres.
        // A singular noun after it is what is measured ("the 60m world record", "a 10m wall"): metres.
        if (suffix == "m" && d.Currency is null
            && ((IsPlainNoun(s + 1) && !UnitTable.DimensionAdjectives.Contains(W(s + 1)) && LooksPlural(W(NounPhraseHead(s + 1))))
                || (IsWord(s + 1) && CurrencyTable.Names.ContainsKey(W(s + 1)) && W(s + 1) != "p")))
        {
            d.Value *= 1e6;
            d.LastLex = s;
        }
        else if (d.Currency is null && IsLowerPc(s) && !(s + 1 < lexes.Length && Glued(s, s + 1) && lexes[s + 1].Kind != LexKind.Punct))
        {
            // "20pc": the British press's per cent.
            (d.Unit, d.Kind, d.LastLex) = ("percent", FigureKinds.Percent, s);
        }
        else if (d.Currency is null && IsGluedScale(s))
        {
            // "30C", "-5C", "98.6F": a capital scale letter glued to the number is a temperature.
            (d.Unit, d.Kind, d.LastLex) = (UnitTable.TemperatureScales[suffix], FigureKinds.Quantity, s);
        }
        else if (suffix == "g" && text[lexes[s].Start] == 'G')
        {
            // "3G", "4G": network generations, not grams (the gram is a lower-case "g").
            return false;
        }
        else if (UnitTable.Measures.TryGetValue(suffix, out var measure) && d.Currency is null)
        {
            (d.Unit, d.LastLex) = MeasureWithSuffixes(measure, s);
            d.Kind = FigureKinds.Quantity;
            AddInches(k, d);
        }
        else if (d.Currency is null && CurrencyTable.Codes.TryGetValue(suffix, out var gluedCode) && (suffix == "元" || char.IsUpper(text[lexes[s].Start]))
            && !(s + 1 < lexes.Length && Glued(s, s + 1) && lexes[s + 1].Kind != LexKind.Punct))
        {
            // "115USD", "100元".
            d.Currency = gluedCode.Code;
            d.Value *= gluedCode.Factor;
            d.LastLex = s;
        }
        else if (d.Currency is null && suffix == "p" && text[lexes[s].Start] == 'p' && d.Value is > 0 and < 100 && !(s + 1 < lexes.Length && Glued(s, s + 1) && lexes[s + 1].Kind != LexKind.Punct))
        {
            // "a 1p cut", "the 10p rate": pence (an amount of a hundred pence or more is written in pounds; "720p" is no amount).
            (d.Currency, d.Value, d.LastLex) = ("GBP", d.Value / 100, s);
        }
        else if (d.Currency is not null && CurrencyTable.Names.TryGetValue(suffix, out var glued) && suffix == "p")
        {
            d.Currency = glued.Code;
            d.Value *= glued.Factor;
            d.LastLex = s;
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Ranges: "20-30", "between 20 and 30", "20 to 30 people": takes the next number as the upper bound.</summary>
    private void TryRange(int k, NumberSpan n, Draft d)
    {
        if (k + 1 >= numbers.Count)
        {
            return;
        }

        var j = d.LastLex + 1;
        var connector = W(j);
        var between = W(d.FirstLex - 1) == "between";
        var n2 = numbers[k + 1];
        var n2First = n2.FirstLex;
        if (n2First - 1 > j && CurrencyTable.IsSymbol(W(n2First - 1)))
        {
            n2First--;
        }

        var connects = connector switch
        {
            "-" or "\u2013" or "~" or "through" or "thru" => n.Has(NumberFlags.Digits) && n2.Has(NumberFlags.Digits) && n2First == j + 1,
            // "fell by 600,000 to 5.9 million": after "by" a number far below the next is the change and the next the new level;
            // close bounds are a range of the change ("cut by $3.8m to $4.9m").
            "to" => n2First == j + 1 && (W(d.FirstLex - 1) != "from" || !IsChangeBefore(d.FirstLex - 1)) && !between
                && (W(d.FirstLex - 1) != "by" || n2.Value < 2 * d.Value),
            "and" => between && n2First == j + 1,
            _ => false,
        };
        // "$10-25m": after a currency sign a glued "m" on the upper bound is million, for both bounds.
        var millions = n2.Has(NumberFlags.GluedSuffix) && d.Currency is not null && W(n2.LastLex + 1) is "m" or "mn" && Glued(n2.LastLex, n2.LastLex + 1)
            && !(n2.LastLex + 2 < lexes.Length && Glued(n2.LastLex + 1, n2.LastLex + 2) && lexes[n2.LastLex + 2].Kind != LexKind.Punct);
        if (connects && !millions && d.Currency is null && n2.Has(NumberFlags.GluedSuffix) && !IsRejected(n2) && n2.Value > d.Value
            && TryGluedRangeMeasure(n2.LastLex + 1, out var rangeUnit, out var rangeLast)
            && (rangeUnit is not ("°C" or "°F") || (d.Value >= -90 && n2.Value <= 150 && connector != "through")))
        {
            // "5-10km", "10-12kg", "1-2Mbps": the unit glued to the upper bound measures both.
            (d.ValueMax, d.Unit, d.Kind, d.LastLex, d.Used) = (n2.Value, rangeUnit, FigureKinds.Quantity, rangeLast, 2);
            d.RangeStart = between || (connector == "to" && W(d.FirstLex - 1) == "from") ? d.FirstLex - 1 : -1;
            return;
        }

        if (!connects || IsRejected(n2) || n2.Has(NumberFlags.Ordinal) || (n2.Has(NumberFlags.GluedSuffix) && !millions) || n2.Value <= d.Value)
        {
            return;
        }

        var max = n2.Value;
        if (millions)
        {
            (max, d.Value) = (max * 1e6, d.Value * 1e6);
            d.ValueMax = max;
            d.LastLex = n2.LastLex + 1;
            d.Used = 2;
            d.RangeStart = between ? d.FirstLex - 1 : -1;
            return;
        }

        if (n2.Has(NumberFlags.Scaled) && !n.Has(NumberFlags.Scaled) && n2.FirstLex < n2.LastLex && lexes[n2.FirstLex].Kind == LexKind.Number)
        {
            // "2 to 3 million": the scale of the upper bound applies to the lower one.
            var head = NumberScanner.ParseDigits(lexes[n2.FirstLex].Lower, out _, out _);
            if (head > 0 && head > d.Value)
            {
                d.Value *= max / head;
            }
        }

        d.ValueMax = max;
        d.LastLex = n2.LastLex;
        d.Used = 2;
        if (between || (connector == "to" && W(d.FirstLex - 1) == "from"))
        {
            d.RangeStart = d.FirstLex - 1;
        }
    }

    /// <summary>A measure glued to a range's upper bound at <paramref name="s"/>; a bare "m" (metres or millions) and a capital "G" are left alone.</summary>
    private bool TryGluedRangeMeasure(int s, out string unit, out int last)
    {
        (unit, last) = ("", s);
        var w = W(s);
        if (IsGluedScaleShape(s))
        {
            // "20-25C", "between 10 and 15C": the scale glued to the upper bound of a range of two numbers.
            (unit, last) = (UnitTable.TemperatureScales[w], s);
            return true;
        }

        if (!IsWord(s) || w is "m" or "p" || (w == "g" && text[lexes[s].Start] == 'G') || !UnitTable.Measures.TryGetValue(w, out var measure)
            || (s + 1 < lexes.Length && Glued(s, s + 1) && lexes[s + 1].Kind == LexKind.Number))
        {
            return false;
        }

        (unit, last) = MeasureWithSuffixes(measure, s);
        return true;
    }

    /// <summary>"of a percentage point", "a percentage point" (after "half"), "of one per cent", "of a percent" at <paramref name="j"/>.</summary>
    private bool TryPartOfPercent(int j, out string unit, out string kind, out int last)
    {
        (unit, kind, last) = ("", "", j);
        var a = W(j) == "of" ? j + 1 : j;
        if (W(a) is not ("a" or "one") || (a == j && W(j) != "a"))
        {
            return false;
        }

        var w = W(a + 1);
        if (w == "percentage" && W(a + 2) is "point")
        {
            (unit, kind, last) = ("percentage points", FigureKinds.PercentagePoints, a + 2);
            return true;
        }

        if (w is "percent" or "pct" || (w == "per" && W(a + 2) == "cent"))
        {
            (unit, kind, last) = ("percent", FigureKinds.Percent, w == "per" ? a + 2 : a + 1);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "between 5% and 10%", "between $5m and $8m", "from 20 km to 30 km" (no change word before "from"), "a 2% to 3% rise" (an article
    /// before the first bound: one noun phrase, so one range), "2 percent to 3 percent" (no change word before it): both bounds carry the unit, so
    /// the range is found after the first unit is read. The second figure must be of the same kind and unit, and larger.
    /// </summary>
    private void TryUnitRange(int k, Draft d)
    {
        var before = W(d.FirstLex - 1);
        var connector = W(d.LastLex + 1);
        if (d.ValueMax is not null || d.Used != 1 || d.Unit is null || k + 1 >= numbers.Count
            || !((before == "between" && connector == "and") || (before == "from" && connector == "to" && !IsChangeBefore(d.FirstLex - 1))
                || (before is "a" or "an" && connector == "to") || (connector == "to" && before != "from" && !IsChangeBefore(d.FirstLex))))
        {
            return;
        }

        var next = numbers[k + 1];
        var start = CurrencyTable.IsSymbol(W(next.FirstLex - 1)) ? next.FirstLex - 1 : next.FirstLex;
        if (start != d.LastLex + 2)
        {
            return;
        }

        var second = TryBuild(k + 1, out var used);
        var kind = d.Currency is not null ? FigureKinds.Money : d.Kind;
        if (second is null || used != 1 || second.Qualifier is not null || second.ValueMax is not null || second.Unit != d.Unit || second.Kind != kind
            || second.Currency != d.Currency || second.Value is not { } max || max <= d.Value)
        {
            return;
        }

        var last = next.LastLex;
        while (last + 1 < lexes.Length && lexes[last + 1].End <= second.End)
        {
            last++;
        }

        // "a 2% to 3% rise": the article opens the noun phrase, it is no part of the range.
        (d.ValueMax, d.LastLex, d.Used, d.RangeStart) = (max, last, 2, before is "between" or "from" ? d.FirstLex - 1 : -1);
    }

    // Stems of words that report a change ("rose from 5% to 7%", "a cut from 40p to 22p", "went up from"): then "from ... to" gives two
    // figures, the old value and the new one. Without one, "from 200 to 3000" is a range ("aged from 5 to 11", "prices range from").
    private static readonly string[] ChangeStems =
    [
        "ris", "rose", "fall", "fell", "increas", "decreas", "cut", "rais", "grew", "grow", "climb", "drop", "jump", "slip", "slid", "plung",
        "soar", "surg", "chang", "mov", "went", "go", "boost", "reduc", "lower", "lift", "expand", "shr", "halv", "doubl", "tripl", "widen",
        "narrow", "improv", "revis", "upgrad", "downgrad", "trim", "slash", "hik", "swing", "swung", "shift", "push", "declin", "gain",
        "los", "lost", "tumbl", "sank", "sink", "eas", "recover", "rebound", "dip", "advanc", "up", "down", "extend", "switch", "convert",
        "upped", "put", "bring", "brought", "fix", "set", "peg", "alter", "adjust", "spread", "leap", "leapt", "accelerat", "slow", "collaps",
    ];

    /// <summary>A change word before "from" at <paramref name="from"/> in its sentence (at most 25 lexemes back).</summary>
    private bool IsChangeBefore(int from)
    {
        for (var b = from - 1; b >= 0 && b >= from - 25; b--)
        {
            if (!IsWord(b))
            {
                if (W(b) is "." or ";" or "!" or "?")
                {
                    return false;
                }

                continue;
            }

            var w = W(b);
            foreach (var stem in ChangeStems)
            {
                if (w.StartsWith(stem, StringComparison.Ordinal) && (w.Length <= stem.Length + 4 || stem.Length >= 5))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Unit words and signs after the number ("%", "€", "°C", "percent", "basis points", "dollars", "days", "km", "people"); false when the sign shows it is no figure.</summary>
    private bool ReadUnit(int k, NumberSpan n, Draft d)
    {
        var j = d.LastLex + 1;
        if (W(j) == "-" && W(j + 1) == "odd" && Glued(d.LastLex, j) && Glued(j, j + 1))
        {
            // "40-odd per cent", "20-odd years": about that many, in the unit after "odd".
            (d.LastLex, d.Odd) = (j + 1, true);
            j += 2;
        }

        if (TryLengthMarks(k, n, d))
        {
            return true;
        }

        var w = W(j);
        if (w == "%" && lexes[j].Start - lexes[d.LastLex].End <= 1)
        {
            if (j + 1 < lexes.Length && Glued(j, j + 1) && lexes[j + 1].Kind != LexKind.Punct)
            {
                // URL escapes ("%28", "30%25"), not percentages.
                return false;
            }

            (d.Unit, d.Kind, d.LastLex) = ("%", FigureKinds.Percent, j);
        }
        else if (d.Currency is null && IsTrailingSymbol(j, out var trailingCode))
        {
            // "10 €", "100₾".
            (d.Currency, d.LastLex) = (trailingCode, j);
        }
        else if (w is "°" or "º" && lexes[j].Start - lexes[d.LastLex].End <= 1 && d.Currency is null)
        {
            // "85°", "25°C", "-3 °F".
            var scaleAt = j + 1 < lexes.Length && IsWord(j + 1) && lexes[j + 1].Start - lexes[j].End <= 1 ? j + 1 : -1;
            (d.Unit, d.Kind, d.LastLex) = scaleAt >= 0 && W(scaleAt) is "c" or "f" or "celsius" or "fahrenheit"
                ? (UnitTable.TemperatureScales[W(scaleAt)], FigureKinds.Quantity, scaleAt)
                : ("degrees", FigureKinds.Quantity, j);
        }
        else if (w is "percent" or "pct" or "percents" || IsLowerPc(j) || (w == "per" && W(j + 1) == "cent") || (w == "percentage" && W(j + 1) is not ("point" or "points")))
        {
            (d.Unit, d.Kind, d.LastLex) = ("percent", FigureKinds.Percent, w == "per" ? j + 1 : j);
        }
        else if (w == "percentage" && W(j + 1) is "point" or "points")
        {
            (d.Unit, d.Kind, d.LastLex) = ("percentage points", FigureKinds.PercentagePoints, j + 1);
        }
        else if (w == "basis" && W(j + 1) is "point" or "points")
        {
            (d.Unit, d.Kind, d.LastLex) = ("basis points", FigureKinds.PercentagePoints, j + 1);
            d.Value /= 100;
            d.ValueMax /= 100;
        }
        else if (d.Currency is null && n.Has(NumberFlags.Fraction) && n.Has(NumberFlags.Words) && w == "point" && IsWord(j))
        {
            // "a quarter point rise", "a half point": a part of one point, counted in points as "0.25 points" is.
            (d.Unit, d.LastLex) = ("points", j);
        }
        else if (d.Currency is null && (n.Has(NumberFlags.Fraction) || d.Value < 1) && TryPartOfPercent(j, out var partUnit, out var partKind, out var partLast))
        {
            // "a quarter of a percentage point", "half a percentage point", "0.5 of one per cent": a part of the unit, in that unit.
            (d.Unit, d.Kind, d.LastLex) = (partUnit, partKind, partLast);
        }
        else if (d.Currency is null && TryCurrencyName(j, out var named, out var factor, out var nameLast))
        {
            ApplyCurrencyName(k, d, named, factor, nameLast);
        }
        else if (n.Has(NumberFlags.HalfWord) && n.FirstLex == n.LastLex && W(j) is "a" or "an" && UnitTable.HalfOf.TryGetValue(W(j + 1), out var half))
        {
            (d.Value, d.Unit, d.Kind, d.LastLex) = (half.Value, half.Unit, FigureKinds.Duration, j + 1);
        }
        else if (n.Has(NumberFlags.HalfWord) && n.FirstLex == n.LastLex && W(j) is "a" or "an" && IsWord(j + 1) && UnitTable.Measures.TryGetValue(W(j + 1), out var halfMeasure)
            && IsSpelledMeasure(W(j + 1)))
        {
            // "half a mile", "half a litre": half of one measure, in that measure.
            (d.Unit, d.Kind, d.LastLex) = (halfMeasure, FigureKinds.Quantity, j + 1);
        }
        else
        {
            ReadWordUnit(k, d, j);
        }

        return true;
    }

    /// <summary>
    /// A lone capital "C" or "F" glued to the digits before it and standing alone after it ("30C.", "-5C to 2C"; not "4Cs", "F-16",
    /// "30C3"): how news writes Celsius and Fahrenheit without the degree sign.
    /// </summary>
    private bool IsGluedScale(int j) =>
        IsGluedScaleShape(j)
        // Codes look the same ("a Boeing 777F", "the 13F filing"): a minus sign or a word about heat or weather nearby decides.
        && (W(j - 2) is "-" or "\u2212" or "minus" || HasTemperatureCue(j - 1));

    /// <summary>A lone capital "C" or "F" glued to the digits before it, with nothing glued after it but a closing mark.</summary>
    private bool IsGluedScaleShape(int j)
    {
        if (!IsWord(j) || lexes[j].Length != 1 || text[lexes[j].Start] is not ('C' or 'F') || lexes[j - 1].Kind != LexKind.Number || !Glued(j - 1, j))
        {
            return false;
        }

        // The next lexeme must be apart, or a closing mark ("30C," "30C)").
        if (j + 1 < lexes.Length && Glued(j, j + 1) && W(j + 1) is not ("." or "," or ";" or ":" or ")" or "!" or "?"))
        {
            return false;
        }

        return true;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> TemperatureCues = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["temperature", "temperatures", "temp", "temps", "degrees", "heat", "heatwave", "hot", "hotter", "hottest", "warm", "warmer", "warmest",
         "warmth", "warming", "cold", "colder", "coldest", "cool", "cooler", "chilly", "freezing", "frost", "frosty", "weather", "forecast",
         "forecasters", "highs", "lows", "thermometer", "thermometers", "mercury", "celsius", "fahrenheit", "oven", "sunshine", "sunny"], StringComparer.Ordinal);

    /// <summary>A heat or weather word within the sentence, at most 12 lexemes before or 8 after <paramref name="at"/>.</summary>
    private bool HasTemperatureCue(int at, bool heatOnly = false)
    {
        for (var i = at - 1; i >= 0 && i >= at - 12 && W(i) is not ("." or "!" or "?"); i--)
        {
            if (TemperatureCues.Contains(W(i)) && !(heatOnly && W(i) == "degrees"))
            {
                return true;
            }
        }

        for (var i = at + 1; i < lexes.Length && i <= at + 8 && W(i) is not ("." or "!" or "?"); i++)
        {
            if (TemperatureCues.Contains(W(i)) && !(heatOnly && W(i) == "degrees"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> AngleCues = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["rotate", "rotates", "rotated", "rotating", "rotation", "turn", "turns", "turned", "turning", "u-turn", "angle", "angles", "angled", "tilt",
         "tilts", "tilted", "tilting", "banked", "banking", "pivot", "pivoted", "spin", "spins", "spun", "incline", "inclined", "slope", "sloped",
         "gradient", "latitude", "longitude", "north", "south", "east", "west", "arc", "compass", "bearing", "heading", "orbit", "axis", "swivel",
         "swivelled", "lean", "leans", "leaning", "leaned", "view", "panoramic", "panorama", "circle", "twist", "twisted"], StringComparer.Ordinal);

    /// <summary>A word about turning or direction within 6 lexemes before or 3 after the figure, and no word about heat or weather in the sentence.</summary>
    private bool HasAngleCue(int first, int last)
    {
        var angle = false;
        for (var i = first - 1; i >= 0 && i >= first - 6 && W(i) is not ("." or "!" or "?"); i--)
        {
            angle |= AngleCues.Contains(W(i));
        }

        for (var i = last + 1; i < lexes.Length && i <= last + 3 && W(i) is not ("." or "!" or "?"); i++)
        {
            angle |= AngleCues.Contains(W(i));
        }

        return angle && !HasTemperatureCue(first, heatOnly: true) && !HasTemperatureCue(last, heatOnly: true);
    }

    /// <summary>A lower-case "pc" (per cent in British papers; "PC" is a computer or a constable).</summary>
    private bool IsLowerPc(int j) => W(j) == "pc" && text[lexes[j].Start] == 'p' && text[lexes[j].Start + 1] == 'c';

    private void ApplyCurrencyName(int k, Draft d, string code, double factor, int nameLast)
    {
        // "75 USD million": a scale after the code.
        if (IsWord(nameLast + 1) && NumberWords.Scales.TryGetValue(W(nameLast + 1), out var scale) && d.Value < 1000)
        {
            factor *= scale;
            nameLast++;
        }

        d.Currency = code;
        d.Value *= factor;
        d.ValueMax *= factor;
        d.LastLex = nameLast;
        if (factor == 1 && d.Used == 1 && TryCents(k, nameLast, out var cents, out var centsLast))
        {
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents".
            d.Value += cents;
            d.LastLex = centsLast;
            d.Used = 2;
        }
    }

    /// <summary>A duration, a measure or a counted noun after the number ("two-day", "20 km", "five feet two inches", "1,400 people").</summary>
    private void ReadWordUnit(int k, Draft d, int j)
    {
        // "20 (kg)", "20 [kg]": a measure symbol in brackets right after the number.
        if (d.Currency is null && W(j) is "(" or "[" or "{" && IsWord(j + 1) && UnitTable.Measures.TryGetValue(W(j + 1), out var bracketed)
            && IsSpelledMeasure(W(j + 1)) && W(j + 2) == (W(j) == "(" ? ")" : W(j) == "[" ? "]" : "}") && Glued(j, j + 1) && Glued(j + 1, j + 2))
        {
            (d.Unit, d.Kind, d.LastLex) = (bracketed, FigureKinds.Quantity, j + 2);
            return;
        }

        var u = W(j) == "-" && Glued(d.LastLex, j) && Glued(j, j + 1) ? j + 1 : j;

        // "68 more seats", "two more years", "three other people": a comparative before the noun keeps the noun the unit.
        if (u == j && W(u) is "more" or "fewer" or "other" or "further" or "extra" && IsWord(u + 1) && lexes[u + 1].Start - lexes[u].End == 1
            && !(W(u + 2) == "-" && Glued(u + 1, u + 2)) && (UnitTable.Durations.ContainsKey(W(u + 1)) || (IsUnitWord(u + 1) && LooksPlural(W(NounPhraseHead(u + 1))))))
        {
            u = j = u + 1;
        }
        // An amount of money is never a duration: "$639m year-earlier" keeps its currency.
        if (d.Currency is null && UnitTable.Durations.TryGetValue(W(u), out var duration) && IsWord(u))
        {
            (d.Unit, d.Kind, d.LastLex) = (duration, FigureKinds.Duration, AgeEnd(u));
        }
        else if (d.Currency is null && IsWord(u) && TryCompoundMeasure(u, out var compound, out var compoundLast))
        {
            (d.Unit, d.Kind, d.LastLex) = (compound, FigureKinds.Quantity, compoundLast);
        }
        else if (IsWord(u) && d.Currency is null && TryMeasureWord(d, j, u, out var measure))
        {
            (d.Unit, d.LastLex) = MeasureWithSuffixes(measure, u);
            d.Kind = FigureKinds.Quantity;
            AddInches(k, d);
        }
        else if (d.Currency is null && (u == j || IsPlainNoun(u)) && TryNounUnit(u, out var noun, out var nounLast))
        {
            (d.Unit, d.LastLex) = (noun, nounLast);
        }
    }

    /// <summary>
    /// A measure word after the number: spelled units and unambiguous symbols; "pounds" in a weighing context; a hyphen compound's
    /// singular ("16-bit" is bits); a bare "m" (metres) only when no noun follows it ("12 m 2 dm", "1 m x 1 m"; "2 m people" is million).
    /// </summary>
    private bool TryMeasureWord(Draft d, int j, int u, out string measure)
    {
        var w = W(u);
        if (UnitTable.Measures.TryGetValue(w, out measure!))
        {
            return IsSpelledMeasure(w) || (w is "pound" or "pounds" && IsWeightContext(d.LastLex, u))
                || (w == "m" && u == j && text[lexes[u].Start] == 'm' && (IsCrossedMetres(u) || ((!IsWord(u + 1) || IsDimensionCross(u + 1) || UnitTable.DimensionAdjectives.Contains(W(u + 1)))
                    && (!Glued(u, u + 1) || W(u + 1) is "." or "," or ";" or ":" or ")") && W(u + 1) is not ("%" or "$" or "£" or "€"))));
        }

        // "1/2 cup", "one cup of flour": a singular cup measures at most one; "two cup competitions" are trophies.
        if (w == "cup" && d.Value <= 1 && d.ValueMax is null && !char.IsUpper(text[lexes[u].Start]))
        {
            measure = "cups";
            return true;
        }

        return u != j && UnitTable.Measures.TryGetValue(w + "s", out measure!) && IsSpelledMeasure(w + "s");
    }

    /// <summary>"x" or "×" between two measured numbers ("1 m x 1 m", "2 m × 3 m"): a dimension, not a noun counted.</summary>
    private bool IsDimensionCross(int i) =>
        W(i) is "x" or "\u00d7" && i + 1 < lexes.Length && lexes[i + 1].Kind == LexKind.Number;

    /// <summary>The second side of a cross ("2 m x 3 m cell"): measured in the metres the first side was.</summary>
    private bool IsCrossedMetres(int u) =>
        u >= 4 && lexes[u - 1].Kind == LexKind.Number && IsDimensionCross(u - 2) && W(u - 3) == "m" && lexes[u - 4].Kind == LexKind.Number;

    // Short symbols are measures only when unambiguous as separate words ("5 m" could be anything; "5 km" is not); "pounds" is money first.
    private static bool IsSpelledMeasure(string w) =>
        (w.Length > 2 || w is "km" or "kg" or "cm" or "mm" or "ml" or "lb" or "mg" or "oz" or "ft" or "gb" or "mb" or "tb" or "kw" or "mw" or "gw" or "dm" or "µg" or "μg"
            or "hp" or "db" or "µm" or "μm")
        && w is not ("pounds" or "pound");

    /// <summary>Qualifiers before ("more than", "about") or after ("or more"); both bounds ("more than 100 and less than 300"); false for a bare "half".</summary>
    private bool ReadQualifier(int k, NumberSpan n, Draft d)
    {
        if (d.RangeStart >= 0)
        {
            d.FirstLex = d.RangeStart;
        }
        else if (TryQualifier(d.FirstLex, out var q, out var qFirst) && !(IsHedge(q) && HasTrailingBound(d)))
        {
            d.Qualifier = q;
            d.FirstLex = qFirst;
            if (d.ValueMax is null && d.Used == 1 && TrySecondBound(k, d.LastLex, d.Value, q, out var other, out var otherLast))
            {
                // "more than 100 and less than 300", "at most 100 and at least 20": both bounds, no single qualifier.
                (d.Value, d.ValueMax) = other > d.Value ? (d.Value, other) : (other, d.Value);
                (d.LastLex, d.Qualifier, d.Used) = (otherLast, null, 2);
                if (d.Kind == FigureKinds.Count)
                {
                    d.Kind = FigureKinds.Range;
                }
            }
            else if (d.ValueMax is null)
            {
                ReadOrEqual(d);
            }
        }
        else if (HasTrailingBound(d))
        {
            // "500 or more", "aged 65 or older"; "200 or greater than" (nothing after "than") is the same bound. A hedge before it gives
            // way: "about five hundred or more" is at least 500.
            if (W(d.LastLex + 3) == "than")
            {
                d.Qualifier = Qualifiers.TrailingBound(W(d.LastLex + 2)) ?? "or " + W(d.LastLex + 2);
                d.LastLex += 3;
            }
            else
            {
                d.Qualifier = "or " + W(d.LastLex + 2);
                d.LastLex += 2;
            }
        }
        else if (d.ValueMax is null && W(d.LastLex + 1) == "and" && AndBound(W(d.LastLex + 2)) is { } andBound && !StartsNumberAt(d.LastLex + 3)
            && !(IsWord(d.LastLex + 3) && W(d.LastLex + 3) is "than" or "the" or "a" or "to"))
        {
            // "aged 65 and over", "30 and above", "12 and up": the same closed bound as "or more".
            (d.Qualifier, d.LastLex) = (andBound, d.LastLex + 2);
        }
        else if (n.Has(NumberFlags.HalfWord) && n.FirstLex == n.LastLex && d.Kind != FigureKinds.Duration
            && !(d.Kind is FigureKinds.PercentagePoints or FigureKinds.Percent && d.ValueMax is null) && W(n.LastLex + 1) != "of"
            && !(d.Kind == FigureKinds.Quantity && d.Unit is not null) && !IsHalvingBy(n))
        {
            // A bare "half" is mostly "the second half", "half-time": only "half of ...", a measure ("a half mile"), a qualified half or
            // a change by half ("cut by half") is a figure.
            return false;
        }

        return true;
    }

    /// <summary>"cut by half", "fell by half.": a change by half (not "by half-time").</summary>
    private bool IsHalvingBy(NumberSpan n) =>
        W(n.FirstLex - 1) == "by" && IsWord(n.FirstLex - 1) && !(W(n.LastLex + 1) == "-" && Glued(n.LastLex, n.LastLex + 1)) && !IsWord(n.LastLex + 1);

    private static string? AndBound(string w) => w switch
    {
        "above" or "over" or "up" or "upwards" or "older" => "at least",
        "below" or "under" or "younger" => "at most",
        _ => null,
    };

    private bool HasTrailingBound(Draft d) =>
        d.ValueMax is null && W(d.LastLex + 1) == "or" && Qualifiers.Trailing.Contains(W(d.LastLex + 2))
        && (W(d.LastLex + 3) != "than" || !StartsNumberAt(d.LastLex + 4)) && !StartsNumberAt(d.LastLex + 3);

    private static bool IsHedge(string qualifier) =>
        !Qualifiers.LowerBounds.Contains(qualifier) && !Qualifiers.UpperBounds.Contains(qualifier) && qualifier is not ("exactly" or "equal to" or "only" or "just");

    /// <summary>
    /// A spelled number glued by a hyphen to a word that is no unit ("four-letter", "three-judge", "two-way"): the compound is one
    /// adjective, it does not report a number of anything. Units keep theirs ("two-day", "five-mile"), and so do digits ("25-member").
    /// </summary>
    private bool IsWordCompound(NumberSpan n, Draft d)
    {
        var h = n.LastLex + 1;

        // "2-for-1", "one-on-one", "two-to-one": a number glued to a function word is a compound, digits too.
        if (d.Currency is null && d.ValueMax is null && W(h) == "-" && Glued(n.LastLex, h) && IsWord(h + 1) && Glued(h, h + 1)
            && W(h + 1) is "for" or "to" or "on" or "in" or "of" or "by" or "nil" or "all")
        {
            return true;
        }

        return (d.Kind == FigureKinds.Count || (d.Kind == FigureKinds.Quantity && d.Unit is null)) && d.Currency is null && n.Has(NumberFlags.Words)
            && !n.Has(NumberFlags.Digits) && d.ValueMax is null && W(h) == "-" && Glued(n.LastLex, h) && IsWord(h + 1) && Glued(h, h + 1)
            && !NumberWords.Cardinals.ContainsKey(W(h + 1)) && !NumberWords.Scales.ContainsKey(W(h + 1)) && W(h + 1) is not ("hundred" or "and");
    }

    /// <summary>
    /// A bare number that ranks or dials rather than counts: a rank group ("the top 10", "the last 16", "the bottom three", "the bottom
    /// half" of a table; a capitalised noun after it keeps the count: "the last two Premier League games"), or a number to call ("call 911").
    /// </summary>
    private bool IsRankOrCode(NumberSpan n, Draft d)
    {
        if (d.Unit is not null || d.Currency is not null || d.ValueMax is not null || !IsWord(n.FirstLex - 1))
        {
            return false;
        }

        var before = W(n.FirstLex - 1);
        if (before is "call" or "calling" or "called" or "dial" or "dialled" or "dialed" or "dialling" or "dialing" or "phone" or "telephone" or "tel" or "fax"
            or "hotline" or "helpline" && !n.Has(NumberFlags.Words))
        {
            return true;
        }

        if (n.Has(NumberFlags.HalfWord))
        {
            return before is "top" or "bottom" or "first" or "second" or "upper" or "lower" or "back" or "front";
        }

        var after = n.LastLex + 1;
        return before is "top" or "bottom" or "last" or "final" && n.Value % 1 == 0 && !(IsWord(after) && char.IsUpper(text[lexes[after].Start]));
    }

    /// <summary>A time or measure word in capitals right after the number is a title, not a unit: "Three Degrees", "28 Days Later".</summary>
    private bool IsTitle(NumberSpan n)
    {
        var u = W(n.LastLex + 1) == "-" && Glued(n.LastLex, n.LastLex + 1) ? n.LastLex + 2 : n.LastLex + 1;
        if (!IsWord(u) || lexes[u].Length < 3 || !char.IsUpper(text[lexes[u].Start]) || !char.IsLower(text[lexes[u].End - 1]))
        {
            return false;
        }

        // "10 Kilometers per hour" opens a sentence in capitals; a title goes on in capitals or starts with a spelled number.
        if (!(IsWord(u + 1) && char.IsUpper(text[lexes[u + 1].Start])) && !(n.Has(NumberFlags.Words) && char.IsUpper(text[lexes[n.FirstLex].Start])))
        {
            return false;
        }

        return UnitTable.Durations.ContainsKey(W(u)) || (UnitTable.Measures.ContainsKey(W(u)) && W(u) is not ("pound" or "pounds"));
    }

    /// <summary>Numbers that are names, dates, times or codes.</summary>
    private bool IsRejected(NumberSpan n)
    {
        for (var i = n.FirstLex; i <= n.LastLex; i++)
        {
            if (excluded[i])
            {
                return true;
            }
        }

        if (n.Has(NumberFlags.GluedPrefix) && !IsGluedCurrencyCode(n.FirstLex - 1))
        {
            return true;
        }

        var before = n.FirstLex - 1;
        var after = n.LastLex + 1;
        if (before >= 0 && Glued(before, n.FirstLex) && W(before) is ":" or "/" or "." or "+" or "#" or "%" or "=" && !n.Has(NumberFlags.Words))
        {
            return true;
        }

        if (after < lexes.Length && Glued(n.LastLex, after) && W(after) is ":" or "/" or "." && after + 1 < lexes.Length && lexes[after + 1].Kind == LexKind.Number && Glued(after, after + 1))
        {
            return true;
        }

        // Chains such as phone numbers: "555-123-4567", "+1-222-2222".
        if (n.IsSingleDigitRun && !n.Has(NumberFlags.Grouped) && !n.Has(NumberFlags.Decimal) && Glued(n.LastLex, after) && W(after) == "-" && after + 2 < lexes.Length && lexes[after + 1].Kind == LexKind.Number
            && lexes[after + 1].Lower.AsSpan().IndexOfAny(',', '.') < 0
            && Glued(after, after + 1) && ((Glued(after + 1, after + 2) && W(after + 2) == "-") || lexes[after + 1].Length >= 4 || lexes[n.FirstLex].Length >= 4)
            && !IsRoundRange(n.FirstLex, after + 1))
        {
            return true;
        }

        // (Telephone numbers carry no separators or decimals: "25,000-30,000" and "$40-40.25" are ranges.)
        if (before >= 1 && W(before) == "-" && Glued(before, n.FirstLex) && lexes[before - 1].Kind == LexKind.Number && Glued(before - 1, before)
            && !n.Has(NumberFlags.Grouped) && !n.Has(NumberFlags.Decimal) && lexes[before - 1].Lower.AsSpan().IndexOfAny(',', '.') < 0 && !IsRoundRange(before - 1, n.FirstLex)
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

    // "1000-5000" is a range, "555-1234" a phone number: two round numbers of one length, rising, and no third group.
    private bool IsRoundRange(int a, int b) =>
        lexes[a].Length == lexes[b].Length && lexes[a].Lower.EndsWith('0') && lexes[b].Lower.EndsWith('0')
        && !(b + 1 < lexes.Length && Glued(b, b + 1) && lexes[b + 1].Kind == LexKind.Punct && W(b + 1) is "-" or "/")
        && NumberScanner.ParseDigits(lexes[b].Lower, out _, out _) > NumberScanner.ParseDigits(lexes[a].Lower, out _, out _);

    /// <summary>Years, a pronoun "one", bare "a".</summary>
    private bool PassesWordRules(NumberSpan n, string kind, string? unit, string? currency, double? valueMax)
    {
        // A year, or a span of years ("1990-1995"); "1000-5000" is not, nor "2000 troops" (a plural right after it; "2005 model years" is a year).
        if (n.IsSingleDigitRun && currency is null && (valueMax is null || valueMax <= 2100) && !n.Has(NumberFlags.Grouped) && !n.Has(NumberFlags.Decimal) && !n.Has(NumberFlags.Scaled)
            && lexes[n.FirstLex].Length == 4 && n.Value is >= 1000 and <= 2100 && kind is FigureKinds.Count or FigureKinds.Range
            && (unit is null || !W(n.LastLex + 1).EndsWith('s')) && !IsCompared(n))
        {
            return false;
        }

        // "that one mile" measures; "that one day", "the one man" point at something.
        if (n.FirstLex == n.LastLex && W(n.FirstLex) == "one")
        {
            if (kind == FigureKinds.Count || (kind != FigureKinds.Quantity && W(n.FirstLex - 1) is "the" or "this" or "that" or "which" or "no" or "any" or "every" or "each" or "another"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"above 1000", "&gt; 2000", "exceed 3000": a year is not compared as a bound ("up to 2005" may still be a year).</summary>
    private bool IsCompared(NumberSpan n) =>
        TryQualifier(n.FirstLex, out var q, out _) && q is not ("up to" or "under" or "over")
        && (Qualifiers.LowerBounds.Contains(q) || Qualifiers.UpperBounds.Contains(q) || q == "equal to");

    private bool TryCurrencyName(int j, out string code, out double factor, out int last)
    {
        code = "";
        factor = 1;
        last = j;

        // "12-cent", "one-yen".
        var k = W(j) == "-" && Glued(j - 1, j) && Glued(j, j + 1) ? j + 1 : j;
        if (!IsWord(k))
        {
            return false;
        }

        // "australian dollars", "hong kong dollars", "us dollars".
        if (IsWord(k + 1))
        {
            if (IsWord(k + 2) && CurrencyTable.NationalNames.TryGetValue(W(k) + " " + W(k + 1) + " " + W(k + 2), out var three))
            {
                (code, last) = (three, k + 2);
                return true;
            }

            if (CurrencyTable.NationalNames.TryGetValue(W(k) + " " + W(k + 1), out var two))
            {
                (code, last) = (two, k + 1);
                return true;
            }

            // "12 Canadian cents": the hundredth of that nation's dollar.
            if (W(k + 1) is "cent" or "cents" && CurrencyTable.NationalNames.TryGetValue(W(k) + " dollars", out var dollarCode))
            {
                (code, factor, last) = (dollarCode, 0.01, k + 1);
                return true;
            }
        }

        // "20 USD", "40 rmb", "30 MUSD"; "TRY" and the scaled codes only in capitals.
        if (CurrencyTable.Codes.TryGetValue(W(k), out var coded) && k == j && !(k + 1 < lexes.Length && Glued(k, k + 1) && lexes[k + 1].Kind == LexKind.Number)
            && ((W(k) != "try" && coded.Factor == 1) || char.IsUpper(text[lexes[k].Start + lexes[k].Length - 1])))
        {
            (code, factor, last) = (coded.Code, coded.Factor, k);
            return true;
        }

        if (!CurrencyTable.Names.TryGetValue(W(k), out var entry) || W(k) == "p" || (W(k) is "pound" or "pounds" && IsWeightContext(j - 1, k)))
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

    /// <summary>
    /// "Pounds" are weight, not money, when the words around say so: a verb of weighing or of losing and gaining weight shortly
    /// before the number ("weighing 25 pounds", "to drop 25 pounds"), a comparison of weight after it ("20 pounds heavier"), or
    /// "of" and a substance ("5 pounds of cocaine"). Elsewhere "25 pounds" is money.
    /// </summary>
    private bool IsWeightContext(int numberLast, int unit)
    {
        if (W(unit + 1) is "heavier" or "lighter" or "overweight" or "underweight" || (W(unit + 1) == "of" && IsPlainNoun(unit + 2)))
        {
            return true;
        }

        // Back over the number itself, then look at the few words before it.
        var n = numberLast;
        while (n > 0 && (lexes[n].Kind == LexKind.Number || NumberWords.Cardinals.ContainsKey(W(n)) || NumberWords.Scales.ContainsKey(W(n)) || W(n) is "hundred" or "and"))
        {
            n--;
        }

        for (var b = n; b >= 0 && b > n - 4; b--)
        {
            if (W(b) is "weigh" or "weighs" or "weighed" or "weighing" or "lose" or "lost" or "losing" or "gain" or "gained" or "gaining" or "drop"
                or "dropped" or "shed" or "shedding" or "weight")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"US$", "C $", "HK$", "u.s $", "NZD$" before a "$" at <paramref name="p"/>.</summary>
    private bool TryDollarPrefix(int p, out string code, out int first)
    {
        code = "USD";
        first = p;
        var q = p - 1;
        if (q < 0 || lexes[p].Start - lexes[q].End > 1)
        {
            return false;
        }

        // "U.S.$", "u.s $".
        var u = W(q) == "." ? q - 1 : q;
        if (u >= 2 && W(u) == "s" && W(u - 1) == "." && W(u - 2) == "u" && Glued(u - 2, u - 1) && Glued(u - 1, u))
        {
            first = u - 2;
            return true;
        }

        if (!IsWord(q) || !CurrencyTable.DollarPrefixes.TryGetValue(W(q), out var prefix) || (!prefix.Spaced && !Glued(q, p)))
        {
            return false;
        }

        (code, first) = (prefix.Code, q);
        return true;
    }

    /// <summary>"USD115", "Rs500": a capitalised currency code glued before the digits.</summary>
    private bool IsGluedCurrencyCode(int w) =>
        IsWord(w) && CurrencyTable.Prefixes.ContainsKey(W(w)) && char.IsUpper(text[lexes[w].Start]) && (w == 0 || !Glued(w - 1, w));

    /// <summary>A currency sign after the amount ("10 €"), unless an amount follows it ("10 $ 30" is "$ 30").</summary>
    private bool IsTrailingSymbol(int j, out string code)
    {
        code = "";
        if (j >= lexes.Length || lexes[j].Kind != LexKind.Punct || lexes[j].Start - lexes[j - 1].End > 1
            || !CurrencyTable.Symbols.TryGetValue(W(j), out var c))
        {
            return false;
        }

        if (j + 1 < lexes.Length && lexes[j + 1].Kind == LexKind.Number && lexes[j + 1].Start - lexes[j].End <= 1)
        {
            return false;
        }

        code = c;
        return true;
    }

    /// <summary>"and forty-five cents" after "thirteen dollars": the next number, below 100, with a cent word.</summary>
    private bool TryCents(int k, int nameLast, out double cents, out int last)
    {
        cents = 0;
        last = nameLast;
        if (k + 1 >= numbers.Count)
        {
            return false;
        }

        var n2 = numbers[k + 1];
        var at = W(nameLast + 1) == "and" ? nameLast + 2 : nameLast + 1;
        if (n2.FirstLex != at || IsRejected(n2) || n2.Value % 1 != 0 || n2.Value is < 1 or >= 100 || n2.Has(NumberFlags.Ordinal) || n2.Has(NumberFlags.GluedSuffix))
        {
            return false;
        }

        if (W(n2.LastLex + 1) is "cents" or "cent" or "pence" or "centimes")
        {
            (cents, last) = (n2.Value / 100, n2.LastLex + 1);
            return true;
        }

        // "15 dollars 50.", "17 USD 25", "thirteen dollars forty five": a bare number under 100 that ends the phrase is the cents.
        var next = n2.LastLex + 1;
        if (next < lexes.Length && (lexes[next].Kind != LexKind.Punct || W(next) is "-" or "%" || CurrencyTable.IsSymbol(W(next))))
        {
            return false;
        }

        (cents, last) = (n2.Value / 100, n2.LastLex);
        return true;
    }

    /// <summary>Feet and inch marks after digits: "5' 10"" and "6'2"" are one height in feet, "a 15.6" screen" inches, "6' tall" feet.</summary>
    private bool TryLengthMarks(int k, NumberSpan n, Draft d)
    {
        var j = d.LastLex + 1;
        if (d.Currency is not null || !n.Has(NumberFlags.Digits) || n.Has(NumberFlags.Words) || d.Value < 0 || d.ValueMax is not null || j >= lexes.Length)
        {
            return false;
        }

        if (LengthMarks.IsInchMark(text, lexes, j))
        {
            (d.Unit, d.Kind, d.LastLex) = ("inches", FigureKinds.Quantity, j);
            return true;
        }

        if (!LengthMarks.IsFootMark(W(j)) || !Glued(d.LastLex, j))
        {
            return false;
        }

        if (k + 1 < numbers.Count && numbers[k + 1] is var n2 && n2.FirstLex == j + 1 && lexes[n2.FirstLex].Start - lexes[j].End <= 1 && n2.IsSingleDigitRun
            && n2.Value is >= 0 and < 12 && !IsRejected(n2) && LengthMarks.IsInchMark(text, lexes, n2.LastLex + 1, afterFeet: true))
        {
            (d.Value, d.Unit, d.Kind, d.LastLex, d.Used) = (d.Value + (n2.Value / 12), "feet", FigureKinds.Quantity, n2.LastLex + 1, 2);
            return true;
        }

        if (IsWord(j + 1) && !Glued(j, j + 1) && UnitTable.DimensionAdjectives.Contains(W(j + 1)))
        {
            (d.Unit, d.Kind, d.LastLex) = ("feet", FigureKinds.Quantity, j);
            return true;
        }

        return false;
    }

    /// <summary>"5 feet 2 inches", "6 ft 1 in", "6ft 2in": one height in feet.</summary>
    private void AddInches(int k, Draft d)
    {
        if (d.Unit == "feet" && d.Used == 1 && d.ValueMax is null && TryInches(k, d.LastLex, out var inches, out var inchesLast))
        {
            d.Value += inches / 12;
            d.LastLex = inchesLast;
            d.Used = 2;
        }
    }

    /// <summary>"2 inches", "2in" or "2"" right after a number of feet.</summary>
    private bool TryInches(int k, int feetLast, out double inches, out int last)
    {
        inches = 0;
        last = feetLast;
        if (k + 1 >= numbers.Count)
        {
            return false;
        }

        var n2 = numbers[k + 1];
        var at = W(feetLast + 1) == "and" ? feetLast + 2 : feetLast + 1;
        if (n2.FirstLex != at || IsRejected(n2) || n2.Value is < 0 or >= 12 || n2.Has(NumberFlags.Ordinal))
        {
            return false;
        }

        var mark = LengthMarks.IsInchMark(text, lexes, n2.LastLex + 1, afterFeet: true);
        if (!mark && (W(n2.LastLex + 1) is not ("in" or "inch" or "inches") || !IsWord(n2.LastLex + 1)
            || (n2.Has(NumberFlags.GluedSuffix) && W(n2.LastLex + 1) != "in") || (IsWord(n2.LastLex + 2) && Glued(n2.LastLex + 1, n2.LastLex + 2))))
        {
            return false;
        }

        inches = n2.Value;
        last = n2.LastLex + 1;
        return true;
    }

    /// <summary>
    /// The other bound of a two-sided range on the next number: "and less than 300" after "more than 100", "and at least 20" after
    /// "at most 100", ", lower or equal than three hundred" after "higher or equal than one hundred".
    /// </summary>
    private bool TrySecondBound(int k, int lastLex, double value, string firstQualifier, out double other, out int last)
    {
        other = 0;
        last = lastLex;
        var lower = Qualifiers.LowerBounds.Contains(firstQualifier);
        if (k + 1 >= numbers.Count || W(lastLex + 1) is not ("and" or "but" or ",") || (!lower && !Qualifiers.UpperBounds.Contains(firstQualifier)))
        {
            return false;
        }

        var n2 = numbers[k + 1];
        if (IsRejected(n2) || n2.Has(NumberFlags.Ordinal) || n2.Has(NumberFlags.GluedSuffix) || (lower ? n2.Value <= value : n2.Value >= value)
            || !TryQualifier(n2.FirstLex, out var q, out var qFirst) || qFirst != lastLex + 2
            || !(lower ? Qualifiers.UpperBounds : Qualifiers.LowerBounds).Contains(q))
        {
            return false;
        }

        other = n2.Value;
        last = n2.LastLex;
        return true;
    }

    /// <summary>"less than 5000 or equal", "more than 5000 or equal to (it)", "equal to 5000 or more than": the closed bound.</summary>
    private void ReadOrEqual(Draft d)
    {
        var o = d.LastLex + 1;
        if (W(o) != "or")
        {
            return;
        }

        if (W(o + 1) == "equal" && Qualifiers.OrEqual(d.Qualifier!) is { } closed && !(W(o + 2) == "to" && StartsNumberAt(o + 3)))
        {
            var last = o + 1;
            if (W(last + 1) == "to")
            {
                last++;
            }

            (d.Qualifier, d.LastLex) = (closed, last);
        }
        else if (d.Qualifier == "equal to" && Qualifiers.TrailingBound(W(o + 1)) is { } bound && W(o + 2) == "than" && !StartsNumberAt(o + 3))
        {
            (d.Qualifier, d.LastLex) = (bound, o + 2);
        }
    }

    private bool StartsNumberAt(int i) =>
        i < lexes.Length && (lexes[i].Kind == LexKind.Number || NumberWords.Cardinals.ContainsKey(W(i)) || W(i) is "a" or "an" or "half");

    /// <summary>"years old", "year-old", "months of age": an age keeps its duration unit and takes the words into its text.</summary>
    private int AgeEnd(int u)
    {
        if (W(u + 1) == "old" && IsWord(u + 1))
        {
            return u + 1;
        }

        if (W(u + 1) == "-" && Glued(u, u + 1) && W(u + 2) == "old" && Glued(u + 1, u + 2))
        {
            return u + 2;
        }

        return W(u + 1) == "of" && W(u + 2) == "age" ? u + 2 : u;
    }

    /// <summary>Multi-word measures at <paramref name="u"/>: "metric tons", "square metres", "sq km", "cubic feet", "degrees Celsius".</summary>
    private bool TryCompoundMeasure(int u, out string unit, out int last)
    {
        unit = "";
        last = u;
        var w = W(u);
        if (w == "metric" && W(u + 1) is "ton" or "tons" or "tonne" or "tonnes")
        {
            (unit, last) = ("tonnes", u + 1);
            return true;
        }

        // "4.2 light years", "light-years", "200 nautical miles", "12 fl oz", "400 parts per million".
        var second = W(u + 1) == "-" && Glued(u, u + 1) && Glued(u + 1, u + 2) ? u + 2 : u + 1;
        if (IsWord(second) && UnitTable.Compounds.TryGetValue(w + " " + W(second), out var pair))
        {
            (unit, last) = (pair, second);
            return true;
        }

        if (IsWord(second + 1) && UnitTable.Compounds.TryGetValue(w + " " + W(second) + " " + W(second + 1), out var triple))
        {
            (unit, last) = (triple, second + 1);
            return true;
        }

        if (w is "square" or "sq" or "cubic" && IsWord(u + 1) && UnitTable.Measures.TryGetValue(W(u + 1), out var length)
            && (w == "cubic" ? UnitTable.CubicUnits : UnitTable.SquareUnits).TryGetValue(length, out var area))
        {
            (unit, last) = (area, u + 1);
            return true;
        }

        if (w is "degree" or "degrees" or "deg")
        {
            var s = w == "deg" && W(u + 1) == "." && Glued(u, u + 1) ? u + 1 : u;
            if (IsWord(s + 1) && UnitTable.TemperatureScales.TryGetValue(W(s + 1), out var scale))
            {
                (unit, last) = (scale, s + 1);
                return true;
            }

            (unit, last) = ("degrees", s);
            return true;
        }

        return false;
    }

    /// <summary>A measure and what may follow it: "km2"/"km²" (area), "miles an hour"/"km/h" (speed).</summary>
    private (string Unit, int Last) MeasureWithSuffixes(string measure, int u)
    {
        if (IsSquareSuffix(u))
        {
            var cubic = W(u + 1) is "3" or "³";
            if ((cubic ? UnitTable.CubicUnits : UnitTable.SquareUnits).TryGetValue(measure, out var area))
            {
                return (area, u + 1);
            }
        }

        // A length over a time is a speed: "miles an hour", "km/h", "metres per second", "50 cm/ms".
        if (UnitTable.SpeedLengths.Contains(measure) && IsWord(u + 2)
            && ((W(u + 1) is "per" && IsWord(u + 1)) || (W(u + 1) is "an" or "a" && UnitTable.PerTime.TryGetValue(W(u + 2), out var hourly) && hourly == "h")
                || (W(u + 1) == "/" && Glued(u, u + 1) && Glued(u + 1, u + 2)))
            && UnitTable.PerTime.TryGetValue(W(u + 2), out var per))
        {
            return ((measure, per) switch { ("miles", "h") => "mph", _ => measure + "/" + per }, u + 2);
        }

        // Bits over a second are a data rate: "two megabits per second", "0.5 megabits a second", "512 kbit/s".
        if (measure is "Kbit" or "Mbit" or "Gbit" && IsWord(u + 2) && W(u + 2) is "second" or "sec" or "s"
            && (W(u + 1) is "per" or "a" || (W(u + 1) == "/" && Glued(u, u + 1) && Glued(u + 1, u + 2))))
        {
            return (measure[0] == 'K' ? "kbps" : measure[0] + "bps", u + 2);
        }

        return (measure, u);
    }

    // "km2", "m²", "m3" right after a unit, and nothing glued after.
    private bool IsSquareSuffix(int u) =>
        u + 1 < lexes.Length && Glued(u, u + 1) && W(u + 1) is "2" or "3" or "²" or "³"
        && UnitTable.SquareUnits.ContainsKey(UnitTable.Measures.GetValueOrDefault(W(u), ""))
        && !(u + 2 < lexes.Length && Glued(u + 1, u + 2) && lexes[u + 2].Kind != LexKind.Punct);

    private bool TryNounUnit(int j, out string unit, out int last)
    {
        unit = "";
        last = j;
        var start = j;
        var properHead = false;
        if (!IsUnitWord(j) && !SkipsProperModifiers(ref j, out properHead))
        {
            return false;
        }

        if (properHead)
        {
            // "two Golden Globes", "11 Oscars", "2.2 million Ethiopians": the capitalised plural is what is counted.
            unit = text[lexes[start].Start..lexes[j].End];
            last = j;
            return true;
        }

        if (UnitTable.SkippableAdjectives.Contains(W(j)) && IsUnitWord(j + 1) && !UnitTable.SkippableAdjectives.Contains(W(j + 1)))
        {
            j++;
        }
        else if (UnitTable.SkippableAdjectives.Contains(W(j)))
        {
            return false;
        }

        j = NounPhraseHead(j);

        // "two song-and-dance routines", "14 free-to-air channels": a hyphenated compound modifies the plural noun after it;
        // with none after it, a plural compound is itself the head ("four co-stars", "two tie-breaks").
        var first = j;
        var chainEnd = HyphenChainEnd(j);
        if (chainEnd > j)
        {
            if (IsUnitWord(chainEnd + 1) && lexes[chainEnd + 1].Start - lexes[chainEnd].End == 1 && LooksPlural(W(NounPhraseHead(chainEnd + 1))))
            {
                first = j = NounPhraseHead(chainEnd + 1);
            }
            else if (LooksPlural(W(chainEnd)))
            {
                j = chainEnd;
            }
            else
            {
                return false;
            }
        }

        unit = text[lexes[first].Start..lexes[j].End];
        last = j;
        return true;
    }

    /// <summary>The last word of a hyphen chain that starts at <paramref name="j"/> ("song-and-dance"); <paramref name="j"/> when none follows.</summary>
    private int HyphenChainEnd(int j)
    {
        while (W(j + 1) == "-" && Glued(j, j + 1) && IsWord(j + 2) && Glued(j + 1, j + 2))
        {
            j += 2;
        }

        return j;
    }

    /// <summary>
    /// What a count counts is the head of its noun phrase, its last noun: "two family friends" counts friends, "63,000 mobile phones"
    /// phones. From a first word that does not look plural, reads on over up to three more nouns and moves to the last one only when
    /// that one looks plural ("four gigabyte storage capacity" keeps "gigabyte": no plural head is in sight).
    /// </summary>
    private int NounPhraseHead(int j)
    {
        if (LooksPlural(W(j)))
        {
            return j;
        }

        for (var k = j + 1; k <= j + 3 && IsUnitWord(k) && lexes[k].Start - lexes[k - 1].End == 1; k++)
        {
            if (LooksPlural(W(k)))
            {
                return k;
            }
        }

        return j;
    }

    /// <summary>
    /// "two Welsh factories", "55 Labour MPs", "16 Champions League games", "two Indian cement firms", "30 Airbus A320 planes": up to two
    /// capitalised modifiers (a model code is one) before common nouns that end in a plural; <paramref name="j"/> moves to the first noun. A capitalised plural that ends the phrase is itself the head (<paramref name="properHead"/>:
    /// "two Golden Globes", "11 Oscars", "four Wallabies"); one before a number, a colon, a bracket or a possessive labels a table's cell or
    /// a name ("Sale 31 Wasps 33", "Runs: 8463", "Women's 100 metres"). Without a plural in sight the capitals are a name and count nothing here.
    /// </summary>
    private bool SkipsProperModifiers(ref int j, out bool properHead)
    {
        properHead = false;
        for (var (k, words) = (j, 0); words < 3 && IsWord(k) && (k == j || lexes[k].Start - lexes[k - 1].End == 1); (k, words) = (k + 1, words + 1))
        {
            // "two Indian cement firms", "12 Eurozone finance ministers": common nouns after the capitals lead to the plural head.
            if (k > j && IsUnitWord(k))
            {
                if (!LooksPlural(W(NounPhraseHead(k))) && !IsAcronymPlural(lexes[k]))
                {
                    return false;
                }

                j = k;
                return true;
            }

            // A model code is one modifier ("30 Airbus A320 planes").
            var code = lexes[k].Length <= 3 && k + 1 < lexes.Length && lexes[k + 1].Kind == LexKind.Number && Glued(k, k + 1)
                && !(k + 2 < lexes.Length && Glued(k + 1, k + 2));

            // An initial starts a person's name ("T Parkes"), which counts nothing.
            if (!char.IsUpper(text[lexes[k].Start]) || IsAcronymPlural(lexes[k]) || (lexes[k].Length == 1 && !code))
            {
                return false;
            }

            if (code)
            {
                k++;
                continue;
            }

            if (LooksPlural(W(k)) && !IsAllCapitalWord(k) && !(IsWord(k + 1) && lexes[k + 1].Start - lexes[k].End == 1 && (char.IsUpper(text[lexes[k + 1].Start]) || IsUnitWord(k + 1)))
                && !(k + 1 < lexes.Length && ((Glued(k, k + 1) && lexes[k + 1].Kind != LexKind.Punct) || lexes[k + 1].Kind == LexKind.Number
                    || W(k + 1) is ":" or "'" or "\u2019" or "(")))
            {
                (j, properHead) = (k, true);
                return true;
            }
        }

        return false;
    }

    private bool IsAllCapitalWord(int k) => !text.AsSpan(lexes[k].Start, lexes[k].Length).ContainsAnyInRange('a', 'z');

    internal static bool LooksPlural(string w) =>
        (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal))
        || w is "people" or "men" or "women" or "children" or "staff" or "cattle" or "feet" or "teeth" or "mice" or "geese" or "data" or "media" or "personnel";

    private bool IsUnitWord(int j)
    {
        if (!IsWord(j) || !char.IsLower(text[lexes[j].Start]))
        {
            return IsWord(j) && IsAcronymPlural(lexes[j]);
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

    /// <summary>"MPs", "MEPs", "CDs": capitals and a plural s are a common noun, not a name ("55 MPs" counts MPs).</summary>
    private bool IsAcronymPlural(Lex lex)
    {
        var span = text.AsSpan(lex.Start, lex.Length);
        if (span.Length < 3 || span[^1] != 's')
        {
            return false;
        }

        foreach (var c in span[..^1])
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private bool IsPlainNoun(int j) => j < lexes.Length && IsUnitWord(j);

    private bool TryQualifier(int firstLex, out string qualifier, out int first)
    {
        if (TrySymbolQualifier(firstLex, out qualifier, out first))
        {
            return true;
        }

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

            // "eight equals nought point eleven": between two numbers "equals" is arithmetic, not a bound.
            if (match && phrase[0] is "equals" or "=" && s > 0 && (lexes[s - 1].Kind == LexKind.Number || NumberWords.Cardinals.ContainsKey(W(s - 1))))
            {
                continue;
            }

            if (match)
            {
                var written = phrase.Length == 1 ? phrase[0] : string.Join(' ', phrase);
                qualifier = Qualifiers.Canonical.GetValueOrDefault(written, written);
                first = s;
                return true;
            }
        }

        return false;
    }

    /// <summary>Comparison signs right before the number: "&gt;10", "&lt;= 100", "&lt; = 100", "≥ 30", "= 20".</summary>
    private bool TrySymbolQualifier(int firstLex, out string qualifier, out int first)
    {
        qualifier = "";
        first = firstLex;
        var s = firstLex - 1;
        if (s < 0 || lexes[s].Kind != LexKind.Punct || lexes[firstLex].Start - lexes[s].End > 1)
        {
            return false;
        }

        var sign = W(s);
        var gluedBefore = s > 0 && lexes[s - 1].Kind == LexKind.Punct && lexes[s].Start - lexes[s - 1].End <= 1;
        if (sign == "=" && gluedBefore && W(s - 1) is "<" or ">")
        {
            // "<=" and "< =", unless another sign comes before ("<<=").
            var outer = s - 2 >= 0 && lexes[s - 2].Kind == LexKind.Punct && lexes[s - 1].Start == lexes[s - 2].End && W(s - 2) is "<" or ">" or "=";
            (qualifier, first) = (outer ? "" : W(s - 1) == "<" ? "at most" : "at least", s - 1);
            return !outer;
        }

        // "<>30", "=>30": not a comparison of the number.
        if (gluedBefore && W(s - 1) is "<" or ">" or "=")
        {
            return false;
        }

        qualifier = sign switch
        {
            ">" => "more than",
            "<" => "less than",
            "\u2265" => "at least",
            "\u2264" => "at most",
            "=" => "equal to",
            _ => "",
        };
        first = s;
        return qualifier.Length > 0;
    }
}
