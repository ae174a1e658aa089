using System.Text;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Facts.Figures;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>Inputs that would blow up a backtracking matcher; they must simply finish (guarded by a generous timeout, no timing assertion).</summary>
public sealed class PathologicalInputTests
{
    public static TheoryData<string> Inputs() =>
    [
        string.Concat(Enumerable.Repeat("1,", 10_000)),
        new string('A', 10_000),
        new string('.', 10_000),
        string.Concat(Enumerable.Repeat("one hundred and ", 3_000)),
        string.Concat(Enumerable.Repeat("1-", 10_000)),
        string.Concat(Enumerable.Repeat("1 in ", 5_000)) + "2",
        string.Concat(Enumerable.Repeat("twenty-", 5_000)),
        string.Concat(Enumerable.Repeat("August 21 ", 3_000)),
        string.Concat(Enumerable.Repeat("$1.2bn-", 3_000)),
        string.Concat(Enumerable.Repeat("000 ", 5_000)),
        new string('9', 10_000) + " days ago",
        "123456789101231 years ago, 99999999999 weeks ago, 1e999999 and 2^99999 and Q9 99999",
        string.Concat(Enumerable.Repeat("1,", 100_000)),
        new string('$', 100_000),
        new string('%', 100_000),
        new string('9', 100_000) + "%",
        string.Concat(Enumerable.Repeat("1$", 50_000)),
        string.Concat(Enumerable.Repeat("5 % ", 20_000)),
        string.Concat(Enumerable.Repeat("1°", 50_000)),
        string.Concat(Enumerable.Repeat("US$ C$ ", 20_000)) + "5",
        string.Concat(Enumerable.Repeat("USD1", 30_000)),
        string.Concat(Enumerable.Repeat("1km2km2", 20_000)),
        string.Concat(Enumerable.Repeat("5 dollars and 5 cents and ", 10_000)),
        string.Concat(Enumerable.Repeat("more than 1 and less than 2 and ", 10_000)),
        string.Concat(Enumerable.Repeat("5 feet 2 inches ", 10_000)),
        string.Concat(Enumerable.Repeat("12,34,56,78,", 20_000)),
        string.Concat(Enumerable.Repeat("1 or more or ", 20_000)),
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Completes(string input)
    {
        var work = Task.Run(() =>
        {
            var context = new ExtractionContext(TextDocument.Parse(input), new DateOnly(2013, 9, 6));
            var figures = new FigureExtractor().Extract(context);
            var dates = new DateExtractor().Extract(context);
            foreach (var f in figures)
            {
                Assert.Equal(f.Text, input[f.Start..f.End]);
            }

            return figures.Count + dates.Count;
        });
        var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(work, finished);
        await work;
    }
}
