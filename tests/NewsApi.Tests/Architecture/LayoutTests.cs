using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NewsApi.Tests.Architecture;

/// <summary>
/// The layout rules the README states, checked on the source itself (parsed with Roslyn), so that they hold after
/// every change: no method longer than a reader can hold, SQL only in <c>Data/</c>, <c>Data/</c> depending on nothing
/// above it, and the analysis library free of web and database code.
/// </summary>
public sealed class LayoutTests
{
    /// <summary>The README's "about 120 lines" for a method, constructor, accessor, local function or lambda.</summary>
    internal const int MaxMemberLines = 120;

    private static readonly string Root = typeof(LayoutTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly string[] WebNamespaces =
        ["Cli", "Contracts", "Endpoints", "Fetching", "Infrastructure", "Ingestion", "Mapping", "OpenApiExamples", "Queries", "Validation"];

    // Statements, not words: "select" in prose or an HTML <select> does not match; these do not backtrack (no nested quantifiers).
    private static readonly Regex Sql = new(
        @"\b(SELECT\s+[\w*(]|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(UNIQUE\s+)?(TABLE|INDEX|TRIGGER|VIEW)\s|ALTER\s+TABLE\s)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static IEnumerable<object[]> SourceFiles() => Directory
        .EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
        .Order(StringComparer.Ordinal)
        .Select(f => new object[] { Path.GetRelativePath(Root, f).Replace('\\', '/') });

    [Fact]
    public void The_source_tree_is_found()
    {
        var files = SourceFiles().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} source files under {Root}/src");
        Assert.Contains(files, f => (string)f[0] == "src/NewsApi.Analysis/ArticleAnalyzer.cs");
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void No_member_is_longer_than_a_reader_can_hold(string file)
    {
        var tree = Parse(file);
        var tooLong = LongMembers(tree, MaxMemberLines).ToList();
        Assert.True(tooLong.Count == 0, $"{file}: {string.Join("; ", tooLong)} (more than {MaxMemberLines} lines)");
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void Sql_lives_only_in_Data(string file)
    {
        if (file.StartsWith("src/NewsApi/Data/", StringComparison.Ordinal))
        {
            return;
        }

        var statements = StringLiterals(Parse(file)).Where(s => Sql.IsMatch(s.Text)).Select(s => $"line {s.Line}").ToList();
        Assert.True(statements.Count == 0, $"{file} holds SQL outside Data/: {string.Join(", ", statements)}");
    }

    [Fact]
    public void Sql_files_are_only_migrations()
    {
        var stray = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.sql", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("src/NewsApi/Data/Migrations/", StringComparison.Ordinal) && !f.Contains("/bin/") && !f.Contains("/obj/"))
            .ToList();
        Assert.Empty(stray);
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void Data_depends_on_nothing_above_it(string file)
    {
        if (!file.StartsWith("src/NewsApi/Data/", StringComparison.Ordinal))
        {
            return;
        }

        var above = Parse(file).GetRoot().DescendantNodes()
            .OfType<NameSyntax>()
            .Select(n => n.ToString())
            .Where(n => WebNamespaces.Any(w => n.StartsWith($"NewsApi.{w}", StringComparison.Ordinal)))
            .Distinct()
            .ToList();
        Assert.True(above.Count == 0, $"{file} refers to {string.Join(", ", above)}");
    }

    [Fact]
    public void The_analysis_library_has_no_web_or_database_dependency()
    {
        var references = typeof(NewsApi.Analysis.ArticleAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        string[] forbidden = ["Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "Npgsql", "Dapper", "NewsApi", "Microsoft.Extensions.Hosting", "System.Net.Http"];
        var bad = references.Where(r => forbidden.Any(f => r == f || r.StartsWith(f + ".", StringComparison.Ordinal))).ToList();
        Assert.True(bad.Count == 0, $"NewsApi.Analysis references {string.Join(", ", bad)}");
        Assert.Contains("System.Runtime", references);
    }

    [Fact]
    public void The_length_check_can_fail()
    {
        var body = string.Join("\n", Enumerable.Range(0, MaxMemberLines).Select(i => $"        var x{i} = {i};"));
        var tree = CSharpSyntaxTree.ParseText($"class C\n{{\n    void Short() {{ }}\n    void Long()\n    {{\n{body}\n    }}\n}}\n");
        var found = LongMembers(tree, MaxMemberLines).ToList();
        Assert.Equal(["Long (" + (MaxMemberLines + 3) + " lines, line 4)"], found);
    }

    [Fact]
    public void The_sql_check_can_fail()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { string a = \"SELECT id FROM articles\"; string b = \"\"\"\n  UPDATE parties SET x = 1\n  \"\"\"; string c = $\"pick one to select from {1}\"; }");
        var hits = StringLiterals(tree).Where(s => Sql.IsMatch(s.Text)).Select(s => s.Line).ToList();
        Assert.Equal([1, 1], hits);
    }

    private static SyntaxTree Parse(string file) =>
        CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(Root, file)), new CSharpParseOptions(LanguageVersion.Preview), file);

    internal static IEnumerable<string> LongMembers(SyntaxTree tree, int maxLines)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            var (name, body) = node switch
            {
                BaseMethodDeclarationSyntax m => (NameOf(m), (SyntaxNode?)m),
                AccessorDeclarationSyntax a => (AccessorName(a), a),
                LocalFunctionStatementSyntax l => (l.Identifier.Text, l),
                AnonymousFunctionExpressionSyntax f => ("lambda", f),
                _ => (null, null),
            };
            if (name is null || body is null)
            {
                continue;
            }

            var span = body.GetLocation().GetLineSpan();
            var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            if (lines > maxLines)
            {
                yield return $"{name} ({lines} lines, line {span.StartLinePosition.Line + 1})";
            }
        }
    }

    private static string NameOf(BaseMethodDeclarationSyntax m) => m switch
    {
        MethodDeclarationSyntax method => method.Identifier.Text,
        ConstructorDeclarationSyntax ctor => ctor.Identifier.Text,
        OperatorDeclarationSyntax op => $"operator {op.OperatorToken.Text}",
        ConversionOperatorDeclarationSyntax conv => $"conversion to {conv.Type}",
        DestructorDeclarationSyntax d => $"~{d.Identifier.Text}",
        _ => m.Kind().ToString(),
    };

    private static string AccessorName(AccessorDeclarationSyntax accessor) => accessor.Parent?.Parent switch
    {
        PropertyDeclarationSyntax p => $"{p.Identifier.Text}.{accessor.Keyword.Text}",
        EventDeclarationSyntax e => $"{e.Identifier.Text}.{accessor.Keyword.Text}",
        _ => $"this[].{accessor.Keyword.Text}",
    };

    private static IEnumerable<(string Text, int Line)> StringLiterals(SyntaxTree tree)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            string? text = node switch
            {
                LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) => l.Token.ValueText,
                InterpolatedStringExpressionSyntax i => string.Concat(i.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText)),
                _ => null,
            };
            if (text is not null)
            {
                yield return (text, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
            }
        }
    }
}
