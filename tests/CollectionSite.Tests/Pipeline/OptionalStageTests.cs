using CollectionSite.Hosting;
using CollectionSite.Clients.Http;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Site;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Pipeline;

/// <summary>
/// Per-source isolation: an optional stage whose source rejects every request (401, open breaker) stops alone,
/// and the run goes on to render the site; a required one still aborts the run.
/// </summary>
public sealed class OptionalStageTests
{
    private const string Fix = "Apple Music rejected the developer token (401 Unauthorized). Create a new key at developer.apple.com and set AppleMusic:PrivateKey.";
    private static readonly IReadOnlyList<PipelineStep> BuildWithEnrichment =
        [.. PipelineDefinitions.Harvest, typeof(ScriptedReleaseStage), typeof(InstallSiteSkeleton), typeof(RenderSite)];

    private PipelineHarness harness = null!;
    private InMemoryDiscogsApi discogs = null!;
    private ScriptedSource apple = null!;

    [SetUp]
    public void SetUp()
    {
        harness = new PipelineHarness("optional") { Time = new FakeTimeProvider(TestClock.Start) };
        discogs = new InMemoryDiscogsApi();
        foreach (var id in new long[] { 1, 2, 3 })
        {
            discogs.AddOwnedRelease(id);
        }

        apple = new ScriptedSource { RejectAfter = 1, Rejection = new FatalRemoteException(Fix) };
        harness.TestStageArguments = [apple];
    }

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task Build_OptionalSourceAnswers401_StageStopsSiteIsRenderedExit0()
    {
        var summary = await harness.RunAsync(discogs, BuildWithEnrichment);

        var stopped = summary.StoppedStages.Single();
        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.CompletedWithFailures));
            Assert.That(stopped.Stopped, Is.EqualTo(new StageStop(DataSource.AppleMusic, Fix)), "names the source and the fix");
            Assert.That((stopped.Processed, stopped.Failed), Is.EqualTo((1, 0)), "the rejected request is not an item failure");
            Assert.That(apple.Calls, Has.Count.EqualTo(2), "no request after the rejection");
            Assert.That(summary.Stages[^1].Stage, Is.EqualTo("Render pages"));
            Assert.That(Directory.GetFiles(Path.Combine(harness.Settings.Paths.Output, "content", "albums"), "index.md", SearchOption.AllDirectories), Has.Length.EqualTo(3));
            Assert.That(summary.OpenFailures, Is.Empty);
        });
    }

    [Test]
    public async Task Build_OptionalSourceAnswers401WithStrict_Exit3()
    {
        var summary = await harness.RunAsync(discogs, BuildWithEnrichment, new RunOptions(Strict: true));

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.ItemFailures));
            Assert.That(summary.Stages[^1].Stage, Is.EqualTo("Render pages"));
        });
    }

    [Test]
    public async Task Build_KeyFixedAfterAStoppedRun_NextRunDoesTheRestOnly()
    {
        await harness.RunAsync(discogs, BuildWithEnrichment);
        apple.RejectAfter = null;
        apple.Calls.Clear();

        var summary = await harness.RunAsync(discogs, BuildWithEnrichment);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(apple.Calls, Is.EqualTo(new long[] { 200, 100 }), "300 was done before the rejection");
        });
    }

    [Test]
    public async Task Build_OptionalStageOfAnotherShapeThrowsFatal_StoppedAndTheRunGoesOn()
    {
        apple.Rejection = new CircuitOpenException("Apple Music kept failing (circuit breaker open). Try again later.");

        var summary = await harness.RunAsync(discogs, [.. PipelineDefinitions.Harvest, typeof(ThrowingStage), typeof(InstallSiteSkeleton), typeof(RenderSite)]);

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(summary.StoppedStages.Single().Stopped!.Reason, Does.Contain("circuit breaker open"));
            Assert.That(harness.Reporter.Finished.Select(r => r.Stage), Does.Contain("Throw at once"), "reported like any stage");
            Assert.That(summary.Stages[^1].Stage, Is.EqualTo("Render pages"));
        });
    }

    [Test]
    public async Task Build_RequiredSourceAnswers401_RunAbortsExit1BeforeRendering()
    {
        apple = new ScriptedSource { Requirement = StageRequirement.Required, RejectAfter = 1, Rejection = new FatalRemoteException(Fix) };
        harness.TestStageArguments = [apple];

        var summary = await harness.RunAsync(discogs, BuildWithEnrichment);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Aborted));
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Aborted));
            Assert.That(summary.Message, Is.EqualTo(Fix));
            Assert.That(summary.Stages.Select(s => s.Stage), Does.Not.Contain("Render pages"));
        });
    }
}
