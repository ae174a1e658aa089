using System.Text;
using System.Text.Json;

namespace NewsApi.Eval.Quotes;

/// <summary>One GUM document rebuilt as an article: the headline (its first sentence) and a body.</summary>
internal sealed record GumDocument(string Doc, string Genre, string Title, string Body);

/// <summary>
/// Rebuilds running text from GUM's Penn-style tokens, deterministically, so the labelled quote set can be regenerated
/// from <c>shared/train/gum/gum-ner.jsonl</c>:
/// <list type="bullet">
/// <item>tokens are joined by one space, except before closing punctuation (<c>, . ; : ! ? % ) ] …</c>) and clitics
/// (<c>'s n't 're 've 'll 'd 'm</c>, straight or curly), and after opening brackets and <c>$ #</c>;</item>
/// <item>a hyphen token between two word tokens is glued to both (<c>self - medicating</c> → <c>self-medicating</c>; a
/// spaced dash between words is glued too, a known flaw that does not touch quotation marks);</item>
/// <item><c>``</c>, <c>''</c> and curly double marks become <c>"</c> (GUM's three curly marks are not all the right
/// way round); straight <c>"</c> tokens alternate between opening (glued to the next
/// token) and closing (glued to the previous one) over the whole document;</item>
/// <item>a <c>'</c> token closes an open single quotation, else is a possessive after a word ending in s
/// (<c>Jones '</c> → <c>Jones'</c>), else opens a single quotation;</item>
/// <item>the first sentence is the title; the others form the body, one space apart, with a blank line after a
/// sentence that ends without final punctuation (a heading, dateline or caption) while no quotation is open, and
/// before a sentence that opens with a mark while a quotation is open after a finished sentence (a quote carried on
/// into the next paragraph: that paragraph is left without a closing mark, as news style does).</item>
/// </list>
/// </summary>
internal static class GumText
{
    private static readonly HashSet<string> NoSpaceBefore =
        [",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "…", "….", "..", "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"];

    private static readonly HashSet<string> NoSpaceAfter = ["(", "[", "{", "$", "#"];

    public static List<GumDocument> Load(string path, IReadOnlySet<string> genres)
    {
        var sentences = new List<(string Doc, string Genre, List<string> Tokens)>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var genre = root.GetProperty("genre").GetString()!;
            if (!genres.Contains(genre))
            {
                continue;
            }

            var tokens = root.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToList();
            sentences.Add((root.GetProperty("doc").GetString()!, genre, tokens));
        }

        return sentences.GroupBy(s => s.Doc)
            .Select(g => Build(g.Key, g.First().Genre, g.Select(s => s.Tokens).ToList()))
            .ToList();
    }

    public static GumDocument Build(string doc, string genre, List<List<string>> sentences)
    {
        var state = new QuoteState();
        var title = Join(sentences[0], state);
        state = new QuoteState();
        var body = new StringBuilder();
        for (var i = 1; i < sentences.Count; i++)
        {
            // A sentence that opens with a mark while a quotation is still open after a finished sentence is the news
            // convention for a quote running on into the next paragraph: the open paragraph ends, the mark reopens.
            var continues = state.DoubleOpen && IsMark(sentences[i][0]) && body.Length > 0 && body[^1] is '.' or '!' or '?';
            if (continues)
            {
                state.DoubleOpen = false;
                body.Append("\n\n");
            }

            var text = Join(sentences[i], state);
            if (body.Length > 0)
            {
                body.Append(body[^1] == '\n' ? "" : " ");
            }

            body.Append(text);
            var last = text.Length > 0 ? text[^1] : '.';
            if (!state.DoubleOpen && !state.SingleOpen && last is not ('.' or '!' or '?' or '"' or '\'' or '…' or ':' or ';' or ','))
            {
                body.Append("\n\n");
            }
        }

        return new GumDocument(doc, genre, title, body.ToString().TrimEnd());
    }

    private sealed class QuoteState
    {
        public bool DoubleOpen { get; set; }

        public bool SingleOpen { get; set; }
    }

    private static string Join(List<string> tokens, QuoteState state)
    {
        var sb = new StringBuilder();
        var glueNext = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = IsMark(tokens[i]) ? "\"" : tokens[i];
            var glueLeft = NoSpaceBefore.Contains(token);
            var glueRight = NoSpaceAfter.Contains(token);
            if (token == "\"")
            {
                state.DoubleOpen = !state.DoubleOpen;
                (glueLeft, glueRight) = state.DoubleOpen ? (false, true) : (true, false);
            }
            else if (token == "'")
            {
                if (state.SingleOpen)
                {
                    state.SingleOpen = false;
                    glueLeft = true;
                }
                else if (i > 0 && tokens[i - 1].EndsWith('s') && tokens[i - 1].Any(char.IsLetter))
                {
                    glueLeft = true;
                }
                else
                {
                    state.SingleOpen = true;
                    glueRight = true;
                }
            }
            else if (token == "-" && i > 0 && i + 1 < tokens.Count && IsWord(tokens[i - 1]) && IsWord(tokens[i + 1]))
            {
                glueLeft = true;
                glueRight = true;
            }

            if (sb.Length > 0 && !glueLeft && !glueNext)
            {
                sb.Append(' ');
            }

            sb.Append(token);
            glueNext = glueRight;
        }

        return sb.ToString();
    }

    private static bool IsMark(string token) => token is "``" or "''" or "\"" or "“" or "”";

    private static bool IsWord(string token) => token.Length > 0 && char.IsLetterOrDigit(token[^1]) && char.IsLetterOrDigit(token[0]);
}
