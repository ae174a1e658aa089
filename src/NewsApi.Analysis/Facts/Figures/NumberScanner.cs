using System.Globalization;

namespace NewsApi.Analysis.Facts.Figures;

[Flags]
internal enum NumberFlags
{
    None = 0,
    Words = 1,
    Digits = 2,
    Ordinal = 4,
    Fraction = 8,

    /// <summary>Letters glued in front ("G20", "F-16"): a name, not a quantity.</summary>
    GluedPrefix = 16,

    /// <summary>Unknown letters glued behind ("29km", "7pm"); <see cref="NumberSpan.LastLex"/> + 1 is that word.</summary>
    GluedSuffix = 32,

    /// <summary>A multiplier was applied ("million", "bn", "k").</summary>
    Scaled = 64,

    /// <summary>The digits carried a thousands separator ("1,400"): never a year.</summary>
    Grouped = 128,
    Decimal = 256,
    Negative = 512,
    HalfWord = 1024,
}

/// <summary>A number over lexemes <see cref="FirstLex"/>..<see cref="LastLex"/> (inclusive); Start/End are text offsets, End exclusive.</summary>
internal readonly record struct NumberSpan(int FirstLex, int LastLex, int Start, int End, double Value, NumberFlags Flags)
{
    public bool Has(NumberFlags flag) => (Flags & flag) != 0;

    public bool IsSingleDigitRun => Has(NumberFlags.Digits) && !Has(NumberFlags.Words) && FirstLex == LastLex;
}

/// <summary>
/// Finds numbers written in digits, words or both ("1,400", "1.4 million", "twenty-one", "a dozen", "two thirds", "$1.2bn").
/// One left-to-right pass over the lexemes; every attempt only looks a bounded distance ahead, so the scan is linear.
/// </summary>
internal static class NumberScanner
{
    private enum Atom
    {
        None,
        Small,
        Tens,
        Digits,
        Hundred,
        Scale,
    }

    public static List<NumberSpan> Scan(string text, Lex[] lexes)
    {
        var result = new List<NumberSpan>();
        var i = 0;
        while (i < lexes.Length)
        {
            if (TryParse(text, lexes, i, out var span))
            {
                result.Add(span);
                i = span.LastLex + 1;
            }
            else
            {
                i++;
            }
        }

        return result;
    }

    private static bool TryParse(string text, Lex[] lx, int i, out NumberSpan span, bool allowRatio = true)
    {
        span = default;
        var first = i;
        var flags = NumberFlags.None;
        var negative = false;
        var l = lx[i];

        if (l.Kind == LexKind.Punct && (l.Lower == "-" || l.Lower == "\u2212") && i + 1 < lx.Length && lx[i + 1].Kind == LexKind.Number
            && lx[i + 1].Start == l.End && (i == 0 || lx[i - 1].End < l.Start || lx[i - 1].Lower == "("))
        {
            negative = true;
            i++;
        }
        else if (i == 0 && l.Kind == LexKind.Punct && l.Lower == "-" && lx.Length > 1 && lx[1].Kind == LexKind.Number && lx[1].Start - l.End <= 2)
        {
            // A leading minus with a space ("- 10 k") only at the very start: elsewhere " - " is a dash.
            negative = true;
            i++;
        }
        else if (l.Kind == LexKind.Word && (l.Lower == "minus" || l.Lower == "negative") && i + 1 < lx.Length && StartsNumber(lx, i + 1))
        {
            negative = true;
            i++;
        }

        l = lx[i];
        if (l.Kind == LexKind.Punct && l.Length == 1 && char.GetNumericValue(l.Lower[0]) is > 0 and < 1 and var vulgar)
        {
            span = Make(lx, first, i, vulgar, NumberFlags.Fraction, negative);
            return true;
        }

        if (l.Kind == LexKind.Word && l.Lower == "quarter" && i + 1 < lx.Length && NumberWords.Scales.TryGetValue(lx[i + 1].Lower, out var quarterOf))
        {
            span = Make(lx, first, i + 1, quarterOf / 4, NumberFlags.Words | NumberFlags.Scaled, negative);
            return true;
        }

        if (l.Kind == LexKind.Word && l.Lower == "half")
        {
            return TryHalf(lx, first, i, negative, out span);
        }

        double total = 0, current = 0, lastScale = 0;
        var last = Atom.None;
        var lastLex = -1;
        var j = i;
        if (l.Kind == LexKind.Word && (l.Lower == "a" || l.Lower == "an"))
        {
            if (j + 1 >= lx.Length)
            {
                return false;
            }

            var next = lx[j + 1].Lower;
            if (next is "hundred" or "dozen" || NumberWords.Scales.ContainsKey(next))
            {
                current = 1;
                last = Atom.Small;
                lastLex = j;
                flags |= NumberFlags.Words;
                j++;
            }
            else if (NumberWords.Denominators.TryGetValue(next, out var den) && !next.EndsWith('s') && FractionAllowedAfter(lx, j + 2, next))
            {
                span = Make(lx, first, j + 1, 1.0 / den, NumberFlags.Words | NumberFlags.Fraction, negative);
                return true;
            }
            else
            {
                return false;
            }
        }

        while (j < lx.Length)
        {
            var x = lx[j];
            if (x.Kind == LexKind.Number)
            {
                if (last is not (Atom.None or Atom.Hundred or Atom.Scale))
                {
                    break;
                }

                if (last != Atom.None && (x.Lower.Contains('.', StringComparison.Ordinal) || lx[j - 1].Kind == LexKind.Number || x.Start - lx[j - 1].End > 2))
                {
                    break;
                }

                var v = ParseDigits(x.Lower, out var grouped, out var isDecimal);
                if (last == Atom.Hundred && v >= 100)
                {
                    break;
                }

                if (last == Atom.Scale && v >= 1000)
                {
                    break;
                }

                if (last == Atom.None)
                {
                    if (j > 0 && lx[j - 1].Kind == LexKind.Word && lx[j - 1].End == x.Start)
                    {
                        flags |= NumberFlags.GluedPrefix;
                    }
                    else if (j > 1 && lx[j - 1].Lower == "-" && lx[j - 1].End == x.Start && lx[j - 2].End == lx[j - 1].Start
                        && ((lx[j - 2].Kind == LexKind.Word && !IsGluedMultiplier(lx, j - 2))
                            || (j > 2 && lx[j - 2].Kind == LexKind.Number && lx[j - 3].Kind == LexKind.Word && lx[j - 3].End == lx[j - 2].Start)))
                    {
                        // "F-16", "SCP2-173" are names; "5k-20k" is a range.
                        flags |= NumberFlags.GluedPrefix;
                    }
                }

                flags |= NumberFlags.Digits | (grouped ? NumberFlags.Grouped : 0) | (isDecimal ? NumberFlags.Decimal : 0);
                current = last == Atom.None ? v : current + v;
                lastLex = j;
                j++;

                // Glued letters: a multiplier ("10k", "$1.2bn"), an ordinal suffix ("21st") or something else ("29km", "7pm").
                if (last == Atom.None && j < lx.Length && lx[j].Kind == LexKind.Word && lx[j].Start == x.End)
                {
                    var suffix = lx[j].Lower;
                    var raw = text.AsSpan(lx[j].Start, lx[j].Length);
                    if (NumberWords.IsOrdinalSuffix(suffix))
                    {
                        span = Make(lx, first, j, current, flags | NumberFlags.Ordinal, negative);
                        return true;
                    }

                    if (suffix == "e" && TryExponent(lx, j + 1, out var exponent, out var expLast))
                    {
                        span = Make(lx, first, expLast, current * Math.Pow(10, exponent), flags | NumberFlags.Decimal, negative);
                        return true;
                    }

                    // Lower-case "m" and "mm" are metres and millimetres unless a currency sign precedes ("$5m", "$1mm").
                    if (NumberWords.GluedMultipliers.TryGetValue(suffix, out var mult)
                        && (suffix is not ("m" or "mm") || raw[0] == 'M' || AfterCurrency(lx, first)))
                    {
                        span = Make(lx, first, j, current * mult, flags | NumberFlags.Scaled, negative);
                        return true;
                    }

                    span = Make(lx, first, j - 1, current, flags | NumberFlags.GluedSuffix, negative);
                    return true;
                }

                // Powers: "1.1^23", "2.5^-1".
                if (last == Atom.None && j < lx.Length && lx[j].Lower == "^" && lx[j].Start == x.End && TryPower(lx, j + 1, out var power, out var powerLast))
                {
                    span = Make(lx, first, powerLast, Math.Pow(current, power), flags | NumberFlags.Decimal, negative);
                    return true;
                }

                // Simple fractions "3/4", "2 1/4": proper, small denominators only, so "9/11" and "24/7" stay apart.
                if (!grouped && !isDecimal && TrySlashFraction(lx, last == Atom.None ? j - 1 : -1, out var fracValue, out var fracLast))
                {
                    span = Make(lx, first, fracLast, fracValue, flags | NumberFlags.Fraction, negative);
                    return true;
                }

                if (last == Atom.None && !grouped && !isDecimal && j < lx.Length && lx[j].Kind == LexKind.Number && lx[j].Start - x.End <= 2
                    && TrySlashFraction(lx, j, out var mixedFraction, out var mixedLast) && mixedFraction < 1)
                {
                    span = Make(lx, first, mixedLast, current + mixedFraction, flags | NumberFlags.Fraction, negative);
                    return true;
                }

                // Space-grouped thousands ("40 000", "1 414 021 100").
                if (last == Atom.None && !grouped && !isDecimal && x.Length <= 3)
                {
                    while (j < lx.Length && lx[j].Kind == LexKind.Number && lx[j].Start - lx[j - 1].End == 1 && IsThreeDigitGroup(lx[j].Lower)
                        && (j + 1 >= lx.Length || lx[j + 1].Start > lx[j].End || lx[j + 1].Kind != LexKind.Number))
                    {
                        current = current * 1000 + ParseDigits(lx[j].Lower, out _, out _);
                        lastLex = j;
                        j++;
                        if (lx[j - 1].Lower.Length > 3)
                        {
                            break;
                        }
                    }
                }

                last = Atom.Digits;

                // A separate abbreviation after digits ("10 bln", "2.33 k").
                if (j < lx.Length && lx[j].Kind == LexKind.Word && NumberWords.ScaleAbbreviations.TryGetValue(lx[j].Lower, out var abbrev)
                    && (j + 1 >= lx.Length || lx[j + 1].Kind != LexKind.Word || lx[j].Lower != "k"))
                {
                    current *= abbrev;
                    flags |= NumberFlags.Scaled;
                    lastLex = j;
                    j++;
                    break;
                }

                continue;
            }

            if (x.Kind == LexKind.Word)
            {
                var w = x.Lower;
                if (NumberWords.Cardinals.TryGetValue(w, out var small))
                {
                    var kind = small >= 20 && small % 10 == 0 ? Atom.Tens : Atom.Small;
                    var ok = last switch
                    {
                        Atom.None => true,
                        Atom.Tens => small < 10 && small > 0 && lx[j - 1].Kind != LexKind.Number,
                        Atom.Hundred => small > 0,
                        Atom.Scale => small > 0,
                        _ => false,
                    };
                    if (!ok)
                    {
                        break;
                    }

                    current = last == Atom.Scale ? small : current + small;
                    last = kind;
                    flags |= NumberFlags.Words;
                    lastLex = j;
                    j++;
                    j = SkipConnector(lx, j, last);
                    continue;
                }

                if (w == "hundred")
                {
                    if (last is Atom.Small or Atom.Tens or Atom.Digits && (last == Atom.Digits || current < 100) && current > 0)
                    {
                        current *= 100;
                        last = Atom.Hundred;
                        flags |= NumberFlags.Words | NumberFlags.Scaled;
                        lastLex = j;
                        j++;
                        j = SkipConnector(lx, j, last);
                        continue;
                    }

                    break;
                }

                if (NumberWords.Scales.TryGetValue(w, out var scale))
                {
                    if (last is Atom.Small or Atom.Tens or Atom.Digits or Atom.Hundred && current > 0)
                    {
                        total += current * scale;
                        current = 0;
                        lastScale = scale;
                    }
                    else if (last == Atom.Scale && scale > lastScale)
                    {
                        total *= scale;
                        lastScale = scale;
                    }
                    else
                    {
                        break;
                    }

                    last = Atom.Scale;
                    flags |= NumberFlags.Words | NumberFlags.Scaled;
                    lastLex = j;
                    j++;
                    j = SkipConnector(lx, j, last);
                    continue;
                }

                if ((w == "dozen" || w == "dozens" || w == "dz" || w == "dzs" || w == "doz" || w == "dozs") && last is Atom.Small or Atom.Digits && current > 0)
                {
                    current *= 12;
                    flags |= NumberFlags.Words | NumberFlags.Scaled;
                    lastLex = j;
                    last = Atom.Scale;
                    j++;
                    break;
                }
            }

            break;
        }

        // Ordinal words: "third", "twenty-first".
        if (last == Atom.None && lx[i].Kind == LexKind.Word && NumberWords.Ordinals.TryGetValue(lx[i].Lower, out var ord))
        {
            span = Make(lx, first, i, ord, NumberFlags.Words | NumberFlags.Ordinal, negative);
            return true;
        }

        if (lastLex < 0)
        {
            return false;
        }

        var value = total + current;

        var after = lastLex + 1;
        if (last == Atom.Tens && after < lx.Length)
        {
            var k = after < lx.Length && lx[after].Lower == "-" ? after + 1 : after;
            if (k < lx.Length && NumberWords.Ordinals.TryGetValue(lx[k].Lower, out var unitOrd) && unitOrd < 10)
            {
                span = Make(lx, first, k, value + unitOrd, flags | NumberFlags.Ordinal, negative);
                return true;
            }
        }

        // Fractions: "two thirds", "one-eighth", "three quarters".
        if (last is Atom.Small or Atom.Tens or Atom.Digits && (flags & NumberFlags.Decimal) == 0 && after < lx.Length)
        {
            var k = lx[after].Lower == "-" && after + 1 < lx.Length ? after + 1 : after;
            var denWord = lx[k].Lower;
            if (lx[k].Kind == LexKind.Word && NumberWords.Denominators.TryGetValue(denWord, out var den)
                && (denWord.EndsWith('s') ? value > 1 : value == 1 && FractionAllowedAfter(lx, k + 1, denWord)))
            {
                var fractionLast = k;
                var fraction = value / den;
                if (k + 3 < lx.Length && lx[k + 1].Lower == "of" && lx[k + 2].Lower == "a" && NumberWords.Scales.TryGetValue(lx[k + 3].Lower, out var ofScale))
                {
                    fraction *= ofScale;
                    fractionLast = k + 3;
                }

                span = Make(lx, first, fractionLast, fraction, flags | NumberFlags.Fraction, negative);
                return true;
            }
        }

        // "one and a half", "two and three quarters", "three million and a quarter", "five and a half million".
        if (after + 1 < lx.Length && lx[after].Lower == "and" && last is Atom.Small or Atom.Tens or Atom.Digits or Atom.Scale or Atom.Hundred
            && TryProperFraction(lx, after + 1, out var frac, out var andFracLast))
        {
            var add = frac;
            if (last == Atom.Scale && lastScale > 0 && current == 0)
            {
                add *= lastScale;
            }

            var total2 = value + add;
            if (andFracLast + 1 < lx.Length && NumberWords.Scales.TryGetValue(lx[andFracLast + 1].Lower, out var trailing))
            {
                total2 = last == Atom.Scale && current == 0 ? value + frac * trailing : total2 * trailing;
                andFracLast++;
            }

            span = Make(lx, first, andFracLast, total2, flags | NumberFlags.Fraction, negative);
            return true;
        }

        // "two hundred point zero three", "nine point nought four".
        if (after + 1 < lx.Length && lx[after].Lower == "point" && (flags & NumberFlags.Decimal) == 0 && last != Atom.None
            && TryPointDigits(lx, after + 1, out var fractional, out var pointLast))
        {
            span = Make(lx, first, pointLast, value + fractional, flags | NumberFlags.Decimal, negative);
            return true;
        }

        // Ratios: "one in five", "two out of three", "1 over 3".
        if (allowRatio && after + 1 < lx.Length && value % 1 == 0 && (flags & (NumberFlags.Fraction | NumberFlags.Decimal)) == 0)
        {
            var connector = lx[after].Lower;
            var k = connector == "out" && lx[after + 1].Lower == "of" ? after + 2 : after + 1;
            if (connector is "over" or "in" or "out" && k < lx.Length && (connector != "out" || k == after + 2)
                && TryParse(text, lx, k, out var denominator, allowRatio: false) && denominator.Value % 1 == 0 && denominator.Value > 0
                && (denominator.Flags & (NumberFlags.Fraction | NumberFlags.Ordinal | NumberFlags.GluedSuffix | NumberFlags.Negative)) == 0)
            {
                var followedByWord = denominator.LastLex + 1 < lx.Length && lx[denominator.LastLex + 1].Kind == LexKind.Word;
                var proper = connector == "over" ? !followedByWord : value < denominator.Value;
                if (proper)
                {
                    span = Make(lx, first, denominator.LastLex, value / denominator.Value, flags | NumberFlags.Fraction, negative);
                    return true;
                }
            }
        }

        span = Make(lx, first, lastLex, value, flags, negative);
        return true;
    }

    private static bool TryHalf(Lex[] lx, int first, int i, bool negative, out NumberSpan span)
    {
        const NumberFlags halfFlags = NumberFlags.Words | NumberFlags.HalfWord;
        var j = i + 1;
        if (j < lx.Length && (lx[j].Lower == "a" || lx[j].Lower == "an") && j + 1 < lx.Length)
        {
            var w = lx[j + 1].Lower;
            if (w == "dozen")
            {
                span = Make(lx, first, j + 1, 6, halfFlags | NumberFlags.Scaled, negative);
                return true;
            }

            var scale = w == "hundred" ? 100 : NumberWords.Scales.GetValueOrDefault(w);
            if (scale > 0)
            {
                span = Make(lx, first, j + 1, scale / 2, halfFlags | NumberFlags.Scaled, negative);
                return true;
            }
        }
        else if (j < lx.Length && NumberWords.Scales.TryGetValue(lx[j].Lower, out var s))
        {
            span = Make(lx, first, j, s / 2, halfFlags | NumberFlags.Scaled, negative);
            return true;
        }

        span = Make(lx, first, i, 0.5, halfFlags | NumberFlags.Fraction, negative);
        return true;
    }

    /// <summary>"a half", "one quarter", "three fifths", "fifty-four hundredths": numerator smaller than denominator.</summary>
    private static bool TryProperFraction(Lex[] lx, int k, out double value, out int last)
    {
        value = 0;
        last = k;
        double numerator;
        var d = k + 1;
        if (k >= lx.Length)
        {
            return false;
        }

        if (lx[k].Lower is "a" or "an")
        {
            numerator = 1;
        }
        else if (NumberWords.Cardinals.TryGetValue(lx[k].Lower, out var n) && n > 0)
        {
            numerator = n;
            if (n >= 20 && n % 10 == 0 && d + 1 < lx.Length && lx[d].Lower == "-" && NumberWords.Cardinals.TryGetValue(lx[d + 1].Lower, out var u) && u is > 0 and < 10)
            {
                numerator += u;
                d += 2;
            }
            else if (n >= 20 && n % 10 == 0 && d < lx.Length && NumberWords.Cardinals.TryGetValue(lx[d].Lower, out u) && u is > 0 and < 10)
            {
                numerator += u;
                d++;
            }
        }
        else
        {
            return false;
        }

        if (d < lx.Length && lx[d].Lower == "-")
        {
            d++;
        }

        if (d >= lx.Length || !NumberWords.Denominators.TryGetValue(lx[d].Lower, out var den) || numerator >= den
            || lx[d].Lower.EndsWith('s') != numerator > 1)
        {
            return false;
        }

        value = numerator / den;
        last = d;
        return true;
    }

    private static bool TryPointDigits(Lex[] lx, int k, out double value, out int last)
    {
        value = 0;
        last = k;
        if (k >= lx.Length || !NumberWords.Cardinals.TryGetValue(lx[k].Lower, out var firstWord))
        {
            return false;
        }

        if (firstWord >= 10)
        {
            var v = firstWord;
            if (v >= 20 && k + 2 < lx.Length && lx[k + 1].Lower == "-" && NumberWords.Cardinals.TryGetValue(lx[k + 2].Lower, out var u) && u is > 0 and < 10)
            {
                v += u;
                last = k + 2;
            }

            value = v / 100.0;
            return true;
        }

        var digits = 0;
        var scale = 0.1;
        while (k < lx.Length && digits < 12 && NumberWords.Cardinals.TryGetValue(lx[k].Lower, out var digit) && digit < 10)
        {
            value += digit * scale;
            scale /= 10;
            last = k;
            k++;
            digits++;
        }

        return digits > 0;
    }

    private static bool TryPower(Lex[] lx, int k, out double power, out int last)
    {
        power = 0;
        last = k;
        var sign = 1;
        var steps = 0;
        while (k < lx.Length && steps < 4 && lx[k].Lower is "+" or "-" && lx[k - 1].End == lx[k].Start)
        {
            sign = lx[k].Lower == "-" ? -sign : sign;
            k++;
            steps++;
        }

        if (k >= lx.Length || lx[k].Kind != LexKind.Number || lx[k - 1].End != lx[k].Start || lx[k].Length > 4)
        {
            return false;
        }

        power = sign * ParseDigits(lx[k].Lower, out _, out _);
        last = k;
        return true;
    }

    private static bool TryExponent(Lex[] lx, int k, out int exponent, out int last)
    {
        exponent = 0;
        last = k;
        var sign = 1;
        if (k < lx.Length && lx[k].Lower is "+" or "-" && lx[k - 1].End == lx[k].Start)
        {
            sign = lx[k].Lower == "-" ? -1 : 1;
            k++;
        }

        if (k >= lx.Length || lx[k].Kind != LexKind.Number || lx[k - 1].End != lx[k].Start || lx[k].Length > 3
            || !int.TryParse(lx[k].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var e))
        {
            return false;
        }

        exponent = sign * e;
        last = k;
        return true;
    }

    private static bool TrySlashFraction(Lex[] lx, int i, out double value, out int last)
    {
        value = 0;
        last = i;
        if (i < 0 || i + 2 >= lx.Length || lx[i + 1].Lower != "/" || lx[i + 2].Kind != LexKind.Number
            || lx[i].End != lx[i + 1].Start || lx[i + 1].End != lx[i + 2].Start
            || (i > 0 && lx[i - 1].End == lx[i].Start && lx[i - 1].Lower == "/")
            || (i + 3 < lx.Length && lx[i + 3].Start == lx[i + 2].End && lx[i + 3].Lower is "/" or "-"))
        {
            return false;
        }

        if (!int.TryParse(lx[i].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var num)
            || !int.TryParse(lx[i + 2].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var den)
            || den is < 2 or > 10 || num >= den || num < 1)
        {
            return false;
        }

        value = (double)num / den;
        last = i + 2;
        return true;
    }

    // "and" after a hundred or a scale, and a hyphen between tens and units, join the next word into the number.
    private static int SkipConnector(Lex[] lx, int j, Atom last)
    {
        if (j + 1 >= lx.Length)
        {
            return j;
        }

        var w = lx[j].Lower;
        if (w == "and" && last is Atom.Hundred or Atom.Scale && (lx[j + 1].Kind == LexKind.Number || NumberWords.Cardinals.ContainsKey(lx[j + 1].Lower))
            && !TryProperFraction(lx, j + 1, out _, out _) && lx[j + 1].Lower != "0"
            && !(last == Atom.Hundred && j + 2 < lx.Length && lx[j + 2].Lower == "hundred"))
        {
            return j + 1;
        }

        if (w == "-" && last == Atom.Tens && NumberWords.Cardinals.TryGetValue(lx[j + 1].Lower, out var v) && v is > 0 and < 10)
        {
            return j + 1;
        }

        return j;
    }

    // "one third of", "a quarter." are fractions; "a third time", "a fifth term" are ordinals.
    private static bool FractionAllowedAfter(Lex[] lx, int next, string denominator)
    {
        if (denominator is "half" or "quarter")
        {
            return next >= lx.Length || lx[next].Kind != LexKind.Word || lx[next].Lower is "of" or "percent" or "million" or "billion" or "century";
        }

        return next >= lx.Length || lx[next].Kind != LexKind.Word || lx[next].Lower == "of";
    }

    private static bool StartsNumber(Lex[] lx, int i) =>
        lx[i].Kind == LexKind.Number || NumberWords.Cardinals.ContainsKey(lx[i].Lower);

    // "5k" in "5k-20k": a multiplier glued to digits, not a name.
    private static bool IsGluedMultiplier(Lex[] lx, int w) =>
        w > 0 && lx[w - 1].Kind == LexKind.Number && lx[w - 1].End == lx[w].Start && NumberWords.GluedMultipliers.ContainsKey(lx[w].Lower);

    private static bool AfterCurrency(Lex[] lx, int first) =>
        first > 0 && lx[first - 1].End == lx[first].Start && CurrencyTable.IsSymbol(lx[first - 1].Lower);

    // "567" or, as the last group, "567.89".
    private static bool IsThreeDigitGroup(string s) =>
        (s.Length == 3 || (s.Length > 4 && s[3] == '.')) && IsAllDigits(s[..3]) && (s.Length == 3 || IsAllDigits(s[4..]));

    private static bool IsAllDigits(string s)
    {
        foreach (var c in s)
        {
            if (!Lexer.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public static double ParseDigits(string s, out bool grouped, out bool isDecimal)
    {
        grouped = s.Contains(',', StringComparison.Ordinal);
        isDecimal = s.Contains('.', StringComparison.Ordinal);
        var clean = grouped ? s.Replace(",", "", StringComparison.Ordinal) : s;
        return double.Parse(clean, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static NumberSpan Make(Lex[] lx, int first, int last, double value, NumberFlags flags, bool negative) =>
        new(first, last, lx[first].Start, lx[last].End, negative ? -value : value, flags | (negative ? NumberFlags.Negative : 0));
}
