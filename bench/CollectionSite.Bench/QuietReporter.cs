using CollectionSite.Pipeline;

namespace CollectionSite.Bench;

/// <summary>Counts rendered pages without printing per-item progress (printing would be what gets measured).</summary>
internal sealed class QuietReporter : IRunReporter
{
    private int items;

    public void StageStarted(string stage, int totalItems) => items = 0;

    public void ItemFinished(string stage, bool failed) => items++;

    public void StageFinished(StageResult result)
    {
    }

    public void Info(string message)
    {
    }

    public int TakeItems() => items;
}
