using CollectionSite.Configuration;
using CollectionSite.Hosting;

namespace CollectionSite.Admin;

/// <summary>
/// One admin change at a time, and none while a build runs. An edit holds the state folder's run lock (the lock
/// `build` and `override set` take), so a stage never reads half an edit and a build started meanwhile waits its turn
/// with a clear message; the in-process turn also makes an edit's read-compare-write one step (no lost update).
/// </summary>
public sealed class AdminGate(AppSettings settings) : IDisposable
{
    /// <summary>What the page says when a build holds the lock.</summary>
    public const string LockedMessage =
        "A build is using the state folder right now, so nothing was changed. Try again when it has finished.";

    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Runs <paramref name="edit"/> holding the run lock.</summary>
    /// <exception cref="StateLockedException">A run (in this or another process, or an admin re-render) holds the state folder; nothing ran.</exception>
    public async Task<T> EditAsync<T>(Func<Task<T>> edit, CancellationToken cancellationToken)
    {
        await TakeTurnAsync(cancellationToken);
        try
        {
            using var stateLock = StateLock.TryAcquire(settings.Paths.State) ?? throw new StateLockedException(LockedMessage);
            return await edit();
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>Runs a pipeline in turn with the edits; <see cref="PipelineHost"/> takes the run lock itself.</summary>
    /// <exception cref="StateLockedException">An edit or another re-render is under way; nothing ran.</exception>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await TakeTurnAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            turn.Release();
        }
    }

    public void Dispose() => turn.Dispose();

    // Never queue behind a re-render that can run for minutes: the request gets the 423 page at once instead of hanging.
    private async Task TakeTurnAsync(CancellationToken cancellationToken)
    {
        if (!await turn.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            throw new StateLockedException(LockedMessage);
        }
    }
}
