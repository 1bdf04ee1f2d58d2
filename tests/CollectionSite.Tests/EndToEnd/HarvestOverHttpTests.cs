using CollectionSite.Hosting;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// The harvest pipeline with the real HTTP client and handler against the fake Discogs server, which
/// enforces a moving window (scaled down so the tests run in seconds) and injects faults.
/// </summary>
[NonParallelizable]
[Category("Kestrel")]
public sealed class HarvestOverHttpTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);
    private PipelineHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new PipelineHarness("http-harvest");

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task Harvest_ThousandItemCollection_NoTooManyRequestsAndNeverOverBudget()
    {
        await using var server = await Start(FakeDiscogsData.Generate(1000, 40, 60, seed: 5));

        var summary = await Run(server);
        var log = server.Log;
        var requests = log.Snapshot();
        var elapsed = requests[^1].Arrival - requests[0].Arrival;
        var achieved = (requests.Count - 1) / elapsed.TotalSeconds;
        var budget = 60 / Window.TotalSeconds;
        // The share of the budget used is printed, not asserted: it is a wall-clock figure that a busy machine moves,
        // so it belongs in bench/ (issue 14's harvest-efficiency figure), not in a test that must not flake.
        TestContext.Out.WriteLine($"{requests.Count} requests in {elapsed.TotalSeconds:0.00} s: {achieved:0.0}/s of a {budget:0}/s budget ({achieved / budget:P1}); 429s: {log.TooManyRequests}; peak in any window: {log.PeakInAnyWindow(Window)}");

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(log.TooManyRequests, Is.Zero);
            Assert.That(log.PeakInAnyWindow(Window), Is.LessThanOrEqualTo(60));
            Assert.That(requests.Count(r => r.PathAndQuery.StartsWith("/releases/", StringComparison.Ordinal)), Is.EqualTo(1000));
        });
    }

    [Test]
    public async Task Harvest_OtherTrafficFromSameAddress_ServerCountTrustedNoTooManyRequests()
    {
        await using var server = await Start(FakeDiscogsData.Generate(150, 10, 10, seed: 6));
        server.ConsumeBudget(55);

        var summary = await Run(server);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(server.Log.TooManyRequests, Is.Zero);
        });
    }

    private static Task<FakeDiscogsServer> Start(FakeDiscogsData data) =>
        FakeDiscogsServer.StartAsync(new FakeDiscogsOptions { Permits = 60, Window = Window, Data = data });

    private Task<RunSummary> Run(FakeDiscogsServer server, RunOptions? options = null)
    {
        harness.Settings.Discogs.BaseUrl = server.BaseUrl;
        harness.Settings.Discogs.Username = "example";
        harness.Settings.Discogs.Token = FakeDiscogsOptions.DefaultToken;
        return harness.RunAsync(null, PipelineDefinitions.Harvest, options, policy: Policy());
    }

    internal static HttpPolicyOptions Policy() => DiscogsServiceCollectionExtensions.PolicyFor(new CollectionSite.Configuration.DiscogsSettings()) with
    {
        PermitsPerWindow = 60,
        Window = Window,
        AttemptTimeout = TimeSpan.FromMilliseconds(400),
        BaseRetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        Jitter = new Random(3),
        // Real Discogs: 2 % of 60 s = 1.2 s of margin, far above network jitter. Scaled to this 500 ms window it would be
        // 10 ms, below a loaded machine's scheduling delay between our grant and the server's arrival stamp (the
        // enrichment bench saw up to ~45 ms at load 5 on 2 cores, and this test then met a 429 in about half its runs).
        SafetyMarginFraction = 0.1,
    };
}
