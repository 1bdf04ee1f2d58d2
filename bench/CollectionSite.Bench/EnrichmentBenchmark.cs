using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>
/// Enrichment throughput: a synthetic collection served by fake Discogs, Apple Music, Spotify, Wikipedia and Wikidata
/// servers (real HTTP on 127.0.0.1, each enforcing its API's limit, scaled) through the real clients. In one run: a
/// Discogs-only cold `harvest` for reference, a cold `build` measured against the Discogs floor (its Discogs requests ÷
/// Discogs' rate) and the sum of every source's floor, then a second `build` counting what it asks again.
/// </summary>
internal static class EnrichmentBenchmark
{
    public const string Usage = """
          enrichment [--releases N] [--scale S] [--latency-ms L] [--fixtures DIR] [--keep]
            --releases N    synthetic releases (default 1000; about N/2 artists and 0.8 N masters)
            --scale S       every rate-limit window divided by S: 60 makes a real minute one second (default 60)
            --latency-ms L  each fake server's delay before it answers (default 5)
            --fixtures DIR  the recorded payloads (default tests/CollectionSite.Tests/TestData/real)
            --keep          keep the temp folder (state databases and sites) and print its path
        """;

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var count = int.Parse(args.Option("--releases") ?? "1000", CultureInfo.InvariantCulture);
        var scale = double.Parse(args.Option("--scale") ?? "60", CultureInfo.InvariantCulture);
        var latency = TimeSpan.FromMilliseconds(double.Parse(args.Option("--latency-ms") ?? "5", CultureInfo.InvariantCulture));
        var fixtures = args.Option("--fixtures") ?? EnrichmentRig.DefaultFixtures;
        var root = Path.Combine(Path.GetTempPath(), $"collectionsite-enrichment-bench-{Guid.NewGuid():N}");
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

        await using var rig = await EnrichmentRig.StartAsync(count, scale, latency, fixtures, root);
        var (servers, host) = (rig.Servers, rig.Host);
        foreach (var line in rig.Collection.Describe())
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"fake servers on {servers.BaseUrl}: windows ÷ {scale:0.##}, {latency.TotalMilliseconds:0.#} ms latency each; artwork from overrides only (no image), rendering included");

        var harvest = await rig.HarvestAsync("harvest", cancellation.Token);
        // The cold build starts against empty server windows, as a build started a minute after the harvest would.
        await rig.DrainAsync(cancellation.Token);
        var cold = await rig.BuildAsync("build", cancellation.Token);
        var again = await rig.BuildAsync("build", cancellation.Token);

        var report = new EnrichmentReport(servers.Apis, harvest, cold, again, rig.Discogs.PageCount);
        report.PrintSources();
        report.PrintRuns(rig.FetchStages, rig.ArtworkStages);
        report.PrintTimeline();
        await EnrichmentReport.PrintMatchesAsync(host.Settings("build").Paths.State, cancellation.Token);
        Console.WriteLine($"load average (1 min) at the end: {ChildCpuTime.LoadAverage() ?? "-"} on {Environment.ProcessorCount} cores; CPU s include the fake servers (same process)");

        if (args.Has("--keep"))
        {
            Console.WriteLine($"kept {root}");
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }

        return Failures(harvest, cold, again);
    }

    /// <summary>Exit 1 when a run did not complete cleanly: its figures would not mean what they say.</summary>
    private static int Failures(params TimedRun[] runs)
    {
        var problems = runs.Select(run => run.Problem).OfType<string>().ToList();
        problems.ForEach(Console.WriteLine);
        return problems.Count == 0 ? 0 : 1;
    }
}
