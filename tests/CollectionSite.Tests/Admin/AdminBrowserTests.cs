using System.Text;
using CollectionSite.Hosting;
using CollectionSite.Tests.Browser;
using Microsoft.Playwright;

namespace CollectionSite.Tests.Admin;

/// <summary>
/// The admin in Debian's Chromium against the demo state: curating through the pages changes the rendered site, hostile
/// input stays inert, refusals are clear pages. Screenshots of the main screens go to TestResults/screenshots.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("Browser")]
[Category("Kestrel")]
public sealed class AdminBrowserTests
{
    private AdminWorld world = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        (playwright, browser) = await Chromium.LaunchAsync();
        world = await AdminWorld.StartAsync("admin-browser");
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await world.DisposeAsync();
    }

    [Test, Order(1)]
    public async Task MainScreens_Screenshots()
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(world.Url("/").ToString());
        Assert.That(await page.TextContentAsync("h1"), Is.EqualTo("Dashboard"));
        await Chromium.ScreenshotAsync(page, "admin-dashboard");
        await page.GotoAsync(world.Url("/releases").ToString());
        Assert.That(await page.Locator("tbody tr").CountAsync(), Is.GreaterThan(40));
        await Chromium.ScreenshotAsync(page, "admin-releases");
        await page.GotoAsync(world.Url($"/releases/{AdminWorld.Release}").ToString());
        Assert.That(await page.Locator("section[data-source=apple] tbody tr").CountAsync(), Is.GreaterThan(0), "the rejected candidate is listed");
        await Chromium.ScreenshotAsync(page, "admin-release-detail");
        await page.GotoAsync(world.Url("/retry").ToString());
        await Chromium.ScreenshotAsync(page, "admin-retry-queue");
    }

    [Test]
    public async Task PinCandidate_ThenRerender_AlbumPageLinksThePinnedAlbum()
    {
        var file = await world.AlbumPageAsync(AdminWorld.Release);
        Assert.That(await File.ReadAllTextAsync(file!), Does.Not.Contain("music.apple.com"));
        var page = await browser.NewPageAsync();
        await page.GotoAsync(world.Url($"/releases/{AdminWorld.Release}").ToString());

        await page.Locator("section[data-source=apple] tbody tr").First.GetByRole(AriaRole.Button, new() { Name = "Pin this" }).ClickAsync();
        Assert.That(await page.TextContentAsync(".notice"), Does.Contain($"pin {AdminWorld.PinnedAlbumId}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-render this album" }).ClickAsync();

        Assert.That(await page.TextContentAsync(".notice"), Does.Contain("This album's page was updated"));
        Assert.That(await File.ReadAllTextAsync(file!), Does.Contain("music.apple.com"));
    }

    [Test]
    public async Task SkipRelease_ThenRerender_PageIsPruned()
    {
        const long release = 2004264;
        var file = await world.AlbumPageAsync(release);
        Assert.That(file, Is.Not.Null);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(world.Url($"/releases/{release}").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Skip this release" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-render this album" }).ClickAsync();

        Assert.That(File.Exists(file), Is.False, "the skipped release's page is removed");
        Assert.That(await page.TextContentAsync(".notice"), Does.Contain("no page now"));
    }

    [Test]
    public async Task UploadCover_ThenRerender_BundleHoldsIt()
    {
        const long release = 127166;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(world.Url($"/releases/{release}").ToString());
        var before = Directory.GetFiles(Path.GetDirectoryName((await world.AlbumPageAsync(release))!)!, "cover-*").Select(File.ReadAllBytes).ToList();

        await page.Locator("input[type=file]").SetInputFilesAsync(Path.Combine(Fakes.TestPaths.RepositoryRoot, "src", "CollectionSite", "Demo", "Data", "artwork", "releases", "8067164.jpg"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        Assert.That(await page.TextContentAsync(".notice"), Does.Contain("image /"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-render this album" }).ClickAsync();

        var bundle = Path.GetDirectoryName((await world.AlbumPageAsync(release))!)!;
        var after = Directory.GetFiles(bundle, "cover-*").Select(File.ReadAllBytes).ToList();
        Assert.That(after, Is.Not.Empty);
        Assert.That(after.Any(bytes => !before.Any(b => b.SequenceEqual(bytes))), Is.True, "a new cover is in the bundle");
        Assert.That(await File.ReadAllTextAsync(Path.Combine(bundle, "index.md")), Does.Contain("source: \"override\""));
    }

    [Test]
    public async Task UploadHtmlNamedJpg_IsRefused()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(world.Url($"/releases/{AdminWorld.Release}").ToString());
        var uploads = Path.Combine(world.State, "artwork", "uploads");
        string[] Uploaded() => Directory.Exists(uploads) ? [.. Directory.GetFiles(uploads, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
        var before = Uploaded();

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "cover.jpg", MimeType = "image/jpeg", Buffer = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>not a cover</body></html>"),
        });
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(await page.TextContentAsync(".notice"), Does.Contain("looks like HTML"));
        Assert.That(Uploaded(), Is.EqualTo(before), "nothing was kept");
    }

    [Test]
    public async Task ScriptInTitle_IsShownAsText()
    {
        const long release = 1048219;
        const string title = "<script>window.pwned=1;document.title='pwned'</script>Hostile";
        var page = await browser.NewPageAsync();
        await page.GotoAsync(world.Url($"/releases/{release}").ToString());

        await page.FillAsync("input[name=title]", title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save display fields" }).ClickAsync();

        Assert.That(await page.TextContentAsync("h1"), Is.EqualTo(title), "the title is text, not markup");
        Assert.That(await page.TitleAsync(), Is.EqualTo(title + " · CollectionSite admin"), "the script never ran (it would have set the title to 'pwned')");
        Assert.That(await page.InputValueAsync("input[name=title]"), Is.EqualTo(title));
        Assert.That(await page.Locator("main script").CountAsync(), Is.Zero);
        Assert.That(await page.EvaluateAsync<string>("() => typeof window.pwned"), Is.EqualTo("undefined"), "no script from the title executed");
    }

    [Test]
    public async Task SameFormSavedTwice_SecondIsAConflict()
    {
        const long release = 2288492;
        var first = await browser.NewPageAsync();
        var second = await browser.NewPageAsync();
        await first.GotoAsync(world.Url($"/releases/{release}").ToString());
        await second.GotoAsync(world.Url($"/releases/{release}").ToString());

        await first.FillAsync("input[name=artist]", "First edit");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save display fields" }).ClickAsync();
        await second.FillAsync("input[name=artist]", "Second edit");
        var response = await second.RunAndWaitForResponseAsync(
            () => second.GetByRole(AriaRole.Button, new() { Name = "Save display fields" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.That(response.Status, Is.EqualTo(409));
        Assert.That(await second.TextContentAsync(".notice"), Does.Contain("changed by someone else"));
        await first.ReloadAsync();
        Assert.That(await first.InputValueAsync("input[name=artist]"), Is.EqualTo("First edit"), "the first edit was not lost");
    }

    [Test]
    public async Task EditWhileABuildHoldsTheLock_ClearMessageAndNothingSaved()
    {
        const long release = 2519689;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(world.Url($"/releases/{release}").ToString());
        await page.FillAsync("input[name=title]", "Changed during a build");

        IResponse response;
        using (StateLock.TryAcquire(world.State))
        {
            response = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Save display fields" }).ClickAsync(), r => r.Request.Method == "POST");
        }

        Assert.That(response.Status, Is.EqualTo(423));
        Assert.That(await page.TextContentAsync(".notice"), Does.Contain("A build is using the state folder"));
        await page.GotoAsync(world.Url($"/releases/{release}").ToString());
        Assert.That(await page.InputValueAsync("input[name=title]"), Is.Empty);
    }
}
