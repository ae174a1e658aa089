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

    /// <summary>Plural nouns of organisations that head a list of examples ("firms including ...", "banks such as ...").</summary>
    private static readonly FrozenSet<string> ListHeads = new[]
    {
        "firms", "companies", "banks", "groups", "carriers", "airlines", "insurers", "brokers", "brokerages", "lenders",
        "makers", "manufacturers", "retailers", "operators", "producers", "clubs", "teams", "newspapers", "agencies",
        "organisations", "organizations", "parties", "chips", "stocks", "shares", "conglomerates", "multinationals",
        "utilities", "publishers", "broadcasters", "suppliers", "refiners", "miners", "automakers", "carmakers",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxListUnits = 30;

    /// <summary>
    /// "firms including Mobil , Shell and Caltex", "blue chips like Alpha , Beta Lamps and Gamma": a name in a list of
    /// examples that a plural organisation noun heads is an organisation.
    /// </summary>
    public static bool InListOfOrganisations(IReadOnlyList<WordUnit> units, int from)
    {
        var k = from - 1;
        while (k >= 0 && from - k <= MaxListUnits)
        {
            var word = units[k].Text;
            if (word is "including" or "like" || (word == "as" && k > 0 && units[k - 1].Text == "such"))
            {
                var head = word == "as" ? k - 2 : k - 1;
                return head >= 0 && ListHeads.Contains(units[head].Text);
            }

            if (word is not ("," or "and"))
            {
                return false;
            }

            k--;
            var names = 0;
            while (k >= 0 && NameShape.IsNameLike(units[k]))
            {
                k--;
                names++;
            }

            if (names == 0)
            {
                return false;
            }
        }

        return false;
    }

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
