using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Storage;

/// <summary>StateBackup's keep-N pruning when several backups fall within one second (their names then carry a counter).</summary>
public sealed class StateBackupTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("state-backup");

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task CreateAsync_ThreeInOneSecondKeepOne_KeepsTheNewest()
    {
        var backup = new StateBackup(new StateDatabase(Path.Combine(folder, "state")), new FakeTimeProvider(TestClock.Start));
        var backups = Path.Combine(folder, "backups");

        var results = new List<BackupResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await backup.CreateAsync(backups, keep: 1, CancellationToken.None));
        }

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => Path.GetFileName(r.FilePath)), Is.EqualTo(new[] { "collectionsite-20260115-120000.db", "collectionsite-20260115-120000-2.db", "collectionsite-20260115-120000-3.db" }));
            Assert.That(StateBackup.List(backups), Is.EqualTo(new[] { results[2].FilePath }));
            Assert.That(results.Select(r => r.IsSound), Is.All.True);
        });
    }

    [Test]
    public async Task CreateAsync_TwoBackupsKeepOne_OnlyTheDbFileRemainsNoWalOrShmSidecars()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        var backup = new StateBackup(new StateDatabase(Path.Combine(folder, "state")), time);
        var backups = Path.Combine(folder, "backups");

        await backup.CreateAsync(backups, keep: 1, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        var last = await backup.CreateAsync(backups, keep: 1, CancellationToken.None);

        Assert.That(Directory.GetFiles(backups).Select(Path.GetFileName), Is.EqualTo(new[] { Path.GetFileName(last.FilePath) }));
    }
}
