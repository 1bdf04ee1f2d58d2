using CollectionSite.Hosting;
using CollectionSite.Stages.Artwork;

namespace CollectionSite.Bench;

/// <summary>
/// A synthetic collection served by the fake APIs (real HTTP on 127.0.0.1, every limit scaled) and the host that runs
/// the CLI's composition against them: what the enrichment mode and the table's harvest and build rows share.
/// </summary>
internal sealed class EnrichmentRig : IAsyncDisposable
{
    private EnrichmentRig(EnrichmentCollection collection, EnrichmentDiscogsPayloads discogs, EnrichmentFakeServers servers, EnrichmentHost host)
    {
        (Collection, Discogs, Servers, Host) = (collection, discogs, servers, host);
    }

    public EnrichmentCollection Collection { get; }

    public EnrichmentDiscogsPayloads Discogs { get; }

    public EnrichmentFakeServers Servers { get; }

    public EnrichmentHost Host { get; }

    public EnrichmentFakeApi DiscogsApi => Servers[EnrichmentFakeRoutes.Discogs];

    /// <summary>The stages of `build` up to the artwork (listing, Discogs records, enrichment): the rate-limited part.</summary>
    public IReadOnlyList<string> FetchStages => Host.StageNames(PipelineDefinitions.Build.TakeWhile(step => !step.Stages.Contains(typeof(FetchCoverArt))));

    /// <summary>The artwork stages of `build`.</summary>
    public IReadOnlyList<string> ArtworkStages =>
        Host.StageNames(PipelineDefinitions.Build.Where(step => step.Stages.Any(type => type.Namespace == typeof(FetchCoverArt).Namespace)));

    /// <summary>The recorded payloads the fake APIs clone: tests/CollectionSite.Tests/TestData/real.</summary>
    public static string DefaultFixtures => Path.Combine(BenchArguments.RepositoryRoot(), "tests", "CollectionSite.Tests", "TestData", "real");

    /// <param name="releases">Synthetic releases (about half as many artists and 0.8 as many masters).</param>
    /// <param name="scale">Every rate-limit window divided by this, on the servers and in the clients alike.</param>
    /// <param name="root">The folder the host's state folders and sites go in.</param>
    public static async Task<EnrichmentRig> StartAsync(int releases, double scale, TimeSpan latency, string fixtures, string root)
    {
        var collection = new EnrichmentCollection(releases);
        var discogs = new EnrichmentDiscogsPayloads(collection, Path.Combine(fixtures, "discogs"));
        var routes = new EnrichmentFakeRoutes(discogs, new EnrichmentStoreCatalog(collection), new EnrichmentStorePayloads(discogs, fixtures));
        var servers = await EnrichmentFakeServers.StartAsync(routes, EnrichmentHost.FakeApis(scale, latency));
        return new EnrichmentRig(collection, discogs, servers, new EnrichmentHost(servers, scale, root));
    }

    /// <summary>A cold `harvest` (Discogs only) into the state folder <paramref name="state"/>.</summary>
    public Task<TimedRun> HarvestAsync(string state, CancellationToken cancellationToken) =>
        Host.RunAsync("harvest", state, PipelineDefinitions.Harvest, cancellationToken);

    /// <summary>A `build` on the state folder <paramref name="state"/>, cold or again.</summary>
    public Task<TimedRun> BuildAsync(string state, CancellationToken cancellationToken) =>
        Host.RunAsync("build", state, PipelineDefinitions.Build, cancellationToken);

    /// <summary>Waits until every server's window is empty, as for a run started a minute after the last one.</summary>
    public Task DrainAsync(CancellationToken cancellationToken) => Task.Delay(Servers.Apis.Max(api => api.Window) * 1.1, cancellationToken);

    public ValueTask DisposeAsync() => Servers.DisposeAsync();
}
