using System.Collections.Concurrent;
using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Fakes;

/// <summary>Keeps what stages reported, for assertions.</summary>
public sealed class RecordingReporter : IRunReporter
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ConcurrentQueue<StageResult> Results { get; } = new();

    public void StageStarted(string stage, int totalItems) => Lines.Enqueue($"{stage}: {totalItems}");

    public void ItemFinished(string stage, bool failed)
    {
    }

    public void StageFinished(StageResult result) => Results.Enqueue(result);

    public void Info(string message) => Lines.Enqueue(message);
}
