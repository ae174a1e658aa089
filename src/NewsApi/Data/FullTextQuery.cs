using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsApi.Data;

/// <summary>
/// The documented full-text query syntax (<c>q</c>), parsed once and rendered for either store, so the same query
/// means the same thing on SQLite (FTS5 MATCH) and PostgreSQL (tsquery):
/// <list type="bullet">
/// <item><c>word</c> matches the word in any case; punctuation inside a word splits it (<c>U.S.</c> is the phrase "u s").</item>
/// <item><c>"quoted phrase"</c> matches the words in a row; <c>word*</c> or <c>"phrase prefix"*</c> matches a prefix.</item>
/// <item><c>a b</c> and <c>a AND b</c> need both; <c>a OR b</c> either; <c>a NOT b</c> the first without the second.
/// NOT binds tighter than AND, AND tighter than OR; parentheses group.</item>
/// <item><c>title:</c> or <c>body:</c> before a word, phrase or group limits it to that field.</item>
/// </list>
/// </summary>
public sealed partial class FullTextQuery
{
    private readonly Node _root;

    private FullTextQuery(Node root) => _root = root;

    /// <summary>Parses a query; false with a message for the caller when it is not valid syntax.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out FullTextQuery? query, [NotNullWhen(false)] out string? error)
    {
        query = null;
        var parser = new Parser(text ?? "");
        var root = parser.Parse(out var message);
        if (root is null)
        {
            error = message ?? "the query is empty";
            return false;
        }

        error = null;

        query = new FullTextQuery(root);
        return true;
    }

    /// <summary>A query known to be valid (validated at the edge).</summary>
    public static FullTextQuery Parse(string text) =>
        TryParse(text, out var query, out var error) ? query : throw new ArgumentException(error, nameof(text));

    /// <summary>The query as an FTS5 MATCH expression: every term quoted, so FTS5's own tokenizer splits it.</summary>
    public string ToFts5() => Fts5(_root);

    /// <summary>The query as tsquery text for <c>to_tsquery('simple', …)</c>: terms split as <c>newsapi_fts_words</c> splits stored text.</summary>
    public string ToTsQuery() => TsQuery(_root, null);

    /// <summary>
    /// True for a character that separates words: everything but letters, digits and marks, in the same ranges as the
    /// PostgreSQL function <c>newsapi_fts_words</c> (migration 0001), so both stores split text alike.
    /// </summary>
    public static bool IsSeparator(char c) => c switch
    {
        <= '\u002F' => true,
        >= '\u003A' and <= '\u0040' => true,
        >= '\u005B' and <= '\u0060' => true,
        >= '\u007B' and <= '\u00BF' => true,
        '\u00D7' or '\u00F7' => true,
        >= '\u2000' and <= '\u206F' => true,
        >= '\u2190' and <= '\u2BFF' => true,
        >= '\u3000' and <= '\u303F' => true,
        >= '\uFE30' and <= '\uFE4F' => true,
        >= '\uFF01' and <= '\uFF0F' => true,
        _ => false,
    };

    private static string Fts5(Node node) => node switch
    {
        Term t => (t.Column is null ? "" : t.Column + " : ") + "\"" + t.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.Prefix ? " *" : ""),
        Binary b => $"({Fts5(b.Left)}) {b.Operator} ({Fts5(b.Right)})",
        _ => throw new InvalidOperationException(),
    };

    private static string TsQuery(Node node, string? column) => node switch
    {
        Term t => TsTerm(t),
        Binary b => $"({TsQuery(b.Left, column)}) {b.Operator switch { "OR" => "|", "NOT" => "& !", _ => "&" }} ({TsQuery(b.Right, column)})",
        _ => throw new InvalidOperationException(),
    };

    private static string TsTerm(Term term)
    {
        var words = Words(term.Text);
        var weight = term.Column switch { "title" => "A", "body" => "B", _ => "" };
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(" <-> ");
            }

            var last = i == words.Count - 1;
            var label = (last && term.Prefix ? "*" : "") + weight;
            sb.Append('\'').Append(words[i].ToLowerInvariant()).Append('\'');
            if (label.Length > 0)
            {
                sb.Append(':').Append(label);
            }
        }

        return sb.ToString();
    }

    /// <summary>The words of a text, split where <see cref="IsSeparator"/> says.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || IsSeparator(text[i]);
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private abstract record Node;

    /// <param name="Column">title, body, or null for both.</param>
    private sealed record Term(string Text, bool Prefix, string? Column) : Node;

    private sealed record Binary(string Operator, Node Left, Node Right) : Node;

    /// <summary>A recursive-descent parser over the query text: or := and (OR and)*; and := not ([AND] not)*; not := unary (NOT unary)*.</summary>
    private sealed class Parser(string text)
    {
        private const int MaxDepth = 32;
        private int _at;
        private int _depth;
        private string? _error;

        public Node? Parse(out string? error)
        {
            var node = Or(null);
            if (node is not null && _error is null && Peek() is { } extra)
            {
                Fail(extra == ")" ? "a ')' has no '(' before it" : $"unexpected '{extra}'");
            }

            error = _error;
            return _error is null ? node : null;
        }

        private Node? Or(string? column)
        {
            var left = And(column);
            while (left is not null && Peek() == "OR")
            {
                Next();
                left = Operand(left, "OR", And(column));
            }

            return left;
        }

        private Node? And(string? column)
        {
            var left = Not(column);
            while (left is not null && Peek() is { } next && next != "OR" && next != ")")
            {
                if (next == "AND")
                {
                    Next();
                }

                left = Operand(left, "AND", Not(column));
            }

            return left;
        }

        private Node? Not(string? column)
        {
            var left = Unary(column);
            while (left is not null && Peek() == "NOT")
            {
                Next();
                left = Operand(left, "NOT", Unary(column));
            }

            return left;
        }

        private static Binary? Operand(Node left, string op, Node? right) => right is null ? null : new Binary(op, left, right);

        private Node? Unary(string? column)
        {
            if (_error is not null)
            {
                return null;
            }

            SkipSpaces();
            if (_at >= text.Length)
            {
                return Fail("the query ends where a word, phrase or '(' is expected");
            }

            var c = text[_at];
            if (c == '(')
            {
                return Group(column);
            }

            if (c == '"')
            {
                return Phrase(column);
            }

            var word = Bare();
            if (word is "AND" or "OR" or "NOT")
            {
                return Fail(word == "NOT" ? "NOT needs a word before it: write 'a NOT b'" : $"{word} needs a word on each side");
            }

            if (word == ")")
            {
                return Fail("a ')' comes where a word is expected");
            }

            return ColumnOrTerm(word, column);
        }

        private Node? Group(string? column)
        {
            if (++_depth > MaxDepth)
            {
                return Fail($"parentheses nest deeper than {MaxDepth}");
            }

            _at++;
            var inner = Or(column);
            _depth--;
            if (inner is null)
            {
                return null;
            }

            SkipSpaces();
            if (_at >= text.Length || text[_at] != ')')
            {
                return Fail("a '(' is not closed");
            }

            _at++;
            return inner;
        }

        private Node? Phrase(string? column)
        {
            var close = text.IndexOf('"', _at + 1);
            if (close < 0)
            {
                return Fail("a quoted phrase is not closed");
            }

            var phrase = text[(_at + 1)..close];
            _at = close + 1;
            var prefix = _at < text.Length && text[_at] == '*';
            if (prefix)
            {
                _at++;
            }

            return MakeTerm(phrase, prefix, column);
        }

        private Node? ColumnOrTerm(string word, string? column)
        {
            var colon = word.IndexOf(':');
            if (colon > 0 && word[..colon].All(char.IsAsciiLetter))
            {
                var name = word[..colon].ToLowerInvariant();
                if (name is not ("title" or "body"))
                {
                    return Fail($"'{word[..colon]}:' is not a field: use title: or body:");
                }

                if (column is not null)
                {
                    return Fail("a field is already chosen for this part of the query");
                }

                var rest = word[(colon + 1)..];
                if (rest.Length == 0)
                {
                    // "title: word", "title:(a OR b)" or 'title:"a phrase"': the field applies to what follows.
                    return Unary(name);
                }

                return ColumnOrTerm(rest, name);
            }

            var prefix = word.EndsWith('*');
            var body = prefix ? word[..^1] : word;
            if (body.Contains('*', StringComparison.Ordinal))
            {
                return Fail("'*' may only end a word or phrase");
            }

            return MakeTerm(body, prefix, column);
        }

        private Node? MakeTerm(string phrase, bool prefix, string? column) =>
            Words(phrase).Count == 0 ? Fail($"'{phrase}{(prefix ? "*" : "")}' has no letters or digits to search for") : new Term(phrase, prefix, column);

        /// <summary>A bare word: up to a space, quote or parenthesis; a ')' alone is returned as ")".</summary>
        private string Bare()
        {
            if (text[_at] == ')')
            {
                return ")";
            }

            var start = _at;
            while (_at < text.Length && !char.IsWhiteSpace(text[_at]) && text[_at] is not ('(' or ')' or '"'))
            {
                // "title:(…)" and 'title:"…"': stop after the colon so the group or phrase is read next.
                if (text[_at] == ':' && _at + 1 < text.Length && text[_at + 1] is '(' or '"')
                {
                    _at++;
                    break;
                }

                _at++;
            }

            return text[start.._at];
        }

        private string? Peek()
        {
            if (_error is not null)
            {
                return null;
            }

            SkipSpaces();
            if (_at >= text.Length)
            {
                return null;
            }

            if (text[_at] == ')')
            {
                return ")";
            }

            var save = _at;
            var word = text[_at] is '(' or '"' ? text[_at].ToString() : Bare();
            _at = save;
            return word;
        }

        private void Next()
        {
            SkipSpaces();
            Bare();
        }

        private void SkipSpaces()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        private Node? Fail(string message)
        {
            _error ??= message;
            return null;
        }
    }
}
