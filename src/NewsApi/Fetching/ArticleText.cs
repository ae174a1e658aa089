using System.Text;
using AngleSharp.Dom;

namespace NewsApi.Fetching;

/// <summary>
/// Plain text of extracted article HTML: one paragraph per block element, separated by a blank line, white space
/// inside a paragraph folded to single spaces; figures, captions and embedded furniture left out.
/// </summary>
public static class ArticleText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "hr",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "figure", "figcaption", "picture", "img", "svg", "video", "audio", "iframe", "object", "embed", "script", "style",
        "noscript", "template", "button", "form", "input", "select", "textarea", "nav", "aside",
    };

    /// <summary>Text nested deeper than this is not article prose; the limit keeps the recursion's stack bounded.</summary>
    public const int MaxDepth = 200;

    public static string FromElement(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, paragraphs, current, 0);
        Flush(paragraphs, current);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Share of the text that sits inside links: high for link lists, menus and teasers, low for articles.</summary>
    public static double LinkDensity(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var total = Letters(root.TextContent);
        var linked = root.QuerySelectorAll("a").Sum(a => Letters(a.TextContent));
        return total == 0 ? 1 : (double)linked / total;
    }

    public static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>White space folded to single spaces, control characters and unpaired surrogates dropped.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u200b')
            {
                space = sb.Length > 0;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    AppendSpace(sb, ref space);
                    sb.Append(c).Append(text[++i]);
                }

                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            AppendSpace(sb, ref space);
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void AppendSpace(StringBuilder sb, ref bool space)
    {
        if (space)
        {
            sb.Append(' ');
            space = false;
        }
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    current.Append(' ');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(paragraphs, current);
                    Walk(element, paragraphs, current, depth + 1);
                    Flush(paragraphs, current);
                    break;
                case IElement element:
                    Walk(element, paragraphs, current, depth + 1);
                    break;
            }
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var paragraph = Fold(current.ToString());
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }

    private static int Letters(string text) => text.Count(char.IsLetterOrDigit);
}
