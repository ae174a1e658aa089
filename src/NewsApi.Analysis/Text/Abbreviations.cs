namespace NewsApi.Analysis.Text;

/// <summary>
/// Word lists the sentence splitter consults at a period. Matching is case-sensitive on purpose: "No." before a
/// number is an abbreviation, "no." at the end of a sentence is a word.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles that precede a name: a period after them never ends a sentence.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Cpl", "Maj",
        "Adm", "Cmdr", "Cdr", "Rev", "Fr", "St", "Hon", "Pres", "Supt", "Insp", "Det", "Brig", "Messrs", "Mme", "Mlle",
        "Ft", "Mt", "Pte", "Amb", "Atty", "Gens", "Sens", "Reps", "Drs", "Profs",
    };

    /// <summary>Abbreviations that usually continue a sentence but may end one ("... Apple Inc. The firm").</summary>
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "plc", "Cos", "Assn", "Dept", "Univ", "Govt", "Intl",
        "etc", "vs", "v", "approx", "est", "al", "cf", "ca", "viz", "esp", "incl", "dept", "fig", "Fig", "pp", "vol", "Vol",
        "No", "Nos", "no", "nos", "Jr", "Sr", "Ph", "Ave", "Blvd", "Rd", "Sq",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash",
        "Wis", "Wyo", "Mass",
        "a.m", "p.m", "am", "pm",
    };

    /// <summary>Capitalised words that commonly open a sentence: after an ambiguous abbreviation they mean a new sentence.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
        "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "However", "In", "On", "At",
        "For", "As", "After", "Before", "When", "While", "If", "Although", "Though", "Since", "Because", "Meanwhile",
        "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "Now", "Then", "Also", "Still", "Last",
        "According", "Shares", "Analysts", "Officials", "Earlier", "Later", "Other", "Both", "Such", "Despite", "During",
        "With", "Without", "From", "To", "By", "Under", "Over", "Among", "Not", "No", "All", "Each", "Every", "One",
    };

    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsCommon(ReadOnlySpan<char> word) => Common.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) =>
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
