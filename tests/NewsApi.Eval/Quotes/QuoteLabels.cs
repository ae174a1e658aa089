using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsApi.Eval.Quotes;

/// <summary>A labelled span: a direct quote (<see cref="IsQuote"/>) with its speaker, or marks that are no quote (scare quote, title).</summary>
internal sealed record LabelledSpan(int Start, int End, string Text, bool IsQuote, string? SpeakerMention, string? Speaker, string? Why);

internal sealed record LabelledDocument(string Doc, string Genre, string Title, string Body, List<LabelledSpan> Spans);

/// <summary>
/// The hand labels live in <c>labels.tsv</c> (written by reading the rebuilt texts of <c>quotes --dump</c>): one line
/// per numbered mark pair, <c>doc, pair, kind, mention, speaker</c>. Kind <c>q</c> is a direct quote; its mention is
/// the speaker as written nearest the quote ("he", "the spokesman", "Bos") and its speaker the canonical full name,
/// or <c>-</c> for none (an unknown or non-party speaker). Kind <c>x</c> is no quote (the mention column says why:
/// scare, title, term, name). Pairs not listed are not quotes either.
/// </summary>
internal static class QuoteLabels
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static int Build(List<GumDocument> docs, string labelsPath, string output, string? singlePath)
    {
        var labels = File.ReadLines(labelsPath)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToLookup(f => f[0]);
        var labelled = new List<LabelledDocument>();
        // Documents in the order of their first label line, so adding documents at the end keeps every fold as it was.
        var order = labels.Select((g, i) => (g.Key, i)).ToDictionary(x => x.Key, x => x.i);
        foreach (var doc in docs.Where(d => labels.Contains(d.Doc)).OrderBy(d => order[d.Doc]))
        {
            var pairs = MarkPairs.Find(doc.Body);
            var spans = new List<LabelledSpan>();
            foreach (var f in labels[doc.Doc])
            {
                var (start, end) = pairs[int.Parse(f[1], CultureInfo.InvariantCulture)];
                var isQuote = f[2] == "q";
                string? Field(int i) => f.Length > i && f[i] != "-" && f[i].Length > 0 ? f[i] : null;
                spans.Add(isQuote
                    ? new LabelledSpan(start, end, doc.Body[start..end], true, Field(3), Field(4), null)
                    : new LabelledSpan(start, end, doc.Body[start..end], false, null, null, Field(3)));
            }

            labelled.Add(new LabelledDocument(doc.Doc, doc.Genre, doc.Title, doc.Body, spans.OrderBy(s => s.Start).ToList()));
        }

        Write(output, labelled);
        Console.WriteLine($"{labelled.Count} documents, {labelled.Sum(d => d.Spans.Count(s => s.IsQuote))} direct quotes, {labelled.Sum(d => d.Spans.Count(s => !s.IsQuote))} non-quotes -> {output}");
        if (singlePath is not null)
        {
            var single = labelled.Where(d => d.Genre == "news").Select(ToSingleMarks).ToList();
            Write(singlePath, single);
            Console.WriteLine($"{single.Count} documents in British style -> {singlePath}");
        }

        return 0;
    }

    /// <summary>British style: double marks become single and single (inner) marks become double; offsets do not move.</summary>
    private static LabelledDocument ToSingleMarks(LabelledDocument doc)
    {
        var body = new StringBuilder(doc.Body);
        foreach (var (start, end) in MarkPairs.Find(doc.Body))
        {
            foreach (var at in new[] { start - 1, end })
            {
                var mark = FindMark(doc.Body, at, at == start - 1 ? -1 : 1);
                if (mark >= 0)
                {
                    body[mark] = doc.Body[mark] == '"' ? '\'' : '"';
                }
            }
        }

        var text = body.ToString();
        return doc with { Doc = doc.Doc + "-single", Body = text, Spans = doc.Spans.Select(s => s with { Text = text[s.Start..s.End] }).ToList() };
    }

    /// <summary>The mark next to a span edge, stepping over the spaces and the comma the span was trimmed of.</summary>
    private static int FindMark(string body, int at, int step)
    {
        for (var i = at; i >= 0 && i < body.Length; i += step)
        {
            if (body[i] is '"' or '\'')
            {
                return i;
            }

            if (!char.IsWhiteSpace(body[i]) && body[i] != ',')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The documents of one file, or of several comma-separated files pooled in order (so a file added last keeps the folds of the earlier ones).</summary>
    public static List<LabelledDocument> Read(string paths) =>
        paths.Split(',').SelectMany(File.ReadLines).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<LabelledDocument>(l, Json)!).ToList();

    private static void Write(string path, List<LabelledDocument> docs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllLines(path, docs.Select(d => JsonSerializer.Serialize(d, Json)));
    }
}
