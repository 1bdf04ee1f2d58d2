using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CollectionSite.Tests.Browser;

/// <summary>The site's pages in Chromium: own host only, no console errors, no layout shift, keyboard focus,
/// the album page's parts, the 404 page, and screenshots at desktop and phone widths.</summary>
public sealed partial class SiteInBrowserTests
{
    private static readonly int[] Widths = [1280, 390];

    // Sums the layout shifts the page has had (buffered), the way Core Web Vitals' CLS counts them.
    private const string LayoutShiftScript = """
        () => new Promise(resolve => {
          let total = 0;
          new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        })
        """;

    [Test]
    public async Task Tour_AtDesktopAndPhoneWidths_OnlyItsOwnHostNoErrorsNoLayoutShift()
    {
        var album = albums.OrderByDescending(a => a.Added).First(a => a.Artist.Length > 0);
        var artist = Directory.GetDirectories(Path.Combine(scratch, "public", "artists")).Select(Path.GetFileName).First(name => name != "page");
        var pages = new (string Name, string Path)[]
        {
            ("home", string.Empty), ("albums", "albums/"), ("album", $"albums/{album.Slug}/"), ("artist", $"artists/{artist}/"),
            ("genre", $"genres/{albums.First(a => a.Genres.Count > 0).Genres[0]}/"),
        };
        var host = new Uri(server.BaseUrl).Authority;
        var shifts = new Dictionary<string, double>();

        foreach (var width in Widths)
        {
            await using var visit = await OpenAsync(width, 844);
            foreach (var (name, path) in pages)
            {
                var response = await visit.Page.GotoAsync(server.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                Assert.That(response?.Status, Is.EqualTo(200), path);
                if (name == "albums")
                {
                    await WaitForBrowseAsync(visit.Page);
                }
                else
                {
                    shifts[$"{name}@{width}"] = await visit.Page.EvaluateAsync<double>(LayoutShiftScript);
                }

                await Chromium.ScreenshotAsync(visit.Page, $"{name}-{width.ToString(CultureInfo.InvariantCulture)}");
            }

            Assert.Multiple(() =>
            {
                Assert.That(visit.Requests.Select(url => new Uri(url).Authority).Distinct(), Is.EqualTo(new[] { host }), "no request to any other host");
                Assert.That(visit.Requests, Has.All.StartWith(server.BaseUrl), "everything under the sub-path");
                Assert.That(visit.Errors, Is.Empty, "console errors and uncaught exceptions");
            });
        }

        Assert.That(shifts, Has.All.Matches<KeyValuePair<string, double>>(s => s.Value < 0.01), string.Join(", ", shifts));
    }

    [Test]
    public async Task AlbumPage_SizedCoverNeighboursArtistLinkAndAbsoluteSocialImage()
    {
        var ordered = albums.OrderBy(a => a.Added).ToList();
        var album = ordered[ordered.Count / 2];
        await using var visit = await OpenAsync();

        await visit.Page.GotoAsync($"{server.BaseUrl}albums/{album.Slug}/");

        var cover = visit.Page.Locator("img.cover");
        var title = await visit.Page.TextContentAsync("h1");
        var size = await cover.EvaluateAsync<string>("img => img.getAttribute('width') + 'x' + img.getAttribute('height')");
        var srcset = await cover.GetAttributeAsync("srcset");
        var ogImage = await visit.Page.Locator("meta[property='og:image']").GetAttributeAsync("content");
        var previous = await visit.Page.Locator(".album-nav a[rel=prev]").GetAttributeAsync("href");
        var next = await visit.Page.Locator(".album-nav a[rel=next]").GetAttributeAsync("href");
        var artistLinks = await visit.Page.Locator($".facts a[href^='{SubPath}/artists/']").CountAsync();
        Assert.Multiple(() =>
        {
            Assert.That(title, Is.EqualTo(album.Title));
            Assert.That(size, Does.Match("^[1-9][0-9]*x[1-9][0-9]*$"), "width and height set");
            Assert.That(srcset, Does.Contain(" 300w"));
            Assert.That(ogImage, Does.StartWith($"{server.BaseUrl}albums/{album.Slug}/cover-").And.EndWith(".jpg"));
            Assert.That(previous, Is.EqualTo($"{SubPath}/albums/{ordered[(ordered.Count / 2) - 1].Slug}/"), "added just before");
            Assert.That(next, Is.EqualTo($"{SubPath}/albums/{ordered[(ordered.Count / 2) + 1].Slug}/"), "added just after");
            Assert.That(artistLinks, Is.GreaterThan(0), "links its artist page");
        });
    }

    [Test]
    public async Task Keyboard_FirstTab_FocusesTheSkipLinkWithAVisibleOutline()
    {
        await using var visit = await OpenAsync();
        await visit.Page.GotoAsync(server.BaseUrl);

        await visit.Page.Keyboard.PressAsync("Tab");

        var focused = visit.Page.Locator(":focus");
        await Expect(focused).ToHaveClassAsync("skip-link");
        var outline = await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
        Assert.That(outline, Does.StartWith("solid").And.Not.EndWith(" 0px"));
    }

    [Test]
    public async Task MissingPage_Gets404PageWithLinksUnderTheSubPath()
    {
        await using var visit = await OpenAsync();

        var response = await visit.Page.GotoAsync(server.BaseUrl + "albums/no-such-album/");

        Assert.That(response?.Status, Is.EqualTo(404));
        await Expect(visit.Page.Locator("h1")).ToHaveTextAsync("Page not found");
        Assert.That(await visit.Page.Locator("main a").First.GetAttributeAsync("href"), Is.EqualTo(SubPath + "/"));
    }
}
