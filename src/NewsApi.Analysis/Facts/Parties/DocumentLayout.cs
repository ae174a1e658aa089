using System.Collections.Frozen;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// What kind of story a document is, read once before its names are typed. In a sports story a town, county or state
/// names the team that plays for it ("Leicestershire beat Somerset", "Leeds 2 Chelsea 1", "CHICAGO 71 64"), while a
/// country stays a place (the CoNLL convention, and what readers of a results table expect).
/// </summary>
internal sealed class DocumentLayout
{
    /// <summary>Sport names that open a wire headline ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP").</summary>
    private static readonly FrozenSet<string> SportHeads = new[]
    {
        "soccer", "football", "cricket", "tennis", "golf", "baseball", "basketball", "rugby", "athletics", "cycling",
        "boxing", "squash", "hockey", "nfl", "nba", "nhl", "mlb", "racing", "motorcycling", "formula", "motor", "badminton",
        "rowing", "swimming", "yachting", "sailing", "volleyball", "handball", "skiing", "speedway", "triathlon", "chess",
        "snooker", "darts", "equestrianism", "gymnastics", "judo", "wrestling", "olympics", "sport", "sports", "horse",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of match reports; several distinct ones make a story about sport without a sport headline.</summary>
    private static readonly FrozenSet<string> SportTerms = new[]
    {
        "innings", "wickets", "wicket", "striker", "midfielder", "goalkeeper", "penalty", "halftime", "half-time",
        "scored", "scorers", "standings", "seeded", "homer", "inning", "touchdown", "quarterback", "batsman", "bowler",
        "semifinal", "semi-final", "quarter-final", "quarterfinal", "championship", "league", "cup", "unbeaten", "draw",
        "drew", "goals", "match", "matches", "season", "coach", "tournament", "round", "victory", "defeat", "beat",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SportTermsBySpan = SportTerms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Sports where one person plays another: "Jansher beat Eyles", "against Edberg", "Miles 50.42" name players, not
    /// teams (a nation in a team event is still its country). Cycling and motor racing are left out: riders ride for trade teams ("Armstrong ( U.S. ) Motorola 2 seconds").
    /// </summary>
    private static readonly FrozenSet<string> IndividualSports = new[]
    {
        "tennis", "golf", "athletics", "boxing", "squash", "badminton", "swimming", "skiing",
        "triathlon", "chess", "snooker", "darts", "gymnastics", "judo", "wrestling",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int SportTermsNeeded = 5;

    /// <summary>Prepositions after which a town is where something happens, not the team that plays for it.</summary>
    private static readonly FrozenSet<string> LocativeWords = new[]
    {
        "in", "at", "near", "outside", "inside", "around", "across", "throughout", "into", "towards", "toward", "of", "from", "to",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private DocumentLayout(bool isSports, bool individual = false)
    {
        IsSports = isSports;
        IsIndividualSport = individual;
    }

    public static DocumentLayout Plain { get; } = new(false);

    public bool IsSports { get; }

    /// <summary>The headline names a sport where players meet one by one (tennis, golf, squash, ...).</summary>
    public bool IsIndividualSport { get; }

    private static DocumentLayout SportOf(string head) => new(true, IndividualSports.Contains(head));

    public static DocumentLayout Of(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        // "SOCCER - ...", "RUGBY UNION - ...": one or two words, then a dash, at the very start of the text. The dateline
        // detector takes "CRICKET -" for a dateline and keeps it out of the sentences, so its place is read too.
        if (document.Dateline is { } dateline && dateline.Place.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(SportHeads.Contains) is { } sport)
        {
            return SportOf(sport);
        }

        var end = Math.Min(tokens.Count, 4);
        for (var i = 0; i < end; i++)
        {
            // "NFL AMERICAN FOOTBALL-RANDALL CUNNINGHAM RETIRES": the dash may also be glued to the next word.
            var glued = tokens[i].Text.IndexOf('-', StringComparison.Ordinal);
            if (glued > 0 && SportHeads.Contains(tokens[i].Text[..glued]))
            {
                return SportOf(tokens[i].Text[..glued]);
            }

            if (tokens[i].Text is "-" or "–" or "—")
            {
                for (var k = 0; k < i; k++)
                {
                    if (SportHeads.Contains(tokens[k].Text))
                    {
                        return SportOf(tokens[k].Text);
                    }
                }

                break;
            }
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            // Plurals count as their singular ("touchdowns", "quarterbacks"); looked up as a span, so no word is copied.
            var text = t.Text;
            var term = text.Length > 4 && text[^1] == 's' && !SportTerms.Contains(text) ? text.AsSpan(0, text.Length - 1) : text.AsSpan();
            if (SportTermsBySpan.Contains(term) && seen.Add(term.ToString()) && seen.Count >= SportTermsNeeded)
            {
                return new DocumentLayout(true);
            }
        }

        return Plain;
    }

    /// <summary>
    /// A town, county or state (not a country) in a sports story, used as a team: not after a locative preposition
    /// ("in Leeds", "at Grace Road"), not followed by the country or county it lies in ("Headingley , Leeds"), and not
    /// the place of a dateline ("LONDON 1996-08-30").
    /// </summary>
    public bool NamesTeam(IReadOnlyList<WordUnit> units, int from, int to, string? canonical, string? country)
    {
        return country is not null && country != canonical && ActsAsTeam(units, from, to);
    }

    /// <summary>In a sports story, a place name at <paramref name="from"/> that is not used as a location.</summary>
    public bool ActsAsTeam(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (!IsSports)
        {
            return false;
        }

        // In any case: "In Chicago , the Braves ...", "At Tunbridge Wells :", a schedule in capitals "ATLANTA AT CHICAGO".
        if (from > 0 && LocativeWords.Contains(units[from - 1].Text))
        {
            return false;
        }

        // "( at The Oval , London )": the town after a venue.
        if (from > 0 && units[from - 1].Text == "," && to < units.Count && units[to].Text == ")")
        {
            return false;
        }

        // "the Moscow club", "the Volgograd side", "north London club": a town before a lower-case team noun says where
        // the team is from; the noun names the team ("Newcastle team mate" still names the team).
        if (to < units.Count && units[to].Text is "club" or "side" or "team" or "outfit" or "clubs" or "sides" or "teams" && !units[to - 1].Possessive
            && !(to + 1 < units.Count && units[to + 1].Text is "mate" or "mates"))
        {
            return false;
        }

        // "Headingley , Leeds", and a venue heading a result line ("Leicester : Leicestershire beat Somerset").
        if ((to + 1 < units.Count && units[to].Text == "," && units[to + 1].IsCapitalized) || (to < units.Count && units[to].Text == ":"))
        {
            return false;
        }

        return !IsDateline(units, from, to);
    }

    /// <summary>
    /// "LONDON 1996-08-30", "NICE , France 1996-08-30": a place opening a sentence that holds a date; also the region
    /// after the town in capitals and a comma ("MILWAUKEE , Wisconsin 1996-08-29", "IRVINE , Calif 1996-08-30").
    /// </summary>
    internal static bool IsDateline(IReadOnlyList<WordUnit> units, int from, int to)
    {
        if (from != 0 && !(from >= 2 && from <= 5 && units[from - 1].Text == "," && OpensInCapitals(units, from - 1)))
        {
            return false;
        }

        for (var k = to; k < units.Count && k < to + 6; k++)
        {
            var t = units[k].Text;
            if (t.Length >= 8 && char.IsDigit(t[0]) && t.Contains('-', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensInCapitals(IReadOnlyList<WordUnit> units, int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (!units[k].IsAllCaps)
            {
                return false;
            }
        }

        return true;
    }
}
