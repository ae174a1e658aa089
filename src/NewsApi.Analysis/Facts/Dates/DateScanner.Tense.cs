using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// The tense of the clause around an expression, which decides whether a weekday or a month without a year lies
/// before or after the publication date; and clause boundaries.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>How far a tense cue may lie from the expression, in lexemes.</summary>
    private const int TenseReach = 15;

    /// <summary>True when the clause around the expression is about the future ("would travel to Moscow for talks on Monday").</summary>
    private bool HasFutureCue(int first, int last) => Tense(first, last) > 0;

    /// <summary>
    /// The tense of the clause around lexemes first..last: +1 future ("will", "is to", "plans to", "scheduled for", "'ll"),
    /// -1 past ("said", "was", "met", a verb in -ed), 0 when the clause has no cue. The nearest cue wins, so in "said it would
    /// meet Monday" the modal decides and in "said Friday that it will" the report does. Backwards the search stops at the
    /// clause start (a comma included); forwards at the clause end, and at a comma unless the date opens its clause ("On
    /// Friday, the minister will ..."). As HeidelTime does for news, the verb's tense, not a fixed bias, places the date.
    /// </summary>
    private int Tense(int first, int last)
    {
        int back = 0, backDistance = int.MaxValue;
        for (var j = first - 1; j >= 0 && j >= first - TenseReach; j--)
        {
            if (IsClauseBreak(j, includeComma: true))
            {
                break;
            }

            if (TenseCue(j) is var c and not 0)
            {
                (back, backDistance) = (c, first - j);
                break;
            }
        }

        var opensClause = first == 0 || IsClauseBreak(first - 1, includeComma: true)
            || (W(first - 1) is "on" or "in" or "at" or "by" or "from" or "until" or "till" or "during" or "since" or "after" or "before" && (first - 1 == 0 || IsClauseBreak(first - 2, includeComma: true)));
        // Forwards only when the date opens its clause or nothing before it in the clause tells: a verb after a date in
        // mid-clause mostly belongs to a relative clause ("by June in a drive for towns untouched by rail").
        if (back != 0 && !opensClause)
        {
            return back;
        }

        for (var j = last + 1; j < _lx.Length && j - last < backDistance && j <= last + TenseReach; j++)
        {
            if (IsClauseBreak(j, includeComma: !opensClause))
            {
                break;
            }

            if (TenseCue(j) is var c and not 0)
            {
                return c;
            }
        }

        return back;
    }

    /// <summary>The tense a lexeme marks: +1 future, -1 past, 0 none. A word in un-...-ed is an adjective ("an unspecified date").</summary>
    private int TenseCue(int j)
    {
        var w = _lx[j].Lower;
        if (IsFutureWord(j, w))
        {
            return 1;
        }

        // "is to meet", "are meeting on Monday": arranged futures.
        if (w is "is" or "are" or "am" && (W(j + 1) == "to" || (W(j + 1).EndsWith("ing", StringComparison.Ordinal) && W(j + 1).Length > 4)))
        {
            return 1;
        }

        // After "be" a past form is a participle whose auxiliary tells the tense ("will be paid", "is heard").
        var afterBe = W(j - 1) is "be" or "been" or "being" or "is" or "are" or "am";
        if (DateWords.PastCues.Contains(w))
        {
            return afterBe && w is not ("was" or "were" or "had") ? 0 : -1;
        }

        // A lower-case word in -ed is mostly a past verb; after a determiner it is an adjective ("the planned talks"), after
        // "be" or "is" a participle whose auxiliary tells the tense ("will be named", "is scheduled").
        return w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && _lx[j].Kind == LexKind.Word && !IsCapitalized(j) && !afterBe
            && !DateWords.NotPastInEd.Contains(w) && !w.StartsWith("un", StringComparison.Ordinal)
            && W(j - 1) is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that" or "these" or "those")
            ? -1 : 0;
    }

    private bool IsFutureWord(int j, string w)
    {
        // "has scheduled a news conference Thursday", "have planned a rally": an arrangement made for a time to come.
        if (w is "scheduled" or "planned" or "rescheduled" && W(j - 1) is "has" or "have")
        {
            return true;
        }

        if (w is "set" or "expected" or "scheduled" or "going" or "plans" or "plan" or "planned" or "planning" or "intends" or "intend" or "hopes" or "hope" or "aims" or "expects" or "expect" or "wants" or "want")
        {
            return W(j + 1) == "to" || (w is "scheduled" or "planned" && W(j + 1) is "for" or "on");
        }

        // "postponed until Tuesday", "adjourned to Monday": the new date lies ahead.
        if (w is "postponed" or "delayed" or "deferred" or "adjourned" or "rescheduled" or "put" && W(j + 1) is "until" or "till" or "to" or "off")
        {
            return w != "put" || W(j + 1) == "off";
        }

        // "as soon as Tuesday", "as early as next week": the earliest time something is expected.
        if (w is "soon" or "early" && W(j - 1) == "as" && W(j + 1) == "as")
        {
            return true;
        }

        // Modals of what may come; "may" capitalised is the month.
        if (w is "might" or "should" or "must" || (w == "may" && !IsCapitalized(j)))
        {
            return true;
        }

        // "next to the embassy" is a place.
        if (w == "next" && W(j + 1) == "to")
        {
            return false;
        }

        if (w == "ll" && j > 0 && W(j - 1) is "'" or "\u2019")
        {
            return true;
        }

        // "we'll", "they’ll": the contraction written as one word.
        if (w.Length > 3 && w.EndsWith("ll", StringComparison.Ordinal) && w[^3] is '\'' or '\u2019')
        {
            return true;
        }

        return DateWords.FutureCues.Contains(w);
    }

    private bool IsClauseBreak(int j, bool includeComma)
    {
        if (j < 0)
        {
            return true;
        }

        var w = _lx[j].Lower;

        // The colon of a clock ("10:00") joins its numbers.
        if (w == ":" && IsNumber(j - 1) && IsNumber(j + 1) && Glued(j - 1, j) && Glued(j, j + 1))
        {
            return false;
        }

        if (_lx[j].Kind == LexKind.Punct && (w is ";" or ":" or "!" or "?" or "\"" or "\u201c" or "\u201d" || (includeComma && w == ",")))
        {
            return true;
        }

        if (w == "." && !(j > 0 && _lx[j - 1].Kind == LexKind.Word && _lx[j - 1].Length <= 4 && Glued(j - 1, j) && (DateWords.MonthAbbreviations.ContainsKey(_lx[j - 1].Lower) || char.IsUpper(_text[_lx[j - 1].Start]))))
        {
            return true;
        }

        return j > 0 && _text.AsSpan(_lx[j - 1].End, _lx[j].Start - _lx[j - 1].End).Contains('\n');
    }
}
