using Microsoft.Playwright;

namespace CollectionSite.Tests.Browser;

/// <summary>
/// Headless Chromium for browser tests: Debian's <c>/usr/bin/chromium</c> driven by Playwright (a browser
/// download cannot work on our machines). A test that needs it calls <see cref="LaunchAsync"/>; when no
/// Chromium is installed the test is skipped with the command that installs it. Screenshots go to
/// <see cref="ArtifactsDirectory"/> (TestResults/screenshots), which CI keeps.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static string ArtifactsDirectory { get; } = Path.Combine(FindRepositoryRoot(), "TestResults", "screenshots");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Ignore($"No Chromium at {ExecutablePath}: install it with 'apt-get install -y chromium' (scripts/ensure-tools.sh chromium).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in a container has no user namespace sandbox.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    /// <summary>Saves a full-page screenshot as <c>TestResults/screenshots/{name}.png</c> and attaches it to the test.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ArtifactsDirectory);
        var path = Path.Combine(ArtifactsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollectionSite.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
