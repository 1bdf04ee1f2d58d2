namespace CollectionSite.Pipeline;

/// <summary>
/// Lets a stage follow another one that runs at the same time: enrichment works on each release as soon as the
/// Discogs stage has stored its details, instead of waiting for the whole harvest. The runner opens an entry for
/// every item stage of a concurrent step before any of them starts (so a follower never mistakes a stage that has
/// not started yet for one that is done), the followed stage signals each finished item, and the runner closes the
/// entry when the stage ends, however it ends.
/// </summary>
public sealed class StageFeed
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> running = new(StringComparer.Ordinal);

    /// <summary>Marks <paramref name="stageKey"/> as running in this step until the returned scope is disposed.</summary>
    public IDisposable Open(string stageKey)
    {
        lock (gate)
        {
            running[stageKey] = new Entry();
        }

        return new Closer(this, stageKey);
    }

    /// <summary>Where <paramref name="stageKey"/> stands now: whether it is still running, and a version that changes
    /// with every item it finishes (compare it in <see cref="WaitForChangeAsync"/>).</summary>
    public FeedPosition Position(string stageKey)
    {
        lock (gate)
        {
            return running.TryGetValue(stageKey, out var entry) ? new FeedPosition(true, entry.Version) : new FeedPosition(false, 0);
        }
    }

    /// <summary>Called by a stage when it has stored one more item; wakes its followers.</summary>
    public void Advanced(string stageKey)
    {
        TaskCompletionSource? wake = null;
        lock (gate)
        {
            if (running.TryGetValue(stageKey, out var entry))
            {
                entry.Version++;
                (wake, entry.Changed) = (entry.Changed, NewSignal());
            }
        }

        wake?.TrySetResult();
    }

    /// <summary>Completes when <paramref name="stageKey"/> has moved past <paramref name="seen"/> or has ended.</summary>
    public Task WaitForChangeAsync(string stageKey, FeedPosition seen, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!running.TryGetValue(stageKey, out var entry) || entry.Version != seen.Version)
            {
                return Task.CompletedTask;
            }

            return entry.Changed.Task.WaitAsync(cancellationToken);
        }
    }

    private void Close(string stageKey)
    {
        TaskCompletionSource? wake = null;
        lock (gate)
        {
            if (running.Remove(stageKey, out var entry))
            {
                wake = entry.Changed;
            }
        }

        wake?.TrySetResult();
    }

    // Continuations run outside the lock and off the signalling thread: a follower's next listing never runs inline
    // inside the followed stage's progress call.
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Entry
    {
        public long Version { get; set; }

        public TaskCompletionSource Changed { get; set; } = NewSignal();
    }

    private sealed class Closer(StageFeed feed, string stageKey) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                feed.Close(stageKey);
            }
        }
    }
}

/// <summary>A followed stage's state at one moment: still running or not, and how many items it had finished.</summary>
public readonly record struct FeedPosition(bool Running, long Version);
