using CollectionSite.Disk;
using CollectionSite.Pipeline;

namespace CollectionSite.Hosting;

/// <summary>
/// One run per state folder at a time: an exclusive handle on a lock file. The OS releases it when the
/// process dies, even on SIGKILL, so a killed run never blocks the next one.
/// </summary>
public static class StateLock
{
    public const string FileName = "run.lock";

    /// <summary>
    /// The held lock (dispose to release), or null when another process or run holds it. A lock file left by a killed
    /// run (or copied from another machine) that nobody holds is simply taken: only a live handle blocks.
    /// </summary>
    /// <exception cref="StateFolderException">The state folder cannot be written (read-only, no permission, a full disk): the message says so.</exception>
    public static FileStream? TryAcquire(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, FileName);
        try
        {
            Directory.CreateDirectory(stateDirectory);
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (DiskErrors.IsHeldByAnother(ex))
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not another run: reporting "in use" here would send the user waiting for a run that does not exist.
            throw new StateFolderException(
                $"The state folder '{stateDirectory}' cannot be written, so the run lock {path} cannot be taken: {PipelineAbortedException.AsSentence(DiskErrors.Reason(ex))} "
                + $"{DiskErrors.Fix(ex, "--state (Paths:State)")}, then run again.",
                ex);
        }
    }

    /// <summary>The held lock, for a command that changes state a run reads (an override, artwork GC).</summary>
    /// <param name="command">The command to run again once the run has finished, e.g. "override set".</param>
    /// <exception cref="StateLockedException">A run holds the state folder.</exception>
    public static FileStream Acquire(string stateDirectory, string command) =>
        TryAcquire(stateDirectory) ?? throw new StateLockedException(
            $"Another CollectionSite run is using the state folder '{stateDirectory}'. Wait for it to finish, then run {command} again.");
}

/// <summary>The state folder cannot be used (read-only, no permission, a full disk); the message names it and the fix.</summary>
public sealed class StateFolderException : Exception
{
    public StateFolderException()
    {
    }

    public StateFolderException(string message)
        : base(message)
    {
    }

    public StateFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
