namespace NewsApi.Analysis.Facts.Parties.Tagger;

/// <summary>
/// The IOB2 label set of the party tagger: O, then B-/I- for PER, ORG, LOC and MISC, in that order.
/// The order is part of the weight file format: do not reorder.
/// </summary>
public static class NerTags
{
    public const int Outside = 0;

    /// <summary>Number of labels (9).</summary>
    public const int Count = 9;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static string Name(int label) => Names[label];

    /// <summary>Label index of "B-PER", "I-LOC", "O"; unknown or other types (dates, quantities) read as O.</summary>
    public static int Parse(string name)
    {
        var i = Array.IndexOf(Names, name);
        return i < 0 ? Outside : i;
    }

    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary>0 PER, 1 ORG, 2 LOC, 3 MISC; -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 2;

    public static string TypeName(int type) => Types[type];

    /// <summary>IOB2: an I-X only continues a B-X or I-X.</summary>
    public static bool Allowed(int previous, int label) => !IsInside(label) || (previous != Outside && TypeOf(previous) == TypeOf(label));
}
