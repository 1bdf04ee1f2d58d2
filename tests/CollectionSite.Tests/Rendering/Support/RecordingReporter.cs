using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>An <see cref="IRunReporter"/> that remembers what it was told.</summary>
public sealed class RecordingReporter : IRunReporter
{
    public List<StageResult> Finished { get; } = [];

    public int Items { get; private set; }

    /// <summary>Called after each finished item with the running count (tests use it to cancel midway).</summary>
    public Action<int>? OnItem { get; set; }

    public void StageStarted(string stage, int totalItems)
    {
    }

    public void ItemFinished(string stage, bool failed)
    {
        Items++;
        OnItem?.Invoke(Items);
    }

    public void StageFinished(StageResult result) => Finished.Add(result);

    public void Info(string message)
    {
    }
}
