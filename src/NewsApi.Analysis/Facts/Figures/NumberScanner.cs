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

    /// <summary>What one reading step decided: read on, stop (the number ends before this lexeme), or a whole number was found.</summary>
    private enum Step
    {
        Next,
        Stop,
        Found,
    }

    /// <summary>The running state of one number being read left to right.</summary>
    private struct Reading
    {
        public int First;
        public bool Negative;
        public NumberFlags Flags;
        public double Total;
        public double Current;
        public double LastScale;
        public Atom Last;
        public int LastLex;
        public int J;

        /// <summary>The value before the last tens word was added ("one hundred" in "one hundred thirty"): the numerator of "one hundred thirty fifths".</summary>
        public double BeforeTens;
    }

    private static bool TryParse(string text, Lex[] lx, int i, out NumberSpan span, bool allowRatio = true)
    {
        var r = new Reading { First = i, LastLex = -1 };
        i = ReadSign(lx, i, ref r.Negative);
        var lead = ReadLead(lx, i, ref r, out span);
        if (lead != Step.Next)
        {
            return lead == Step.Found;
        }

        while (r.J < lx.Length)
        {
            var step = lx[r.J].Kind switch
            {
                LexKind.Number => ReadDigitAtom(text, lx, ref r, out span),
                LexKind.Word => ReadWordAtom(lx, ref r),
                _ => Step.Stop,
            };
            if (step == Step.Found)
            {
                return true;
            }

            if (step == Step.Stop)
            {
                break;
            }
        }

        // Ordinal words: "third", "twenty-first".
        if (r.Last == Atom.None && lx[i].Kind == LexKind.Word && NumberWords.Ordinals.TryGetValue(lx[i].Lower, out var ord))
        {
            span = Make(lx, r.First, i, ord, NumberFlags.Words | NumberFlags.Ordinal, r.Negative);
            return true;
        }

        if (r.LastLex < 0)
        {
            return false;
        }

        if (TryTail(text, lx, ref r, allowRatio, out span))
        {
            return true;
        }

        span = Make(lx, r.First, r.LastLex, r.Total + r.Current, r.Flags, r.Negative);
        return true;
    }

    /// <summary>A minus sign or word before the number: returns the lexeme after it.</summary>
    private static int ReadSign(Lex[] lx, int i, ref bool negative)
    {
        var l = lx[i];
        if (l.Kind == LexKind.Punct && (l.Lower == "-" || l.Lower == "\u2212") && i + 1 < lx.Length && lx[i + 1].Kind == LexKind.Number
            && lx[i + 1].Start == l.End && (i == 0 || lx[i - 1].End < l.Start || lx[i - 1].Lower is "(" or "<" or ">" or "="))
        {
            negative = true;
            return i + 1;
        }

        if (i == 0 && l.Kind == LexKind.Punct && l.Lower == "-" && lx.Length > 1 && lx[1].Kind == LexKind.Number && lx[1].Start - l.End <= 2)
        {
            // A leading minus with a space ("- 10 k") only at the very start: elsewhere " - " is a dash.
            negative = true;
            return i + 1;
        }

        // "convert - 20 degrees", "fell to - 5": a dash cannot open an aside right after a preposition, so there it is a minus.
        if (i > 0 && l.Kind == LexKind.Punct && l.Lower is "-" or "\u2212" && i + 1 < lx.Length && lx[i + 1].Kind == LexKind.Number
            && lx[i + 1].Start - l.End == 1 && l.Start - lx[i - 1].End == 1 && lx[i - 1].Lower is "to" or "of" or "at" or "from" or "convert")
        {
            negative = true;
            return i + 1;
        }

        if (l.Kind == LexKind.Word && (l.Lower == "minus" || l.Lower == "negative") && i + 1 < lx.Length && StartsNumber(lx, i + 1))
        {
            negative = true;
            return i + 1;
        }

        return i;
    }

    /// <summary>Forms decided by their first word ("½", "quarter million", "half", "a fifth") and the article of "a hundred".</summary>
    private static Step ReadLead(Lex[] lx, int i, ref Reading r, out NumberSpan span)
    {
        span = default;
        r.J = i;
        var l = lx[i];
        if (l.Kind == LexKind.Punct && l.Length == 1 && char.GetNumericValue(l.Lower[0]) is > 0 and < 1 and var vulgar)
        {
            span = Make(lx, r.First, i, vulgar, NumberFlags.Fraction, r.Negative);
            return Step.Found;
        }

        if (l.Kind == LexKind.Word && l.Lower == "quarter" && i + 1 < lx.Length && NumberWords.Scales.TryGetValue(lx[i + 1].Lower, out var quarterOf))
        {
            span = Make(lx, r.First, i + 1, quarterOf / 4, NumberFlags.Words | NumberFlags.Scaled, r.Negative);
            return Step.Found;
        }

        if (l.Kind == LexKind.Word && l.Lower == "half")
        {
            return TryHalf(lx, r.First, i, r.Negative, out span) ? Step.Found : Step.Stop;
        }

        // "hundred thousand dollars": a bare "hundred" before a scale is one hundred.
        if (l.Kind == LexKind.Word && l.Lower == "hundred" && i + 1 < lx.Length && NumberWords.Scales.ContainsKey(lx[i + 1].Lower))
        {
            r.Current = 1;
            r.Last = Atom.Small;
            return Step.Next;
        }

        if (l.Kind != LexKind.Word || (l.Lower != "a" && l.Lower != "an"))
        {
            return Step.Next;
        }

        if (i + 1 >= lx.Length)
        {
            return Step.Stop;
        }

        var next = lx[i + 1].Lower;
        if (next == "couple" && i + 3 < lx.Length && lx[i + 2].Lower == "of" && lx[i + 3].Lower is "hundred" or "dozen" or "thousand" or "million" or "billion")
        {
            // "a couple of hundred", "a couple of dozen": two of the multiplier.
            r.Current = 2;
            r.Last = Atom.Small;
            r.LastLex = i + 2;
            r.Flags |= NumberFlags.Words;
            r.J = i + 3;
            return Step.Next;
        }

        if (next is "hundred" or "dozen" || NumberWords.Scales.ContainsKey(next))
        {
            r.Current = 1;
            r.Last = Atom.Small;
            r.LastLex = i;
            r.Flags |= NumberFlags.Words;
            r.J = i + 1;
            return Step.Next;
        }

        if (NumberWords.TryDenominator(next, out var den) && !next.EndsWith('s') && FractionAllowedAfter(lx, i + 2, next))
        {
            // "a quarter of a million": the fraction of a scale.
            if (i + 4 < lx.Length && lx[i + 2].Lower == "of" && lx[i + 3].Lower is "a" or "an" && NumberWords.Scales.TryGetValue(lx[i + 4].Lower, out var ofScale))
            {
                span = Make(lx, r.First, i + 4, ofScale / den, NumberFlags.Words | NumberFlags.Scaled, r.Negative);
                return Step.Found;
            }

            span = Make(lx, r.First, i + 1, 1.0 / den, NumberFlags.Words | NumberFlags.Fraction, r.Negative);
            return Step.Found;
        }

        // "a twenty-first": one part in twenty-one.
        if (TryTensOrdinal(lx, i + 1, out var tensDen, out var tensLast))
        {
            span = Make(lx, r.First, tensLast, 1.0 / tensDen, NumberFlags.Words | NumberFlags.Fraction, r.Negative);
            return Step.Found;
        }

        return Step.Stop;
    }

    /// <summary>A digit run at <see cref="Reading.J"/>: alone, after words ("2 million"), or before glued letters and groups.</summary>
    private static Step ReadDigitAtom(string text, Lex[] lx, ref Reading r, out NumberSpan span)
    {
        span = default;
        var j = r.J;
        var x = lx[j];
        if (r.Last is not (Atom.None or Atom.Hundred or Atom.Scale))
        {
            return Step.Stop;
        }

        if (r.Last != Atom.None && (x.Lower.Contains('.', StringComparison.Ordinal) || lx[j - 1].Kind == LexKind.Number || x.Start - lx[j - 1].End > 2))
        {
            return Step.Stop;
        }

        var v = ParseDigits(x.Lower, out var grouped, out var isDecimal);
        if ((r.Last == Atom.Hundred && v >= 100) || (r.Last == Atom.Scale && v >= 1000))
        {
            return Step.Stop;
        }

        var alone = r.Last == Atom.None;
        if (alone && IsNamePrefixed(lx, j))
        {
            r.Flags |= NumberFlags.GluedPrefix;
        }

        r.Flags |= NumberFlags.Digits | (grouped ? NumberFlags.Grouped : 0) | (isDecimal ? NumberFlags.Decimal : 0);
        r.Current = alone ? v : r.Current + v;
        r.LastLex = j;
        r.J = j + 1;
        if (alone && TryGluedForm(text, lx, ref r, x, grouped || isDecimal, out span))
        {
            return Step.Found;
        }

        // Space-grouped thousands ("40 000", "1 414 021 100").
        if (alone && !grouped && !isDecimal && x.Length <= 3)
        {
            while (r.J < lx.Length && lx[r.J].Kind == LexKind.Number && lx[r.J].Start - lx[r.J - 1].End == 1 && IsThreeDigitGroup(lx[r.J].Lower)
                && (r.J + 1 >= lx.Length || lx[r.J + 1].Start > lx[r.J].End || lx[r.J + 1].Kind != LexKind.Number))
            {
                r.Current = r.Current * 1000 + ParseDigits(lx[r.J].Lower, out _, out _);
                r.LastLex = r.J;
                r.J++;
                if (lx[r.J - 1].Lower.Length > 3)
                {
                    break;
                }
            }
        }

        r.Last = Atom.Digits;

        // A separate abbreviation after digits ("10 bln", "2.33 k"); a spaced "mm" is millimetres ("a 400 mm lens") unless a currency sign precedes ("$400 mm").
        if (r.J < lx.Length && lx[r.J].Kind == LexKind.Word && NumberWords.ScaleAbbreviations.TryGetValue(lx[r.J].Lower, out var abbrev)
            && (r.J + 1 >= lx.Length || lx[r.J + 1].Kind != LexKind.Word || lx[r.J].Lower != "k")
            && (lx[r.J].Lower != "mm" || AfterCurrency(lx, r.First)))
        {
            r.Current *= abbrev;
            r.Flags |= NumberFlags.Scaled;
            r.LastLex = r.J;
            r.J++;
            return Step.Stop;
        }

        return Step.Next;
    }

    /// <summary>"F-16", "SCP2-173", "G20": letters glued in front make a name; "5k-20k" is a range.</summary>
    private static bool IsNamePrefixed(Lex[] lx, int j)
    {
        var x = lx[j];
        if (j > 0 && lx[j - 1].Kind == LexKind.Word && lx[j - 1].End == x.Start)
        {
            return true;
        }

        return j > 1 && lx[j - 1].Lower == "-" && lx[j - 1].End == x.Start && lx[j - 2].End == lx[j - 1].Start
            && ((lx[j - 2].Kind == LexKind.Word && !IsGluedMultiplier(lx, j - 2))
                || (j > 2 && lx[j - 2].Kind == LexKind.Number && lx[j - 3].Kind == LexKind.Word && lx[j - 3].End == lx[j - 2].Start));
    }

    /// <summary>
    /// What is glued to a lone digit run <paramref name="x"/> (just read; <see cref="Reading.J"/> is the lexeme after it): a multiplier
    /// ("10k", "$1.2bn"), an ordinal suffix ("21st"), an exponent or power, a slash fraction, or other letters ("29km", "7pm").
    /// </summary>
    private static bool TryGluedForm(string text, Lex[] lx, ref Reading r, Lex x, bool groupedOrDecimal, out NumberSpan span)
    {
        span = default;
        var j = r.J;
        if (j < lx.Length && lx[j].Kind == LexKind.Word && lx[j].Start == x.End && !IsTimesTen(lx, j))
        {
            var suffix = lx[j].Lower;
            var raw = text.AsSpan(lx[j].Start, lx[j].Length);
            if (NumberWords.IsOrdinalSuffix(suffix))
            {
                span = Make(lx, r.First, j, r.Current, r.Flags | NumberFlags.Ordinal, r.Negative);
                return true;
            }

            if (suffix == "e" && TryExponent(lx, j + 1, out var exponent, out var expLast))
            {
                span = Make(lx, r.First, expLast, r.Current * Math.Pow(10, exponent), r.Flags | NumberFlags.Decimal, r.Negative);
                return true;
            }

            // Lower-case "m" and "mm" are metres and millimetres unless a currency sign precedes ("$5m", "$1mm").
            if (NumberWords.GluedMultipliers.TryGetValue(suffix, out var mult)
                && (suffix is not ("m" or "mm") || raw[0] == 'M' || AfterCurrency(lx, r.First)))
            {
                span = Make(lx, r.First, j, r.Current * mult, r.Flags | NumberFlags.Scaled, r.Negative);
                return true;
            }

            span = Make(lx, r.First, j - 1, r.Current, r.Flags | NumberFlags.GluedSuffix, r.Negative);
            return true;
        }

        // "8½", "2¾": a vulgar fraction glued to whole digits.
        if (j < lx.Length && lx[j].Start == x.End && lx[j].Kind == LexKind.Punct && !groupedOrDecimal && lx[j].Length == 1
            && char.GetNumericValue(lx[j].Lower[0]) is > 0 and < 1 and var vulgar)
        {
            span = Make(lx, r.First, j, r.Current + vulgar, r.Flags | NumberFlags.Fraction, r.Negative);
            return true;
        }

        // Scientific notation: "1.3x10^6", "6.23×10^-4".
        if (j + 2 < lx.Length && lx[j].Lower is "x" or "\u00d7" && lx[j].Start == x.End && lx[j + 1].Lower == "10" && lx[j + 1].Start == lx[j].End
            && lx[j + 2].Lower == "^" && lx[j + 2].Start == lx[j + 1].End && TryPower(lx, j + 3, out var tenPower, out var tenLast))
        {
            span = Make(lx, r.First, tenLast, r.Current * Math.Pow(10, tenPower), r.Flags | NumberFlags.Decimal, r.Negative);
            return true;
        }

        // Powers: "1.1^23", "2.5^-1".
        if (j < lx.Length && lx[j].Lower == "^" && lx[j].Start == x.End && TryPower(lx, j + 1, out var power, out var powerLast))
        {
            span = Make(lx, r.First, powerLast, Math.Pow(r.Current, power), r.Flags | NumberFlags.Decimal, r.Negative);
            return true;
        }

        if (groupedOrDecimal)
        {
            return false;
        }

        // Simple fractions "3/4", "2 1/4": proper, small denominators only, so "9/11" and "24/7" stay apart.
        if (TrySlashFraction(lx, j - 1, out var fracValue, out var fracLast))
        {
            span = Make(lx, r.First, fracLast, fracValue, r.Flags | NumberFlags.Fraction, r.Negative);
            return true;
        }

        if (j < lx.Length && lx[j].Kind == LexKind.Number && lx[j].Start - x.End <= 2
            && TrySlashFraction(lx, j, out var mixedFraction, out var mixedLast) && mixedFraction < 1)
        {
            span = Make(lx, r.First, mixedLast, r.Current + mixedFraction, r.Flags | NumberFlags.Fraction, r.Negative);
            return true;
        }

        return false;
    }

    private static bool IsTimesTen(Lex[] lx, int j) =>
        j + 2 < lx.Length && lx[j].Lower == "x" && lx[j + 1].Lower == "10" && lx[j + 1].Start == lx[j].End && lx[j + 2].Lower == "^";

    /// <summary>A number word at <see cref="Reading.J"/>: a cardinal, "hundred", a scale or "dozen".</summary>
    private static Step ReadWordAtom(Lex[] lx, ref Reading r)
    {
        var j = r.J;
        var w = lx[j].Lower;
        if (NumberWords.Cardinals.TryGetValue(w, out var small))
        {
            var ok = r.Last switch
            {
                Atom.None => true,
                Atom.Tens => small < 10 && small > 0 && lx[j - 1].Kind != LexKind.Number,
                Atom.Hundred => small > 0,
                Atom.Scale => small > 0,
                _ => false,
            };
            if (!ok)
            {
                return Step.Stop;
            }

            if (small >= 20 && small % 10 == 0)
            {
                r.BeforeTens = r.Total + (r.Last == Atom.Scale ? 0 : r.Current);
            }

            r.Current = r.Last == Atom.Scale ? small : r.Current + small;
            r.Last = small >= 20 && small % 10 == 0 ? Atom.Tens : Atom.Small;
            return Accept(lx, ref r, NumberFlags.Words);
        }

        // "five hundreds": the plural after a cardinal is the same multiplier ("hundreds" alone is vague and stops).
        if (w == "hundred" || (w == "hundreds" && r.Last is Atom.Small or Atom.Tens))
        {
            if (r.Last is Atom.Small or Atom.Tens or Atom.Digits && (r.Last == Atom.Digits || r.Current < 100) && r.Current > 0)
            {
                r.Current *= 100;
                r.Last = Atom.Hundred;
                return Accept(lx, ref r, NumberFlags.Words | NumberFlags.Scaled);
            }

            return Step.Stop;
        }

        // "12 millions", "two thousands": a plural scale after a cardinal multiplies as the singular does ("millions" alone is vague and stops).
        if (NumberWords.Scales.TryGetValue(w, out var scale)
            || (w.Length > 4 && w.EndsWith('s') && r.Last is Atom.Small or Atom.Tens or Atom.Digits or Atom.Hundred && NumberWords.Scales.TryGetValue(w[..^1], out scale)))
        {
            if (r.Last is Atom.Small or Atom.Tens or Atom.Digits or Atom.Hundred && r.Current > 0)
            {
                r.Total += r.Current * scale;
                r.Current = 0;
                r.LastScale = scale;
            }
            else if (r.Last == Atom.Scale && scale > r.LastScale)
            {
                r.Total *= scale;
                r.LastScale = scale;
            }
            else
            {
                return Step.Stop;
            }

            r.Last = Atom.Scale;
            return Accept(lx, ref r, NumberFlags.Words | NumberFlags.Scaled);
        }

        if ((w == "dozen" || w == "dozens" || w == "dz" || w == "dzs" || w == "doz" || w == "dozs") && r.Last is Atom.Small or Atom.Digits && r.Current > 0)
        {
            // "three hundred and two dozens" is 300 + 24: a dozen takes only the small number right before it.
            var hundreds = r.Last == Atom.Small && r.Current >= 100 ? Math.Floor(r.Current / 100) * 100 : 0;
            r.Current = hundreds + (r.Current - hundreds) * 12;
            r.Flags |= NumberFlags.Words | NumberFlags.Scaled;
            r.LastLex = j;
            r.Last = Atom.Scale;
            r.J = j + 1;
            return Step.Stop;
        }

        return Step.Stop;
    }

    /// <summary>Takes the word at <see cref="Reading.J"/> into the number and steps over a joining "and" or hyphen.</summary>
    private static Step Accept(Lex[] lx, ref Reading r, NumberFlags flags)
    {
        r.Flags |= flags;
        r.LastLex = r.J;
        r.J = SkipConnector(lx, r.J + 1, r.Last, r.LastScale);
        return Step.Next;
    }

    /// <summary>What may follow a complete cardinal: an ordinal unit ("twenty-first"), a fraction word, "and a half", "point five", a ratio.</summary>
    private static bool TryTail(string text, Lex[] lx, ref Reading r, bool allowRatio, out NumberSpan span)
    {
        span = default;
        var value = r.Total + r.Current;
        var after = r.LastLex + 1;
        if (after < lx.Length && TryCompoundFraction(text, lx, r, value, after, out span))
        {
            return true;
        }

        if (r.Last == Atom.Tens && after < lx.Length)
        {
            var k = lx[after].Lower == "-" ? after + 1 : after;
            if (k < lx.Length && NumberWords.Ordinals.TryGetValue(lx[k].Lower, out var unitOrd) && unitOrd < 10)
            {
                span = Make(lx, r.First, k, value + unitOrd, r.Flags | NumberFlags.Ordinal, r.Negative);
                return true;
            }
        }

        // "two thirds"; "ninety-five hundred fifths", "a hundred thousand trillionths": a round numerator too.
        if (r.Last is Atom.Small or Atom.Tens or Atom.Digits or Atom.Hundred or Atom.Scale && (r.Flags & NumberFlags.Decimal) == 0 && after < lx.Length
            && TryFractionWord(lx, r, value, after, out span))
        {
            return true;
        }

        // "one and a half", "two and three quarters", "three million and a quarter", "five and a half million".
        if (after + 1 < lx.Length && lx[after].Lower == "and" && r.Last is Atom.Small or Atom.Tens or Atom.Digits or Atom.Scale or Atom.Hundred
            && TryProperFraction(lx, after + 1, out var frac, out var andFracLast))
        {
            var add = r.Last == Atom.Scale && r.LastScale > 0 && r.Current == 0 ? frac * r.LastScale : frac;
            var total = value + add;
            if (andFracLast + 1 < lx.Length && NumberWords.Scales.TryGetValue(lx[andFracLast + 1].Lower, out var trailing))
            {
                total = r.Last == Atom.Scale && r.Current == 0 ? value + frac * trailing : total * trailing;
                andFracLast++;
            }

            span = Make(lx, r.First, andFracLast, total, r.Flags | NumberFlags.Fraction, r.Negative);
            return true;
        }

        // "two-and-a-half", "15-and-a-quarter": the same fraction written as one hyphenated word.
        if (r.Last is Atom.Small or Atom.Tens or Atom.Digits && TryHyphenatedHalf(lx, after, out var hyphenFraction, out var hyphenLast))
        {
            span = Make(lx, r.First, hyphenLast, value + hyphenFraction, r.Flags | NumberFlags.Fraction, r.Negative);
            return true;
        }

        // "two hundred point zero three", "nine point nought four".
        if (after + 1 < lx.Length && lx[after].Lower == "point" && (r.Flags & NumberFlags.Decimal) == 0 && r.Last != Atom.None
            && TryPointDigits(lx, after + 1, out var fractional, out var pointLast))
        {
            // "one point five million": a scale after the decimal digits scales the whole number.
            var pointValue = value + fractional;
            if (r.Last is Atom.Small or Atom.Tens && pointLast + 1 < lx.Length && NumberWords.Scales.TryGetValue(lx[pointLast + 1].Lower, out var pointScale))
            {
                pointValue *= pointScale;
                pointLast++;
            }

            span = Make(lx, r.First, pointLast, pointValue, r.Flags | NumberFlags.Decimal, r.Negative);
            return true;
        }

        return allowRatio && TryRatio(text, lx, r, value, after, out span);
    }

    /// <summary>
    /// Fractions whose denominator is a compound ordinal: "one hundred thirty fifths" (100/35), "three twenty-firsts" (3/21),
    /// "twenty twenty fifths" (20/25), "one one hundred fifth" (1/105). A tens word before a unit ordinal belongs to the denominator.
    /// </summary>
    private static bool TryCompoundFraction(string text, Lex[] lx, Reading r, double value, int after, out NumberSpan span)
    {
        span = default;
        if ((r.Flags & (NumberFlags.Decimal | NumberFlags.Digits)) != 0 || value <= 0)
        {
            return false;
        }

        // The number read ends in a tens word that the plural unit ordinal after it completes: "one hundred | thirty fifths".
        var k = lx[after].Lower == "-" && after + 1 < lx.Length ? after + 1 : after;
        // "one hundred and thirty fifths" joins the tens to the hundred with "and": 130/5.
        if (r.Last == Atom.Tens && r.BeforeTens > 0 && lx[r.LastLex - 1].Lower != "and" && lx[k].Lower.EndsWith('s') && NumberWords.UnitOrdinal(lx[k].Lower) is var u and > 0)
        {
            var tens = value - r.BeforeTens;
            span = Make(lx, r.First, k, r.BeforeTens / (tens + u), r.Flags | NumberFlags.Fraction, r.Negative);
            return true;
        }

        if (r.Last is not (Atom.Small or Atom.Tens))
        {
            return false;
        }

        // A tens ordinal right after it: "three | twenty-firsts", "one | twenty-fifth".
        if (TryTensOrdinal(lx, after, out var den, out var last) && (value == 1) != lx[last].Lower.EndsWith('s'))
        {
            span = Make(lx, r.First, last, value / den, r.Flags | NumberFlags.Fraction, r.Negative);
            return true;
        }

        // A round number and an ordinal: "one | one hundred (and) fifth".
        if (r.Last == Atom.Small && lx[after].Kind == LexKind.Word && NumberWords.Cardinals.ContainsKey(lx[after].Lower)
            && TryParse(text, lx, after, out var round, allowRatio: false) && round.Has(NumberFlags.Scaled) && round.Value % 100 == 0
            && (round.Flags & (NumberFlags.Fraction | NumberFlags.Ordinal)) == 0)
        {
            var o = round.LastLex + 1 < lx.Length && lx[round.LastLex + 1].Lower == "and" ? round.LastLex + 2 : round.LastLex + 1;
            if (o < lx.Length && NumberWords.UnitOrdinal(lx[o].Lower) is var unit and > 0 && (value == 1) != lx[o].Lower.EndsWith('s'))
            {
                span = Make(lx, r.First, o, value / (round.Value + unit), r.Flags | NumberFlags.Fraction, r.Negative);
                return true;
            }
        }

        return false;
    }

    /// <summary>"twenty-first", "thirty fifths" at <paramref name="i"/>: a tens word and a unit ordinal, singular or plural.</summary>
    private static bool TryTensOrdinal(Lex[] lx, int i, out double value, out int last)
    {
        value = 0;
        last = i;
        if (i >= lx.Length || !NumberWords.Cardinals.TryGetValue(lx[i].Lower, out var tens) || tens < 20 || tens % 10 != 0)
        {
            return false;
        }

        var k = i + 1 < lx.Length && lx[i + 1].Lower == "-" ? i + 2 : i + 1;
        if (k >= lx.Length || NumberWords.UnitOrdinal(lx[k].Lower) is not (> 0 and var u))
        {
            return false;
        }

        (value, last) = (tens + u, k);
        return true;
    }

    /// <summary>Fractions: "two thirds", "one-eighth", "three quarters", "a third of a million".</summary>
    private static bool TryFractionWord(Lex[] lx, Reading r, double value, int after, out NumberSpan span)
    {
        span = default;
        var k = lx[after].Lower == "-" && after + 1 < lx.Length ? after + 1 : after;
        var denWord = lx[k].Lower;
        if (lx[k].Kind != LexKind.Word || !NumberWords.TryDenominator(denWord, out var den)
            || !(denWord.EndsWith('s') ? value > 1 : value == 1 && FractionAllowedAfter(lx, k + 1, denWord)))
        {
            return false;
        }

        if (denWord == "quarters" && IsQuarterPeriods(lx, r.First, value, k))
        {
            return false;
        }

        var fractionLast = k;
        var fraction = value / den;
        if (k + 3 < lx.Length && lx[k + 1].Lower == "of" && lx[k + 2].Lower == "a" && NumberWords.Scales.TryGetValue(lx[k + 3].Lower, out var ofScale))
        {
            fraction *= ofScale;
            fractionLast = k + 3;
        }
        else if (k + 1 < lx.Length && NumberWords.Scales.TryGetValue(lx[k + 1].Lower, out var directScale))
        {
            // "three quarters billion", "two thirds million": the scale multiplies the fraction, as in "a quarter million".
            fraction *= directScale;
            fractionLast = k + 1;
            span = Make(lx, r.First, fractionLast, fraction, r.Flags | NumberFlags.Fraction | NumberFlags.Scaled, r.Negative);
            return true;
        }

        span = Make(lx, r.First, fractionLast, fraction, r.Flags | NumberFlags.Fraction, r.Negative);
        return true;
    }

    /// <summary>
    /// "grown for six quarters", "the preceding three quarters": quarters of a year, counted, not three fourths. Four or more quarters
    /// are never a fraction of one; fewer are periods after a determiner or a time preposition unless "of" follows ("the three quarters of
    /// voters").
    /// </summary>
    private static bool IsQuarterPeriods(Lex[] lx, int first, double value, int quarters)
    {
        if (value % 1 != 0)
        {
            return false;
        }

        if (value >= 4)
        {
            return true;
        }

        var before = first > 0 ? lx[first - 1].Lower : "";
        return (quarters + 1 >= lx.Length || lx[quarters + 1].Lower != "of") && QuarterPeriodOpeners.Contains(before);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> QuarterPeriodOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "last", "past", "next", "preceding", "previous", "following", "first", "final", "consecutive", "successive", "straight", "recent",
         "for", "over", "within", "during", "these", "those"], StringComparer.Ordinal);

    /// <summary>Ratios: "one in five", "two out of three", "1 over 3".</summary>
    private static bool TryRatio(string text, Lex[] lx, Reading r, double value, int after, out NumberSpan span)
    {
        span = default;
        if (after + 1 >= lx.Length || value % 1 != 0 || (r.Flags & (NumberFlags.Fraction | NumberFlags.Decimal)) != 0)
        {
            return false;
        }

        var connector = lx[after].Lower;
        var k = connector == "out" && lx[after + 1].Lower == "of" ? after + 2 : after + 1;
        if (connector is not ("over" or "in" or "out") || k >= lx.Length || (connector == "out" && k != after + 2)
            || !TryParse(text, lx, k, out var denominator, allowRatio: false) || denominator.Value % 1 != 0 || denominator.Value <= 0
            || (denominator.Flags & (NumberFlags.Fraction | NumberFlags.Ordinal | NumberFlags.GluedSuffix | NumberFlags.Negative)) != 0)
        {
            return false;
        }

        // "$4 in five days", "3 in 10 years": after an amount, or before a time unit, "in" is the preposition of time, not a ratio.
        if (connector == "in" && ((r.First > 0 && CurrencyTable.IsSymbol(lx[r.First - 1].Lower))
            || (denominator.LastLex + 1 < lx.Length && UnitTable.Durations.ContainsKey(lx[denominator.LastLex + 1].Lower))))
        {
            return false;
        }

        var followedByWord = denominator.LastLex + 1 < lx.Length && lx[denominator.LastLex + 1].Kind == LexKind.Word;
        var proper = connector == "over" ? !followedByWord : value < denominator.Value;
        if (!proper)
        {
            return false;
        }

        span = Make(lx, r.First, denominator.LastLex, value / denominator.Value, r.Flags | NumberFlags.Fraction, r.Negative);
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
        // "3 point 5", "nine point 75": digits after the spoken point are the decimals as written.
        if (k < lx.Length && lx[k].Kind == LexKind.Number && lx[k].Length <= 12 && IsAllDigits(lx[k].Lower) && lx[k].Start > lx[k - 1].End)
        {
            value = double.Parse("0." + lx[k].Lower, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

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

    /// <summary>"-and-a-half" or "-and-a-quarter" glued after a number, each part joined by a hyphen.</summary>
    private static bool TryHyphenatedHalf(Lex[] lx, int after, out double fraction, out int last)
    {
        fraction = 0;
        last = after + 5;
        if (last >= lx.Length || lx[after].Lower != "-" || lx[after + 1].Lower != "and" || lx[after + 2].Lower != "-" || lx[after + 3].Lower is not ("a" or "an")
            || lx[after + 4].Lower != "-" || lx[last].Lower is not ("half" or "quarter"))
        {
            return false;
        }

        for (var i = after; i <= last; i++)
        {
            if (lx[i - 1].End != lx[i].Start)
            {
                return false;
            }
        }

        fraction = lx[last].Lower == "half" ? 0.5 : 0.25;
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
    // A scale is followed by "and" only by a smaller part: "5 million and 10 million", "one thousand and fifteen hundred" are two numbers.
    private static int SkipConnector(Lex[] lx, int j, Atom last, double lastScale)
    {
        if (j + 1 >= lx.Length)
        {
            return j;
        }

        var w = lx[j].Lower;
        if (w == "and" && last is Atom.Hundred or Atom.Scale && (lx[j + 1].Kind == LexKind.Number || NumberWords.Cardinals.ContainsKey(lx[j + 1].Lower))
            && !TryProperFraction(lx, j + 1, out _, out _) && lx[j + 1].Lower != "0"
            && !(last == Atom.Hundred && j + 2 < lx.Length && lx[j + 2].Lower == "hundred")
            && !(last == Atom.Scale && lastScale > 0 && ReachesScale(lx, j + 1, lastScale)))
        {
            return j + 1;
        }

        if (w == "-" && last == Atom.Tens && NumberWords.Cardinals.TryGetValue(lx[j + 1].Lower, out var v) && v is > 0 and < 10)
        {
            return j + 1;
        }

        return j;
    }

    /// <summary>Whether the number words from <paramref name="i"/> reach <paramref name="scale"/> ("10 million", "fifteen hundred" after a thousand).</summary>
    private static bool ReachesScale(Lex[] lx, int i, double scale)
    {
        double current = 0;
        for (var k = i; k < lx.Length && k < i + 8; k++)
        {
            var w = lx[k].Lower;
            if (lx[k].Kind == LexKind.Number)
            {
                current = NumberScanner.ParseDigits(w, out _, out _);
            }
            else if (NumberWords.Cardinals.TryGetValue(w, out var small))
            {
                current += small;
            }
            else if (w is "hundred" or "hundreds")
            {
                current *= 100;
            }
            else if (NumberWords.Scales.TryGetValue(w, out var s) || (w.EndsWith('s') && NumberWords.Scales.TryGetValue(w[..^1], out s)))
            {
                return s >= scale;
            }
            else if (w is not ("-" or "and"))
            {
                break;
            }
        }

        return current >= scale;
    }

    // "one third of", "a quarter." are fractions; "a third time", "a fifth term" are ordinals. An ordinal modifies the noun after it,
    // so a conjunction or a verb there ends a fraction ("one quarter and rising", "a third were"), unless another rank is coordinated
    // ("a third and final term", "a fifth or sixth time").
    private static bool FractionAllowedAfter(Lex[] lx, int next, string denominator)
    {
        // "an eleventh-hour deal", "a third-party claim", "a quarter-final": a rank fused into a compound ("a half-hour show" is half an hour).
        if (next + 1 < lx.Length && lx[next].Lower == "-" && lx[next].Start == lx[next - 1].End && lx[next + 1].Start == lx[next].End
            && lx[next + 1].Kind == LexKind.Word && denominator is not ("half" or "halves"))
        {
            return false;
        }

        if (next >= lx.Length || lx[next].Kind != LexKind.Word || lx[next].Lower == "of")
        {
            return true;
        }

        var w = lx[next].Lower;
        if (w is "and" or "or" or "but")
        {
            var after = next + 1 < lx.Length ? lx[next + 1].Lower : "";
            return !(NumberWords.Ordinals.ContainsKey(after) || after is "final" or "last" or "possibly" or "perhaps" or "maybe");
        }

        if (w is "than" or "is" or "was" or "are" or "were" or "has" or "have" or "had")
        {
            return true;
        }

        // "a quarter percentage point", "a half point rise": the size of a move in rates.
        return denominator is "half" or "quarter" && w is "percent" or "million" or "billion" or "century" or "percentage" or "point";
    }

    private static bool StartsNumber(Lex[] lx, int i) =>
        lx[i].Kind == LexKind.Number || NumberWords.Cardinals.ContainsKey(lx[i].Lower);

    // "5k" in "5k-20k": a multiplier glued to digits, not a name.
    private static bool IsGluedMultiplier(Lex[] lx, int w) =>
        w > 0 && lx[w - 1].Kind == LexKind.Number && lx[w - 1].End == lx[w].Start && NumberWords.GluedMultipliers.ContainsKey(lx[w].Lower);

    // "$5m", and with the space some styles put after the sign: "US$ 1.5m", "£ 3m".
    private static bool AfterCurrency(Lex[] lx, int first) =>
        first > 0 && lx[first].Start - lx[first - 1].End <= 1 && CurrencyTable.IsSymbol(lx[first - 1].Lower);

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
