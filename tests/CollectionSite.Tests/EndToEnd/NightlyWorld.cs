using CollectionSite.Clients.Http;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Discogs;
using CollectionSite.Stages.Site;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// The fake Discogs server and a pipeline on one fake clock, without rate-limit waits (a 2,000-item collection runs in
/// seconds). With <c>secondPerRequest</c> every request moves the clock one second on arrival, so request k starts at
/// k seconds: a time budget then cuts the run at an exact request, and arrivals are comparable with the deadline.
/// </summary>
public sealed class NightlyWorld : IAsyncDisposable
{
    /// <summary>List, fetch release details, render: the Discogs side of `build` without the masters, artists and artwork.</summary>
    public static readonly IReadOnlyList<PipelineStep> ListFetchRender = [typeof(HarvestCollection), typeof(FetchReleaseDetails), typeof(RenderSite)];

    private NightlyWorld(FakeDiscogsServer server, PipelineHarness harness, FakeTimeProvider clock)
    {
        Server = server;
        Harness = harness;
        Clock = clock;
    }

    public FakeDiscogsServer Server { get; }

    public PipelineHarness Harness { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<NightlyWorld> StartAsync(string purpose, FakeDiscogsData data, bool secondPerRequest)
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        var server = await FakeDiscogsServer.StartAsync(new FakeDiscogsOptions
        {
            Permits = 1_000_000,
            Data = data,
            Time = clock,
            OnRequest = secondPerRequest ? () => clock.Advance(TimeSpan.FromSeconds(1)) : null,
        });
        var harness = new PipelineHarness(purpose) { Time = clock };
        harness.Settings.Discogs.BaseUrl = server.BaseUrl;
        harness.Settings.Discogs.Username = data.Username;
        harness.Settings.Discogs.Token = FakeDiscogsOptions.DefaultToken;
        return new NightlyWorld(server, harness, clock);
    }

    /// <summary>No rate-limit waits; a timeout far beyond the one fake second a request takes.</summary>
    public static HttpPolicyOptions Policy() => HarvestOverHttpTests.Policy() with
    {
        PermitsPerWindow = 1_000_000,
        Window = TimeSpan.FromSeconds(60),
        AttemptTimeout = TimeSpan.FromSeconds(30),
    };

    public Task<RunSummary> RunAsync(IReadOnlyList<PipelineStep> steps, RunOptions? options = null) => Harness.RunAsync(null, steps, options, Policy());

    /// <summary>The album pages written, by their path under content/albums.</summary>
    public IReadOnlyDictionary<string, string> AlbumPages()
    {
        var root = Path.Combine(Harness.Settings.Paths.Output, "content", "albums");
        return Directory.EnumerateFiles(root, "index.md", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(root, path), File.ReadAllText, StringComparer.Ordinal);
    }

    public static bool IsPartial(string page) => page.Contains("\npartial: true\n", StringComparison.Ordinal);

    public static string DiscogsId(string page) => page.Split('\n').Single(l => l.StartsWith("discogs_id: ", StringComparison.Ordinal))["discogs_id: ".Length..].Trim('"');

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Harness.Dispose();
    }
}
