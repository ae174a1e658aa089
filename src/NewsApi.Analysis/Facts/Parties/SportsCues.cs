using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>Sports results, tables and scorecards: the words and figures around a name that make it a team or a player.</summary>
internal static class SportsCues
{
    /// <summary>"v Northampton", "beat Somerset": a city or county after these words is a team.</summary>
    internal static bool IsOpponent(IReadOnlyList<WordUnit> units, int from) =>
        from > 0 && units[from - 1].Text is "v" or "vs" or "v." or "vs." or "versus" or "beat" or "against";

    /// <summary>A score or standing right after the name: a small number, not a year, date or figure with a unit.</summary>
    internal static bool IsScoreAfter(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (to >= units.Count || (from > 0 && units[from - 1].IsWord && char.IsLower(units[from - 1].Text[0])))
        {
            return false;
        }

        var next = units[to].Text;
        if (next.Length is 0 or > 3 || !AllDigits(next))
        {
            return false;
        }

        // A second number or the end of the sentence after it: "Surrey 326 and 112", "Chicago 71 58", "Atlanta 4 Houston 3".
        var after = to + 1 < units.Count ? units[to + 1].Text : "";
        return after.Length == 0 || after is "," or "." or "and" or ";" || char.IsDigit(after[0]) || after[0] == '.' || char.IsUpper(after[0]);
    }

    /// <summary>
    /// A cricket scorecard names players: the fielder and bowler after "c", "b", "st" or "lbw" ("c Tillekeratne b
    /// Dharmasena 13") and the bowler before his figures ("Vaas 7-0-29-0").
    /// </summary>
    internal static bool IsScorecardName(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (from > 0 && units[from - 1].Text is "c" or "b" or "st" or "lbw" or "c&b")
        {
            return true;
        }

        if (to >= units.Count)
        {
            return false;
        }

        var figures = units[to].Text;
        var dashes = 0;
        foreach (var ch in figures)
        {
            if (ch == '-')
            {
                dashes++;
            }
            else if (!char.IsDigit(ch) && ch != '.')
            {
                return false;
            }
        }

        return dashes == 3;
    }
}
