using Microsoft.Playwright;

namespace CollectionSite.Bench;

/// <summary>
/// Browse timings in milliseconds, each the median of several page loads: the reference grid's load, the filtered
/// view's first result from navigation start and after DOMContentLoaded, when the index's response ended after
/// DOMContentLoaded (negative: before it), and a filter change on a loaded view.
/// </summary>
internal sealed record BrowseTimings(double Reference, double FirstResult, double AfterDomReady, double IndexAfterDomReady, double FilterChange);

/// <summary>
/// Times the browse view in Debian's Chromium (headless, through Playwright). Every load is a fresh context (empty
/// cache), timed by the page itself from navigation start: the reference is the plain paginated grid's load event
/// (/albums/page/2/, no script), the measured figure the "browse:first-result" mark js/browse.js sets once a filtered
/// view (?genre=...) is on screen. Both come from the same run on the same machine, so their ratio is comparable.
/// </summary>
internal static class BrowseTimer
{
    private const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<BrowseTimings> MeasureAsync(string baseUrl, string genre, int runs, CancellationToken cancellationToken)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: apt-get install -y chromium");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        List<double> reference = [], first = [], afterDom = [], index = [], change = [];
        for (var run = 0; run < runs; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reference.Add(await LoadAsync(browser, baseUrl + "albums/page/2/", async page =>
            {
                await page.WaitForFunctionAsync("() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0");
                return await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
            }));
            var dom = 0.0;
            first.Add(await LoadAsync(browser, $"{baseUrl}albums/?genre={Uri.EscapeDataString(genre)}", async page =>
            {
                await page.WaitForFunctionAsync("() => performance.getEntriesByName('browse:first-result').length > 0", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
                var mark = await page.EvaluateAsync<double>("() => performance.getEntriesByName('browse:first-result')[0].startTime");
                var ready = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
                dom = mark - ready;
                index.Add(await page.EvaluateAsync<double>("() => Math.max(...performance.getEntriesByType('resource').filter(r => r.name.includes('index.json')).map(r => r.responseEnd))") - ready);
                change.Add(await page.EvaluateAsync<double>("""
                    () => {
                      const select = document.getElementById('finder-genre');
                      const other = [...select.options].find(o => o.value && o.value !== select.value);
                      const start = performance.now();
                      select.value = other.value;
                      select.dispatchEvent(new Event('change', { bubbles: true }));
                      return performance.now() - start;
                    }
                    """));
                return mark;
            }));
            afterDom.Add(dom);
        }

        return new BrowseTimings(Median(reference), Median(first), Median(afterDom), Median(index), Median(change));
    }

    private static async Task<double> LoadAsync(IBrowser browser, string url, Func<IPage, Task<double>> measure)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url, new PageGotoOptions { Timeout = 60_000 });
        return await measure(page);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
