using System.Globalization;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Storage;

public sealed class MigratorTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("migrations");

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task OpenAsync_NewDatabase_AppliesEveryMigrationInWalMode()
    {
        await using var connection = await new StateDatabase(folder).OpenAsync(CancellationToken.None);

        var version = Convert.ToInt32(await connection.ScalarAsync("PRAGMA user_version;", CancellationToken.None), CultureInfo.InvariantCulture);
        var mode = await connection.ScalarAsync("PRAGMA journal_mode;", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(version, Is.EqualTo(Migrator.Available[^1].Version));
            Assert.That(mode, Is.EqualTo("wal"));
        });
    }

    [Test]
    public async Task OpenAsync_SecondProcessOpensMigratedDatabase_KeepsData()
    {
        var first = new StateDatabase(folder);
        await new SkipListRepository(first).AddAsync(42, "why", DateTimeOffset.UnixEpoch, CancellationToken.None);

        var skipped = await new SkipListRepository(new StateDatabase(folder)).GetAllAsync(CancellationToken.None);

        Assert.That(skipped.Single().ReleaseId, Is.EqualTo(42));
    }

    [Test]
    public async Task OpenAsync_DatabaseFromNewerVersion_ClearError()
    {
        await using (var connection = await new StateDatabase(folder).OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("PRAGMA user_version = 999;", CancellationToken.None);
        }

        var error = Assert.ThrowsAsync<StateDatabaseException>(() => new StateDatabase(folder).OpenAsync(CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("newer CollectionSite"));
    }
}
