using CollectionSite.Hosting;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// The run lock and the database after a killed run: a process SIGKILLed while it holds the lock does not block the
/// next run (the OS drops the lock with the process), a leftover run.lock file nobody holds is taken, the SQLite -wal
/// left by the kill is recovered with everything committed before it, and a live lock still refuses with one line.
/// </summary>
[NonParallelizable]
[Category("Process")]
[Category("Reliability")]
public sealed class StaleLockTests() : ProcessScratchFixture("stale-lock")
{
    [Test]
    public async Task Build_PreviousRunKilledHoldingTheLock_NextRunCompletes()
    {
        var state = Path.Combine(Folder, "state");
        var lockFolder = Path.Combine(state, "demo");
        using (var killed = Start(state))
        {
            // Killed the moment it holds the lock (the lock is taken before the first stage and held to the end).
            await WaitUntilAsync(() => killed.HasExited || IsHeld(lockFolder));
            Assert.That(killed.HasExited, Is.False, "the build ended before it could be killed holding the lock");
            killed.Kill();
        }

        // The killed run's lock file is still there: the next run meets a stale lock, not an empty folder.
        Assert.That(File.Exists(Path.Combine(lockFolder, StateLock.FileName)), Is.True, "the killed run left its lock file");
        var database = Path.Combine(lockFolder, StateDatabase.FileName);
        var runsBefore = File.Exists(database) ? Runs(database).Count : 0;
        using var next = Start(state);
        var exit = await next.WaitAsync(RunTimeout);

        var runs = Runs(database);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, next.Output + next.Error);
            Assert.That(runs, Has.Count.EqualTo(runsBefore + 1), "the next run recorded itself");
            Assert.That(runs[^1], Is.EqualTo("build completed"), "and ran to the end under the taken-over lock");
            Assert.That(StateSnapshot.IntegrityCheck(database), Is.EqualTo("ok"));
        });
    }

    /// <summary>"command outcome" of every recorded run, oldest first.</summary>
    private static List<string> Runs(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT command || ' ' || coalesce(outcome, 'unfinished') FROM runs ORDER BY run_id";
        using var reader = command.ExecuteReader();
        var runs = new List<string>();
        while (reader.Read())
        {
            runs.Add(reader.GetString(0));
        }

        return runs;
    }

    [Test]
    public void TryAcquire_LeftoverLockFileNobodyHolds_Taken()
    {
        File.WriteAllText(Path.Combine(Folder, StateLock.FileName), "left by a crashed run on another machine\n");

        using var held = StateLock.TryAcquire(Folder);

        Assert.That(held, Is.Not.Null);
    }

    [Test]
    public void TryAcquire_StateFolderReadOnly_SaysSoInsteadOfAnotherRun()
    {
        var state = Path.Combine(Folder, "read-only-state");
        using var disk = DiskFaultsMount.Create(state, 1024);
        disk.ReadOnly(true);

        var error = Assert.Throws<StateFolderException>(() => StateLock.TryAcquire(state)?.Dispose());

        Assert.That(error!.Message, Does.StartWith($"The state folder '{state}' cannot be written").And.Contain("Read-only file system.").And.Contain("--state (Paths:State)").And.Not.Contain("Another CollectionSite run"));
    }

    [Test]
    public async Task Build_WhileAnotherProcessHoldsTheLock_OneLineAndExit2()
    {
        var state = Path.Combine(Folder, "state");
        var lockFolder = Path.Combine(state, "demo");
        using var holder = StateLock.TryAcquire(lockFolder);

        using var run = Start(state);
        var exit = await run.WaitAsync(RunTimeout);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), run.Output + run.Error);
            Assert.That(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), run.Error);
            Assert.That(run.Error, Does.Contain($"Another CollectionSite run is using the state folder '{lockFolder}'"));
        });
    }

    [Test]
    public async Task Open_WalLeftByAKilledWriter_CommittedRowsRecovered()
    {
        var database = Path.Combine(Folder, StateDatabase.FileName);
        var first = new StateDatabase(Folder);
        await using (var connection = await first.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO meta (key, value) VALUES ('before-the-kill', 'kept');", CancellationToken.None);
        }

        // The state of a killed process: its committed transaction only in the -wal, never checkpointed into the file.
        var wal = await File.ReadAllBytesAsync(database + "-wal");
        var main = await File.ReadAllBytesAsync(database);
        SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(database, main);
        await File.WriteAllBytesAsync(database + "-wal", wal);
        File.Delete(database + "-shm");

        await using var reopened = await new StateDatabase(Folder).OpenAsync(CancellationToken.None);
        var value = await reopened.ScalarAsync("SELECT value FROM meta WHERE key = 'before-the-kill';", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(wal, Is.Not.Empty, "the row was in the -wal");
            Assert.That(value, Is.EqualTo("kept"));
        });
    }

    private CliProcess Start(string state) =>
        CliProcess.Start(Folder, new Dictionary<string, string>(), "build", "--demo", "--output", Path.Combine(Folder, "site"), "--state", state);

    /// <summary>True when some process holds a lock on run.lock, read from /proc/locks so the probe never takes it itself.</summary>
    private static bool IsHeld(string lockFolder)
    {
        var file = Path.Combine(lockFolder, StateLock.FileName);
        if (!File.Exists(file))
        {
            return false;
        }

        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", file]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return File.ReadAllLines("/proc/locks").Any(line => line.Contains($":{inode} ", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(RunTimeout);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
