using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Storage;

public sealed class StageProgressRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private string folder = string.Empty;
    private StateDatabase database = null!;
    private StageProgressRepository progress = null!;

    [SetUp]
    public async Task SetUp()
    {
        folder = TestPaths.NewScratchFolder("progress");
        database = new StateDatabase(folder);
        progress = new StageProgressRepository(database);
        var collection = new CollectionRepository(database);
        await collection.ReconcileAsync(
            [CollectionRepositoryTests.Item(1, 100), CollectionRepositoryTests.Item(2, 100), CollectionRepositoryTests.Item(3, 300), CollectionRepositoryTests.Item(4, 400)],
            Now,
            CancellationToken.None);
    }

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task GetActiveReleaseIdsAsync_TwoCopiesOfOneRelease_EachReleaseOnceNewestFirst()
    {
        var ids = await progress.GetActiveReleaseIdsAsync(null, CancellationToken.None);

        Assert.That(ids, Is.EqualTo(new long[] { 400, 300, 100 }));
    }

    [Test]
    public async Task GetActiveReleaseIdsAsync_SkippedRelease_Excluded()
    {
        await new SkipListRepository(database).AddAsync(400, "bootleg", Now, CancellationToken.None);

        var ids = await progress.GetActiveReleaseIdsAsync(null, CancellationToken.None);

        Assert.That(ids, Is.EqualTo(new long[] { 300, 100 }));
    }

    [Test]
    public async Task GetActiveReleaseIdsAsync_RequiredStageNotDone_NotEligible()
    {
        await progress.FinishAsync(Release("first", 300), ItemStatus.Done, null, Now, CancellationToken.None);
        await progress.FinishAsync(Release("first", 400), ItemStatus.NotFound, null, Now, CancellationToken.None);

        var ids = await progress.GetActiveReleaseIdsAsync("first", CancellationToken.None);

        Assert.That(ids, Is.EqualTo(new long[] { 300 }));
    }

    [Test]
    public async Task FinishAsync_WithWrite_DataAndDoneLandTogether()
    {
        var fetched = new CollectionSite.Domain.Fetched<CollectionSite.Domain.Artist>(InMemoryDiscogsApi.SampleArtist(45), "{}");
        var artists = new ArtistRepository(database);

        await progress.FinishAsync(new StageItem("a", ItemKinds.Artist, 45), ItemStatus.Done, (state, token) => artists.SaveAsync(state, 45, fetched, Now, token), Now, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That((await artists.GetAsync(45, CancellationToken.None))?.Value?.Name, Is.EqualTo("Artist 45"));
            Assert.That((await progress.GetProgressAsync("a", CancellationToken.None))[45].Status, Is.EqualTo(ItemStatus.Done));
        });
    }

    [Test]
    public async Task FinishAsync_WriteThrows_NeitherDataNorDoneIsStored()
    {
        var artists = new ArtistRepository(database);
        var fetched = new CollectionSite.Domain.Fetched<CollectionSite.Domain.Artist>(InMemoryDiscogsApi.SampleArtist(45), "{}");

        Assert.ThrowsAsync<InvalidOperationException>(() => progress.FinishAsync(
            new StageItem("a", ItemKinds.Artist, 45),
            ItemStatus.Done,
            async (state, token) =>
            {
                await artists.SaveAsync(state, 45, fetched, Now, token);
                throw new InvalidOperationException("disk full");
            },
            Now,
            CancellationToken.None));

        Assert.Multiple(async () =>
        {
            Assert.That(await artists.GetAsync(45, CancellationToken.None), Is.Null);
            Assert.That(await progress.GetProgressAsync("a", CancellationToken.None), Is.Empty);
        });
    }

    [Test]
    public async Task FinishAsync_AfterFailure_ClearsFailureAndAttempts()
    {
        await progress.RecordFailureAsync(Release("s", 100), ItemStatus.Failed, 2, "boom", Now, CancellationToken.None);

        await progress.FinishAsync(Release("s", 100), ItemStatus.Done, null, Now, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await progress.GetFailuresAsync(CancellationToken.None), Is.Empty);
            Assert.That((await progress.GetProgressAsync("s", CancellationToken.None))[100].Attempts, Is.Zero);
        });
    }

    [Test]
    public async Task GetFailuresAsync_FailedAndDeadLetter_BothListedMostAttemptsFirstWithErrors()
    {
        await progress.RecordFailureAsync(Release("s", 100), ItemStatus.Failed, 1, "first", Now, CancellationToken.None);
        await progress.RecordFailureAsync(new StageItem("a", ItemKinds.Artist, 45), ItemStatus.DeadLetter, 5, "gone", Now, CancellationToken.None);

        var failures = await progress.GetFailuresAsync(CancellationToken.None);

        Assert.That(failures, Is.EqualTo(new[]
        {
            new StageFailure("a", ItemKinds.Artist, 45, ItemStatus.DeadLetter, 5, "gone", Now),
            new StageFailure("s", ItemKinds.Release, 100, ItemStatus.Failed, 1, "first", Now),
        }));
    }

    [Test]
    public async Task GetFailuresAsync_ReleaseLeftTheCollection_NoLongerListed()
    {
        await progress.RecordFailureAsync(Release("s", 300), ItemStatus.Failed, 1, "boom", Now, CancellationToken.None);

        await new CollectionRepository(database).ReconcileAsync(
            [CollectionRepositoryTests.Item(1, 100), CollectionRepositoryTests.Item(4, 400)], Now, CancellationToken.None);

        Assert.That(await progress.GetFailuresAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task RequeueAsync_NoFilter_EveryDeadLetterBackAsFailedWithNoAttemptsOthersUntouched()
    {
        await progress.RecordFailureAsync(Release("s", 100), ItemStatus.DeadLetter, 5, "a", Now, CancellationToken.None);
        await progress.RecordFailureAsync(Release("t", 300), ItemStatus.DeadLetter, 5, "b", Now, CancellationToken.None);
        await progress.RecordFailureAsync(Release("s", 400), ItemStatus.Failed, 2, "c", Now, CancellationToken.None);

        var requeued = await progress.RequeueAsync(null, null, null, CancellationToken.None);
        var s = await progress.GetProgressAsync("s", CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(requeued, Is.EqualTo(2));
            Assert.That((s[100].Status, s[100].Attempts), Is.EqualTo((ItemStatus.Failed, 0)));
            Assert.That((s[400].Status, s[400].Attempts), Is.EqualTo((ItemStatus.Failed, 2)), "not a dead letter");
            Assert.That((await progress.GetProgressAsync("t", CancellationToken.None))[300].Status, Is.EqualTo(ItemStatus.Failed));
        });
    }

    [Test]
    public async Task RequeueAsync_StageAndItemFilters_OnlyThoseComeBack()
    {
        await progress.RecordFailureAsync(Release("s", 100), ItemStatus.DeadLetter, 5, "a", Now, CancellationToken.None);
        await progress.RecordFailureAsync(Release("s", 300), ItemStatus.DeadLetter, 5, "b", Now, CancellationToken.None);
        await progress.RecordFailureAsync(Release("t", 100), ItemStatus.DeadLetter, 5, "c", Now, CancellationToken.None);

        var byItem = await progress.RequeueAsync("s", 300, null, CancellationToken.None);
        var byStage = await progress.RequeueAsync("t", null, null, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That((byItem, byStage), Is.EqualTo((1, 1)));
            Assert.That((await progress.GetProgressAsync("s", CancellationToken.None))[100].Status, Is.EqualTo(ItemStatus.DeadLetter));
        });
    }

    private static StageItem Release(string stage, long id) => new(stage, ItemKinds.Release, id);
}
