using System.Globalization;
using NewsApi.Analysis.Facts.Figures;

namespace NewsApi.Analysis.Facts.Dates;

/// <summary>
/// The tense of the clause around an expression, which decides whether a weekday or a month without a year lies
/// before or after the publication date; and clause boundaries.
/// </summary>
internal sealed partial class DateScanner
{
    /// <summary>True when the clause around the expression is about the future ("would travel to Moscow for talks on Monday").</summary>
    private bool HasFutureCue(int first, int last)
    {
        // Backwards to the start of the clause.
        for (var j = first - 1; j >= 0 && j >= first - 15; j--)
        {
            var w = _lx[j].Lower;
            if (IsClauseBreak(j, includeComma: true))
            {
                break;
            }

            if (IsFutureWord(j, w))
            {
                return true;
            }
        }

        // Forwards only when the date opens its clause ("On Monday, the minister will ...").
        var opensClause = first == 0 || IsClauseBreak(first - 1, includeComma: true)
            || (W(first - 1) is "on" or "by" or "from" or "until" && (first - 1 == 0 || IsClauseBreak(first - 2, includeComma: true)));
        if (!opensClause)
        {
            return false;
        }

        for (var j = last + 1; j < _lx.Length && j <= last + 10; j++)
        {
            if (IsClauseBreak(j, includeComma: false))
            {
                break;
            }

            if (IsFutureWord(j, _lx[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFutureWord(int j, string w)
    {
        if (w is "set" or "due" or "expected" or "scheduled" or "going")
        {
            return W(j + 1) == "to" || (w is "scheduled" or "due" && W(j + 1) is "for" or "on");
        }

        if (w == "ll" && j > 0 && W(j - 1) is "'" or "\u2019")
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
