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
}
