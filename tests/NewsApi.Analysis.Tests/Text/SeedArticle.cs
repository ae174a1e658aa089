using System.Runtime.CompilerServices;

namespace NewsApi.Analysis.Tests.Text;

/// <summary>The repository's seed article: first line is the title, the rest the body.</summary>
internal static class SeedArticle
{
    public static (string Title, string Body) Load()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "000_1c790352a2a4b598.txt"));
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return (text[..newline].Trim(), text[(newline + 1)..]);
    }

    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        var dir = Path.GetDirectoryName(sourceFile);
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsApi.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("NewsApi.sln not found above " + sourceFile);
    }
}
