using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Pipeline;

/// <summary>--refresh per source: each per-item stage obeys its own source's date, remembered until done.</summary>
public sealed class SourceRefreshTests
{
    private static readonly IReadOnlyList<PipelineStep> HarvestAndApple = [.. PipelineDefinitions.Harvest, typeof(ScriptedReleaseStage)];
    private PipelineHarness harness = null!;
    private InMemoryDiscogsApi discogs = null!;
    private ScriptedSource apple = null!;
    private FakeTimeProvider clock = null!;

    [SetUp]
    public async Task SetUp()
    {
        clock = new FakeTimeProvider(TestClock.Start);
        apple = new ScriptedSource();
        harness = new PipelineHarness("refresh") { Time = clock, TestStageArguments = [apple] };
        discogs = new InMemoryDiscogsApi();
        foreach (var id in new long[] { 1, 2, 3 })
        {
            discogs.AddOwnedRelease(id, masterId: 7);
        }
        await harness.RunAsync(discogs, HarvestAndApple);
        discogs.Calls.Clear();
        apple.Calls.Clear();
        clock.Advance(TimeSpan.FromDays(1));
    }

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task RunAsync_RefreshApple_OnlyTheAppleStageRedoesItsItems()
    {
        await harness.RunAsync(discogs, HarvestAndApple, Refresh(DataSource.AppleMusic));

        Assert.Multiple(() =>
        {
            Assert.That(apple.Calls, Is.EqualTo(new long[] { 300, 200, 100 }));
            Assert.That(discogs.Calls, Is.EqualTo(new[] { "page:1" }));
        });
    }

    [Test]
    public async Task RunAsync_RefreshDiscogs_AppleItemsLeftAlone()
    {
        await harness.RunAsync(discogs, HarvestAndApple, Refresh(DataSource.Discogs));

        Assert.Multiple(() =>
        {
            Assert.That(apple.Calls, Is.Empty);
            Assert.That(discogs.Calls.Count(c => c.StartsWith("release:", StringComparison.Ordinal)), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task RunAsync_RefreshInterrupted_NextPlainRunFinishesItWithoutRepeats()
    {
        using var cancellation = new CancellationTokenSource();
        apple.RejectAfter = null;
        discogs.OnCall = call =>
        {
            if (call == "release:200")
            {
                cancellation.Cancel();
            }
        };

        var interrupted = await harness.RunAsync(discogs, HarvestAndApple, Refresh(DataSource.Discogs, DataSource.AppleMusic), cancellationToken: cancellation.Token);
        discogs.OnCall = null;
        discogs.Calls.Clear();
        clock.Advance(TimeSpan.FromHours(1));
        await harness.RunAsync(discogs, HarvestAndApple);

        Assert.Multiple(() =>
        {
            Assert.That(interrupted.Outcome, Is.EqualTo(RunOutcome.Interrupted));
            Assert.That(discogs.Calls.Where(c => c.StartsWith("release:", StringComparison.Ordinal)), Is.EqualTo(new[] { "release:200", "release:100" }));
            Assert.That(apple.Calls, Is.EqualTo(new long[] { 300, 200, 100 }), "the Apple refresh had not started");
        });
    }

    private static RunOptions Refresh(params DataSource[] sources) => new(Refresh: sources.ToHashSet());
}
