using System.Diagnostics;
using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>
/// Rendering benchmark: a synthetic collection of real-shaped releases, a cold render, a no-op re-render, and
/// (when hugo is on PATH) Hugo building the result, side by side.
/// </summary>
internal static class RenderBenchmark
{
    public const string Usage = """
          render [--releases N] [--fixtures DIR] [--keep]
            --releases N    synthetic releases to render (default 10000)
            --fixtures DIR  folder with the recorded Discogs releases (default tests/CollectionSite.Tests/TestData/real/discogs)
            --keep          keep the temp folder (database and site) and print its path
        """;

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var count = args.Option("--releases") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        var fixtures = args.Option("--fixtures") ?? SyntheticSite.DefaultFixtures;
        var root = Path.Combine(Path.GetTempPath(), $"collectionsite-bench-{Guid.NewGuid():N}");
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

        // The render pipeline makes no Discogs request; the covers are made into pre-sized files while seeding.
        var seeding = Stopwatch.StartNew();
        await using var site = await SyntheticSite.SeedAsync(root, count, fixtures, cancellation.Token);
        Console.WriteLine($"seeded {count} releases and their covers in {seeding.Elapsed.TotalSeconds:F1} s ({root})");

        Console.WriteLine($"{"run",-16}{"pages",8}{"written",10}{"seconds",10}{"pages/s",10}");
        foreach (var name in new[] { "cold render", "no-op render" })
        {
            var run = await site.RenderAsync(cancellation.Token);
            Console.WriteLine($"{name,-16}{run.Pages,8}{run.Written,10}{run.Elapsed.TotalSeconds,10:F2}{run.Pages / run.Elapsed.TotalSeconds,10:F0}");
        }

        if (HugoTimer.Find() is { } hugo)
        {
            // Covers are pre-sized, so Hugo processes no image: cold and warm differ only by Hugo's other caches.
            foreach (var run in new[] { "hugo cold", "hugo warm" })
            {
                var elapsed = await HugoTimer.TimeAsync(hugo, site.Settings.Paths.Output);
                Console.WriteLine($"{run,-16}{"",8}{"",10}{elapsed.TotalSeconds,10:F2}");
            }
        }
        else
        {
            Console.WriteLine("hugo not on PATH: Hugo build not timed");
        }

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
}
