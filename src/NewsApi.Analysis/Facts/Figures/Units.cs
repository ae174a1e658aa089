using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Figures;

/// <summary>Currency signs and names, mapped to ISO 4217 codes.</summary>
internal static class CurrencyTable
{
    public static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["£"] = "GBP", ["€"] = "EUR", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₩"] = "KRW",
        ["₡"] = "CRC", ["₾"] = "GEL", ["₭"] = "LAK", ["₿"] = "BTC", ["₦"] = "NGN", ["₱"] = "PHP", ["₪"] = "ILS", ["₺"] = "TRY",
        ["₴"] = "UAH", ["฿"] = "THB", ["₫"] = "VND",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words before the amount ("US$", "USD 5", "Rs 500").</summary>
    public static readonly FrozenDictionary<string, string> Prefixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["usd"] = "USD", ["gbp"] = "GBP", ["eur"] = "EUR", ["jpy"] = "JPY", ["chf"] = "CHF", ["cny"] = "CNY", ["rmb"] = "CNY",
        ["inr"] = "INR", ["rs"] = "INR", ["aud"] = "AUD", ["cad"] = "CAD", ["rub"] = "RUB",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words after the amount ("5 dollars", "600 million euros"); the value is scaled by the second item (cents, pence).</summary>
    public static readonly FrozenDictionary<string, (string Code, double Factor)> Names = new Dictionary<string, (string, double)>(StringComparer.Ordinal)
    {
        ["dollar"] = ("USD", 1), ["dollars"] = ("USD", 1), ["dlrs"] = ("USD", 1), ["dlr"] = ("USD", 1), ["cent"] = ("USD", 0.01), ["cents"] = ("USD", 0.01),
        ["pound"] = ("GBP", 1), ["pounds"] = ("GBP", 1), ["sterling"] = ("GBP", 1), ["penny"] = ("GBP", 0.01), ["pence"] = ("GBP", 0.01), ["p"] = ("GBP", 0.01),
        ["euro"] = ("EUR", 1), ["euros"] = ("EUR", 1), ["yen"] = ("JPY", 1), ["yuan"] = ("CNY", 1), ["renminbi"] = ("CNY", 1),
        ["rupee"] = ("INR", 1), ["rupees"] = ("INR", 1), ["rouble"] = ("RUB", 1), ["roubles"] = ("RUB", 1), ["ruble"] = ("RUB", 1), ["rubles"] = ("RUB", 1),
        ["franc"] = ("CHF", 1), ["francs"] = ("CHF", 1), ["won"] = ("KRW", 1), ["usd"] = ("USD", 1), ["eur"] = ("EUR", 1), ["gbp"] = ("GBP", 1),
        ["peso"] = ("MXN", 1), ["pesos"] = ("MXN", 1), ["lira"] = ("TRY", 1), ["bitcoin"] = ("BTC", 1), ["bitcoins"] = ("BTC", 1),
        ["peseta"] = ("ESP", 1), ["pesetas"] = ("ESP", 1), ["markka"] = ("FIM", 1), ["markkaa"] = ("FIM", 1), ["guilder"] = ("NLG", 1),
        ["guilders"] = ("NLG", 1), ["krona"] = ("SEK", 1), ["kronor"] = ("SEK", 1), ["krone"] = ("NOK", 1), ["kroner"] = ("NOK", 1),
        ["baht"] = ("THB", 1), ["ringgit"] = ("MYR", 1), ["rupiah"] = ("IDR", 1), ["shekel"] = ("ILS", 1), ["shekels"] = ("ILS", 1),
        ["bucks"] = ("USD", 1), ["quid"] = ("GBP", 1), ["naira"] = ("NGN", 1), ["zloty"] = ("PLN", 1), ["zlotys"] = ("PLN", 1), ["forint"] = ("HUF", 1), ["dirham"] = ("AED", 1),
        ["dirhams"] = ("AED", 1), ["riyal"] = ("SAR", 1), ["riyals"] = ("SAR", 1), ["hryvnia"] = ("UAH", 1), ["hryvnias"] = ("UAH", 1),
    }.Concat(CurrencyLexicon(
        // The rest of ISO 4217's currencies whose name (singular, plural) belongs to one code, and the euro's forerunners of 1990s wire copy.
        ("ZAR", ["rand"]), ("BRL", ["reais"]), ("CZK", ["koruna", "korunas", "koruny"]), ("HUF", ["forints"]), ("GHS", ["cedi", "cedis"]),
        ("ETB", ["birr"]), ("AOA", ["kwanza", "kwanzas"]), ("MMK", ["kyat", "kyats"]), ("BDT", ["taka"]), ("KZT", ["tenge"]),
        ("RON", ["lei"]), ("BGN", ["leva"]), ("ISK", ["kronur"]), ("ILS", ["sheqel", "sheqels"]),
        ("MYR", ["ringgits"]), ("IDR", ["rupiahs"]), ("ITL", ["lire"]), ("GRD", ["drachma", "drachmas", "drachmae"]),
        ("PTE", ["escudo", "escudos"]), ("ATS", ["schilling", "schillings"]), ("XEU", ["ecu", "ecus"]),
        ("GTQ", ["quetzal", "quetzales"]), ("HNL", ["lempira", "lempiras"]), ("TRY", ["liras"])))
    .ToFrozenDictionary(StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, (string, double)>> CurrencyLexicon(params (string Code, string[] Names)[] rows) =>
        rows.SelectMany(r => r.Names.Select(n => new KeyValuePair<string, (string, double)>(n, (r.Code, 1.0))));

    /// <summary>Letters written right before a "$" ("US$5", "C$ 3", "HK$ 10", "NZD$15"); the bool says whether a space may follow them.</summary>
    public static readonly FrozenDictionary<string, (string Code, bool Spaced)> DollarPrefixes = new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
    {
        ["us"] = ("USD", true), ["usd"] = ("USD", true), ["a"] = ("AUD", false), ["au"] = ("AUD", false), ["aud"] = ("AUD", true),
        ["c"] = ("CAD", true), ["ca"] = ("CAD", false), ["cad"] = ("CAD", true), ["hk"] = ("HKD", true), ["hkd"] = ("HKD", true),
        ["nz"] = ("NZD", true), ["nzd"] = ("NZD", true), ["s"] = ("SGD", false), ["sgd"] = ("SGD", true), ["mex"] = ("MXN", true),
        ["mxn"] = ("MXN", true), ["r"] = ("BRL", false), ["nt"] = ("TWD", true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Three-letter codes after an amount ("20 USD", "40 rmb", "6.25 BTC"), and "M" codes that also scale ("30 MUSD").</summary>
    public static readonly FrozenDictionary<string, (string Code, double Factor)> Codes = BuildCodes();

    /// <summary>A nationality before a currency name: "australian dollars", "swiss francs", "hong kong dollars" (keys joined by one space).</summary>
    public static readonly FrozenDictionary<string, string> NationalNames = BuildNationalNames();

    public static bool IsSymbol(string s) => Symbols.ContainsKey(s);

    private static FrozenDictionary<string, (string, double)> BuildCodes()
    {
        var d = new Dictionary<string, (string, double)>(StringComparer.Ordinal) { ["rmb"] = ("CNY", 1), ["元"] = ("CNY", 1) };
        foreach (var code in new[] { "usd", "eur", "gbp", "jpy", "chf", "cny", "inr", "aud", "cad", "hkd", "nzd", "sgd", "mxn", "rub", "krw", "sek", "nok", "dkk", "zar", "brl", "btc", "try" })
        {
            d[code] = (code.ToUpperInvariant(), 1);
            d["m" + code] = (code.ToUpperInvariant(), 1e6);
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> BuildNationalNames()
    {
        var families = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["dollar"] = ["dollar", "dollars"], ["franc"] = ["franc", "francs"], ["lira"] = ["lira", "lire", "liras"], ["yuan"] = ["yuan"],
            ["yen"] = ["yen"], ["peso"] = ["peso", "pesos"], ["rupee"] = ["rupee", "rupees"], ["guilder"] = ["guilder", "guilders"],
            ["markka"] = ["markka", "markkaa"], ["mark"] = ["mark", "marks"], ["peseta"] = ["peseta", "pesetas"], ["rand"] = ["rand"],
            ["krona"] = ["krona", "kronor"], ["krone"] = ["krone", "kroner"], ["rouble"] = ["rouble", "roubles", "ruble", "rubles"],
            ["real"] = ["real", "reais"], ["pound"] = ["pound", "pounds"], ["won"] = ["won"], ["dinar"] = ["dinar", "dinars"],
        };
        (string Nation, string Family, string Code)[] entries =
        [
            ("us", "dollar", "USD"), ("u.s.", "dollar", "USD"), ("american", "dollar", "USD"), ("australian", "dollar", "AUD"),
            ("canadian", "dollar", "CAD"), ("hong kong", "dollar", "HKD"), ("new zealand", "dollar", "NZD"), ("singapore", "dollar", "SGD"),
            ("taiwan", "dollar", "TWD"), ("swiss", "franc", "CHF"), ("french", "franc", "FRF"), ("belgian", "franc", "BEF"),
            ("turkish", "lira", "TRY"), ("italian", "lira", "ITL"), ("chinese", "yuan", "CNY"), ("japanese", "yen", "JPY"),
            ("mexican", "peso", "MXN"), ("argentine", "peso", "ARS"), ("philippine", "peso", "PHP"), ("indian", "rupee", "INR"),
            ("pakistani", "rupee", "PKR"), ("sri lankan", "rupee", "LKR"), ("dutch", "guilder", "NLG"), ("finnish", "markka", "FIM"),
            ("german", "mark", "DEM"), ("deutsche", "mark", "DEM"), ("spanish", "peseta", "ESP"), ("south african", "rand", "ZAR"),
            ("swedish", "krona", "SEK"), ("norwegian", "krone", "NOK"), ("danish", "krone", "DKK"), ("russian", "rouble", "RUB"),
            ("brazilian", "real", "BRL"), ("british", "pound", "GBP"), ("egyptian", "pound", "EGP"), ("korean", "won", "KRW"),
            ("south korean", "won", "KRW"), ("iraqi", "dinar", "IQD"), ("kuwaiti", "dinar", "KWD"),
        ];
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (nation, family, code) in entries)
        {
            foreach (var name in families[family])
            {
                d[nation + " " + name] = code;
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>Units that give a figure its kind.</summary>
internal static class UnitTable
{
    /// <summary>Time units, to their canonical plural and their length in the unit used for fractions of them.</summary>
    public static readonly FrozenDictionary<string, string> Durations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["second"] = "seconds", ["seconds"] = "seconds", ["minute"] = "minutes", ["minutes"] = "minutes", ["min"] = "minutes", ["mins"] = "minutes",
        ["hour"] = "hours", ["hours"] = "hours", ["hr"] = "hours", ["hrs"] = "hours", ["day"] = "days", ["days"] = "days",
        ["week"] = "weeks", ["weeks"] = "weeks", ["month"] = "months", ["months"] = "months", ["year"] = "years", ["years"] = "years",
        ["decade"] = "decades", ["decades"] = "decades", ["century"] = "centuries", ["centuries"] = "centuries",
        ["fortnight"] = "fortnights", ["fortnights"] = "fortnights", ["yr"] = "years", ["yrs"] = "years", ["wk"] = "weeks", ["wks"] = "weeks",
        ["sec"] = "seconds", ["secs"] = "seconds", ["millisecond"] = "milliseconds", ["milliseconds"] = "milliseconds",
        ["microsecond"] = "microseconds", ["microseconds"] = "microseconds", ["nanosecond"] = "nanoseconds", ["nanoseconds"] = "nanoseconds",
        // "a 87 yo man": "yo" abbreviates "years old", an age in years.
        ["yo"] = "years",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"half an hour" is 30 minutes: a half of a unit, in a smaller unit.</summary>
    public static readonly FrozenDictionary<string, (double Value, string Unit)> HalfOf = new Dictionary<string, (double, string)>(StringComparer.Ordinal)
    {
        ["minute"] = (30, "seconds"), ["hour"] = (30, "minutes"), ["day"] = (12, "hours"), ["week"] = (3.5, "days"),
        ["month"] = (15, "days"), ["year"] = (6, "months"), ["decade"] = (5, "years"), ["century"] = (50, "years"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Measurement units (written out or abbreviated) to a canonical name.</summary>
    public static readonly FrozenDictionary<string, string> Measures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["km"] = "km", ["kms"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["m"] = "m", ["metre"] = "m", ["metres"] = "m", ["meter"] = "m", ["meters"] = "m", ["cm"] = "cm", ["centimetres"] = "cm", ["centimeters"] = "cm",
        ["mm"] = "mm", ["millimetres"] = "mm", ["millimeters"] = "mm", ["mile"] = "miles", ["miles"] = "miles", ["mi"] = "miles",
        ["ft"] = "feet", ["foot"] = "feet", ["feet"] = "feet", ["inch"] = "inches", ["inches"] = "inches", ["in"] = "inches", ["yard"] = "yards", ["yards"] = "yards",
        ["kg"] = "kg", ["kgs"] = "kg", ["kilogram"] = "kg", ["kilograms"] = "kg", ["kilo"] = "kg", ["kilos"] = "kg", ["g"] = "g", ["gram"] = "g", ["grams"] = "g",
        ["mg"] = "mg", ["milligrams"] = "mg", ["lb"] = "lb", ["lbs"] = "lb", ["pound"] = "lb", ["pounds"] = "lb", ["oz"] = "oz", ["ounce"] = "oz", ["ounces"] = "oz",
        ["ton"] = "tonnes", ["tons"] = "tonnes", ["tonne"] = "tonnes", ["tonnes"] = "tonnes", ["t"] = "tonnes",
        ["l"] = "litres", ["litre"] = "litres", ["litres"] = "litres", ["liter"] = "litres", ["liters"] = "litres", ["ml"] = "ml", ["millilitres"] = "ml", ["milliliters"] = "ml",
        ["gallon"] = "gallons", ["gallons"] = "gallons", ["barrel"] = "barrels", ["barrels"] = "barrels", ["bpd"] = "barrels per day",
        ["acre"] = "acres", ["acres"] = "acres", ["hectare"] = "hectares", ["hectares"] = "hectares", ["ha"] = "hectares",
        ["km2"] = "km2", ["mph"] = "mph", ["kph"] = "km/h", ["kmh"] = "km/h",
        ["degree"] = "degrees", ["degrees"] = "degrees", ["deg"] = "degrees", ["celsius"] = "°C", ["fahrenheit"] = "°F", ["centigrade"] = "°C",
        ["celcius"] = "°C", ["farenheit"] = "°F", ["dm"] = "dm", ["decimetres"] = "dm", ["decimeters"] = "dm", ["microgram"] = "µg",
        ["micrograms"] = "µg", ["microgrammes"] = "µg", ["µg"] = "µg", ["μg"] = "µg", ["mcg"] = "µg", ["milligram"] = "mg", ["gramme"] = "g",
        ["grammes"] = "g", ["centimetre"] = "cm", ["centimeter"] = "cm", ["millimetre"] = "mm",
        ["millimeter"] = "mm", ["millilitre"] = "ml", ["milliliter"] = "ml", ["kmph"] = "km/h", ["tablespoon"] = "tbsp", ["tablespoons"] = "tbsp",
        ["tbsp"] = "tbsp", ["teaspoon"] = "tsp", ["teaspoons"] = "tsp", ["tsp"] = "tsp",
        ["kw"] = "kW", ["mw"] = "MW", ["gw"] = "GW", ["kwh"] = "kWh", ["mwh"] = "MWh", ["gwh"] = "GWh", ["watts"] = "W",
        ["bits"] = "bits", ["cups"] = "cups", ["pint"] = "pints", ["pints"] = "pints",
        ["quart"] = "quarts", ["quarts"] = "quarts", ["byte"] = "bytes", ["bytes"] = "bytes", ["kilobyte"] = "KB", ["kilobytes"] = "KB",
        ["megabyte"] = "MB", ["megabytes"] = "MB", ["gigabyte"] = "GB", ["gigabytes"] = "GB", ["terabyte"] = "TB", ["terabytes"] = "TB",
        ["watt"] = "W", ["kilowatt"] = "kW", ["kilowatts"] = "kW", ["megawatt"] = "MW", ["megawatts"] = "MW", ["gigawatt"] = "GW", ["gigawatts"] = "GW",
        ["nanometre"] = "nm", ["nanometres"] = "nm", ["nanometer"] = "nm", ["nanometers"] = "nm", ["micrometre"] = "µm", ["micrometres"] = "µm",
        ["micrometer"] = "µm", ["micrometers"] = "µm", ["micron"] = "µm", ["microns"] = "µm",
        ["picometre"] = "pm", ["picometres"] = "pm", ["picometer"] = "pm", ["picometers"] = "pm",
        ["radian"] = "rad", ["radians"] = "rad", ["rad"] = "rad", ["turn"] = "turns", ["turns"] = "turns",
        ["gb"] = "GB", ["mb"] = "MB", ["tb"] = "TB", ["kb"] = "KB", ["ghz"] = "GHz", ["mhz"] = "MHz", ["mbps"] = "Mbps",
    }.Concat(Lexicon(
        // The rest of the common measures, by quantity: each row is the canonical name and the words that write it.
        ("knots", ["knot", "knots"]), ("stone", ["stone"]), ("hp", ["horsepower", "hp", "bhp"]), ("dB", ["decibel", "decibels", "db"]),
        ("carats", ["carat", "carats", "karat", "karats"]), ("kt", ["kiloton", "kilotons", "kilotonne", "kilotonnes"]),
        ("Mt", ["megaton", "megatons", "megatonne", "megatonnes"]), ("calories", ["calorie", "calories"]), ("kcal", ["kcal", "kilocalorie", "kilocalories"]),
        ("J", ["joule", "joules"]), ("kJ", ["kilojoule", "kilojoules", "kj"]), ("MJ", ["megajoule", "megajoules"]),
        ("V", ["volt", "volts"]), ("kV", ["kilovolt", "kilovolts", "kv"]), ("A", ["amp", "amps", "ampere", "amperes"]), ("mA", ["milliamp", "milliamps"]),
        ("mAh", ["mah"]), ("Hz", ["hertz", "hz"]), ("kHz", ["kilohertz", "khz"]), ("MHz", ["megahertz"]), ("GHz", ["gigahertz"]),
        ("TW", ["terawatt", "terawatts"]), ("TWh", ["twh"]), ("psi", ["psi"]), ("mbar", ["millibar", "millibars", "mbar"]),
        ("hPa", ["hectopascal", "hectopascals", "hpa"]), ("mpg", ["mpg"]), ("rpm", ["rpm"]), ("ppm", ["ppm"]), ("ppb", ["ppb"]),
        ("cm3", ["cc"]), ("cl", ["centilitre", "centilitres", "centiliter", "centiliters", "cl"]), ("dl", ["decilitre", "decilitres", "deciliter", "deciliters"]),
        ("hl", ["hectolitre", "hectolitres", "hectoliter", "hectoliters"]), ("µl", ["microlitre", "microlitres", "microliter", "microliters"]),
        ("Kbit", ["kilobit", "kilobits", "kbit"]), ("Mbit", ["megabit", "megabits", "mbit"]), ("Gbit", ["gigabit", "gigabits", "gbit"]),
        ("kbps", ["kbps"]), ("Gbps", ["gbps"]), ("PB", ["petabyte", "petabytes", "pb"]), ("furlongs", ["furlong", "furlongs"]),
        ("fathoms", ["fathom", "fathoms"]), ("cwt", ["hundredweight", "cwt"]), ("bushels", ["bushel", "bushels"]), ("dr", ["dram", "drams", "drachm", "drachms"]),
        ("ng", ["nanogram", "nanograms", "nanogramme", "nanogrammes"]), ("hm", ["hectometre", "hectometres", "hectometer", "hectometers"]),
        ("dam", ["decametre", "decametres", "decameter", "decameters"]), ("yards", ["yd", "yds"]), ("MP", ["megapixel", "megapixels"]),
        ("mSv", ["millisievert", "millisieverts", "msv"]), ("µSv", ["microsievert", "microsieverts"]), ("Sv", ["sievert", "sieverts"]),
        ("Bq", ["becquerel", "becquerels"]), ("µm", ["µm", "μm"]), ("MFLOPS", ["megaflop", "megaflops"]), ("GFLOPS", ["gigaflop", "gigaflops"]),
        ("TFLOPS", ["teraflop", "teraflops"]), ("PFLOPS", ["petaflop", "petaflops"]), ("EFLOPS", ["exaflop", "exaflops"])))
    .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Two-word measures ("light years", "nautical miles", "fluid ounces", "parts per million" is three), to their canonical name.</summary>
    public static readonly FrozenDictionary<string, string> Compounds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["light year"] = "light years", ["light years"] = "light years", ["nautical mile"] = "nautical miles", ["nautical miles"] = "nautical miles",
        ["fluid ounce"] = "fl oz", ["fluid ounces"] = "fl oz", ["fl oz"] = "fl oz", ["kilowatt hour"] = "kWh", ["kilowatt hours"] = "kWh",
        ["megawatt hour"] = "MWh", ["megawatt hours"] = "MWh", ["gigawatt hour"] = "GWh", ["gigawatt hours"] = "GWh", ["terawatt hours"] = "TWh",
        ["watt hours"] = "Wh", ["metric ton"] = "tonnes", ["metric tons"] = "tonnes", ["metric tonne"] = "tonnes", ["metric tonnes"] = "tonnes",
        ["short ton"] = "short tons", ["short tons"] = "short tons", ["long ton"] = "long tons", ["long tons"] = "long tons",
        ["parts per million"] = "ppm", ["parts per billion"] = "ppb", ["cubic centimetres"] = "cm3",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, string>> Lexicon(params (string Unit, string[] Words)[] rows) =>
        rows.SelectMany(r => r.Words.Select(w => new KeyValuePair<string, string>(w, r.Unit)));

    /// <summary>Lengths that make a speed over a time unit ("km/h", "metres per second").</summary>
    public static readonly FrozenSet<string> SpeedLengths = new[] { "km", "m", "cm", "mm", "miles", "feet" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A time unit after "per" or "/" in a speed, to its symbol.</summary>
    public static readonly FrozenDictionary<string, string> PerTime = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hour"] = "h", ["hr"] = "h", ["h"] = "h", ["minute"] = "min", ["min"] = "min", ["second"] = "s", ["sec"] = "s", ["s"] = "s",
        ["millisecond"] = "ms", ["ms"] = "ms",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Temperature scales after "degrees" or "°" ("30 degrees Celsius", "25°C", "98.6 degrees f").</summary>
    public static readonly FrozenDictionary<string, string> TemperatureScales = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["c"] = "°C", ["f"] = "°F", ["celsius"] = "°C", ["celcius"] = "°C", ["centigrade"] = "°C", ["fahrenheit"] = "°F", ["farenheit"] = "°F",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Area and volume: "square"/"sq"/"cubic" + a length unit → one unit name.</summary>
    public static readonly FrozenDictionary<string, string> SquareUnits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["km"] = "km2", ["m"] = "m2", ["miles"] = "sq miles", ["feet"] = "sq ft", ["cm"] = "cm2", ["yards"] = "sq yards", ["inches"] = "sq inches", ["mm"] = "mm2",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> CubicUnits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["km"] = "km3", ["m"] = "m3", ["feet"] = "cubic feet", ["cm"] = "cm3", ["yards"] = "cubic yards", ["inches"] = "cubic inches", ["mm"] = "mm3", ["miles"] = "cubic miles",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Adjectives that make a glued "m" metres rather than millions ("1.8m tall", "a 100m high wall").</summary>
    public static readonly FrozenSet<string> DimensionAdjectives = new[]
    {
        "tall", "long", "high", "wide", "deep", "thick", "away", "across", "wingspan", "sprint", "hurdles", "freestyle", "backstroke", "butterfly", "breaststroke",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that follow a number but are not its unit: function words, verbs, and date words handled elsewhere.</summary>
    public static readonly FrozenSet<string> NotUnits = new[]
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than", "per", "into", "over", "under",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could", "should", "may", "might",
        "must", "can", "said", "says", "say", "that", "this", "these", "those", "which", "who", "whom", "whose", "it", "its", "they", "their", "them",
        "he", "she", "his", "her", "we", "our", "you", "your", "i", "not", "no", "so", "if", "then", "when", "while", "where", "after", "before",
        "since", "until", "during", "about", "around", "ago", "later", "earlier", "more", "less", "fewer", "times", "percent", "per", "cent",
        "also", "each", "all", "both", "other", "others", "such", "up", "down", "out", "off", "only", "just", "still", "even", "again", "there",
        "here", "what", "how", "why", "am", "pm", "o", "th", "st", "nd", "rd", "s", "against", "between", "among", "through", "without", "within",
        "because", "though", "although", "via", "vs", "versus", "people's", "year's", "one", "ones", "last", "next", "top", "most", "least",
        "today", "yesterday", "tomorrow", "now", "tonight", "overnight", "plus", "minus", "equals", "equal", "isn't", "aren't", "wasn't", "weren't",
        "inclusive", "exclusive", "apiece", "overall", "respectively", "altogether", "instead", "too", "alone", "ahead", "behind", "already", "took", "made", "came", "went", "got", "gave", "saw", "told", "left", "felt", "kept", "held", "met", "ran", "sat", "stood", "fell", "rose",
        "grew", "knew", "thought", "brought", "bought", "sold", "paid", "won", "became", "began", "spent", "sent", "built", "remain", "remains",
        "drove", "flew", "wrote", "spoke", "broke", "chose", "ate", "drank", "swam", "threw", "wore", "rode", "fought", "caught", "taught",
        "sought", "fled", "sank", "shook", "stole", "woke", "struck", "lost", "led", "meant", "heard", "found", "wound", "lay", "slept",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adjectives a unit noun may hide behind ("three other people", "20 armed men").</summary>
    public static readonly FrozenSet<string> SkippableAdjectives = new[]
    {
        "other", "new", "more", "major", "key", "different", "separate", "main", "big", "large", "small", "young", "old", "armed", "senior",
        "additional", "extra", "further", "consecutive", "straight", "successive", "previous", "local", "foreign", "unarmed", "injured", "full",
        "whole", "innocent", "suspected", "alleged", "million", "billion",
    }.ToFrozenSet(StringComparer.Ordinal);
}
