using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>An <see cref="IRunReporter"/> that remembers what it was told.</summary>
public sealed class RecordingReporter : IRunReporter
{
    public List<StageResult> Finished { get; } = [];

    public int Items { get; private set; }

    public void StageStarted(string stage, int totalItems)
    {
    }

    public void ItemFinished(string stage, bool failed) => Items++;

    public void StageFinished(StageResult result) => Finished.Add(result);

    public void Info(string message)
    {
    }
}
