using CollectionSite.Cli;
using CollectionSite.Statistics;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Spectre.Console;

namespace CollectionSite.Tests.Browser;

/// <summary>
/// The demo site's /stats/ in Chromium, served under a sub-path: the numbers on the page are the `stats --json`
/// command's (run in-process on the same state), every chart is an accessible SVG, nothing is requested from another
/// host, the console stays clean; screenshots at desktop and phone widths.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("Browser")]
[Category("Hugo")]
public sealed class StatsPageBrowserTests
{
    private string folder = null!;
    private StaticSiteServer server = null!;
    private CollectionStatistics expected = null!;

    [OneTimeSetUp]
    public async Task BuildDemoSite()
    {
        folder = TestPaths.NewScratchFolder("stats-browser");
        var site = Path.Combine(folder, "site");
        var state = Path.Combine(folder, "state");
        var publish = Directory.CreateDirectory(Path.Combine(folder, "public")).FullName;
        var (buildExit, buildOutput) = await RunCliAsync("build", "--demo", "--output", site, "--state", state);
        Assert.That(buildExit, Is.Zero, buildOutput);
        var (statsExit, json) = await RunCliAsync("stats", "--demo", "--json", "--state", state);
        Assert.That(statsExit, Is.Zero, json);
        expected = StatisticsJson.Deserialize(json);

        server = await StaticSiteServer.StartAsync(publish, "/collection/");
        var (hugoExit, hugoOutput) = await HugoCli.RunAsync(
            site, "--source", site, "--printPathWarnings", "--panicOnWarning", "--cacheDir", Path.Combine(folder, "hugo-cache"), "-d", publish, "--baseURL", server.BaseUri.ToString());
        Assert.That(hugoExit, Is.Zero, hugoOutput);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        await server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task StatsPage_ShowsTheStatsCommandsNumbers_WithAccessibleChartsAndNoForeignRequests()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var errors = new List<string>();
            // Chromium asks for /favicon.ico at the host root by itself when a page declares no icon; that root is not
            // the site's (it lives under /collection/), so that one request is the browser's, not the site's.
            page.Console += (_, message) =>
            {
                if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                {
                    errors.Add($"{message.Text} ({message.Location})");
                }
            };
            page.PageError += (_, error) => errors.Add(error);
            server.Watch(page);

            var response = await page.GotoAsync(server.Url("stats/"));
            await Chromium.ScreenshotAsync(page, "stats-desktop");
            await page.SetViewportSizeAsync(390, 844);
            await Chromium.ScreenshotAsync(page, "stats-phone");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            await Chromium.ScreenshotAsync(page, "stats-phone-dark");

            var totals = await page.EvaluateAsync<Dictionary<string, int>>(
                "() => Object.fromEntries([...document.querySelectorAll('[data-stat]')].map(li => [li.dataset.stat, Number(li.querySelector('.stat-value').textContent)]))");
            var charts = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('svg[role=img]')].map(svg => svg.querySelector(':scope > title')?.textContent && svg.querySelector(':scope > desc')?.textContent ? 'ok' : svg.outerHTML.slice(0, 80))");
            Assert.Multiple(async () =>
            {
                Assert.That(response!.Status, Is.EqualTo(200));
                Assert.That(totals, Is.EquivalentTo(new Dictionary<string, int>
                {
                    ["copies"] = expected.Totals.Copies,
                    ["releases"] = expected.Totals.Releases,
                    ["artists"] = expected.Totals.Artists,
                    ["labels"] = expected.Totals.Labels,
                }));
                foreach (var (key, breakdown) in Breakdowns(expected))
                {
                    Assert.That(await TableAsync(page, $"table[data-breakdown='{key}']"), Is.EqualTo(breakdown.Top.Select(t => $"{t.Name}={t.Releases}")), key);
                }

                Assert.That(await TableAsync(page, "table[data-months='added']"), Is.EqualTo(expected.Months.Select(m => $"{m.Month}={m.Added}")));
                Assert.That(await TableAsync(page, "table[data-months='total']"), Is.EqualTo(expected.Months.Select(m => $"{m.Month}={m.Total}")));
                Assert.That(charts, Has.Length.EqualTo(9).And.All.EqualTo("ok"));
                Assert.That(errors, Is.Empty, "console errors");
                Assert.That(server.Foreign, Is.Empty, "requests to other hosts");
                Assert.That(server.Served.Where(line => !line.StartsWith("200 ", StringComparison.Ordinal) && line != "404 /favicon.ico"), Is.Empty, "every request answered 200");
                Assert.That(server.Served, Has.Some.EndsWith("/collection/css/stats.css"));
            });
        }
    }

    private static IEnumerable<(string Key, Breakdown Breakdown)> Breakdowns(CollectionStatistics s) =>
    [
        ("genres", s.Genres), ("styles", s.Styles), ("formats", s.Formats), ("decades", s.Decades),
        ("labels", s.Labels), ("countries", s.Countries), ("artists", s.Artists),
    ];

    /// <summary>A data table's body rows as "row header=value", read from the rendered page (hidden in &lt;details&gt; or not).</summary>
    private static Task<string[]> TableAsync(IPage page, string selector) =>
        page.EvaluateAsync<string[]>(
            "selector => [...document.querySelectorAll(selector + ' tbody tr')].map(r => r.querySelector('th').textContent + '=' + r.querySelector('td').textContent)",
            selector);

    private static async Task<(int Exit, string Output)> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var exit = await CliApplication.RunAsync(args, console, error, CancellationToken.None);
        return (exit, output + error.ToString());
    }
}
