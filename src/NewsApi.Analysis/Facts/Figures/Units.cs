using System.Collections.Frozen;

namespace NewsApi.Analysis.Facts.Figures;

/// <summary>Currency signs and names, mapped to ISO 4217 codes.</summary>
internal static class CurrencyTable
{
    public static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["£"] = "GBP", ["€"] = "EUR", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₩"] = "KRW",
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
        ["dollar"] = ("USD", 1), ["dollars"] = ("USD", 1), ["cent"] = ("USD", 0.01), ["cents"] = ("USD", 0.01),
        ["pound"] = ("GBP", 1), ["pounds"] = ("GBP", 1), ["sterling"] = ("GBP", 1), ["penny"] = ("GBP", 0.01), ["pence"] = ("GBP", 0.01), ["p"] = ("GBP", 0.01),
        ["euro"] = ("EUR", 1), ["euros"] = ("EUR", 1), ["yen"] = ("JPY", 1), ["yuan"] = ("CNY", 1), ["renminbi"] = ("CNY", 1),
        ["rupee"] = ("INR", 1), ["rupees"] = ("INR", 1), ["rouble"] = ("RUB", 1), ["roubles"] = ("RUB", 1), ["ruble"] = ("RUB", 1), ["rubles"] = ("RUB", 1),
        ["franc"] = ("CHF", 1), ["francs"] = ("CHF", 1), ["won"] = ("KRW", 1), ["usd"] = ("USD", 1), ["eur"] = ("EUR", 1), ["gbp"] = ("GBP", 1),
        ["peso"] = ("MXN", 1), ["pesos"] = ("MXN", 1), ["lira"] = ("TRY", 1), ["bitcoin"] = ("BTC", 1), ["bitcoins"] = ("BTC", 1),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsSymbol(string s) => Symbols.ContainsKey(s);
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
        ["fortnight"] = "fortnights", ["fortnights"] = "fortnights",
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
        ["km2"] = "km2", ["sq"] = "square", ["mph"] = "mph", ["kph"] = "km/h", ["kmh"] = "km/h",
        ["degree"] = "degrees", ["degrees"] = "degrees", ["c"] = "°C", ["f"] = "°F", ["celsius"] = "°C", ["fahrenheit"] = "°F",
        ["kw"] = "kW", ["mw"] = "MW", ["gw"] = "GW", ["kwh"] = "kWh", ["mwh"] = "MWh", ["gwh"] = "GWh", ["watts"] = "W",
        ["gb"] = "GB", ["mb"] = "MB", ["tb"] = "TB", ["kb"] = "KB", ["ghz"] = "GHz", ["mhz"] = "MHz", ["mbps"] = "Mbps",
    }.ToFrozenDictionary(StringComparer.Ordinal);

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
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adjectives a unit noun may hide behind ("three other people", "20 armed men").</summary>
    public static readonly FrozenSet<string> SkippableAdjectives = new[]
    {
        "other", "new", "more", "major", "key", "different", "separate", "main", "big", "large", "small", "young", "old", "armed", "senior",
        "additional", "extra", "further", "consecutive", "straight", "successive", "previous", "local", "foreign", "unarmed", "injured", "full",
        "whole", "innocent", "suspected", "alleged", "million", "billion",
    }.ToFrozenSet(StringComparer.Ordinal);
}
