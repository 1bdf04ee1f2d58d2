using System.Diagnostics;
using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>
/// The baseline: Debian's vipsthumbnail CLI producing the same sizes and formats from the same inputs. The CLI
/// makes one size in one format per call but takes many files, so the inputs are split into as many chunks as
/// there are parallel slots and each chunk × size × format is one process (2 chunks × 6 = 12 processes on 2
/// cores), at most `parallel` at a time: the cheapest way to drive it, since each call decodes its inputs anew.
/// </summary>
internal static class VipsThumbnailBatch
{
    /// <summary>The CLI from Debian's libvips-tools (/usr/bin/vipsthumbnail), else one on PATH, else null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(p => Path.Combine(p, "vipsthumbnail"))
            .Prepend("/usr/bin/vipsthumbnail")
            .FirstOrDefault(File.Exists);

    /// <summary>"libvips 8.14.1" as the CLI reports it.</summary>
    public static async Task<string> VersionAsync(string cli)
    {
        var (_, output) = await RunAsync(cli, ["--vips-version"]);
        return output.Trim();
    }

    /// <summary>Runs the whole batch and returns its wall time and the number of failed processes.</summary>
    public static async Task<(TimeSpan Elapsed, int FailedProcesses)> RunAsync(string cli, IReadOnlyList<string> sources, string output, int parallel)
    {
        Directory.CreateDirectory(output);
        var jobs = new List<string[]>();
        for (var chunk = 0; chunk < parallel; chunk++)
        {
            var files = sources.Where((_, i) => i % parallel == chunk).ToArray();
            foreach (var size in ArtworkBenchmark.Sizes)
            {
                jobs.Add([.. files, "--size", string.Create(CultureInfo.InvariantCulture, $"{size}x{size}>"), "--output", Path.Combine(output, OutputPattern(size, jpeg: true))]);
                jobs.Add([.. files, "--size", string.Create(CultureInfo.InvariantCulture, $"{size}x{size}>"), "--output", Path.Combine(output, OutputPattern(size, jpeg: false))]);
            }
        }

        using var slots = new SemaphoreSlim(parallel);
        var failed = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(jobs.Select(async job =>
        {
            await slots.WaitAsync();
            try
            {
                var (exitCode, _) = await RunAsync(cli, job);
                if (exitCode != 0)
                {
                    Interlocked.Increment(ref failed);
                }
            }
            finally
            {
                slots.Release();
            }
        }));
        return (watch.Elapsed, failed);
    }

    // The same encoder settings as ours: JPEG q85 progressive with optimised tables, WebP q80, no metadata
    // (libvips 8.14 spells "keep nothing" as strip).
    private static string OutputPattern(int size, bool jpeg) =>
        jpeg
            ? string.Create(CultureInfo.InvariantCulture, $"%s-{size}.jpg[Q={ArtworkBenchmark.JpegQuality},optimize_coding,interlace,strip]")
            : string.Create(CultureInfo.InvariantCulture, $"%s-{size}.webp[Q={ArtworkBenchmark.WebPQuality},strip]");

    private static async Task<(int ExitCode, string Output)> RunAsync(string cli, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var errors = await stderr;
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"vipsthumbnail exited {process.ExitCode}: {errors.Trim()}");
        }

        return (process.ExitCode, await stdout);
    }
}
