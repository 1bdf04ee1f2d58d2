using CollectionSite.Hosting;
using CollectionSite.Stages.Discogs;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Storage;

namespace CollectionSite.Tests.Stages;

/// <summary>The stage base owns "done": what a stage returns is stored and marked in one transaction.</summary>
public sealed class ItemStageTests
{
    private PipelineHarness harness = null!;
    private InMemoryDiscogsApi discogs = null!;
    private ScriptedSource script = null!;

    [SetUp]
    public void SetUp()
    {
        script = new ScriptedSource();
        harness = new PipelineHarness("item-stage") { Time = new FakeTimeProvider(TestClock.Start), TestStageArguments = [script] };
        discogs = new InMemoryDiscogsApi();
        foreach (var id in new long[] { 1, 2 })
        {
            discogs.Collection.Add(CollectionRepositoryTests.Item(id, id * 100));
        }
    }

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task RunAsync_StageReturnsMarkDone_ItemIsDoneWithoutTheStageTouchingProgress()
    {
        await harness.RunAsync(discogs, [typeof(HarvestCollection), typeof(ScriptedReleaseStage)]);
        script.Calls.Clear();

        await harness.RunAsync(discogs, [typeof(HarvestCollection), typeof(ScriptedReleaseStage)]);
        var rows = await Progress().GetProgressAsync(ScriptedReleaseStage.Key, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Values.Select(r => r.Status), Is.EqualTo(new[] { ItemStatus.Done, ItemStatus.Done }));
            Assert.That(script.Calls, Is.Empty, "nothing pending on the second run");
        });
    }

    [Test]
    public async Task RunAsync_WriteFails_ItemRecordedAsFailedNotDoneAndTriedNextRun()
    {
        script.UnstorableItems.Add(200);

        var first = await harness.RunAsync(discogs, [typeof(HarvestCollection), typeof(ScriptedReleaseStage)]);
        script.UnstorableItems.Clear();
        script.Calls.Clear();
        await harness.RunAsync(discogs, [typeof(HarvestCollection), typeof(ScriptedReleaseStage)]);

        Assert.Multiple(() =>
        {
            Assert.That(first.OpenFailures.Single().LastError, Is.EqualTo("disk full"));
            Assert.That(first.Stages[^1].Failed, Is.EqualTo(1));
            Assert.That(script.Calls, Is.EqualTo(new long[] { 200 }));
        });
    }

    [Test]
    public async Task FetchArtists_ArtistCreditedOnTwoReleasesAnd404_EachAskedOnceTheMissingOneRemembered()
    {
        var shared = new CollectionSite.Domain.ArtistCredit(45, "Shared", null, null, null, null);
        var missing = new CollectionSite.Domain.ArtistCredit(46, "Missing", null, null, null, null);
        discogs.Releases[100] = InMemoryDiscogsApi.SampleRelease(100, null, shared, missing);
        discogs.Releases[200] = InMemoryDiscogsApi.SampleRelease(200, null, shared);
        discogs.Artists[45] = InMemoryDiscogsApi.SampleArtist(45);

        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        await harness.RunAsync(discogs, PipelineDefinitions.Harvest);
        var cached = await new ArtistRepository(new StateDatabase(harness.Settings.Paths.State)).GetAllAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(discogs.Calls.Where(c => c.StartsWith("artist:", StringComparison.Ordinal)), Is.EqualTo(new[] { "artist:45", "artist:46" }));
            Assert.That(cached[46].IsNotFound, Is.True);
        });
    }

    private StageProgressRepository Progress() => new(new StateDatabase(harness.Settings.Paths.State));
}
