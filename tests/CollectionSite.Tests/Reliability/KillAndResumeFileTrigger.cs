using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// A kill point on file operations: watches <see cref="Root"/> (inotify through <see cref="FileSystemWatcher"/>) and at
/// the <see cref="Nth"/> created or renamed-into file whose path (relative, '/'-separated) matches, freezes the child
/// with SIGSTOP at once, so it does no more work before the test's SIGKILL. The event arrives a little after the
/// operation (inotify's queue, the watcher's thread, then starting `kill -STOP`: a few ms), so the child stops at most a few
/// file operations later; files created in a folder the watcher has not started watching yet are not seen, so the
/// Nth event seen may be a later operation than the Nth made. Both only move the point; <see cref="Fired"/> says it happened.
/// </summary>
internal sealed class KillAndResumeFileTrigger : IDisposable
{
    private readonly FileSystemWatcher watcher;
    private readonly Func<string, bool> matches;
    private readonly TaskCompletionSource<string> fired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int seen;
    private int pid;

    public KillAndResumeFileTrigger(string root, Func<string, bool> matches, int nth)
    {
        Directory.CreateDirectory(root);
        Root = root;
        Nth = nth;
        this.matches = matches;
        watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName, InternalBufferSize = 64 * 1024 };
        watcher.Created += (_, e) => OnEvent(e.FullPath);
        watcher.Renamed += (_, e) => OnEvent(e.FullPath);
        watcher.EnableRaisingEvents = true;
    }

    public string Root { get; }

    public int Nth { get; }

    /// <summary>Completes with the matching file's relative path once the Nth event came (the child is then stopped).</summary>
    public Task<string> Fired => fired.Task;

    /// <summary>The child to stop; events before this is set are counted but stop nothing (it is set before the child starts work).</summary>
    public void Arm(int processId) => Volatile.Write(ref pid, processId);

    public void Dispose() => watcher.Dispose();

    private void OnEvent(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        if (!matches(relative) || Interlocked.Increment(ref seen) != Nth)
        {
            return;
        }

        if (Volatile.Read(ref pid) is var target and > 0)
        {
            ProcessSignals.Stop(target);
        }

        fired.TrySetResult(relative);
    }
}
