using CollectionSite.Hosting;
using CollectionSite.Clients.Discogs;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Pipeline;

/// <summary>
/// Retries across runs: a failed item is tried again on the next run whatever the clock says, once per run;
/// after Retry:MaxAttempts failed runs it is dead-lettered until requeued. The clock never moves here.
/// </summary>
public sealed class RetryAcrossRunsTests
{
    private PipelineHarness harness = null!;
    private InMemoryDiscogsApi discogs = null!;

    [SetUp]
    public void SetUp()
    {
        harness = new PipelineHarness("retries") { Time = new FakeTimeProvider(TestClock.Start) };
        harness.Settings.Retry.MaxAttempts = 3;
        discogs = new InMemoryDiscogsApi();
        foreach (var id in new long[] { 1, 2, 3, 4, 5, 6 })
        {
            discogs.AddOwnedRelease(id, masterId: id);
        }
    }

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task Harvest_CleanRunRightAfterAFaultStorm_CompletesEveryReleaseWithoutWaiting()
    {
        foreach (var call in new[] { "release:100", "release:200", "master:3", "master:4", "artist:5000", "artist:6000" })
        {
            discogs.Failures[call] = new DiscogsApiException($"{call} answered 503 Service Unavailable");
        }

        var storm = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        discogs.Failures.Clear();
        var clean = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(storm.OpenFailures, Has.Count.EqualTo(6));
            Assert.That(clean.Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(clean.OpenFailures, Is.Empty);
            Assert.That(clean.DeadLetters, Is.Empty);
            Assert.That(discogs.Calls.Count(c => c == "artist:1000"), Is.EqualTo(1), "the artist of a release fetched late is fetched too, once");
        });
    }

    [Test]
    public async Task Harvest_ItemFailing_TriedOncePerRunNotAgainInTheSameRun()
    {
        discogs.Failures["artist:2000"] = new DiscogsApiException("502");

        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.That(discogs.Calls.Count(c => c == "artist:2000"), Is.EqualTo(2));
    }

    [Test]
    public async Task Harvest_ItemFailsMaxAttemptsRuns_DeadLetteredWithItsErrorAndNoLongerTried()
    {
        discogs.Failures["release:200"] = new DiscogsApiException("GET /releases/200 answered 500 Internal Server Error");

        var runs = new List<RunSummary>();
        for (var run = 0; run < 4; run++)
        {
            runs.Add(await harness.RunAsync(discogs, PipelineDefinitions.Harvest));
        }

        Assert.Multiple(() =>
        {
            Assert.That(runs[1].OpenFailures.Single().Attempts, Is.EqualTo(2));
            Assert.That(runs[2].OpenFailures, Is.Empty);
            Assert.That(runs[2].DeadLetters.Single(), Is.EqualTo(new StageFailure(
                "discogs.release", ItemKinds.Release, 200, ItemStatus.DeadLetter, 3, "GET /releases/200 answered 500 Internal Server Error", harness.Time.GetUtcNow())));
            Assert.That(discogs.Calls.Count(c => c == "release:200"), Is.EqualTo(3), "the fourth run leaves it alone");
            Assert.That(runs[3].Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(runs[3].ExitCode, Is.EqualTo(ExitCode.Success));
        });
    }

    [Test]
    public async Task Harvest_DeadLetterWithStrict_Exit3()
    {
        harness.Settings.Retry.MaxAttempts = 1;
        discogs.Failures["master:2"] = new DiscogsApiException("500");

        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest, new RunOptions(Strict: true));

        Assert.Multiple(() =>
        {
            Assert.That(summary.DeadLetters.Single().ItemId, Is.EqualTo(200));
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.ItemFailures));
        });
    }

    [Test]
    public async Task Harvest_DeadLetterRequeued_TriedAgainOnTheNextRunAndCompletes()
    {
        await DeadLetterAsync("release:200");

        var requeued = await Progress().RequeueAsync("discogs.release", 200, ItemKinds.Release, CancellationToken.None);
        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(requeued, Is.EqualTo(1));
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(summary.DeadLetters, Is.Empty);
            Assert.That(discogs.Calls.Count(c => c == "master:2"), Is.EqualTo(1), "the later stages follow");
        });
    }

    [Test]
    public async Task Harvest_RetryFailedOption_BringsDeadLettersBack()
    {
        await DeadLetterAsync("artist:3000");

        var plain = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        var retried = await harness.RunAsync(discogs, PipelineDefinitions.Harvest, new RunOptions(RetryFailed: true));

        Assert.Multiple(() =>
        {
            Assert.That(plain.DeadLetters.Single().ItemKind, Is.EqualTo(ItemKinds.Artist));
            Assert.That(retried.DeadLetters, Is.Empty);
            Assert.That(discogs.Calls.Count(c => c == "artist:3000"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Harvest_FailedItemsNoLongerListed_ForgottenSoStrictRunsEndClean()
    {
        discogs.Failures["artist:2000"] = new DiscogsApiException("503");
        discogs.Failures["release:300"] = new DiscogsApiException("503");
        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        discogs.Failures.Clear();
        // Release 200 (the only one crediting artist 2000) leaves the collection; release 300 is skipped.
        discogs.Collection.RemoveAll(item => item.ReleaseId == 200);
        await new SkipListRepository(new StateDatabase(harness.Settings.Paths.State)).AddAsync(300, null, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest, new RunOptions(Strict: true));

        Assert.Multiple(() =>
        {
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(summary.DeadLetters, Is.Empty);
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
        });
    }

    [Test]
    public async Task RetryCommand_ReleaseFilter_BringsBackThatReleaseOnlyAndSaysWhat()
    {
        await DeadLetterAsync("release:200", "artist:3000");
        var state = harness.Settings.Paths.State;

        var (exit, output, _) = await Cli.CliApplicationTests.Run("retry", "--release", "200", "--state", state);
        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.Contain("discogs.release release 200").And.Contain("1 dead letter(s) brought back"));
            Assert.That(summary.DeadLetters.Select(d => d.ItemKind), Is.EqualTo(new[] { ItemKinds.Artist }), "the artist stays a dead letter");
            Assert.That(discogs.Calls.Count(c => c == "release:200"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task RetryCommand_NothingMatches_SaysWhichStagesHaveDeadLetters()
    {
        await DeadLetterAsync("master:4");

        var (exit, output, _) = await Cli.CliApplicationTests.Run("retry", "--stage", "discogs.release", "--state", harness.Settings.Paths.State);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.Contain("No dead letter matches. Stages with dead letters: discogs.master."));
        });
    }

    /// <summary>One run in which <paramref name="calls"/> fail with MaxAttempts 1, so their items are dead-lettered; then the failures heal.</summary>
    private async Task DeadLetterAsync(params string[] calls)
    {
        harness.Settings.Retry.MaxAttempts = 1;
        foreach (var call in calls)
        {
            discogs.Failures[call] = new DiscogsApiException("500");
        }

        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        discogs.Failures.Clear();
    }

    private StageProgressRepository Progress() => new(new StateDatabase(harness.Settings.Paths.State));
}
