using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsApi.Tests.OpenApi;

/// <summary>A request shown in the documentation, with the response shown under it (if any).</summary>
/// <param name="Where">File and line, for messages.</param>
/// <param name="Body">The request body as written (null: none shown).</param>
/// <param name="Status">The response's status code as shown, or null.</param>
/// <param name="Response">The response body as written, JSON only (CSV and empty bodies are null).</param>
/// <param name="Cut">The response is cut short or elided with "…": its JSON was closed and missing fields are allowed.</param>
public sealed record DocumentedExample(string Where, string Method, string Target, string? Body, string? Status, string? Response, bool Cut)
{
    public string Path => Target.Split('?')[0];

    public IEnumerable<(string Name, string Value)> Query => Target.Contains('?', StringComparison.Ordinal)
        ? Target[(Target.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Select(p => (Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : "")))
        : [];
}

/// <summary>Reads the examples of api-docs/requests.http and the curl lines of README.md.</summary>
public static partial class DocumentedExamples
{
    /// <summary>The requests of an .http file with their recorded responses (see <see cref="RecordedHttpFile"/>); <c>{{pages}}</c> is the file's <c>@pages</c>.</summary>
    public static List<DocumentedExample> FromHttpFile(string file, string text)
    {
        var pages = RecordedHttpFile.Lines(text).FirstOrDefault(l => l.StartsWith("@pages = ", StringComparison.Ordinal))?["@pages = ".Length..].Trim() ?? "";
        string Expand(string s) => s.Replace("{{base}}", "", StringComparison.Ordinal).Replace("{{pages}}", pages, StringComparison.Ordinal);
        return RecordedHttpFile.Read(text).Select(r =>
        {
            var json = r.ShownHeaders.Any(h => h.Name == "Content-Type" && !h.Value.Contains("json", StringComparison.Ordinal)) ? (null, false) : JsonPrefix(r.Shown);
            return new DocumentedExample($"{file}:{r.Line + 1}", r.Method, Expand(r.Target), r.Body is null ? null : Expand(r.Body), r.Status, json.Json, json.Cut || r.Note is not null);
        }).ToList();
    }

    /// <summary>
    /// The JSON value the shown lines start with (later comment lines are prose), closed if it was cut short; elisions
    /// ("…" items and "(cut short here …)" lines) are dropped. Null when the lines show no JSON (CSV, nothing).
    /// </summary>
    public static (string? Json, bool Cut) JsonPrefix(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0].TrimStart() is not ['{' or '[' or '"', ..])
        {
            return (null, false);
        }

        var text = new StringBuilder();
        var closers = new Stack<char>();
        var (inString, escaped, cut) = (false, false, false);
        foreach (var raw in lines)
        {
            var line = raw.Trim() is "…" or "…," || raw.Contains("… (cut short", StringComparison.Ordinal) ? "" : raw;
            cut |= line.Length != raw.Length || line.Contains(", …", StringComparison.Ordinal);
            line = line.Replace(", …", "", StringComparison.Ordinal);
            foreach (var ch in line)
            {
                text.Append(ch);
                if (inString)
                {
                    (escaped, inString) = (!escaped && ch == '\\', escaped || ch != '"');
                    continue;
                }

                switch (ch)
                {
                    case '"': inString = true; break;
                    case '{': closers.Push('}'); break;
                    case '[': closers.Push(']'); break;
                    case '}' or ']': closers.Pop(); break;
                }
            }

            text.Append('\n');
            if (closers.Count == 0)
            {
                return (TrailingComma().Replace(text.ToString(), "$1"), cut);
            }
        }

        while (closers.Count > 0)
        {
            text.Append('\n').Append(closers.Pop());
        }

        return (TrailingComma().Replace(text.ToString().TrimEnd(), "$1"), true);
    }

    /// <summary>Every curl command in the README that calls the service: method, path and query, and its -d body.</summary>
    public static List<DocumentedExample> FromReadme(string file, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var examples = new List<DocumentedExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            var (command, first) = (lines[i], i);
            while (command.EndsWith('\\') && i + 1 < lines.Length)
            {
                command = command[..^1] + " " + lines[++i]; // a shell line continued on the next
            }

            if (Curl().Match(command) is not { Success: true } curl)
            {
                continue;
            }

            var body = CurlBody().Match(command);
            var method = CurlMethod().Match(command) is { Success: true } m ? m.Groups[1].Value : body.Success ? "POST" : "GET";
            examples.Add(new DocumentedExample($"{file}:{first + 1}", method, curl.Groups[1].Value, body.Success ? body.Groups[1].Value : null, null, null, false));
        }

        return examples;
    }

    [GeneratedRegex(@",(\s*[}\]])", RegexOptions.NonBacktracking)]
    private static partial Regex TrailingComma();

    [GeneratedRegex(@"\bcurl\b[^\n]*?'?https?://(?:127\.0\.0\.1|localhost):\d+(/[^\s']*)'?", RegexOptions.NonBacktracking)]
    private static partial Regex Curl();

    [GeneratedRegex(@"-X ([A-Z]+)", RegexOptions.NonBacktracking)]
    private static partial Regex CurlMethod();

    [GeneratedRegex(@"-d '([^']*)'", RegexOptions.NonBacktracking)]
    private static partial Regex CurlBody();
}
