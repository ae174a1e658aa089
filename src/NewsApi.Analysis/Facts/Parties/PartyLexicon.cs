using System.Collections.Frozen;
using System.Reflection;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>A place from the gazetteer: its canonical name and the country it belongs to (itself for a country).</summary>
internal sealed record PlaceEntry(string Canonical, string Kind, string? Country)
{
    /// <summary>Open identifiers ("geonames:2643743", "iso3166:GB"), '|'-separated; null when the gazetteer has none.</summary>
    public string? Ids { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}

/// <summary>A well-known organisation: canonical name and, for seats of power ("Kremlin"), the country it speaks for.</summary>
internal sealed record OrgEntry(string Canonical, string? Country);

/// <summary>
/// An organisation from the shipped gazetteers (football clubs, listed companies, public bodies): its canonical name,
/// kind ('c' club, 't' club named as its town, 'm' company, 'b' public body), ISO country when known, and open identifiers ("ticker:LEA:NYSE").
/// </summary>
internal sealed record OrgRecord(string Canonical, char Kind, string? Country, string? Ids)
{
    /// <summary>A club written as its town ("Blackburn"): a team only in a sports story, else the town.</summary>
    public const char TownClub = 't';

    /// <summary>
    /// The lexicon writes the name as an acronym ("OLAF", "AKI"). Lookups ignore case, but an acronym names the body
    /// only when the text writes it in capitals too: "Olaf Ludwig" is a cyclist, not the EU's anti-fraud office.
    /// </summary>
    public bool Acronym { get; init; }

    /// <summary>Whether <paramref name="surface"/>, found by a case-insensitive lookup, may stand for this record.</summary>
    public bool Matches(ReadOnlySpan<char> surface)
    {
        if (!Acronym)
        {
            return true;
        }

        foreach (var c in surface)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Word lists for the party rules. The data-derived lists (places, given names, lower-case vocabulary) are embedded
/// resources built by tests/NewsApi.Eval/Parties/build_gazetteers.py; the short hand-written lists live here.
/// Loaded once per process.
/// </summary>
internal sealed class PartyLexicon
{
    private static readonly Lazy<PartyLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private PartyLexicon(
        FrozenDictionary<string, PlaceEntry> places,
        FrozenDictionary<string, PlaceEntry> placesUpper,
        FrozenSet<string> givenNames,
        FrozenSet<string> commonWords,
        FrozenDictionary<string, OrgRecord> orgs)
    {
        Orgs = orgs;
        Places = places;
        PlacesUpper = placesUpper;
        GivenNames = givenNames;
        CommonWords = commonWords;
    }

    public static PartyLexicon Shared => Instance.Value;

    /// <summary>Case-sensitive surface form → place ("US", "St Petersburg", "Moscow").</summary>
    public FrozenDictionary<string, PlaceEntry> Places { get; }

    /// <summary>Upper-cased surface form → place, for all-capitals headlines.</summary>
    public FrozenDictionary<string, PlaceEntry> PlacesUpper { get; }

    public FrozenSet<string> GivenNames { get; }

    /// <summary>'f' or 'm' for given names that 90% of their (US) bearers share; absent when mixed or unknown.</summary>
    public FrozenDictionary<string, char> GivenNameSex { get; private init; } = FrozenDictionary<string, char>.Empty;

    /// <summary>Gendered forms of address: "Mrs Howard" is not "Michael Howard". 'f' or 'm'.</summary>
    public static readonly FrozenDictionary<string, char> Honorifics = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["Mr"] = 'm', ["Mr."] = 'm', ["Mrs"] = 'f', ["Mrs."] = 'f', ["Ms"] = 'f', ["Ms."] = 'f', ["Miss"] = 'f',
        ["Mme"] = 'f', ["Madame"] = 'f', ["Monsieur"] = 'm', ["Herr"] = 'm', ["Frau"] = 'f', ["Senor"] = 'm', ["Senora"] = 'f',
        // Styles of knights and peers: "Sir Menzies Campbell", "Lady Thatcher" say how to address someone, not what they do.
        ["Sir"] = 'm', ["Dame"] = 'f', ["Lord"] = 'm', ["Lady"] = 'f',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Forms of address that say nothing of sex ("Dr Reid"): like <see cref="Honorifics"/>, never a role.</summary>
    public static readonly FrozenSet<string> NeutralHonorifics = Set("dr", "dr.", "mx", "mx.");

    /// <summary>A form of address ("Mr", "Mrs", "Dr", "Sir"), gendered or not.</summary>
    public static bool IsHonorific(string word) => Honorifics.ContainsKey(word) || NeutralHonorifics.Contains(word);

    /// <summary>
    /// Organisations by surface, case-insensitive (EDGAR names are in capitals, wire headlines too). Only capitalised
    /// runs are looked up, so a lower-case "lear" never matches.
    /// </summary>
    public FrozenDictionary<string, OrgRecord> Orgs { get; }

    /// <summary>Lower-case words seen outside names: a sentence-initial "During" or "Efforts" is one of these.</summary>
    public FrozenSet<string> CommonWords { get; }

    private FrozenSet<string>? _multiWordStarts;

    /// <summary>
    /// The first words of the gazetteers' names of two words or more (<see cref="Places"/>, <see cref="PlacesUpper"/>,
    /// <see cref="Orgs"/>, <see cref="KnownOrgs"/>), ignoring case: a run whose first word is not one of them can only
    /// match a one-word name, so the longer lookups are skipped. Built on first use, once per lexicon.
    /// </summary>
    internal FrozenSet<string> MultiWordStarts => LazyInitializer.EnsureInitialized(ref _multiWordStarts, () =>
    {
        var starts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var names in new IEnumerable<string>[] { Places.Keys, PlacesUpper.Keys, Orgs.Keys, KnownOrgs.Keys })
        {
            foreach (var name in names)
            {
                if (name.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0)
                {
                    starts.Add(name[..space]);
                }
            }
        }

        return starts.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    });

    public static readonly int MaxPlaceWords = 4;

    /// <summary>"Test and County Cricket Board": organisation names run longer than place names.</summary>
    public static readonly int MaxOrgWords = 6;

    /// <summary>Nationality adjectives → country. Never parties themselves; they give a role its country.</summary>
    public static readonly FrozenDictionary<string, string?> Demonyms = BuildDemonyms();

    /// <summary>Capitalised words that introduce a person's name and are not part of it ("President", "Foreign", "Minister").</summary>
    public static readonly FrozenSet<string> TitleWords = Set(
        "president", "minister", "secretary", "chancellor", "premier", "king", "queen", "prince", "princess", "pope",
        "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman", "congresswoman", "governor", "mayor",
        "general", "gen", "gen.", "admiral", "colonel", "col", "col.", "lieutenant", "lt", "lt.", "captain", "capt", "capt.",
        "sergeant", "sgt", "sgt.", "commander", "chairman", "chairwoman", "director", "commissioner", "ambassador", "envoy",
        "spokesman", "spokeswoman", "spokesperson", "coach", "sheikh", "sheik", "emir", "ayatollah", "sultan", "judge",
        "justice", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame",
        "lord", "lady", "rev", "rev.", "reverend", "cardinal", "bishop", "archbishop", "rabbi", "imam", "chief", "deputy",
        "vice", "foreign", "prime", "defence", "defense", "finance", "interior", "trade", "economy", "health", "education",
        "agriculture", "energy", "environment", "labour", "labor", "home", "state", "national", "security", "adviser",
        "advisor", "aide", "officer", "executive", "attorney", "former", "acting", "senior", "assistant", "under",
        "supreme", "leader", "crown", "grand", "duke", "duchess", "marshal", "brigadier", "major", "corporal", "private",
        "speaker", "president-elect", "vice-president", "undersecretary", "under-secretary", "treasurer", "magistrate",
        "counsel", "ceo", "coo", "cfo", "chair", "father", "brother", "sister", "saint", "st.", "mufti", "patriarch",
        "delegate", "inspector", "superintendent", "detective", "constable", "commissar", "consul", "viceroy",
        // Hyphenated ranks and offices ("Lieutenant-Colonel Max Marriner", "Major-General Scott").
        "lieutenant-colonel", "lieutenant-general", "lieutenant-commander", "major-general", "brigadier-general",
        "vice-admiral", "rear-admiral", "sergeant-major", "field-marshal", "air-marshal", "vice-chairman", "vice-chancellor",
        "vice-premier", "governor-general", "attorney-general", "solicitor-general", "secretary-general", "director-general");

    /// <summary>Nouns that end a role: "Kremlin spokesman", "chief foreign policy aide", "UN chief".</summary>
    /// <summary>
    /// Kinship nouns: a capitalised word right after one is that relative's name ("his wife Audrey", "His mother
    /// Claire, 34, said"), a person even when named only once and only by a given name.
    /// </summary>
    public static readonly FrozenSet<string> KinshipNouns = Set(
        "wife", "husband", "mother", "father", "mum", "mom", "dad", "son", "daughter", "brother", "sister", "girlfriend",
        "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "widow", "widower", "grandson", "granddaughter", "grandmother",
        "grandfather", "grandma", "grandpa", "aunt", "uncle", "nephew", "niece", "cousin", "stepson", "stepdaughter",
        "stepfather", "stepmother", "twin", "sibling", "spouse");

    public static readonly FrozenSet<string> RoleHeads = Set(
        "president", "minister", "secretary", "chancellor", "premier", "king", "queen", "prince", "princess", "pope",
        "senator", "representative", "congressman", "congresswoman", "governor", "mayor", "general", "admiral", "colonel",
        "lieutenant", "captain", "sergeant", "commander", "chairman", "chairwoman", "chair", "director", "commissioner",
        "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "coach", "manager", "sheikh", "emir", "ayatollah",
        "sultan", "judge", "justice", "chief", "head", "leader", "aide", "adviser", "advisor", "counterpart", "deputy",
        "officer", "official", "analyst", "economist", "editor", "correspondent", "executive", "ceo", "cfo", "founder",
        "treasurer", "attorney", "prosecutor", "diplomat", "negotiator", "mediator", "inspector", "lawyer", "professor",
        "chief-of-staff", "speaker", "architect", "strategist", "campaigner", "activist", "researcher", "scientist",
        "owner", "partner", "player", "striker", "midfielder", "defender", "goalkeeper", "champion", "skipper", "batsman",
        "bowler", "all-rounder", "driver", "rider", "spokesperson", "representative", "lawmaker", "legislator", "mp",
        "president-elect", "vice-president", "undersecretary", "under-secretary", "governor-general", "ceo", "boss",
        "negotiator", "monarch", "emperor", "dictator", "ruler", "strongman");

    /// <summary>Lower-case words that may sit inside a role between its start and its head.</summary>
    public static readonly FrozenSet<string> RoleModifiers = Set(
        "foreign", "policy", "deputy", "national", "security", "prime", "vice", "senior", "chief", "top", "former",
        "acting", "interim", "defence", "defense", "finance", "interior", "trade", "economy", "economic", "health",
        "education", "justice", "energy", "oil", "environment", "agriculture", "home", "state", "general", "executive",
        "managing", "assistant", "associate", "press", "communications", "military", "presidential", "government",
        "party", "opposition", "parliamentary", "special", "personal", "first", "second", "lead", "head", "lieutenant",
        "rear", "supreme", "commanding", "intelligence", "police", "army", "navy", "air", "force", "cabinet", "treasury",
        "central", "bank", "union", "labour", "labor", "campaign", "team", "club", "regional", "provincial", "federal",
        "council", "committee", "white", "house", "kremlin", "main", "key", "long-time", "longtime", "veteran", "new",
        "outgoing", "incoming", "newly", "elected", "appointed", "spokesman", "advisory", "strategic", "counterterrorism",
        "counter-terrorism", "nuclear", "climate", "human", "rights", "public", "affairs", "relations", "media",
        "information", "development", "international", "technical", "financial", "political", "legal", "medical", "sports",
        "affairs", "trade", "transport", "industry", "culture", "information", "social", "welfare", "immigration");

    /// <summary>Last words that make a capitalised sequence an organisation ("UN Security Council", "Foreign Ministry").</summary>
    public static readonly FrozenSet<string> OrgCues = Set(
        "council", "ministry", "party", "inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd",
        "ltd.", "plc", "llc", "ag", "sa", "gmbh", "group", "bank", "university", "college", "institute", "association",
        "committee", "commission", "union", "federation", "league", "agency", "department", "office", "organisation",
        "organization", "foundation", "fund", "board", "authority", "court", "assembly", "parliament", "congress",
        "senate", "club", "airlines", "airways", "press", "news", "times", "post", "journal", "television", "radio",
        "network", "service", "services", "holdings", "industries", "motors", "systems", "technologies", "partners",
        "securities", "exchange", "army", "navy", "force", "forces", "police", "guard", "brigade", "front", "movement",
        "alliance", "coalition", "church", "hospital", "school", "academy", "museum", "society", "trust", "reserve",
        "bureau", "cabinet", "government", "administration", "fc", "united", "rovers", "athletic", "wanderers",
        "albion", "hotspur", "county", "energy", "oil", "petroleum", "telecom", "communications", "pharmaceuticals",
        "insurance", "investments", "capital", "media", "studios", "records", "entertainment", "labs", "laboratories",
        "tribunal", "directorate", "secretariat", "chamber", "embassy", "consulate", "mission", "delegation",
        "commando", "brigades", "battalion", "regiment", "division", "corps", "cartel", "gang", "council", "conference",
        "forum", "institution", "centre", "center", "review", "magazine", "gazette", "herald", "tribune", "telegraph",
        "observer", "daily", "weekly", "channel", "broadcasting", "agency",
        // Legal forms abroad, bank holding companies and the wire's own desks ("Warsaw Newsroom").
        "spa", "s.p.a.", "ab", "nv", "n.v.", "bv", "oyj", "asa", "bhd", "pte", "srl", "kgaa", "bancorp", "bancshares",
        "newsroom", "newsdesk", "desk", "treasury");

    /// <summary>
    /// Abbreviated legal forms, which close a company's name: "Hyundai Motor Corp of South Korea" is the company and then
    /// its country, while "Bank of England" and "Gold Fields of South Africa Ltd" go on through "of".
    /// </summary>
    public static readonly FrozenSet<string> LegalForms = Set(
        "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "gmbh", "spa", "s.p.a.", "nv",
        "n.v.", "bv", "oyj", "asa", "bhd", "pte", "srl", "kgaa");

    /// <summary>First words that make a capitalised sequence an organisation ("Air France", "Radio Free Europe").</summary>
    public static readonly FrozenSet<string> OrgPrefixes = new[]
    {
        "Air", "Radio", "Banco", "Banca", "Banque",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Lower-case nouns right after an unknown name that make it a place ("Stansted airport", "the Kosevo stadium",
    /// "al-Aqsa mosque"): the place cues and the buildings and grounds news locates things at.
    /// </summary>
    public static readonly FrozenSet<string> PlaceNounsAfter = Set(
        "river", "sea", "lake", "mountains", "mountain", "island", "valley", "province", "region", "airport", "strait",
        "canal", "coast", "district", "oblast", "prefecture", "governorate", "territory", "village", "highway", "port",
        "stadium", "mosque", "church", "cathedral", "temple", "shrine", "palace", "prison", "jail", "sanatorium",
        "suburb", "township", "municipality", "enclave", "airfield", "racecourse", "circuit");

    /// <summary>Last words that make a capitalised sequence a place ("Red Sea", "Jordan Valley").</summary>
    public static readonly FrozenSet<string> PlaceCues = Set(
        "river", "sea", "ocean", "lake", "mountains", "mountain", "island", "islands", "valley", "province", "region",
        "street", "avenue", "square", "bay", "gulf", "peninsula", "desert", "airport", "strait", "straits", "canal",
        "coast", "heights", "park", "bridge", "basin", "delta", "hills", "plateau", "district", "oblast", "prefecture",
        "governorate", "territory", "territories", "republic", "kingdom", "emirate", "city", "town", "village", "road",
        "highway", "falls", "forest", "beach", "harbour", "harbor", "port", "pass", "range", "springs", "creek");

    /// <summary>
    /// The wire's abbreviations of US states ("Jacksonville , Fla .", "FARMINGTON HILLS , Mich"), with or without the
    /// dot; hand-written (AP style, common knowledge). Read as a state only right after a town and a comma, since many
    /// are also words ("Mass", "Wash", "Ore").
    /// </summary>
    public static readonly FrozenDictionary<string, string> StateAbbreviations = BuildStates();

    /// <summary>Well-known organisations, by surface form.</summary>
    public static readonly FrozenDictionary<string, OrgEntry> KnownOrgs = BuildOrgs();

    /// <summary>Lower-case particles allowed inside a personal name ("Ludwig van Beethoven", "Bashar al Assad").</summary>
    public static readonly FrozenSet<string> NameParticles = Set(
        "van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le", "al", "el", "bin", "ibn", "abu", "ben", "dos", "das", "ter", "y");

    /// <summary>Capitalised words that are never (part of) a party name on their own.</summary>
    public static readonly FrozenSet<string> NeverNames = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "i", "i'm", "i've", "i'd", "i'll", "mr", "mrs", "ms",
        "god", "ok", "okay", "tv", "internet", "web", "am", "pm", "a.m.", "p.m.", "ad", "bc", "ceo", "gdp",
        "christmas", "easter", "ramadan", "eid", "halloween", "thanksgiving", "oh", "yes", "no", "hello", "hi", "dear",
        "english", "islam", "christianity", "judaism", "buddhism", "hinduism", "sarin", "covid", "covid-19", "aids",
        "hiv", "ebola", "euro", "euros", "dollar", "dollars", "yen", "pound", "pounds", "mp", "mps", "pc", "ip", "id",
        "faq", "vs", "etc", "ie", "eg", "ps", "uk-based", "us-based",
        // Abbreviations of units, times and measures, written in capitals like acronyms of organisations.
        "gmt", "utc", "bst", "cet", "est", "edt", "pst", "hq", "rbi", "era", "pmi", "cpi", "gnp", "vat", "ipo", "caps", "isdn",
        "n/a", "fob", "cif", "ecu", "ecus", "bln", "mln", "pct", "yr", "yrs", "qtr", "shr", "shrs", "revs", "avg", "eps");

    /// <summary>Verbs of speaking, for quote attribution and as a "this is a person" cue.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared", "declares", "warned",
        "warns", "noted", "notes", "explained", "explains", "insisted", "insists", "argued", "argues", "asked", "asks",
        "replied", "answered", "wrote", "writes", "continued", "recalled", "claimed", "claims", "commented", "remarked",
        "announced", "announces", "confirmed", "confirms", "admitted", "admits", "acknowledged", "suggested",
        "suggests", "urged", "urges", "saying", "stressed", "stresses", "emphasised", "emphasized", "conceded",
        "observed", "predicted", "cautioned", "complained", "quoted", "tweeted", "posted", "responded", "told",
        "added", "concluded", "reiterated", "agreed", "denied", "vowed", "promised", "pledged", "maintained", "reported",
        "thinks", "thought", "believes", "believed", "feels", "felt");

    /// <summary>"the Russians", "the Americans": groups named after a nation are not parties.</summary>
    public static string? DemonymOrPlural(string word)
    {
        if (Demonyms.TryGetValue(word, out var country))
        {
            return country ?? "";
        }

        if (word.Length > 3 && word[^1] == 's' && Demonyms.TryGetValue(word[..^1], out country))
        {
            return country ?? "";
        }

        return null;
    }

    public static bool IsDemonymLike(string word) => DemonymOrPlural(word) is not null;

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, string?> BuildDemonyms()
    {
        // Hand-written (common knowledge), so the shipped resource carries no share-alike licence.
        var pairs = new (string Demonym, string? Country)[]
        {
            ("American", "United States"), ("Russian", "Russia"), ("Syrian", "Syria"), ("French", "France"),
            ("British", "United Kingdom"), ("English", "United Kingdom"), ("Scottish", "United Kingdom"),
            ("Welsh", "United Kingdom"), ("German", "Germany"), ("Chinese", "China"), ("Japanese", "Japan"),
            ("Iranian", "Iran"), ("Iraqi", "Iraq"), ("Israeli", "Israel"), ("Palestinian", "Palestine"),
            ("Turkish", "Turkey"), ("Egyptian", "Egypt"), ("Saudi", "Saudi Arabia"), ("Lebanese", "Lebanon"),
            ("Jordanian", "Jordan"), ("Afghan", "Afghanistan"), ("Pakistani", "Pakistan"), ("Indian", "India"),
            ("Italian", "Italy"), ("Spanish", "Spain"), ("Portuguese", "Portugal"), ("Dutch", "Netherlands"),
            ("Belgian", "Belgium"), ("Swiss", "Switzerland"), ("Austrian", "Austria"), ("Polish", "Poland"),
            ("Czech", "Czech Republic"), ("Slovak", "Slovakia"), ("Hungarian", "Hungary"), ("Romanian", "Romania"),
            ("Bulgarian", "Bulgaria"), ("Greek", "Greece"), ("Serbian", "Serbia"), ("Serb", "Serbia"),
            ("Croatian", "Croatia"), ("Croat", "Croatia"), ("Bosnian", "Bosnia and Herzegovina"), ("Slovenian", "Slovenia"),
            ("Albanian", "Albania"), ("Macedonian", "North Macedonia"), ("Ukrainian", "Ukraine"), ("Belarusian", "Belarus"),
            ("Lithuanian", "Lithuania"), ("Latvian", "Latvia"), ("Estonian", "Estonia"), ("Finnish", "Finland"),
            ("Swedish", "Sweden"), ("Norwegian", "Norway"), ("Danish", "Denmark"), ("Icelandic", "Iceland"),
            ("Irish", "Ireland"), ("Canadian", "Canada"), ("Mexican", "Mexico"), ("Brazilian", "Brazil"),
            ("Argentine", "Argentina"), ("Argentinian", "Argentina"), ("Chilean", "Chile"), ("Colombian", "Colombia"),
            ("Venezuelan", "Venezuela"), ("Peruvian", "Peru"), ("Cuban", "Cuba"), ("Bolivian", "Bolivia"),
            ("Ecuadorian", "Ecuador"), ("Ecuadorean", "Ecuador"), ("Uruguayan", "Uruguay"), ("Paraguayan", "Paraguay"),
            ("Jamaican", "Jamaica"), ("Haitian", "Haiti"), ("Australian", "Australia"), ("Nigerian", "Nigeria"),
            ("Kenyan", "Kenya"), ("Ethiopian", "Ethiopia"), ("Somali", "Somalia"), ("Sudanese", "Sudan"),
            ("Libyan", "Libya"), ("Tunisian", "Tunisia"), ("Algerian", "Algeria"), ("Moroccan", "Morocco"),
            ("Yemeni", "Yemen"), ("Qatari", "Qatar"), ("Emirati", "United Arab Emirates"), ("Kuwaiti", "Kuwait"),
            ("Bahraini", "Bahrain"), ("Omani", "Oman"), ("Korean", "South Korea"), ("Vietnamese", "Vietnam"),
            ("Thai", "Thailand"), ("Indonesian", "Indonesia"), ("Malaysian", "Malaysia"), ("Filipino", "Philippines"),
            ("Philippine", "Philippines"), ("Taiwanese", "Taiwan"), ("Georgian", "Georgia"), ("Armenian", "Armenia"),
            ("Azerbaijani", "Azerbaijan"), ("Azeri", "Azerbaijan"), ("Kazakh", "Kazakhstan"), ("Uzbek", "Uzbekistan"),
            ("Kyrgyz", "Kyrgyzstan"), ("Tajik", "Tajikistan"), ("Turkmen", "Turkmenistan"), ("Moldovan", "Moldova"),
            ("Cypriot", "Cyprus"), ("Zimbabwean", "Zimbabwe"), ("Ugandan", "Uganda"), ("Rwandan", "Rwanda"),
            ("Congolese", null), ("Ghanaian", "Ghana"), ("Senegalese", "Senegal"), ("Angolan", "Angola"),
            ("Tanzanian", "Tanzania"), ("Zambian", "Zambia"), ("Namibian", "Namibia"), ("Sri Lankan", "Sri Lanka"),
            ("Bangladeshi", "Bangladesh"), ("Nepalese", "Nepal"), ("Nepali", "Nepal"), ("Burmese", "Myanmar"),
            ("Cambodian", "Cambodia"), ("Mongolian", "Mongolia"), ("Chechen", null), ("Kurdish", null), ("Kurd", null),
            ("Western", null), ("Eastern", null), ("European", null), ("African", null), ("Asian", null), ("Arab", null),
            ("Latin", null), ("Islamic", null), ("Islamist", null), ("Muslim", null), ("Christian", null), ("Jewish", null),
            ("Catholic", null), ("Protestant", null), ("Sunni", null), ("Shiite", null), ("Shia", null), ("Soviet", null),
            ("Nordic", null), ("Scandinavian", null), ("Baltic", null), ("Balkan", null), ("Caribbean", null),
            ("Hispanic", null), ("Yugoslav", null), ("Zionist", null), ("Alawite", null), ("Druze", null),
            ("Pashtun", null), ("Tamil", null), ("Sikh", null), ("Hindu", null), ("Buddhist", null), ("Bavarian", null),
            ("Texan", null), ("Californian", null), ("Parisian", null), ("Londoner", null), ("Gaullist", null),
            ("Democrat", null), ("Republican", null), ("Conservative", null), ("Socialist", null), ("Communist", null),
            ("Liberal", null), ("Maoist", null), ("Marxist", null), ("Kosovar", null), ("Dane", "Denmark"),
            ("Swede", "Sweden"), ("Finn", "Finland"), ("Pole", "Poland"), ("Scot", "United Kingdom"), ("Briton", "United Kingdom"),
            ("Iraqi", "Iraq"), ("Israelis", "Israel"), ("North Korean", "North Korea"), ("South Korean", "South Korea"),
            ("South African", "South Africa"), ("New Zealander", "New Zealand"), ("Kiwi", "New Zealand"),
        };
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (demonym, country) in pairs)
        {
            map[demonym] = country;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> BuildStates()
    {
        var pairs = new (string Abbreviation, string State)[]
        {
            ("Ala", "Alabama"), ("Ariz", "Arizona"), ("Ark", "Arkansas"), ("Calif", "California"), ("Colo", "Colorado"),
            ("Conn", "Connecticut"), ("Del", "Delaware"), ("Fla", "Florida"), ("Ga", "Georgia"), ("Ill", "Illinois"),
            ("Ind", "Indiana"), ("Kan", "Kansas"), ("Kans", "Kansas"), ("Ky", "Kentucky"), ("La", "Louisiana"),
            ("Md", "Maryland"), ("Mass", "Massachusetts"), ("Mich", "Michigan"), ("Minn", "Minnesota"), ("Miss", "Mississippi"),
            ("Mo", "Missouri"), ("Mont", "Montana"), ("Neb", "Nebraska"), ("Nev", "Nevada"), ("N.H", "New Hampshire"),
            ("N.J", "New Jersey"), ("N.M", "New Mexico"), ("N.Y", "New York"), ("N.C", "North Carolina"), ("N.D", "North Dakota"),
            ("Okla", "Oklahoma"), ("Ore", "Oregon"), ("Pa", "Pennsylvania"), ("R.I", "Rhode Island"), ("S.C", "South Carolina"),
            ("S.D", "South Dakota"), ("Tenn", "Tennessee"), ("Tex", "Texas"), ("Va", "Virginia"), ("Vt", "Vermont"),
            ("Wash", "Washington"), ("Wis", "Wisconsin"), ("W.Va", "West Virginia"), ("Wyo", "Wyoming"),
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (abbreviation, state) in pairs)
        {
            map[abbreviation] = state;
            map[abbreviation + "."] = state;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, OrgEntry> BuildOrgs()
    {
        var list = new (string Canonical, string? Country, string[] Surfaces)[]
        {
            ("UN", null, ["UN", "U.N.", "United Nations"]),
            ("UN Security Council", null, ["UN Security Council", "U.N. Security Council", "United Nations Security Council", "Security Council"]),
            ("UN General Assembly", null, ["UN General Assembly", "U.N. General Assembly", "General Assembly"]),
            ("EU", null, ["EU", "E.U.", "European Union"]),
            ("European Commission", null, ["European Commission"]),
            ("NATO", null, ["NATO", "Nato"]),
            ("AFP", null, ["AFP", "Agence France-Presse", "Agence France Presse"]),
            ("Reuters", null, ["Reuters"]),
            ("Associated Press", null, ["AP", "Associated Press"]),
            ("BBC", null, ["BBC"]), ("CNN", null, ["CNN"]),
            ("White House", "United States", ["White House"]),
            ("Kremlin", "Russia", ["Kremlin"]),
            ("Pentagon", "United States", ["Pentagon"]),
            ("Congress", "United States", ["Congress", "US Congress", "U.S. Congress"]),
            ("State Department", "United States", ["State Department"]),
            ("Duma", "Russia", ["Duma", "State Duma"]),
            ("Bundestag", "Germany", ["Bundestag"]),
            ("Elysee", "France", ["Elysee", "Élysée", "Elysee Palace"]),
            ("Downing Street", "United Kingdom", ["Downing Street"]),
            ("IMF", null, ["IMF", "International Monetary Fund"]),
            ("World Bank", null, ["World Bank"]),
            ("WTO", null, ["WTO", "World Trade Organization", "World Trade Organisation"]),
            ("World Health Organization", null, ["World Health Organization", "World Health Organisation"]),
            ("OPEC", null, ["OPEC", "Opec"]),
            // G20/G8/G7 are reported as organisations: news treats them as actors ("the G20 agreed"), not events.
            ("G20", null, ["G20", "G-20", "Group of 20"]), ("G8", null, ["G8", "G-8"]), ("G7", null, ["G7", "G-7"]),
            ("FIFA", null, ["FIFA", "Fifa"]), ("UEFA", null, ["UEFA", "Uefa"]),
            ("International Olympic Committee", null, ["IOC", "International Olympic Committee"]),
            ("Interpol", null, ["Interpol"]), ("Hamas", null, ["Hamas"]), ("Hezbollah", null, ["Hezbollah"]),
            ("Taliban", null, ["Taliban"]), ("al-Qaeda", null, ["al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda", "al-Qaida"]),
            ("FBI", "United States", ["FBI"]), ("CIA", "United States", ["CIA"]), ("NSA", "United States", ["NSA"]),
            ("Xinhua", "China", ["Xinhua"]), ("Interfax", "Russia", ["Interfax"]), ("RIA Novosti", "Russia", ["RIA Novosti"]),
            ("ITAR-TASS", "Russia", ["ITAR-TASS", "Itar-Tass", "Tass", "TASS"]), ("Bloomberg", null, ["Bloomberg"]),
            ("Gazprom", "Russia", ["Gazprom"]), ("Federal Reserve", "United States", ["Federal Reserve", "Fed"]),
            ("Bundesbank", "Germany", ["Bundesbank"]), ("European Central Bank", null, ["ECB", "European Central Bank"]),
            ("Supreme Court", null, ["Supreme Court"]), ("Senate", null, ["Senate"]),
            ("House of Representatives", "United States", ["House of Representatives"]),
            ("Google", null, ["Google"]), ("Apple", null, ["Apple"]), ("Microsoft", null, ["Microsoft"]),
            ("Amazon", null, ["Amazon"]), ("Facebook", null, ["Facebook"]), ("Twitter", null, ["Twitter"]),
            ("Red Cross", null, ["Red Cross", "ICRC"]), ("Amnesty International", null, ["Amnesty International", "Amnesty"]),
            ("Human Rights Watch", null, ["Human Rights Watch"]), ("OSCE", null, ["OSCE"]), ("ASEAN", null, ["ASEAN"]),
            ("African Union", null, ["African Union", "AU"]), ("Arab League", null, ["Arab League"]),
            ("Nasdaq", null, ["Nasdaq", "NASDAQ"]),
        };
        var map = new Dictionary<string, OrgEntry>(StringComparer.Ordinal);
        foreach (var (canonical, country, surfaces) in list)
        {
            foreach (var s in surfaces)
            {
                map[s] = new OrgEntry(canonical, country);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static PartyLexicon Load()
    {
        var places = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var upper = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        foreach (var line in ReadLines("places.tsv"))
        {
            var parts = line.Split('\t');
            if (parts.Length < 4)
            {
                continue;
            }

            var entry = new PlaceEntry(parts[1], parts[2], parts[3].Length == 0 ? null : parts[3])
            {
                Ids = parts.Length > 4 && parts[4].Length > 0 ? parts[4] : null,
                Latitude = parts.Length > 6 ? ParseCoordinate(parts[5]) : null,
                Longitude = parts.Length > 6 ? ParseCoordinate(parts[6]) : null,
            };

            // Countries win over same-named regions and cities ("Georgia", "Luxembourg").
            if (!places.TryGetValue(parts[0], out var existing) || Rank(entry) > Rank(existing))
            {
                places[parts[0]] = entry;
                upper[parts[0].ToUpperInvariant()] = entry;
            }
        }

        var givenLines = ReadLines("given-names.txt").Select(l => l.Split('\t')).ToList();
        var given = givenLines.Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
        var sexes = givenLines.Where(p => p.Length > 1 && p[1].Length == 1).ToFrozenDictionary(p => p[0], p => p[1][0], StringComparer.Ordinal);
        var common = ReadLines("common-words.txt").ToFrozenSet(StringComparer.Ordinal);
        var orgs = new Dictionary<string, OrgRecord>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ReadLines("orgs.tsv"))
        {
            var parts = line.Split('\t');
            if (parts.Length < 3 || parts[2].Length != 1)
            {
                continue;
            }

            // "The Treasury", "The British Museum": news names them without the article ("the British Museum"), and a
            // sentence-initial "The" is peeled off before the name is looked up.
            var surface = parts[0];
            if (surface.StartsWith("The ", StringComparison.Ordinal))
            {
                surface = surface[4..];
                if (!surface.Contains(' ', StringComparison.Ordinal)
                    && (common.Contains(surface.ToLowerInvariant()) || given.Contains(surface) || places.ContainsKey(surface)))
                {
                    continue;
                }
            }

            if (IsTitleOnly(surface))
            {
                // "Deputy Prime Minister" (an office in a list of public bodies), "Premier", "Trade": words that introduce a
                // person's name or are ordinary nouns, not an organisation's name ("Duke Energy" ends in a cue and stays).
                continue;
            }

            orgs.TryAdd(surface, new OrgRecord(
                parts[1].Length == 0 ? surface : parts[1],
                parts[2][0],
                parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null,
                parts.Length > 4 && parts[4].Length > 0 ? parts[4] : null)
            {
                Acronym = !surface.Contains(' ', StringComparison.Ordinal) && surface.Any(char.IsUpper) && !surface.Any(char.IsLower),
            });
        }

        return new PartyLexicon(
            places.ToFrozenDictionary(StringComparer.Ordinal),
            upper.ToFrozenDictionary(StringComparer.Ordinal),
            given,
            common,
            orgs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase))
        {
            GivenNameSex = sexes,
        };

        static int Rank(PlaceEntry e) => e.Kind switch { "country" => 3, "city" => 2, _ => 1 };
    }

    private static bool IsTitleOnly(string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Array.TrueForAll(words, TitleWords.Contains) && !OrgCues.Contains(words[^1]);
    }

    private static double? ParseCoordinate(string s) =>
        double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    private static List<string> ReadLines(string name)
    {
        var assembly = typeof(PartyLexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Parties." + name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource Parties/{name} is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var result = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                result.Add(line);
            }
        }

        return result;
    }
}
