using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CollectionSite.Bench;

/// <summary>How long a cold Hugo build took and how many images Hugo processed in it.</summary>
internal sealed record HugoBuildResult(TimeSpan Elapsed, int ProcessedImages);

/// <summary>
/// A cold `hugo` build as a nightly job without Hugo's caches runs it: a site never built (so its resources/ folder is
/// fresh), a fresh cache folder, --gc and
/// --ignoreCache, published into a fresh folder, warnings fatal (--printPathWarnings --panicOnWarning).
/// </summary>
internal static partial class HugoColdBuild
{
    /// <param name="baseUrl">Hugo's --baseURL, or null for the site's own (hugo.toml).</param>
    public static async Task<HugoBuildResult> RunAsync(string hugo, string siteRoot, string scratch, CancellationToken cancellationToken, string? baseUrl = null)
    {
        var publish = Path.Combine(scratch, "public");
        var cache = Path.Combine(scratch, "cache");
        var start = new ProcessStartInfo(hugo) { WorkingDirectory = siteRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--source", siteRoot, "--destination", publish, "--cacheDir", cache,
            "--gc", "--ignoreCache", "--printPathWarnings", "--panicOnWarning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (baseUrl is not null)
        {
            start.ArgumentList.Add("--baseURL");
            start.ArgumentList.Add(baseUrl);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        watch.Stop();
        var text = await output;
        return process.ExitCode == 0
            ? new HugoBuildResult(watch.Elapsed, ProcessedImages().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0)
            : throw new InvalidOperationException($"hugo exited with {process.ExitCode}: {error} {text}");
    }

    [GeneratedRegex(@"Processed images\s*\|\s*(\d+)")]
    private static partial Regex ProcessedImages();
}
