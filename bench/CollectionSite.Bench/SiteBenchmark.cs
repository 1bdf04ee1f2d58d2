using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CollectionSite.Tests.Browser;

namespace CollectionSite.Bench;

/// <summary>
/// The visitor's side of a large collection: a synthetic collection rendered and built by Hugo (timed, cold) under a
/// sub-path baseURL, the browse index's size raw and gzipped, and in Debian's Chromium the time to the first filtered
/// result against the plain paginated grid's load in the same run (<see cref="BrowseTimer"/>).
/// </summary>
internal static class SiteBenchmark
{
    public const string Usage = """
          site [--releases N] [--runs R] [--keep]
            --releases N    synthetic releases (default 10000; every other one with a cover)
            --runs R        page loads per browser measurement, the median is printed (default 7)
            --keep          keep the temp folder (database, site and public/) and print its path
        """;

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var count = args.Option("--releases") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        var runs = args.Option("--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 7;
        if (HugoTimer.Find() is not { } hugo)
        {
            Console.WriteLine("hugo not on PATH: apt-get install -y hugo");
            return 2;
        }

        var root = Path.Combine(Path.GetTempPath(), $"collectionsite-bench-site-{Guid.NewGuid():N}");
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

        var watch = Stopwatch.StartNew();
        await using var site = await SyntheticSite.SeedAsync(root, count, SyntheticSite.DefaultFixtures, cancellation.Token);
        await site.RenderAsync(cancellation.Token);
        Console.WriteLine($"seeded and rendered {count} releases in {watch.Elapsed.TotalSeconds:F1} s");
        var publish = Path.Combine(root, "build", "public");
        await using var server = await StaticSiteServer.StartAsync(publish, "/collection");
        var build = await site.BuildWithHugoAsync(hugo, Path.Combine(root, "build"), server.BaseUrl, cancellation.Token);

        var index = await File.ReadAllBytesAsync(Path.Combine(publish, "albums", "index.json"), cancellation.Token);
        var gzipped = Gzipped(index);
        var (genre, matching) = MostCommonGenre(index);
        Console.WriteLine($"{count} releases: Hugo cold build {build.Elapsed.TotalSeconds:F1} s ({root})");
        Console.WriteLine($"browse index /albums/index.json: {index.Length / 1024.0 / 1024.0:F2} MB raw, {gzipped / 1024.0 / 1024.0:F2} MB gzipped ({gzipped / (double)count:F0} bytes per album)");

        var timings = await BrowseTimer.MeasureAsync(server.BaseUrl, genre, runs, cancellation.Token);
        Console.WriteLine($"Chromium, median of {runs} page loads, each in a fresh context (filter: genre {genre}, {matching} albums):");
        Console.WriteLine($"  plain grid /albums/page/2/ loaded (reference)      {timings.Reference,8:F0} ms");
        Console.WriteLine($"  /albums/?genre={genre}: first filtered result     {timings.FirstResult,8:F0} ms  ({timings.FirstResult / timings.Reference:F2}x the reference)");
        Console.WriteLine($"    of which after DOMContentLoaded (index + JS)     {timings.AfterDomReady,8:F0} ms");
        Console.WriteLine($"    index.json's response ended after DOMContentLoaded {timings.IndexAfterDomReady,6:F0} ms");
        Console.WriteLine($"  changing the genre filter on a loaded view         {timings.FilterChange,8:F1} ms");

        if (args.Has("--keep"))
        {
            Console.WriteLine($"kept {root}");
        }
        else
        {
            await site.DisposeAsync();
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }

    private static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    /// <summary>The genre key on the most albums in the index, and on how many.</summary>
    internal static (string Genre, int Albums) MostCommonGenre(byte[] index)
    {
        using var json = JsonDocument.Parse(index);
        var table = json.RootElement.GetProperty("terms").GetProperty("g");
        var top = json.RootElement.GetProperty("albums").EnumerateArray()
            .SelectMany(a => a.TryGetProperty("g", out var g) ? g.EnumerateArray().Select(id => id.GetInt32()) : [])
            .GroupBy(id => id).OrderByDescending(g => g.Count()).First();
        return (table[top.Key][0].GetString()!, top.Count());
    }
}
