using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Fakes.AllSources;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// Child `build` runs over one state folder and one site folder against an <see cref="AllSourcesServer"/>: to the end,
/// or until a <see cref="KillPoint"/> is reached and the child is SIGKILLed there.
/// </summary>
internal sealed class KillAndResumeBuilds(AllSourcesServer server, string folder, string name)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    public string State => Path.Combine(folder, name, "state");

    public string Site => Path.Combine(folder, name, "site");

    public string Artwork => Path.Combine(State, "artwork");

    public string Database => Path.Combine(State, CollectionSite.Storage.StateDatabase.FileName);

    /// <summary>Runs `build` to the end; fails the test with the child's output unless it exits 0.</summary>
    public async Task RunToEndAsync(int run)
    {
        server.Run = run;
        server.ClearHolds();
        using var child = Start();
        var exit = await child.WaitAsync(RunTimeout);
        Assert.That(exit, Is.Zero, $"run {run} of {name} exited {exit}:\n{Tail(child.Output)}\n{Tail(child.Error)}");
    }

    /// <summary>Runs `build` until <paramref name="point"/> is reached, then SIGKILLs it; fails if the build ends first.</summary>
    public async Task<string> KillAtAsync(int run, KillPoint point)
    {
        server.Run = run;
        server.ClearHolds();
        var hold = point.Lane is { } lane ? server.Hold(lane, point.Nth) : null;
        using var files = point.Folder is { } watched
            ? new KillAndResumeFileTrigger(watched == WatchedFolder.Site ? Site : Artwork, point.Matches!, point.Nth)
            : null;
        using var child = Start();
        files?.Arm(child.Id);
        hold?.Arm(child.Id);
        Task reached = hold?.Fired ?? files!.Fired;
        var exited = child.WaitAsync(RunTimeout);
        if (await Task.WhenAny(reached, exited) != reached)
        {
            Assert.Fail($"kill point {run} ({point}) was not reached: the build ended first (exit {await exited}).\n{Tail(child.Output)}\n{Tail(child.Error)}");
        }

        child.Kill(); // waits for the child to be gone: the next run starts on a released database
        server.ClearHolds();
        return files is null ? point.ToString() : $"{point} at {await files.Fired}";
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];

    private CliProcess Start()
    {
        Directory.CreateDirectory(Site);
        Directory.CreateDirectory(Artwork);
        return CliProcess.Start(folder, AllSourcesEnvironment.For(server), "build", "--state", State, "--output", Site);
    }
}
