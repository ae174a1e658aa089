using System.Globalization;
using NewsApi.Analysis;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Facts.Quotes;
using NewsApi.Analysis.Summarization;

namespace NewsApi.Eval.Quotes;

/// <summary>
/// Scores the analyzer's quotes against the labels. A predicted quote matches a labelled span when they overlap by at
/// least half of the longer one (each span used once). Found = direct quotes matched; precision = predicted quotes
/// that match a direct quote (a scare quote or title reported as a quote counts against it); speaker right = the
/// speaker party's name or one of its aliases equals the canonical speaker (case and spacing ignored; a name that ends
/// in it after a title counts), or both are empty. "found and right" is the end-to-end figure: direct quotes found with the right speaker.
/// </summary>
internal static class QuoteScoring
{
    /// <summary>
    /// The default analyzer, or (for an ablation) exactly the default objects with some quote sieves switched off.
    /// </summary>
    public static ArticleAnalyzer Analyzer(QuoteSieves sieves) => sieves == QuoteSieves.All
        ? ArticleAnalyzer.CreateDefault()
        : new ArticleAnalyzer(RankerRegistry.CreateDefault(), new FigureExtractor(), new DateExtractor(), new PartyExtractor(), new QuoteExtractor(new QuoteExtractorOptions { Sieves = sieves }));

    /// <summary>What each sieve buys: found-and-right with all sieves, then with each one switched off.</summary>
    public static int Ablate(List<LabelledDocument> docs)
    {
        Console.WriteLine("| sieves | found and right, folds 1-4 | fold 5 | all |");
        Console.WriteLine("|---|---:|---:|---:|");
        var variants = new List<(string, QuoteSieves)> { ("all", QuoteSieves.All) };
        variants.AddRange(Enum.GetValues<QuoteSieves>().Where(v => v is not (QuoteSieves.None or QuoteSieves.All)).Select(v => ("without " + v, QuoteSieves.All & ~v)));
        variants.Add(("cue only", QuoteSieves.Cue));
        foreach (var (name, sieves) in variants)
        {
            var row = Score(docs, 0, [], sieves).Right;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {row.Development:0.000} | {row.PerFold[Folds.Count - 1]:0.000} | {row.All:0.000} |"));
        }

        return 0;
    }

    public static int Run(List<LabelledDocument> docs, int errors, string errorFolds, QuoteSieves sieves = QuoteSieves.All)
    {
        var showFolds = errorFolds.Split(',').Select(int.Parse).ToHashSet();
        var (rows, summary, _) = Score(docs, errors, showFolds, sieves);
        Console.WriteLine(summary);
        Folds.Print("Quotes", rows);
        return 0;
    }

    private static (List<FoldRow> Rows, string Summary, FoldRow Right) Score(List<LabelledDocument> docs, int errors, HashSet<int> showFolds, QuoteSieves sieves)
    {
        var analyzer = Analyzer(sieves);
        var gold = new int[Folds.Count];
        var found = new double[Folds.Count];
        var right = new double[Folds.Count];
        var predicted = new int[Folds.Count];
        var correctPredicted = new double[Folds.Count];
        var attributedGold = new int[Folds.Count];
        var attributedRight = new double[Folds.Count];
        var shown = 0;
        var classes = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (var position = 0; position < docs.Count; position++)
        {
            var doc = docs[position];
            var fold = Folds.Of(position) - 1;
            var analysis = analyzer.Analyze(new ArticleInput(doc.Title, doc.Body, null));
            var parties = analysis.Facts.Parties.ToLookup(p => p.Key);
            var quotes = analysis.Facts.Quotes;
            var used = new bool[quotes.Count];
            predicted[fold] += quotes.Count;
            foreach (var span in doc.Spans)
            {
                var match = BestMatch(span, quotes, used);
                if (!span.IsQuote)
                {
                    continue;
                }

                gold[fold]++;
                attributedGold[fold] += span.Speaker is null ? 0 : 1;
                var counts = ClassCounts(classes, ClassOf(span));
                counts[fold == Folds.Count - 1 ? 2 : 0]++;
                if (match < 0)
                {
                    Show(ref shown, errors, showFolds, fold, doc, $"MISSED  [{span.Speaker ?? "-"}] {Clip(span.Text)}");
                    continue;
                }

                found[fold]++;
                correctPredicted[fold]++;
                var quote = quotes[match];
                var ok = SpeakerIsRight(span.Speaker, quote.SpeakerKey is null ? [] : parties[quote.SpeakerKey].ToList());
                if (ok)
                {
                    counts[fold == Folds.Count - 1 ? 3 : 1]++;
                    right[fold]++;
                    attributedRight[fold] += span.Speaker is null ? 0 : 1;
                }
                else
                {
                    Show(ref shown, errors, showFolds, fold, doc, $"SPEAKER gold [{span.Speaker ?? "-"}] ({span.SpeakerMention ?? "-"}) got [{quote.Speaker ?? "-"}] {Clip(span.Text)}");
                }
            }

            for (var i = 0; i < quotes.Count; i++)
            {
                if (!used[i])
                {
                    Show(ref shown, errors, showFolds, fold, doc, $"EXTRA   [{quotes[i].Speaker ?? "-"}] {Clip(quotes[i].Text)}");
                }
            }
        }

        // Precision counts the quotes matched to a direct quote; a match to a labelled non-quote is a false positive.
        var summary = $"{docs.Count} documents, {gold.Sum()} direct quotes ({attributedGold.Sum()} with a speaker), {predicted.Sum()} predicted\n"
            + $"direct quotes per fold: {string.Join(", ", gold)}\n"
            + "found and right by how the speaker is written (folds 1-4 / fold 5): "
            + string.Join(", ", classes.Select(c => $"{c.Key} {c.Value[1]}/{c.Value[0]} | {c.Value[3]}/{c.Value[2]}"));
        var rightRow = FoldRow.FromMeans("found and right speaker", right, gold);
        List<FoldRow> rows = [
            FoldRow.FromMeans("found (recall)", found, gold),
            FoldRow.FromMeans("precision", correctPredicted, predicted),
            rightRow,
            FoldRow.FromMeans("right speaker, of found", right, found.Select(f => (int)f).ToArray()),
            FoldRow.FromMeans("right, quotes with a speaker", attributedRight, attributedGold),
        ];
        return (rows, summary, rightRow);
    }

    /// <summary>
    /// How the gold speaker is written nearest the quote: "named" (the full name), "surname" (a short form, title or
    /// alias: "Hamilton", "Professor Eastman", "KCNA"), "pronoun", "nominal" ("the spokesman"), "continuation" (no
    /// mention: the quote goes on from the previous speaker) or "none" (no speaker).
    /// </summary>
    internal static string ClassOf(LabelledSpan span)
    {
        if (span.Speaker is null)
        {
            return "none";
        }

        if (span.SpeakerMention is not { } mention)
        {
            return "continuation";
        }

        if (mention is "he" or "He" or "she" or "She" or "it" or "It" or "they" or "They")
        {
            return "pronoun";
        }

        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[0] is "the" or "The" or "a" or "A" or "an" or "An" or "one" or "One" && char.IsLower(words[1][0]))
        {
            return "nominal";
        }

        var (m, s) = (Normalize(mention), Normalize(span.Speaker));
        return m == s || m.EndsWith(" " + s, StringComparison.Ordinal) ? "named" : "surname";
    }

    private static int[] ClassCounts(SortedDictionary<string, int[]> classes, string name)
    {
        if (!classes.TryGetValue(name, out var counts))
        {
            classes[name] = counts = new int[4];
        }

        return counts;
    }

    private static int BestMatch(LabelledSpan span, IReadOnlyList<Quote> quotes, bool[] used)
    {
        var best = -1;
        var bestOverlap = 0;
        for (var i = 0; i < quotes.Count; i++)
        {
            var overlap = Math.Min(span.End, quotes[i].End) - Math.Max(span.Start, quotes[i].Start);
            var longer = Math.Max(span.End - span.Start, quotes[i].End - quotes[i].Start);
            if (!used[i] && overlap * 2 >= longer && overlap > bestOverlap)
            {
                best = i;
                bestOverlap = overlap;
            }
        }

        if (best >= 0)
        {
            used[best] = true;
        }

        return best;
    }

    /// <summary>The parties carrying the quote's speaker key (keys are not always unique within one analysis).</summary>
    private static bool SpeakerIsRight(string? gold, List<Party> parties)
    {
        if (gold is null || parties.Count == 0)
        {
            return gold is null && parties.Count == 0;
        }

        // A party named with its title ("NASA Administrator Charles Bolden") is the right person when the name ends in the
        // canonical one: the speaker is right, the party's naming is another extractor's concern.
        var want = Normalize(gold);
        return parties.Any(p => Normalize(p.Name) == want || Normalize(p.Name).EndsWith(" " + want, StringComparison.Ordinal) || p.Aliases.Any(a => Normalize(a) == want));
    }

    private static string Normalize(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string Clip(string text) => text.Length <= 90 ? text : text[..87] + "...";

    private static void Show(ref int shown, int errors, HashSet<int> folds, int fold, LabelledDocument doc, string line)
    {
        if (shown < errors && folds.Contains(fold + 1))
        {
            shown++;
            Console.WriteLine($"fold {fold + 1} {doc.Doc}: {line}");
        }
    }
}
