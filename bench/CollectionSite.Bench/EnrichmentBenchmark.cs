using System.Globalization;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Artwork;

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
        var fixtures = args.Option("--fixtures") ?? Path.Combine(BenchArguments.RepositoryRoot(), "tests", "CollectionSite.Tests", "TestData", "real");
        var root = Path.Combine(Path.GetTempPath(), $"collectionsite-enrichment-bench-{Guid.NewGuid():N}");
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

        var collection = new EnrichmentCollection(count);
        var discogs = new EnrichmentDiscogsPayloads(collection, Path.Combine(fixtures, "discogs"));
        var routes = new EnrichmentFakeRoutes(discogs, new EnrichmentStoreCatalog(collection), new EnrichmentStorePayloads(discogs, fixtures));
        await using var servers = await EnrichmentFakeServers.StartAsync(routes, EnrichmentHost.FakeApis(scale, latency));
        var host = new EnrichmentHost(servers, scale, root);
        foreach (var line in collection.Describe())
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"fake servers on {servers.BaseUrl}: windows ÷ {scale:0.##}, {latency.TotalMilliseconds:0.#} ms latency each; artwork from overrides only (no image), rendering included");

        var harvest = await host.RunAsync("harvest", "harvest", PipelineDefinitions.Harvest, cancellation.Token);
        // The cold build starts against empty server windows, as a build started a minute after the harvest would.
        await Task.Delay(servers.Apis.Max(api => api.Window) * 1.1, cancellation.Token);
        var cold = await host.RunAsync("build", "build", PipelineDefinitions.Build, cancellation.Token);
        var again = await host.RunAsync("build", "build", PipelineDefinitions.Build, cancellation.Token);

        var fetchSteps = PipelineDefinitions.Build.TakeWhile(step => !step.Stages.Contains(typeof(FetchCoverArt)));
        var artworkSteps = PipelineDefinitions.Build.Where(step => step.Stages.Any(type => type.Namespace == typeof(FetchCoverArt).Namespace));
        var report = new EnrichmentReport(servers.Apis, harvest, cold, again, discogs.PageCount);
        report.PrintSources();
        report.PrintRuns(host.StageNames(fetchSteps), host.StageNames(artworkSteps));
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
        var broken = runs.Where(run => run.Summary.Outcome != RunOutcome.Completed).ToList();
        foreach (var run in broken)
        {
            Console.WriteLine($"{run.Name}: {run.Summary.Outcome} {run.Summary.Message} ({run.Summary.OpenFailures.Count} failures{(run.Summary.OpenFailures.Count > 0 ? ", e.g. " + run.Summary.OpenFailures[0].LastError : "")})");
        }

        return broken.Count == 0 ? 0 : 1;
    }
}
