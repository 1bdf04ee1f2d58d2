using System.Diagnostics;
using System.Globalization;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Rendering;
using CollectionSite.Stages.Site;
using CollectionSite.Stages.Artwork;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

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
        var fixtures = args.Option("--fixtures") ?? Path.Combine(BenchArguments.RepositoryRoot(), "tests", "CollectionSite.Tests", "TestData", "real", "discogs");
        var root = Path.Combine(Path.GetTempPath(), $"collectionsite-bench-{Guid.NewGuid():N}");
        var site = Path.Combine(root, "site");
        var templates = Directory.Exists(RenderingOptions.DefaultTemplatesDirectory) ? RenderingOptions.DefaultTemplatesDirectory : Path.Combine(BenchArguments.RepositoryRoot(), "templates");
        var settings = new AppSettings { Paths = { Output = site, State = Path.Combine(root, "state"), Templates = templates } };
        settings.Artwork.Sources = ["override"];
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

        // The same composition and host the CLI runs; the render pipeline makes no Discogs request. Every other release
        // has a cover (one of the demo's 300 px JPEGs), made into pre-sized files by the artwork stage while seeding.
        await using var services = new ServiceCollection()
            .AddSingleton<IArtworkLeads>(new BenchCovers(BenchCovers.DemoImages(), count, every: 2))
            .AddCollectionSite(new HostInputs(settings, TimeProvider.System, NullLoggerFactory.Instance, Discogs: new OfflineDiscogsApi()))
            .BuildServiceProvider();
        var seeding = Stopwatch.StartNew();
        await SyntheticCollection.CreateAsync(services.GetRequiredService<StateDatabase>(), fixtures, count, cancellation.Token);
        var host = services.GetRequiredService<PipelineHost>();
        var reporter = new QuietReporter();
        await host.RunAsync(new PipelineRequest("bench", [typeof(FetchCoverArt)], new RunOptions()), reporter, cancellation.Token);
        reporter.TakeItems();
        Console.WriteLine($"seeded {count} releases and their covers in {seeding.Elapsed.TotalSeconds:F1} s ({root})");

        Console.WriteLine($"{"run",-16}{"pages",8}{"written",10}{"seconds",10}{"pages/s",10}");
        foreach (var run in new[] { "cold render", "no-op render" })
        {
            var watch = Stopwatch.StartNew();
            var summary = await host.RunAsync(new PipelineRequest("bench", [typeof(RenderSite)], new RunOptions()), reporter, cancellation.Token);
            watch.Stop();
            var pages = reporter.TakeItems();
            Console.WriteLine($"{run,-16}{pages,8}{summary.Stages.Single().Processed,10}{watch.Elapsed.TotalSeconds,10:F2}{pages / watch.Elapsed.TotalSeconds,10:F0}");
        }

        if (HugoTimer.Find() is { } hugo)
        {
            // Covers are pre-sized, so Hugo processes no image: cold and warm differ only by Hugo's other caches.
            foreach (var run in new[] { "hugo cold", "hugo warm" })
            {
                var elapsed = await HugoTimer.TimeAsync(hugo, site);
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
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }
}
