using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// `build --demo` (the real executable, offline) with the whole state folder (database, logs, artwork) on a small tmpfs
/// that fills up during the run: the run ends with a line naming the folder and the fix (exit 1), never an unhandled
/// exception or a stack trace (the log file's own flush fails too); with space back, the next run completes.
/// </summary>
[NonParallelizable]
[Category("Process")]
[Category("Reliability")]
public sealed class StateDiskFaultsTests() : ProcessScratchFixture("state-disk")
{
    [TestCase(700)]
    [TestCase(64)]
    public async Task Build_StateDiskFillsUp_OneLineNamingTheFixNoCrashThenNextRunCompletes(int freeKilobytes)
    {
        var state = Path.Combine(Folder, "state");
        using var disk = DiskFaultsMount.Create(state, 16384);
        var filler = disk.Fill(freeKilobytes);

        using var failed = Build(state);
        var exit = await failed.WaitAsync(RunTimeout);
        File.Delete(filler);
        using var next = Build(state);
        var nextExit = await next.WaitAsync(RunTimeout);

        var everything = failed.Output + failed.Error;
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), everything);
            Assert.That(everything, Does.Not.Contain("Unhandled exception").And.Not.Contain("   at "), "no crash, no stack trace");
            Assert.That(everything, Does.Contain(Path.GetFullPath(state)).And.Contain("Free some space on that disk"), "names the folder and the fix");
            Assert.That(nextExit, Is.Zero, next.Output + next.Error);
        });
    }

    private CliProcess Build(string state) =>
        CliProcess.Start(Folder, new Dictionary<string, string>(), "build", "--demo", "--output", Path.Combine(Folder, "site"), "--state", state);
}
