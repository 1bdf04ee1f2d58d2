using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// Faults from the fake Discogs server: the harvest either completes correctly or stops without pruning
/// anything, and every release that failed is recorded with its error.
/// </summary>
[NonParallelizable]
[Category("Kestrel")]
public sealed class HarvestFaultTests
{
    private const string ReleasesPath = "/users/example/collection/folders/0/releases";
    private PipelineHarness harness = null!;
    private FakeDiscogsServer server = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = new PipelineHarness("faults");
        server = await FakeDiscogsServer.StartAsync(new FakeDiscogsOptions
        {
            Permits = 10_000,
            Window = TimeSpan.FromSeconds(1),
            Data = FakeDiscogsData.Generate(350, 20, 20, seed: 9),
        });
    }

    [TearDown]
    public async Task TearDown()
    {
        await server.DisposeAsync();
        harness.Dispose();
    }

    [Test]
    public async Task Harvest_ShortPageOnce_ReReadAndCompletes()
    {
        server.Faults.Add(FakeDiscogsFault.ShortPage(drop: 7), ReleasesPath, page: 2);

        var summary = await Run();

        await AssertComplete(summary, 350);
    }

    [Test]
    public async Task Harvest_EmptyPageInTheMiddleOnce_ReReadAndCompletes()
    {
        server.Faults.Add(FakeDiscogsFault.EmptyPage(), ReleasesPath, page: 3);

        var summary = await Run();

        await AssertComplete(summary, 350);
    }

    [Test]
    public async Task Harvest_TotalChangesMidListing_RestartsAndTakesTheNewTotal()
    {
        server.Faults.Add(FakeDiscogsFault.ChangeDataAfter(data => data.AddNewestItems(3)), ReleasesPath, page: 2);

        var summary = await Run();

        await AssertComplete(summary, 353);
    }

    [Test]
    public async Task Harvest_PageAlwaysShortAfterAGoodRun_AbortsAndPrunesNothing()
    {
        await AssertComplete(await Run(), 350);
        server.Data.RemoveFromCollection(0, 10);
        server.Faults.Add(FakeDiscogsFault.ShortPage(drop: 5), ReleasesPath, page: 2, times: FakeDiscogsFaultRule.Forever);

        var summary = await Run();

        Assert.Multiple(async () =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Aborted));
            Assert.That(summary.Message, Does.Contain("incomplete").And.Contain("Nothing was"));
            Assert.That(await Collection().CountActiveAsync(CancellationToken.None), Is.EqualTo(350), "nothing pruned");
        });
    }

    [Test]
    public async Task Harvest_ServerErrorBurstsAndTimeouts_RetriedAndComplete()
    {
        server.Faults.Add(FakeDiscogsFault.Status(500), "/releases/", times: 2);
        server.Faults.Add(FakeDiscogsFault.Status(502), "/masters/", times: 2);
        server.Faults.Add(FakeDiscogsFault.Status(503), ReleasesPath, page: 2, times: 2);
        server.Faults.Add(FakeDiscogsFault.Delay(TimeSpan.FromSeconds(5)), "/artists/", times: 2);
        server.Faults.Add(FakeDiscogsFault.Abort(), "/releases/", skip: 20, times: 1);

        var summary = await Run();

        Assert.Multiple(async () =>
        {
            await AssertComplete(summary, 350);
            Assert.That(server.Log.Count(r => r.Fault is not null), Is.EqualTo(9));
        });
    }

    [Test]
    public async Task Harvest_BrokenReleaseBodies_RecordedWithTheirErrorsOthersDone()
    {
        var releases = server.Data.ReleaseIds();
        server.Faults.Add(FakeDiscogsFault.TruncatedJson(), $"/releases/{releases[3]}", times: FakeDiscogsFaultRule.Forever);
        server.Faults.Add(FakeDiscogsFault.HtmlPage(200), $"/releases/{releases[4]}", times: FakeDiscogsFaultRule.Forever);
        server.Faults.Add(FakeDiscogsFault.Status(500), $"/releases/{releases[5]}", times: FakeDiscogsFaultRule.Forever);

        var summary = await Run();
        var failures = summary.OpenFailures.ToDictionary(f => f.ItemId);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.CompletedWithFailures));
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(failures.Keys, Is.EquivalentTo(new[] { releases[3], releases[4], releases[5] }));
            Assert.That(failures[releases[3]].LastError, Does.Contain("malformed JSON"));
            Assert.That(failures[releases[4]].LastError, Does.Contain("text/html"));
            Assert.That(failures[releases[5]].LastError, Does.Contain("500"));
            Assert.That(failures.Values, Has.All.Property(nameof(StageFailure.Attempts)).EqualTo(1));
        });
    }

    [Test]
    public async Task Harvest_ServiceDown_CircuitBreakerStopsTheRunEarly()
    {
        server.Faults.Add(FakeDiscogsFault.Status(503), "/releases/", times: FakeDiscogsFaultRule.Forever);

        var summary = await Run();

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Aborted));
            Assert.That(summary.Message, Does.Contain("kept failing"));
            Assert.That(server.Log.Count(r => r.PathAndQuery.StartsWith("/releases/", StringComparison.Ordinal)), Is.LessThan(30), "stopped hammering");
        });
    }

    private Task<RunSummary> Run()
    {
        harness.Settings.Discogs.BaseUrl = server.BaseUrl;
        harness.Settings.Discogs.Username = "example";
        harness.Settings.Discogs.Token = FakeDiscogsOptions.DefaultToken;
        var policy = HarvestOverHttpTests.Policy() with { PermitsPerWindow = 10_000, Window = TimeSpan.FromSeconds(1) };
        return harness.RunAsync(null, PipelineDefinitions.Harvest, policy: policy);
    }

    private CollectionRepository Collection() => new(new StateDatabase(harness.Settings.Paths.State));

    private async Task AssertComplete(RunSummary summary, int copies)
    {
        Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed), summary.Message);
        Assert.That(await Collection().CountActiveAsync(CancellationToken.None), Is.EqualTo(copies));
        Assert.That(summary.OpenFailures, Is.Empty);
    }
}
