using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Fakes;

/// <summary>An <see cref="IRunReporter"/> that remembers what stages reported, for assertions.</summary>
public sealed class RecordingReporter : IRunReporter
{
    private readonly Lock gate = new();

    public List<string> Lines { get; } = [];

    public List<StageResult> Finished { get; } = [];

    public int Items { get; private set; }

    /// <summary>Called after each finished item with the running count (tests use it to cancel midway).</summary>
    public Action<int>? OnItem { get; set; }

    public void StageStarted(string stage, int totalItems)
    {
        lock (gate)
        {
            Lines.Add($"{stage}: {totalItems}");
        }
    }

    public void ItemsQueued(string stage, int moreItems)
    {
        lock (gate)
        {
            Lines.Add($"{stage}: +{moreItems}");
        }
    }

    public void ItemFinished(string stage, bool failed)
    {
        int items;
        lock (gate)
        {
            items = ++Items;
        }

        OnItem?.Invoke(items);
    }

    public void StageFinished(StageResult result)
    {
        lock (gate)
        {
            Finished.Add(result);
        }
    }

    public void Info(string message)
    {
        lock (gate)
        {
            Lines.Add(message);
        }
    }
}
