using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// `build --demo` (the real executable, offline) with the artwork folder on a small tmpfs that is full or read-only: the
/// run stops with one line naming the folder and the fix (exit 1), also when a killed run's leftovers cannot be deleted,
/// instead of recording every cover as a failed item and using up its attempts; with the disk fixed, the next run
/// finishes every cover.
/// </summary>
[NonParallelizable]
[Category("Process")]
[Category("Reliability")]
public sealed class ArtworkDiskFaultsTests() : ProcessScratchFixture("artwork-disk")
{
    [TestCase("full", "No space left on device", "Free some space on that disk")]
    [TestCase("read-only", "Read-only file system", "Make the folder writable")]
    public async Task Build_ArtworkFolderRefusesWrites_OneLineNothingRecordedAsFailedThenNextRunFinishes(string fault, string reason, string fix)
    {
        var artwork = Path.Combine(Folder, "state", "demo", "artwork");
        using var disk = DiskFaultsMount.Create(artwork, 2048);
        // A download a killed run left: the stage deletes such leftovers first, which a read-only disk refuses too.
        Directory.CreateDirectory(Path.Combine(artwork, "tmp"));
        File.WriteAllText(Path.Combine(artwork, "tmp", "0123456789abcdef0123456789abcdef"), "half a download");
        var filler = fault == "full" ? disk.Fill(freeKilobytes: 16) : null;
        if (fault == "read-only")
        {
            disk.ReadOnly(true);
        }

        using var failed = Build();
        var exit = await failed.WaitAsync(RunTimeout);
        var database = Path.Combine(Folder, "state", "demo", StateDatabase.FileName);
        var failedArtwork = ArtworkFailures(database);
        if (filler is not null)
        {
            File.Delete(filler);
        }
        else
        {
            disk.ReadOnly(false);
        }

        using var next = Build();
        var nextExit = await next.WaitAsync(RunTimeout);

        var lines = failed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), failed.Output + failed.Error);
            Assert.That(lines, Has.Length.EqualTo(1), failed.Error);
            Assert.That(failed.Error, Does.Contain($"Could not write the artwork folder '{artwork}'").And.Contain(reason).And.Contain(fix));
            Assert.That(failed.Output + failed.Error, Does.Not.Contain("   at "), "no stack trace on the console");
            Assert.That(failedArtwork, Is.Zero, "a full or read-only disk is no item's failure: no attempt is used up");
            Assert.That(nextExit, Is.Zero, next.Output + next.Error);
            Assert.That(ArtworkFailures(database), Is.Zero);
            Assert.That(Directory.GetFiles(Path.Combine(Folder, "site"), "cover-*.webp", SearchOption.AllDirectories), Is.Not.Empty, "covers in the site");
        });
    }

    private CliProcess Build() =>
        CliProcess.Start(Folder, new Dictionary<string, string>(), "build", "--demo", "--output", Path.Combine(Folder, "site"), "--state", Path.Combine(Folder, "state"));

    private static long ArtworkFailures(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM stage_progress WHERE status IN ('failed', 'dead_letter');";
        return (long)command.ExecuteScalar()!;
    }
}
