using System.Diagnostics;
using System.Globalization;
using CollectionSite.Configuration;
using CollectionSite.Domain;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Site;
using CollectionSite.Stages.Artwork;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NetVips;

namespace CollectionSite.Bench;

/// <summary>
/// Hugo build of the synthetic site before and after pre-sized covers, both cold: "before" is the old theme resizing
/// each bundle's original cover.jpg inside Hugo, "after" is the artwork stage's pre-sized files listed in front matter
/// and the current theme, which processes none. Also prints the artwork stage's time and the disk the renditions take.
/// </summary>
internal static class HugoImagesBenchmark
{
    public const string Usage = """
          hugo-images [--releases N] [--every K] [--distinct D] [--fixtures DIR] [--keep]
            --releases N    synthetic releases (default 10000)
            --every K       every K-th release has a cover (default 2)
            --distinct D    distinct cover images, 600-1400 px JPEGs reused round-robin (default 200)
            --keep          keep the temp folder and print its path
        """;

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var count = Number(args, "--releases", 10_000);
        var every = Number(args, "--every", 2);
        var distinct = Number(args, "--distinct", 200);
        var fixtures = args.Option("--fixtures") ?? Path.Combine(BenchArguments.RepositoryRoot(), "tests", "CollectionSite.Tests", "TestData", "real", "discogs");
        var hugo = HugoTimer.Find();
        if (hugo is null)
        {
            Console.WriteLine("hugo not on PATH: nothing to measure");
            return 2;
        }

        var root = Path.Combine(Path.GetTempPath(), $"collectionsite-hugo-images-{Guid.NewGuid():N}");
        var settings = new AppSettings { Paths = { Output = Path.Combine(root, "after"), State = Path.Combine(root, "state") } };
        // Offline: the synthetic releases carry the fixtures' Discogs image URLs, which must not be fetched.
        settings.Artwork.Sources = ["override"];
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

        var watch = Stopwatch.StartNew();
        var covers = new BenchCovers(Originals(Path.Combine(root, "originals"), distinct), count, every);
        Console.WriteLine($"{distinct} distinct covers made in {watch.Elapsed.TotalSeconds:F1} s; {covers.Count} of {count} releases have one ({root})");
        await using var services = new ServiceCollection()
            .AddSingleton<IArtworkLeads>(covers)
            .AddCollectionSite(new HostInputs(settings, TimeProvider.System, NullLoggerFactory.Instance, Discogs: new OfflineDiscogsApi()))
            .BuildServiceProvider();
        await SyntheticCollection.CreateAsync(services.GetRequiredService<StateDatabase>(), fixtures, count, cancellation.Token);
        var reporter = new QuietReporter();
        var summary = await services.GetRequiredService<PipelineHost>().RunAsync(
            new PipelineRequest("bench", [typeof(FetchCoverArt), typeof(InstallSiteSkeleton), typeof(RenderSite)], new RunOptions()), reporter, cancellation.Token);
        foreach (var stage in summary.Stages)
        {
            Console.WriteLine($"  {stage.Stage}: {stage.Processed} processed, {stage.Failed} failed ({stage.Note})");
        }

        LegacySite.Create(settings.Paths.Output, Path.Combine(root, "before"), id => covers.ImageOf((int)(id - SyntheticCollection.ReleaseId(0))));
        var before = await HugoColdBuild.RunAsync(hugo, Path.Combine(root, "before"), Path.Combine(root, "before-build"), cancellation.Token);
        var after = await HugoColdBuild.RunAsync(hugo, settings.Paths.Output, Path.Combine(root, "after-build"), cancellation.Token);
        Console.WriteLine($"{"hugo build, cold",-44}{"seconds",10}{"images processed",18}");
        Console.WriteLine($"{"before: originals resized by the old theme",-44}{before.Elapsed.TotalSeconds,10:F1}{before.ProcessedImages,18}");
        Console.WriteLine($"{"after: pre-sized files, current theme",-44}{after.Elapsed.TotalSeconds,10:F1}{after.ProcessedImages,18}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"after is {before.Elapsed / after.Elapsed:F1}x faster"));
        PrintDiskUse(await services.GetRequiredService<ArtworkRepository>().GetStatsAsync(cancellation.Token), settings.Paths.Output, count, covers.Count);

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

    /// <summary>
    /// The cache holds each distinct image's renditions once; every page bundle holds its own copy (what Hugo publishes).
    /// Per 1,000 releases at this run's share of releases with a cover.
    /// </summary>
    private static void PrintDiskUse(ArtworkStats stats, string site, int releases, int withCover)
    {
        var bundled = Directory.EnumerateFiles(Path.Combine(site, "content"), "cover-*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"renditions in the site's bundles: {ArtworkBenchmark.Megabytes(bundled)} MB for {withCover} covers = {ArtworkBenchmark.Megabytes(bundled * 1000 / releases)} MB per 1,000 releases ({ArtworkBenchmark.Megabytes(bundled * 1000 / withCover)} MB per 1,000 covers)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"state folder: originals {ArtworkBenchmark.Megabytes(stats.OriginalBytes)} MB, rendition cache {ArtworkBenchmark.Megabytes(stats.RenditionBytes)} MB ({stats.Originals} distinct images)"));
    }

    /// <summary>The imaging benchmark's synthetic covers, made smaller: JPEGs of 600 to 1400 px on the long edge, as Discogs and Apple serve.</summary>
    private static List<string> Originals(string folder, int count)
    {
        var made = SyntheticCovers.Create(Path.Combine(folder, "made"), count, seed: 20);
        var originals = new string[made.Count];
        Parallel.For(0, made.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (int i) =>
        {
            var edge = new Random(i).Next(600, 1401);
            using var small = Image.Thumbnail(made[i], edge, height: edge, outputProfile: "srgb");
            originals[i] = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"original-{i:D4}.jpg"));
            small.Jpegsave(originals[i], q: 90);
        });
        Directory.Delete(Path.Combine(folder, "made"), recursive: true);
        return [.. originals];
    }

    private static int Number(BenchArguments args, string name, int fallback) =>
        args.Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
