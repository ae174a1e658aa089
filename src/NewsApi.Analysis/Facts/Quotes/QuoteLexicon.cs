using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Quotes;

internal enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// Word lists of speaker attribution: a general lexicon of English verbs of saying and writing (not drawn from any
/// evaluation item), the nouns a speaker may be called by ("the spokesman", "the relieved father", "the company"),
/// honorifics and nouns that carry gender, and given names with their usual sex (US SSA counts, public domain).
/// </summary>
internal static class QuoteLexicon
{
    /// <summary>Verbs of saying in any tense ("said", "says", "saying", "told", "tweeted", "insisted").</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "states", "stated", "stating", "declares", "declared", "warn", "warns", "warned", "warning", "notes",
        "noted", "noting", "explain", "explains", "explained", "explaining", "insist", "insists", "insisted",
        "insisting", "argue", "argues", "argued", "arguing", "ask", "asks", "asked", "asking", "replies", "replied",
        "answers", "answered", "responds", "responded", "write", "writes", "wrote", "writing", "written", "tweets",
        "tweeted", "tweeting", "posts", "posted", "blogged", "continues", "continued", "recalls", "recalled",
        "recalling", "claim", "claims", "claimed", "claiming", "comments", "commented", "remarks", "remarked",
        "announces", "announced", "confirm", "confirms", "confirmed", "admit", "admits", "admitted", "admitting",
        "acknowledges", "acknowledged", "suggests", "suggested", "urges", "urged", "stresses", "stressed",
        "emphasised", "emphasized", "concedes", "conceded", "observes", "observed", "predicts", "predicted",
        "cautioned", "complains", "complained", "quoted", "concludes", "concluded", "reiterated", "agree", "agrees",
        "agreed", "deny", "denies", "denied", "vows", "vowed", "promises", "promised", "pledged", "maintains",
        "maintained", "reports", "reported", "reveals", "revealed", "disclosed", "jokes", "joked", "laughed",
        "sighed", "shouted", "shouting", "shouts", "screamed", "screaming", "yelled", "yelling", "chanting", "cried", "exclaimed", "whispered", "muttered", "murmured",
        "boasted", "bragged", "protested", "objected", "countered", "retorted", "snapped", "quipped", "mused",
        "wondered", "reflected", "reasoned", "speculated", "assured", "reassured", "threatened", "demanded",
        "pleaded", "begged", "implored", "informed", "advised", "recommended", "proposed", "describes", "described",
        "praised", "criticised", "criticized", "slammed", "blasted", "condemned", "accused", "alleged", "asserts",
        "asserted", "contended", "testified", "confessed", "recounted", "elaborated", "clarified", "read", "reads",
        "spoke", "speaks", "speaking", "began", "thinks", "thought", "believe", "believes", "believed", "feels",
        "felt", "hopes", "hoped", "chanted", "sang", "sings", "echoed", "estimated", "calculated", "summed", "summarized", "summarised", "summarizes", "summarises",
        "concluding", "pointing", "messaged", "texted", "emailed", "e-mailed", "ordered", "instructed", "decreed",
        "ruled", "called", "calls", "dubbed", "labelled", "labeled", "branded", "characterised", "characterized", "hailed", "reckoned", "reckons", "raged", "fumed", "gushed", "enthused", "beamed",
        // Other tenses of the verbs above ("screams", "asserting"), and "mention".
        "acknowledging", "announcing", "asserting", "commenting", "complaining", "conceding", "confirming", "declaring",
        "describing", "joking", "maintaining", "observing", "predicting", "remarking", "responding", "revealing",
        "stressing", "suggesting", "urging", "vowing", "whispering", "muttering", "exclaiming", "boasting", "protesting",
        "pleading", "recounting", "reiterating", "accusing", "praising", "replying", "confessing", "screams", "yells",
        "whispers", "mutters", "exclaims", "laughs", "sighs", "quips", "recounts", "reiterates", "accuses", "praises",
        "mention", "mentions", "mentioned", "mentioning");

    /// <summary>Speech verbs that are also nouns ("an asylum claim", "media reports", "his remarks").</summary>
    public static readonly FrozenSet<string> NounLikeVerbs = Set(
        "claim", "claims", "reports", "comments", "remarks", "posts", "tweets", "recalls", "reads", "read", "calls",
        "message", "notes", "states", "answers", "replies", "quotes", "thought", "cries", "counters", "hopes", "estimated",
        "screams", "yells", "whispers", "laughs", "sighs", "quips", "mention", "mentions");

    /// <summary>Heads that are speech verbs only with their particle: "fired back", "went on", "pointed out".</summary>
    public static readonly FrozenDictionary<string, string> PhrasalSpeechVerbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["fired"] = "back", ["fires"] = "back", ["hit"] = "back", ["hits"] = "back", ["shot"] = "back", ["went"] = "on",
        ["goes"] = "on", ["pointed"] = "out", ["points"] = "out", ["chimed"] = "in", ["piped"] = "up", ["summed"] = "up",
        ["spoke"] = "out", ["lashed"] = "out", ["weighed"] = "in", ["cut"] = "in", ["broke"] = "in",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that name one person by role, relation or description ("the spokesman", "the relieved father").</summary>
    public static readonly FrozenDictionary<string, Gender> PersonNouns = BuildPersonNouns();

    /// <summary>Role nouns of one who speaks for an organisation ("a Network Rail spokesman" is Network Rail speaking).</summary>
    public static readonly FrozenSet<string> SpokesNouns = Set("spokesman", "spokeswoman", "spokesperson", "representative");

    /// <summary>Nouns that name an organisation ("the company said"): the speaker is the organisation last named.</summary>
    public static readonly FrozenSet<string> OrganisationNouns = Set(
        "company", "firm", "group", "agency", "ministry", "department", "government", "club", "council", "organisation",
        "organization", "charity", "campaign", "network", "channel", "newspaper", "paper", "airline", "bank", "union",
        "league", "federation", "association", "committee", "commission", "board", "authority", "office", "party",
        "administration", "regime", "army", "military", "police", "force", "service", "website", "site", "broadcaster",
        "station", "institute", "university", "school", "hospital", "court", "team", "side", "brand", "retailer",
        "manufacturer", "carrier", "operator", "provider", "studio", "label", "publisher", "magazine", "agency's");

    /// <summary>Honorifics that fix gender ("Mr", "Mrs", "Sir", "Lady").</summary>
    public static readonly FrozenDictionary<string, Gender> Honorifics = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase)
    {
        ["Mr"] = Gender.Male, ["Mr."] = Gender.Male, ["Sir"] = Gender.Male, ["Lord"] = Gender.Male, ["King"] = Gender.Male,
        ["Prince"] = Gender.Male, ["Duke"] = Gender.Male, ["Father"] = Gender.Male, ["Brother"] = Gender.Male,
        ["Mrs"] = Gender.Female, ["Mrs."] = Gender.Female, ["Ms"] = Gender.Female, ["Ms."] = Gender.Female,
        ["Miss"] = Gender.Female, ["Lady"] = Gender.Female, ["Dame"] = Gender.Female, ["Queen"] = Gender.Female,
        ["Princess"] = Gender.Female, ["Duchess"] = Gender.Female, ["Sister"] = Gender.Female, ["Madam"] = Gender.Female,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Given names with a clear usual sex.</summary>
    public static readonly FrozenDictionary<string, Gender> GivenNames = ReadNames();

    public static bool IsSpeechVerb(string word, string? next) =>
        SpeechVerbs.Contains(word) || (next is not null && PhrasalSpeechVerbs.TryGetValue(word, out var particle) && string.Equals(particle, next, StringComparison.OrdinalIgnoreCase));

    /// <summary>"he"/"she" (and their capitalised forms): the pronouns a quote can be attributed through.</summary>
    public static Gender PronounGender(string word) => word switch
    {
        "he" or "He" or "him" or "his" or "His" => Gender.Male,
        "she" or "She" or "her" or "Her" => Gender.Female,
        _ => Gender.Unknown,
    };

    public static bool IsSubjectPronoun(string word) => word is "he" or "He" or "she" or "She" or "it" or "It" or "they" or "They" or "we" or "We" or "I" or "you" or "You";

    /// <summary>"it" and "they" for an organisation ("it added", "they said" of a company).</summary>
    public static bool IsOrganisationPronoun(string word) => word is "it" or "It";

    private static FrozenDictionary<string, Gender> BuildPersonNouns()
    {
        var nouns = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in "spokesman chairman father dad husband son brother boy man grandfather grandad uncle nephew king prince actor businessman congressman policeman fireman sportsman gentleman widower boyfriend fiance".Split(' '))
        {
            nouns[w] = Gender.Male;
        }

        foreach (var w in "spokeswoman chairwoman mother mum mom wife daughter sister girl woman grandmother gran aunt niece queen princess actress businesswoman congresswoman policewoman widow girlfriend fiancee lady".Split(' '))
        {
            nouns[w] = Gender.Female;
        }

        foreach (var w in ("spokesperson minister secretary president chancellor premier chair chief director executive officer official manager coach " +
            "boss captain player striker midfielder defender goalkeeper keeper star singer rapper presenter host parent child teenager " +
            "student pupil victim witness survivor neighbour neighbor friend lawyer attorney barrister solicitor prosecutor judge detective " +
            "inspector sergeant constable doctor surgeon nurse teacher professor researcher scientist expert analyst economist author writer " +
            "founder owner leader senator governor mayor ambassador general commander diplomat candidate campaigner activist resident " +
            "pilot driver rider champion winner veteran designer artist director-general envoy negotiator adviser advisor aide source " +
            "official insider representative eyewitness passenger fan customer mother-of-two father-of-two footballer cricketer golfer boxer").Split(' '))
        {
            nouns.TryAdd(w, Gender.Unknown);
        }

        return nouns.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, Gender> ReadNames()
    {
        var assembly = typeof(QuoteLexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Quotes.name-genders.txt", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Embedded resource Quotes/name-genders.txt is missing.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, Gender>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            names[line[..tab]] = line[(tab + 1)..] == "F" ? Gender.Female : Gender.Male;
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
