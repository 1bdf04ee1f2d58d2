namespace CollectionSite.Tests.Browser;

/// <summary>The browser tests' footing: Debian's Chromium starts under Playwright and renders a page.</summary>
[TestFixture]
[Category("Browser")]
public sealed class ChromiumSmokeTests
{
    [Test]
    public async Task Chromium_renders_unicode_content()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.SetContentAsync("<meta charset=utf-8><title>ok</title><h1>Björk</h1>");
            Assert.That(await page.TextContentAsync("h1"), Is.EqualTo("Björk"));
        }
    }
}
