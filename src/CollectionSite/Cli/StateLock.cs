namespace CollectionSite.Cli;

/// <summary>
/// One run per state folder at a time: an exclusive handle on a lock file. The OS releases it when the
/// process dies, even on SIGKILL, so a killed run never blocks the next one.
/// </summary>
public static class StateLock
{
    public static FileStream? TryAcquire(string stateDirectory)
    {
        try
        {
            return new FileStream(Path.Combine(stateDirectory, "run.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
