using CollectionSite.Clients.Http;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Discogs;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Pipeline;

/// <summary>
/// Lanes of a concurrent step run at the same time, and a stage that follows another one takes each item as soon as
/// that stage has stored it: enrichment works alongside the Discogs harvest instead of after it.
/// </summary>
public sealed class ConcurrentStepTests
{
    // Long enough for any machine; a follower that waited for the whole harvest would never let the gate open.
    private static readonly TimeSpan Deadlock = TimeSpan.FromSeconds(20);

    private static readonly IReadOnlyList<PipelineStep> HarvestWithFollower =
    [
        typeof(HarvestCollection),
        PipelineStep.Together([typeof(FetchReleaseDetails), typeof(FetchMasters), typeof(FetchArtists)], [typeof(FollowingReleaseStage)]),
    ];

    private PipelineHarness harness = null!;
    private InMemoryDiscogsApi discogs = null!;
    private ScriptedSource apple = null!;

    [SetUp]
    public void SetUp()
    {
        harness = new PipelineHarness("concurrent");
        discogs = new InMemoryDiscogsApi();
        for (var id = 1; id <= 5; id++)
        {
            discogs.AddOwnedRelease(id);
        }

        apple = new ScriptedSource();
        harness.TestStageArguments = [apple];
    }

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task Follower_TakesEachReleaseAsSoonAsItsDetailsAreStored()
    {
        // Release k's details are only requested once the follower has enriched k-1 releases: a follower that
        // waited for the harvest to end would leave the gate shut.
        var releaseRequests = 0;
        discogs.OnCall = call =>
        {
            if (!call.StartsWith("release:", StringComparison.Ordinal))
            {
                return;
            }

            var enrichedBefore = releaseRequests++;
            Assert.That(SpinWait.SpinUntil(() => apple.Calls.Count >= enrichedBefore, Deadlock), Is.True, $"follower never enriched {enrichedBefore} release(s)");
        };

        var summary = await harness.RunAsync(discogs, HarvestWithFollower);

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(apple.Calls, Is.EquivalentTo(new long[] { 100, 200, 300, 400, 500 }), "each release enriched exactly once");
            Assert.That(summary.Stages.Select(s => s.Stage), Is.EqualTo(new[]
            {
                "List collection", "Fetch release details", "Fetch masters", "Fetch artists", "Enrich following the details",
            }).Using<string>((a, b) => a.StartsWith(b[..5], StringComparison.Ordinal) ? 0 : 1), "results in the order the step lists them");
            Assert.That(summary.Stages[^1].Processed, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task Follower_SecondRun_HasNothingToDo()
    {
        await harness.RunAsync(discogs, HarvestWithFollower);
        apple.Calls.Clear();

        var again = await harness.RunAsync(discogs, HarvestWithFollower);

        Assert.That((apple.Calls.Count, again.Stages[^1].Processed), Is.EqualTo((0, 0)));
    }

    [Test]
    public async Task RequiredLaneAborts_FollowerIsCancelled_RunReportsTheAbort()
    {
        discogs.Failures["release:300"] = new DiscogsTestRejection("Discogs rejected the token (401 Unauthorized).");

        var summary = await harness.RunAsync(discogs, HarvestWithFollower);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Aborted));
            Assert.That(summary.Message, Does.Contain("401"), "the lane's cause, not the sibling's cancellation");
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Aborted));
        });
    }

    [Test]
    public async Task FollowerFailures_AreRecorded_HarvestIsUnaffected()
    {
        apple.FailingItems.Add(200);

        var summary = await harness.RunAsync(discogs, HarvestWithFollower);

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(summary.Stages.Single(s => s.Stage == "Fetch release details").Processed, Is.EqualTo(5));
            Assert.That(summary.OpenFailures.Select(f => (f.Stage, f.ItemId)), Is.EqualTo(new[] { (FollowingReleaseStage.Key, 200L) }));
            Assert.That(apple.Calls.Count(id => id == 200), Is.EqualTo(1), "a failed item is not retried within the run");
        });
    }

    [Test]
    public async Task Interrupted_WhileFollowerWaits_RunIsInterrupted()
    {
        using var cancellation = new CancellationTokenSource();
        discogs.OnCall = call =>
        {
            if (call == "release:300")
            {
                cancellation.Cancel();
            }
        };

        var summary = await harness.RunAsync(discogs, HarvestWithFollower, cancellationToken: cancellation.Token);

        Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Interrupted));
    }

    /// <summary>A fatal remote error of the required Discogs source.</summary>
    private sealed class DiscogsTestRejection(string message) : FatalRemoteException(message);
}
