using System.Diagnostics;
using CollectionSite.Configuration;
using CollectionSite.Rendering.Skeleton;

namespace CollectionSite.Bench;

/// <summary>Times the real Hugo building the rendered content with our own theme, when hugo is on PATH.</summary>
internal static class HugoTimer
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(p => Path.Combine(p, "hugo")).FirstOrDefault(File.Exists);

    /// <summary>
    /// Seconds for `hugo --renderToMemory` over the rendered content with the site skeleton we ship
    /// (installed the way `build` installs it), or an error when Hugo fails.
    /// </summary>
    public static async Task<TimeSpan> TimeAsync(string hugo, string siteRoot)
    {
        var settings = new AppSettings();
        settings.Paths.Output = siteRoot;
        await new SiteSkeleton(SiteSkeletonOptions.FromSettings(settings), settings).InstallAsync(CancellationToken.None);
        var start = new ProcessStartInfo(hugo) { WorkingDirectory = siteRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--renderToMemory", "--quiet", "--source", siteRoot })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        return process.ExitCode == 0
            ? watch.Elapsed
            : throw new InvalidOperationException($"hugo exited with {process.ExitCode}: {error} {output.GetAwaiter().GetResult()}");
    }
}
