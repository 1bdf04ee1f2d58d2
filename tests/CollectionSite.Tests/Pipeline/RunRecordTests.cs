using CollectionSite.Hosting;
using CollectionSite.Clients.Discogs;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Discogs;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Pipeline;

/// <summary>How a run ends is recorded in runs with its message, and the runner returns it instead of throwing.</summary>
public sealed class RunRecordTests
{
    private PipelineHarness harness = null!;
    private InMemoryDiscogsApi discogs = null!;

    [SetUp]
    public void SetUp()
    {
        harness = new PipelineHarness("runs") { Time = new FakeTimeProvider(TestClock.Start) };
        discogs = new InMemoryDiscogsApi();
        discogs.AddOwnedRelease(1);
    }

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task RunAsync_StageThrowsUnexpectedException_CrashedWithOneLineRecordedAndWorkKept()
    {
        var script = new ScriptedSource { Requirement = StageRequirement.Required, Rejection = new InvalidOperationException("Sequence contains no elements\n   at Somewhere()") };
        harness.TestStageArguments = [script];

        var summary = await harness.RunAsync(discogs, [typeof(HarvestCollection), typeof(ThrowingStage), typeof(FetchReleaseDetails)]);
        var run = await Runs().GetLatestAsync(CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Crashed));
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Aborted));
            Assert.That(summary.Message, Does.Contain("Sequence contains no elements").And.Contain("Finished work is saved"));
            Assert.That(summary.Message, Does.Not.Contain("\n").And.Not.Contain("   at "));
            Assert.That(run, Is.EqualTo(new RunRecord(1, "test", "crashed", summary.Message)));
            Assert.That(summary.Stages.Select(s => s.Stage), Is.EqualTo(new[] { "List collection" }));
            Assert.That(await new CollectionRepository(new StateDatabase(harness.Settings.Paths.State)).CountActiveAsync(CancellationToken.None), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RunAsync_OptionalStageThrowsUnexpectedException_CrashedNotStopped()
    {
        harness.TestStageArguments = [new ScriptedSource { Rejection = new NullReferenceException("Object reference not set to an instance of an object.") }];

        var summary = await harness.RunAsync(discogs, [typeof(ThrowingStage)]);

        Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Crashed), "only a fatal remote error stops an optional stage alone");
    }

    [Test]
    public async Task RunAsync_TokenRejected_RecordedAsAbortedWithItsMessage()
    {
        discogs.Failures["release:100"] = new DiscogsAuthenticationException("Discogs rejected the token (401 Unauthorized). Create a new one.");

        var summary = await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        var run = await Runs().GetLatestAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Aborted));
            Assert.That(run, Is.EqualTo(new RunRecord(1, "test", "aborted", "Discogs rejected the token (401 Unauthorized). Create a new one.")));
        });
    }

    [Test]
    public async Task RunAsync_Completed_RecordedWithoutMessage()
    {
        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);

        Assert.That(await Runs().GetLatestAsync(CancellationToken.None), Is.EqualTo(new RunRecord(1, "test", "completed", null)));
    }

    private RunRepository Runs() => new(new StateDatabase(harness.Settings.Paths.State));
}
