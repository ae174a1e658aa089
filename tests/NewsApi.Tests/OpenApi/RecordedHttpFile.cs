using System.Text.RegularExpressions;

namespace NewsApi.Tests.OpenApi;

/// <summary>One request of api-docs/requests.http with the response recorded under it.</summary>
/// <param name="Line">The request line's index (0-based) in the file.</param>
/// <param name="Replay">The service the test replays it on: <c>main</c> (default), or the one a <c># replay: NAME</c> comment names.</param>
/// <param name="Party">The party a <c># party: NAME</c> comment names: the id in the request's path is the one the store gave it (kept so on regeneration).</param>
/// <param name="Headers">The request's headers as written (variables not expanded).</param>
/// <param name="Body">The request body as written, or null.</param>
/// <param name="ResponseStart">First line of the recorded response (its status line); where one is inserted when there is none.</param>
/// <param name="ResponseEnd">End (exclusive) of the recorded response: status, shown headers, body and cut note; prose after it stays.</param>
/// <param name="Status">The recorded status code, or null when none is recorded.</param>
/// <param name="ShownHeaders">The response headers shown under the status line.</param>
/// <param name="Shown">The recorded body's lines (comment marks removed).</param>
/// <param name="Note">The recorded cut note (<c>… cut short: …</c>), or null.</param>
public sealed record RecordedRequest(
    int Line, string Replay, string? Party, string Method, string Target, IReadOnlyList<(string Name, string Value)> Headers, string? Body,
    int ResponseStart, int ResponseEnd, string? Status, IReadOnlyList<(string Name, string Value)> ShownHeaders, IReadOnlyList<string> Shown, string? Note)
{
    /// <summary>The request line as written.</summary>
    public string RequestLine => $"{Method} {Target}";

    public bool HasKey => Headers.Any(h => h.Name.Equals("X-Api-Key", StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Reads api-docs/requests.http (REST Client format) into requests with their recorded responses, and writes new
/// recorded responses into it. A recorded response is a comment block under the request:
/// <code>
/// # 201 Created
/// # Location: /api/articles/2        (shown headers: kept on regeneration, values compared)
/// # {                                 (the body: JSON, CSV records, or nothing)
/// #   ...
/// # }
/// # … cut short: $.items (2 of 11)   (written by the regeneration when a list shows fewer items than the answer)
/// </code>
/// A comment line that is only <c>#</c> ends the body; comments after it are prose and stay as written.
/// </summary>
public static partial class RecordedHttpFile
{
    public const string CutMark = "… cut short: ";

    public static List<RecordedRequest> Read(string text)
    {
        var lines = Lines(text);
        var requests = new List<RecordedRequest>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("###", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Length && !lines[end].StartsWith("###", StringComparison.Ordinal))
            {
                end++;
            }

            if (Block(lines, i + 1, end) is { } request)
            {
                requests.Add(request);
            }

            i = end - 1;
        }

        return requests;
    }

    public static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static RecordedRequest? Block(string[] lines, int start, int end)
    {
        var (replay, party) = ("main", (string?)null);
        var at = start;
        for (; at < end && lines[at].StartsWith('#'); at++)
        {
            if (ReplayComment().Match(lines[at]) is { Success: true } m)
            {
                replay = m.Groups[1].Value;
            }
            else if (lines[at].StartsWith("# party: ", StringComparison.Ordinal))
            {
                party = lines[at]["# party: ".Length..].Trim();
            }
        }

        if (at >= end || RequestLine().Match(lines[at]) is not { Success: true } request)
        {
            return null;
        }

        var line = at++;
        var headers = new List<(string, string)>();
        for (; at < end && lines[at].Length > 0 && !lines[at].StartsWith('#'); at++)
        {
            var colon = lines[at].IndexOf(':', StringComparison.Ordinal);
            headers.Add((lines[at][..colon].Trim(), lines[at][(colon + 1)..].Trim()));
        }

        var body = new List<string>();
        for (; at < end && !lines[at].StartsWith('#'); at++)
        {
            body.Add(lines[at]);
        }

        var bodyText = string.Join('\n', body).Trim();
        if (at >= end || StatusLine().Match(lines[at]) is not { Success: true } status)
        {
            var insert = line + 1 + headers.Count + body.Count;
            while (insert > line + 1 && lines[insert - 1].Length == 0)
            {
                insert--;
            }

            return new RecordedRequest(line, replay, party, request.Groups[1].Value, request.Groups[2].Value, headers, bodyText.Length > 0 ? bodyText : null, insert, insert, null, [], [], null);
        }

        var responseStart = at++;
        var shownHeaders = new List<(string, string)>();
        for (; at < end && HeaderComment().Match(lines[at]) is { Success: true } h; at++)
        {
            shownHeaders.Add((h.Groups[1].Value, h.Groups[2].Value));
        }

        var shown = new List<string>();
        for (; at < end && lines[at].StartsWith("# ", StringComparison.Ordinal) && !lines[at].StartsWith("# " + CutMark, StringComparison.Ordinal); at++)
        {
            shown.Add(lines[at][2..]);
        }

        string? note = null;
        if (at < end && lines[at].StartsWith("# " + CutMark, StringComparison.Ordinal))
        {
            note = lines[at++][(2 + CutMark.Length)..];
        }

        return new RecordedRequest(line, replay, party, request.Groups[1].Value, request.Groups[2].Value, headers, bodyText.Length > 0 ? bodyText : null,
            responseStart, at, status.Groups[1].Value, shownHeaders, shown, note);
    }

    /// <summary>The file with each request's line and recorded response replaced by the given lines (comment marks included).</summary>
    public static string Rewrite(string text, IReadOnlyList<(RecordedRequest Request, string RequestLine, IReadOnlyList<string> Lines)> recorded)
    {
        var lines = Lines(text).ToList();
        foreach (var (request, requestLine, _) in recorded)
        {
            lines[request.Line] = requestLine;
        }

        foreach (var (request, _, response) in recorded.OrderByDescending(r => r.Request.ResponseStart))
        {
            lines.RemoveRange(request.ResponseStart, request.ResponseEnd - request.ResponseStart);
            lines.InsertRange(request.ResponseStart, request.Status is null ? ["", .. response] : response);
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^(GET|POST|PUT|DELETE|PATCH) (\S+)", RegexOptions.NonBacktracking)]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"^# (\d{3})( |$)", RegexOptions.NonBacktracking)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^# ([A-Za-z][A-Za-z0-9-]*): (.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex HeaderComment();

    [GeneratedRegex(@"^# replay: ([a-z]+)$", RegexOptions.NonBacktracking)]
    private static partial Regex ReplayComment();
}
