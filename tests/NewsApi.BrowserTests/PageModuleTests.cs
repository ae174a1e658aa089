using NewsApi.BrowserTests.Infrastructure;

namespace NewsApi.BrowserTests;

/// <summary>
/// The page's date arithmetic, run in the browser that runs the page (the modules are plain ES modules, imported
/// here as the page imports them): the overview's window and the calendar's months.
/// </summary>
[Collection(PageCollection.Name)]
public sealed class PageModuleTests(PageFixture page)
{
    private string Run(string module, string expression)
    {
        if (!page.Driver.Url.StartsWith(page.BaseAddress.ToString(), StringComparison.Ordinal))
        {
            page.Open("#/analyze"); // any view: the modules are fetched relative to the page
        }

        var result = page.Driver.ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1];" +
            $"import('./{module}').then((m) => done(String({expression})), (e) => done('error: ' + e));");
        return Convert.ToString(result, System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    [Theory]
    [InlineData("2013-09-10", "2026-12-06", "2013-09-10 true 2013-09-04..2013-09-10 2013-08-28..2013-09-03")] // old data: ends at the newest article
    [InlineData("2026-12-06", "2026-12-06", "2026-12-06 false 2026-11-30..2026-12-06 2026-11-23..2026-11-29")] // current data: ends today
    [InlineData("2027-01-01", "2026-12-06", "2026-12-06 false 2026-11-30..2026-12-06 2026-11-23..2026-11-29")] // a future date does not move the window
    [InlineData("2024-03-02", "2026-12-06", "2024-03-02 true 2024-02-25..2024-03-02 2024-02-18..2024-02-24")] // across a leap day
    [InlineData("", "2026-12-06", "2026-12-06 false 2026-11-30..2026-12-06 2026-11-23..2026-11-29")] // no articles
    public void Overview_window(string newest, string today, string expected)
    {
        var actual = Run("views/overview.js",
            $"(w => `${{w.end}} ${{w.endsAtNewest}} ${{w.week.from}}..${{w.week.to}} ${{w.previous.from}}..${{w.previous.to}}`)(m.overviewWindow('{newest}', '{today}'))");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("monthBounds('2013-09').last", "2013-09-30")]
    [InlineData("monthBounds('2013-02').last", "2013-02-28")]
    [InlineData("monthBounds('2012-02').last", "2012-02-29")]
    [InlineData("monthBounds('2013-12').last", "2013-12-31")]
    [InlineData("addMonths('2013-12', 1)", "2014-01")]
    [InlineData("addMonths('2013-01', -1)", "2012-12")]
    [InlineData("isoWeekday('2013-09-02')", "0")] // a Monday
    [InlineData("isoWeekday('2013-09-01')", "6")] // a Sunday
    [InlineData("addDays('2013-03-31', -31)", "2013-02-28")]
    [InlineData("addDays('2013-12-31', 1)", "2014-01-01")]
    [InlineData("addDays('2013-03-31', 0)", "2013-03-31")]
    public void Calendar_arithmetic(string expression, string expected) =>
        Assert.Equal(expected, Run("days.js", $"m.{expression}"));
}
