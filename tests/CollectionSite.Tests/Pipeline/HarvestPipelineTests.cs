using CollectionSite.Hosting;
using CollectionSite.Clients.Discogs;
using CollectionSite.Domain;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Discogs;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Storage;

namespace CollectionSite.Tests.Pipeline;

public sealed class HarvestPipelineTests
{
    private PipelineHarness harness = null!;
    private InMemoryDiscogsApi discogs = null!;
    private FakeTimeProvider clock = null!;

    [SetUp]
    public void SetUp()
    {
        clock = new FakeTimeProvider(TestClock.Start);
        harness = new PipelineHarness("harvest") { Time = clock };
        discogs = new InMemoryDiscogsApi();
        foreach (var id in new long[] { 1, 2, 3 })
        {
            discogs.AddOwnedRelease(id, masterId: 7);
        }
    }

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task RunAsync_FreshCollection_FetchesEachReleaseOnceAndSharedMasterOnce()
    {
        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(discogs.Calls.Count(c => c.StartsWith("release:", StringComparison.Ordinal)), Is.EqualTo(3));
            Assert.That(discogs.Calls.Count(c => c == "master:7"), Is.EqualTo(1));
            Assert.That(discogs.Calls.Count(c => c.StartsWith("artist:", StringComparison.Ordinal)), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task RunAsync_SecondRunWithNothingNew_OnlyListsTheCollection()
    {
        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        discogs.Calls.Clear();

        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(discogs.Calls, Is.EqualTo(new[] { "page:1" }));
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed));
        });
    }

    [Test]
    public async Task RunAsync_OneReleaseFails_RecordedAndTheRunGoesOn()
    {
        discogs.Failures["release:200"] = new DiscogsApiException("GET /releases/200 answered 502 Bad Gateway: upstream", System.Net.HttpStatusCode.BadGateway, "/releases/200");

        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        var strict = await harness.RunAsync(discogs, PipelineDefinitions.Harvest, new RunOptions(Strict: true));

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.CompletedWithFailures));
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(summary.OpenFailures.Single().ItemId, Is.EqualTo(200));
            Assert.That(summary.OpenFailures.Single().LastError, Does.Contain("502"));
            Assert.That(summary.OpenFailures.Single().Attempts, Is.EqualTo(1));
            Assert.That(discogs.Calls, Does.Contain("release:300"));
            Assert.That(strict.ExitCode, Is.EqualTo(ExitCode.ItemFailures));
        });
    }

    [Test]
    public async Task RunAsync_FailedReleaseRecovers_RetriedOnTheNextPlainRunAndCleared()
    {
        discogs.Failures["release:200"] = new DiscogsApiException("boom");
        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        discogs.Failures.Clear();

        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed));
        });
    }

    [Test]
    public async Task RunAsync_ReleaseNotFound_RecordedOnceAndNeverAskedAgain()
    {
        discogs.Releases.TryRemove(300, out _);
        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        discogs.Calls.Clear();

        await harness.RunAsync(discogs, PipelineDefinitions.Harvest, new RunOptions(RetryFailed: true));

        Assert.That(discogs.Calls, Does.Not.Contain("release:300"));
    }

    [Test]
    public async Task RunAsync_TokenRejected_AbortsWithExitCode1()
    {
        discogs.Failures["release:300"] = new DiscogsAuthenticationException("Discogs rejected the token (401 Unauthorized).");

        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Aborted));
            Assert.That(summary.Message, Does.Contain("401"));
        });
    }

    [Test]
    public async Task RunAsync_SameReleaseOwnedTwiceAndVariousArtists_OneFetchNoVariousPage()
    {
        discogs.Collection.Add(CollectionRepositoryTests.Item(4, 100));
        discogs.Releases[100] = InMemoryDiscogsApi.SampleRelease(100, null, new ArtistCredit(FetchArtists.VariousArtistsId, "Various", null, null, null, null));

        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(discogs.Calls.Count(c => c == "release:100"), Is.EqualTo(1));
            Assert.That(discogs.Calls, Does.Not.Contain("artist:194"));
        });
    }

    [Test]
    public async Task RunAsync_Refresh_RefetchesEverythingOnce()
    {
        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        discogs.Calls.Clear();
        clock.Advance(TimeSpan.FromDays(1));

        await harness.RunAsync(discogs, PipelineDefinitions.Harvest, new RunOptions(Refresh: new HashSet<DataSource> { DataSource.Discogs }));
        var afterRefresh = discogs.Calls.ToList();
        discogs.Calls.Clear();
        clock.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(afterRefresh.Count(c => c.StartsWith("release:", StringComparison.Ordinal)), Is.EqualTo(3));
            Assert.That(afterRefresh.Count(c => c == "master:7"), Is.EqualTo(1));
            Assert.That(afterRefresh.Count(c => c.StartsWith("artist:", StringComparison.Ordinal)), Is.EqualTo(3));
            Assert.That(discogs.Calls, Is.EqualTo(new[] { "page:1" }), "the finished refresh is not repeated");
        });
    }

    [Test]
    public async Task RunAsync_CancelledBeforeStart_InterruptedWithExitCode130()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest, cancellationToken: cancellation.Token);

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Interrupted));
            Assert.That(summary.Message, Does.Contain("run the same command again"));
        });
    }

    [Test]
    public async Task RunAsync_CancelledMidStage_KeepsFinishedWorkAndResumesWithoutRepeats()
    {
        using var cancellation = new CancellationTokenSource();
        discogs.OnCall = call =>
        {
            if (call == "release:100")
            {
                cancellation.Cancel();
            }
        };

        var interrupted = await harness.RunAsync(discogs, PipelineDefinitions.Harvest, cancellationToken: cancellation.Token);
        discogs.OnCall = null;
        discogs.Calls.Clear();
        var resumed = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(interrupted.ExitCode, Is.EqualTo(ExitCode.Interrupted));
            Assert.That(resumed.Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(discogs.Calls, Does.Not.Contain("release:300").And.Not.Contain("release:200"), "finished before the interrupt");
            Assert.That(discogs.Calls, Does.Contain("release:100"), "interrupted in flight, so asked again");
        });
    }
}
