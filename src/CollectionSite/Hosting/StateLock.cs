namespace CollectionSite.Hosting;

/// <summary>
/// One run per state folder at a time: an exclusive handle on a lock file. The OS releases it when the
/// process dies, even on SIGKILL, so a killed run never blocks the next one.
/// </summary>
public static class StateLock
{
    public const string FileName = "run.lock";

    /// <summary>The held lock (dispose to release), or null when another process or run holds it.</summary>
    public static FileStream? TryAcquire(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        try
        {
            return new FileStream(Path.Combine(stateDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The held lock, for a command that changes state a run reads (an override, artwork GC).</summary>
    /// <param name="command">The command to run again once the run has finished, e.g. "override set".</param>
    /// <exception cref="StateLockedException">A run holds the state folder.</exception>
    public static FileStream Acquire(string stateDirectory, string command) =>
        TryAcquire(stateDirectory) ?? throw new StateLockedException(
            $"Another CollectionSite run is using the state folder '{stateDirectory}'. Wait for it to finish, then run {command} again.");
}
