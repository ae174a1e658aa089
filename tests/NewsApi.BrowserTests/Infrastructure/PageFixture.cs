using System.Drawing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using System.Diagnostics.CodeAnalysis;
using OpenQA.Selenium.Support.UI;

namespace NewsApi.BrowserTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PageCollection : ICollectionFixture<PageFixture>
{
    public const string Name = "page";
}

/// <summary>
/// One service and one headless Chromium shared by the browser tests, which only read: the seed article plus one
/// small article this fixture stores itself. Chromium and chromedriver come from Debian's packages
/// (<c>apt-get install -y chromium chromium-driver</c>); nothing is downloaded. When they are missing every test fails
/// with that instruction rather than passing silently.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class PageFixture : IAsyncLifetime
{
    public const string SeedTitle = "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks";
    public const string OtherTitle = "Markets rally in London";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly string _profile = Path.Combine(Path.GetTempPath(), "newsapi-browser-profile", Guid.NewGuid().ToString("N"));
    private PageServer? _server;
    private ChromeDriver? _driver;

    public Uri BaseAddress { get; private set; } = null!;

    public long SeedArticleId { get; private set; }

    public ChromeDriver Driver => _driver ?? throw new InvalidOperationException("The browser did not start.");

    public HttpClient Api { get; } = new();

    public static string ChromiumPath => Environment.GetEnvironmentVariable("NEWSAPI_CHROMIUM") ?? "/usr/bin/chromium";

    public static string ChromeDriverPath => Environment.GetEnvironmentVariable("NEWSAPI_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(ChromeDriverPath))
        {
            await TryInstallFromDebianAsync();
        }

        if (!File.Exists(ChromiumPath) || !File.Exists(ChromeDriverPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium and chromedriver at {ChromiumPath} and {ChromeDriverPath} (missing: " +
                $"{string.Join(", ", new[] { ChromiumPath, ChromeDriverPath }.Where(p => !File.Exists(p)))}). " +
                "Install them with: apt-get update && apt-get install -y chromium chromium-driver " +
                "(or point NEWSAPI_CHROMIUM / NEWSAPI_CHROMEDRIVER at another build).");
        }

        _server = new PageServer();
        BaseAddress = _server.Start();
        Api.BaseAddress = BaseAddress;

        var page = await Api.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK || !html.Contains("app.js", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"GET / answered {(int)page.StatusCode} from {page.RequestMessage?.RequestUri} without the page (src/NewsApi/wwwroot/index.html). " +
                "Program.cs must serve static files: app.UseDefaultFiles(); app.UseStaticFiles(); and no redirect at /.");
        }

        var list = await Api.GetFromJsonAsync<JsonElement>("/api/articles?q=Obama");
        SeedArticleId = list.GetProperty("items").EnumerateArray()
            .Single(a => a.GetProperty("title").GetString() == SeedTitle).GetProperty("id").GetInt64();

        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new
            {
                title = OtherTitle,
                body = "Stocks rose 2% in London on Tuesday, traders said. The FTSE 100 closed at 6,600 points.",
                source = "Example Wire",
                publishedAt = "2013-09-10T16:00:00Z",
            }),
        };
        create.Headers.Add("X-Api-Key", PageServer.ApiKey);
        var created = await Api.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        _driver = StartChromium(_profile);
    }

    /// <summary>
    /// On a Debian machine where the tests run as root (a fresh clone, CI), installs the browser from Debian's
    /// packages so the README's one test command needs nothing installed by hand. Elsewhere it does nothing and the
    /// tests fail with the command to run.
    /// </summary>
    private static async Task TryInstallFromDebianAsync()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get")
            || Environment.GetEnvironmentVariable("NEWSAPI_CHROMIUM") is not null)
        {
            return;
        }

        using var install = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(
            "/bin/sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _ = await install.StandardOutput.ReadToEndAsync();
        _ = await install.StandardError.ReadToEndAsync();
        await install.WaitForExitAsync();
    }

    private static ChromeDriver StartChromium(string profile)
    {
        Directory.CreateDirectory(profile);
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-extensions", "--hide-scrollbars", "--window-size=1400,1000", "--lang=en-GB", $"--user-data-dir={profile}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().AsynchronousJavaScript = Timeout;
        return driver;
    }

    /// <summary>Loads a route of the page from scratch (not a hash change on the previous view).</summary>
    public void Open(string route)
    {
        Driver.Navigate().GoToUrl("about:blank");
        Driver.Navigate().GoToUrl(new Uri(BaseAddress, "/" + route));
    }

    /// <summary>Waits for an element; on time-out the failure shows what the page displayed instead.</summary>
    public IWebElement WaitFor(By by) => WaitFor(by, $"an element {by}");

    public IWebElement WaitFor(By by, string what)
    {
        var wait = new WebDriverWait(Driver, Timeout);
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        try
        {
            return wait.Until(d => d.FindElement(by));
        }
        catch (WebDriverTimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"Timed out waiting for {what} at {Driver.Url}. The page showed:\n{MainText()}");
        }
    }

    public void WaitUntil(Func<bool> condition, string what)
    {
        var wait = new WebDriverWait(Driver, Timeout);
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        try
        {
            wait.Until(_ => condition());
        }
        catch (WebDriverTimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"Timed out waiting until {what} at {Driver.Url}. The page showed:\n{MainText()}");
        }
    }

    /// <summary>Picks an option of a &lt;select&gt; the way a user does (the change event fires).</summary>
    public void Choose(string selectId, string value) =>
        Driver.FindElement(By.Id(selectId)).FindElement(By.CssSelector($"option[value='{value}']")).Click();

    public string SelectedValue(string selectId) => Driver.FindElement(By.Id(selectId)).GetDomProperty("value") ?? "";

    public string MainText()
    {
        try
        {
            return Driver.FindElement(By.Id("main")).Text;
        }
        catch (WebDriverException ex)
        {
            return $"(no #main: {ex.Message})";
        }
    }

    /// <summary>
    /// Saves a PNG and returns its path: of the whole page (the window is stretched to the document height), or, with
    /// a viewport size, of what a window that size shows from the top or from the element <paramref name="from"/>
    /// (the pictures committed for the README).
    /// </summary>
    public string Screenshot(string folder, string name, Size? viewport = null, By? from = null)
    {
        Directory.CreateDirectory(folder);
        // The window size includes the browser's frame: add it so the viewport has the size asked for.
        var frame = Convert.ToInt32(Driver.ExecuteScript("return window.outerHeight - window.innerHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        var height = Convert.ToInt32(Driver.ExecuteScript("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        var original = Driver.Manage().Window.Size;
        Driver.Manage().Window.Size = viewport is { } size
            ? new Size(size.Width, size.Height + frame)
            : new Size(original.Width, Math.Clamp(height + frame, 600, 6000));
        try
        {
            if (from is null)
            {
                Driver.ExecuteScript("window.scrollTo(0, 0);");
            }
            else
            {
                Driver.ExecuteScript("arguments[0].scrollIntoView({ block: 'start' });", Driver.FindElement(from));
            }

            var path = Path.Combine(folder, name);
            Driver.GetScreenshot().SaveAsFile(path);
            return path;
        }
        finally
        {
            Driver.Manage().Window.Size = original;
        }
    }

    public async Task DisposeAsync()
    {
        _driver?.Quit();
        _driver?.Dispose();
        Api.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile; the temp cleaner takes it.
        }
    }
}
