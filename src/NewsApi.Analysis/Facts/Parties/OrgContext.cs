using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Words around an unknown name that say it is an organisation: a descriptive noun before it ("tyre and cables giant
/// Pirelli", "news agency Tanjug", "the daily Sueddeutsche Zeitung") or a corporate noun after it ("Pirelli shares",
/// "Ericsson spokesman Per Zetterquist", "Le Matin newspaper").
/// </summary>
internal static class OrgContext
{
    private static readonly FrozenSet<string> Before = new[]
    {
        "giant", "group", "firm", "company", "agency", "maker", "makers", "carrier", "rival", "insurer", "newspaper",
        "daily", "weekly", "club", "side", "broker", "brokerage", "conglomerate", "retailer", "airline", "manufacturer",
        "producer", "operator", "distributor", "developer", "subsidiary", "bank", "lender", "automaker", "carmaker",
        "chipmaker", "telecoms", "utility", "publisher", "broadcaster", "supplier", "contractor", "refiner", "miner",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> After = new[]
    {
        "shares", "stock", "stocks", "shareholders", "spokesman", "spokeswoman", "chairman", "executives", "subsidiary",
        "unit", "plc", "inc", "ltd", "corp", "ag", "spa", "sa", "nv", "ab",
        // The press named by its title: "Le Matin newspaper", "Zycie Warszawy daily said".
        "newspaper", "newspapers", "daily", "weekly", "magazine", "agency",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of a result that follow the team in a sports story ("Leicestershire beat Somerset").</summary>
    private static readonly FrozenSet<string> ResultVerbs = new[]
    {
        "beat", "beats", "drew", "draw", "lost", "lose", "defeated", "thrashed", "edged", "routed", "crushed", "overcame",
        "v", "vs", "v.", "vs.", "versus", "trail", "trailed", "led", "lead", "held", "hammered", "outplayed",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsResultVerb(string word) => ResultVerbs.Contains(word);

    public static bool Around(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (from > 0 && units[from - 1].IsWord && Before.Contains(units[from - 1].Text))
        {
            return true;
        }

        if (to >= units.Count || units[to - 1].Possessive || !units[to].IsWord)
        {
            return false;
        }

        // "the Yonhap news agency said", "the Xinhua news service".
        return After.Contains(units[to].Text)
            || (units[to].Text == "news" && to + 1 < units.Count && units[to + 1].Text is "agency" or "service" or "channel" or "website");
    }
}
