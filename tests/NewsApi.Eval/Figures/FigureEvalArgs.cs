namespace NewsApi.Eval.Figures;

/// <summary>"--name value" lookup for the figures and dates commands.</summary>
internal static class FigureEvalArgs
{
    public static string? Get(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
