using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>
/// Search snippets are cut from the stored text in C# (<see cref="FullTextQuery.Snippet"/>); on SQLite they must be
/// exactly what FTS5's <c>snippet()</c> gave for the same row and query, so these compare the two on an FTS5 table of
/// the service's definition.
/// </summary>
public sealed class SearchSnippetTests
{
    private static readonly (string Title, string Body)[] Articles =
    [
        ("Harbour ferry resumes", "The harbour ferry resumed service on Monday. Officials said the harbour would stay open: crews worked overnight to clear debris from the harbour mouth. Passengers welcomed the news, and the ferry company promised extra sailings at the weekend. A spokesperson for the port authority said repairs to the quay would take another month, and that the harbour master would publish a timetable."),
        ("Café owners protest rent rise", "Owners of the Café Étoile and three other cafés gathered outside the town hall. The café owners said the rent rise, approved last week, would force some of them to close. The mayor's office said it would review the decision.\n\nCafe culture is part of the town's identity, one protester said: without it the square would be empty."),
        ("Brief note", "Rain expected."),
        ("Markets", "Shares in U.S. lenders rose 3.5 per cent after the e-mail from the central bank. Traders said the rise was the largest this year; the U.S. index closed higher. Analysts expect the rise to continue. Per cent changes were larger in smaller lenders, which said nothing."),
        ("Ferry timetable", "New times."),
        ("Long report", string.Join(" ", Enumerable.Range(1, 12).Select(i => $"Paragraph {i} says the council met again. Members debated the budget for item {i}: the vote was close. The harbour was mentioned once in paragraph {i * 7}."))),
    ];

    [Theory]
    [InlineData("harbour")]
    [InlineData("harbou*")]
    [InlineData("\"harbour ferry\"")]
    [InlineData("title:ferry")]
    [InlineData("body:ferry")]
    [InlineData("ferry NOT quay")]
    [InlineData("harbour OR café")]
    [InlineData("cafe")]
    [InlineData("CAFÉ")]
    [InlineData("\"café owners\"")]
    [InlineData("rent AND mayor")]
    [InlineData("(rent AND nothing) OR mayor")]
    [InlineData("mayor NOT (rent AND \"town square\")")]
    [InlineData("(rent AND \"square town\") OR mayor")]
    [InlineData("U.S.")]
    [InlineData("\"per cent\"")]
    [InlineData("rain")]
    [InlineData("the")]
    [InlineData("said")]
    [InlineData("\"the harbour\" OR harbour")]
    [InlineData("harbour harbour")]
    [InlineData("council budget")]
    [InlineData("paragraph")]
    [InlineData("\"the vote\"*")]
    [InlineData("title:(ferry OR note) OR rain")]
    [InlineData("e")]
    [InlineData("1")]
    public void Snippets_are_the_ones_fts5_gives(string q)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');");
        foreach (var (title, body) in Articles)
        {
            connection.Execute("INSERT INTO t(title, body) VALUES (@title, @body);", new { title, body });
        }

        var query = FullTextQuery.Parse(q);
        var rows = connection.Query<(string Title, string Body, string Snippet)>(
            "SELECT title, body, snippet(t, -1, char(1), char(2), '…', 24) FROM t WHERE t MATCH @q;", new { q = query.ToFts5() }).AsList();

        Assert.NotEmpty(rows);
        foreach (var (title, body, snippet) in rows)
        {
            Assert.Equal(snippet, query.Snippet(title, body, foldDiacritics: true));
        }
    }

    /// <summary>
    /// Generated texts of many lengths, so tokens fall across every 64-character block of the tokenizer's bit mask, with
    /// letters outside ASCII that fold to a query's word (Zürich, ſtreet), ones that do not (Москва), and separators
    /// outside ASCII (no-break space, ’, —).
    /// </summary>
    [Theory]
    [InlineData("harbour")]
    [InlineData("harbou*")]
    [InlineData("zurich")]
    [InlineData("zür*")]
    [InlineData("street")]
    [InlineData("s*")]
    [InlineData("москва")]
    [InlineData("\"the harbour\"")]
    [InlineData("cafe OR ferry")]
    [InlineData("naive NOT ferry")]
    [InlineData("1")]
    public void Snippets_of_generated_texts_are_the_ones_fts5_gives(string q)
    {
        string[] words = ["harbour", "Harbour", "HARBOUR", "harbours", "café", "Cafe", "Zürich", "zurich", "ZÜRICH", "naïve", "ferry", "the",
            "The", "ſtreet", "street", "Москва", "U.S.", "e-mail", "1,400", "said", "on", "a", "Streets"];
        string[] separators = [" ", " ", " ", ". ", ": ", ", ", "\u00A0", "’", " — ", "\n\n"];
        var random = new Random(7);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');");
        for (var article = 0; article < 60; article++)
        {
            var body = new System.Text.StringBuilder();
            for (var token = random.Next(1, 40 + (article * 8)); token > 0; token--)
            {
                body.Append(words[random.Next(words.Length)]).Append(separators[random.Next(separators.Length)]);
            }

            connection.Execute("INSERT INTO t(title, body) VALUES (@title, @body);", new { title = $"Report {article}: {words[random.Next(words.Length)]}", body = body.ToString() });
        }

        var query = FullTextQuery.Parse(q);
        var rows = connection.Query<(string Title, string Body, string Snippet)>(
            "SELECT title, body, snippet(t, -1, char(1), char(2), '…', 24) FROM t WHERE t MATCH @q;", new { q = query.ToFts5() }).AsList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(row.Snippet, query.Snippet(row.Title, row.Body, foldDiacritics: true)));
    }

    [Fact]
    public void Without_folding_diacritics_only_the_same_letters_are_marked()
    {
        const string Body = "Cafe prices rose. The café owners met.";

        Assert.Equal("Cafe prices rose. The \u0001café\u0002 owners met.", FullTextQuery.Parse("café").Snippet("Prices", Body, foldDiacritics: false));
        Assert.Equal("\u0001Cafe\u0002 prices rose. The \u0001café\u0002 owners met.", FullTextQuery.Parse("café").Snippet("Prices", Body, foldDiacritics: true));
    }

    [Fact]
    public void Letters_fold_as_the_fts5_tokenizer_folds_them()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2');");
        connection.Execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance);");
        var letters = Enumerable.Range(0xC0, 0x250 - 0xC0).Concat(Enumerable.Range(0x1E00, 0x100)).Select(c => (char)c).Where(c => !FullTextQuery.IsSeparator(c)).ToList();
        foreach (var c in letters)
        {
            connection.Execute("INSERT INTO t(rowid, x) VALUES (@id, @x);", new { id = (long)c, x = $"q{c}z" });
        }

        // Each one-token row's term is the folded word: the snippet for it must mark the row's whole text.
        var terms = connection.Query<(string Term, long Doc)>("SELECT term, doc FROM v;").ToLookup(r => r.Doc, r => r.Term);
        var wrong = letters.Where(c => terms[c].Count() == 1
            && FullTextQuery.Parse(terms[c].Single()).Snippet("", $"q{c}z", foldDiacritics: true) != $"\u0001q{c}z\u0002").ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void A_short_body_is_shown_whole_and_a_cut_one_ends_in_an_ellipsis()
    {
        Assert.Equal("\u0001Rain\u0002 expected.", FullTextQuery.Parse("rain").Snippet("Brief note", "Rain expected.", foldDiacritics: true));

        var cut = FullTextQuery.Parse("harbour").Snippet(Articles[0].Title, Articles[0].Body, foldDiacritics: true);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.Equal(24, FullTextQuery.Words(cut).Count);
    }
}
