using System.Text.RegularExpressions;
using CollectionSite.Tests.Fakes;
using Microsoft.Playwright;

namespace CollectionSite.Tests.Browser;

/// <summary>
/// The demo site as a visitor gets it: `build --demo`, the real Hugo with warnings as errors and a sub-path baseURL
/// (a GitHub Pages project site), served by <see cref="StaticSiteServer"/> and driven in Debian's Chromium. One site
/// and one browser for the whole fixture; each test opens its own context (fresh history, cookies and cache).
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("Browser")]
[Category("Hugo")]
[Category("Kestrel")]
public sealed partial class SiteInBrowserTests
{
    private const string SubPath = "/my-collection";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private StaticSiteServer server = null!;
    private string scratch = null!;
    private IReadOnlyList<DemoAlbum> albums = [];

    [OneTimeSetUp]
    public async Task BuildAndServeDemoSite()
    {
        (playwright, browser) = await Chromium.LaunchAsync();
        scratch = TestPaths.NewScratchFolder("site-browser");
        var site = Path.Combine(scratch, "site");
        var publish = Path.Combine(scratch, "public");
        server = await StaticSiteServer.StartAsync(publish, SubPath);

        using (var run = CliProcess.Start(scratch, new Dictionary<string, string>(), "build", "--demo", "--output", site, "--state", Path.Combine(scratch, "state")))
        {
            var exit = await run.WaitAsync(RunTimeout);
            Assert.That(exit, Is.Zero, run.Output + run.Error);
        }

        var (hugoExit, hugoOutput) = await HugoCli.RunAsync(
            site, "--source", site, "-d", publish, "--printPathWarnings", "--panicOnWarning", "--cacheDir", Path.Combine(scratch, "hugo-cache"), "--baseURL", server.BaseUrl);
        Assert.That(hugoExit, Is.Zero, hugoOutput);
        albums = DemoAlbums.Read(site);
        Assert.That(albums, Has.Count.GreaterThan(20), "the demo has enough albums to filter");
    }

    [OneTimeTearDown]
    public async Task StopAll()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (scratch is not null && Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private string AlbumsUrl => server.BaseUrl + "albums/";

    /// <summary>A page in a new context <paramref name="width"/> pixels wide, with every request and every console
    /// error or uncaught exception recorded.</summary>
    private async Task<Visit> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var visit = new Visit(context, page);
        page.Request += (_, request) => visit.Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                visit.Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => visit.Errors.Add(error);
        return visit;
    }

    /// <summary>Opens /albums/ (optionally with a query) and waits until the browse view has replaced the plain grid.</summary>
    private async Task<Visit> OpenBrowseAsync(string query = "")
    {
        var visit = await OpenAsync();
        await visit.Page.GotoAsync(AlbumsUrl + query);
        await WaitForBrowseAsync(visit.Page);
        return visit;
    }

    private static Task WaitForBrowseAsync(IPage page) =>
        page.Locator(".finder-results[data-count]").WaitForAsync();

    private static async Task<int> ResultCountAsync(IPage page) =>
        int.Parse(await page.Locator(".finder-results").GetAttributeAsync("data-count") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<IReadOnlyList<string>> CardTitlesAsync(IPage page) =>
        page.Locator(".finder-results .card-title").AllTextContentsAsync();

    /// <summary>Album slugs the result cards link to, from their hrefs.</summary>
    private static async Task<IReadOnlyList<string>> CardSlugsAsync(IPage page)
    {
        var hrefs = await page.Locator(".finder-results .card-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return [.. hrefs.Select(href => AlbumSlug().Match(href).Groups["slug"].Value)];
    }

    [GeneratedRegex("/albums/(?<slug>[^/]+)/$")]
    private static partial Regex AlbumSlug();

    /// <summary>One browser context and its page, with what it requested and the errors it logged.</summary>
    private sealed class Visit(IBrowserContext context, IPage page) : IAsyncDisposable
    {
        public IPage Page { get; } = page;

        public List<string> Requests { get; } = [];

        public List<string> Errors { get; } = [];

        public ValueTask DisposeAsync() => context.DisposeAsync();
    }
}
