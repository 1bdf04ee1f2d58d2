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
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task GetPendingAsync_NothingDone_EachReleaseOnceNewestFirst()
    {
        var pending = await Pending();

        Assert.That(pending.Select(p => p.ReleaseId), Is.EqualTo(new long[] { 400, 300, 100 }));
    }

    [Test]
    public async Task GetPendingAsync_DoneAndSkipped_Excluded()
    {
        await progress.MarkFinishedAsync(300, "s", "done", null, Now, CancellationToken.None);
        await new SkipListRepository(database).AddAsync(400, "bootleg", Now, CancellationToken.None);

        var pending = await Pending();

        Assert.That(pending.Select(p => p.ReleaseId), Is.EqualTo(new long[] { 100 }));
    }

    [Test]
    public async Task GetPendingAsync_FailureNotYetDue_WaitsUnlessRetryAll()
    {
        await progress.RecordFailureAsync(300, "s", "boom", Now.AddHours(1), Now, CancellationToken.None);

        var waiting = await Pending();
        var due = await Pending(now: Now.AddHours(2));
        var forced = await Pending(retryAll: true);

        Assert.Multiple(() =>
        {
            Assert.That(waiting.Select(p => p.ReleaseId), Does.Not.Contain(300L));
            Assert.That(due.Single(p => p.ReleaseId == 300).Attempts, Is.EqualTo(1));
            Assert.That(forced.Select(p => p.ReleaseId), Does.Contain(300L));
        });
    }

    [Test]
    public async Task RecordFailureAsync_Repeated_CountsAttemptsAndKeepsLastError()
    {
        await progress.RecordFailureAsync(100, "s", "first", Now, Now, CancellationToken.None);
        await progress.RecordFailureAsync(100, "s", "second", Now.AddHours(3), Now, CancellationToken.None);

        var failure = (await progress.GetFailuresAsync(CancellationToken.None)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(failure.Attempts, Is.EqualTo(2));
            Assert.That(failure.LastError, Is.EqualTo("second"));
            Assert.That(failure.NextAttemptUtc, Is.EqualTo(Now.AddHours(3)));
        });
    }

    [Test]
    public async Task MarkFinishedAsync_AfterFailure_ClearsFailure()
    {
        await progress.RecordFailureAsync(100, "s", "boom", Now, Now, CancellationToken.None);

        await progress.MarkFinishedAsync(100, "s", "done", null, Now, CancellationToken.None);

        Assert.That(await progress.GetFailuresAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task GetPendingAsync_RequiredStageNotDone_NotEligible()
    {
        await progress.MarkFinishedAsync(300, "first", "done", null, Now, CancellationToken.None);

        var pending = await progress.GetPendingAsync(new PendingQuery("second", "first", Now, null, false), CancellationToken.None);

        Assert.That(pending.Select(p => p.ReleaseId), Is.EqualTo(new long[] { 300 }));
    }

    [Test]
    public async Task GetPendingAsync_RefreshRequested_FinishedRowsOlderThanItArePendingAgain()
    {
        await progress.MarkFinishedAsync(100, "s", "done", null, Now, CancellationToken.None);
        await progress.MarkFinishedAsync(300, "s", "done", null, Now.AddHours(2), CancellationToken.None);

        var pending = await progress.GetPendingAsync(new PendingQuery("s", null, Now, Now.AddHours(1), false), CancellationToken.None);

        Assert.That(pending.Select(p => p.ReleaseId), Is.EquivalentTo(new long[] { 100, 400 }));
    }

    private Task<IReadOnlyList<PendingRelease>> Pending(DateTimeOffset? now = null, bool retryAll = false) =>
        progress.GetPendingAsync(new PendingQuery("s", null, now ?? Now, null, retryAll), CancellationToken.None);
}
