using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Parties;

/// <summary>The seed article (first line title, rest body), found by walking up from the test binaries to the repo's <c>seeds</c>.</summary>
internal static class SeedArticle
{
    private static readonly Lazy<(string Title, string Body)> Article = new(Load);

    public static string Title => Article.Value.Title;

    public static string Body => Article.Value.Body;

    public static ExtractionContext Context() =>
        new(TextDocument.Parse(Body), null) { Title = Title };

    private static (string, string) Load()
    {
        // Binaries may live outside the repository (--artifacts-path): fall back to this source file's location.
        var dir = FindSeedsAbove(AppContext.BaseDirectory) ?? FindSeedsAbove(Path.GetDirectoryName(ThisFile())!)
            ?? throw new InvalidOperationException("No 'seeds' folder above " + AppContext.BaseDirectory);

        var text = File.ReadAllText(Path.Combine(dir.FullName, "seeds", "000_1c790352a2a4b598.txt")).ReplaceLineEndings("\n");
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return (text[..newline].Trim(), text[(newline + 1)..]);
    }

    private static DirectoryInfo? FindSeedsAbove(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }

        return dir;
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
