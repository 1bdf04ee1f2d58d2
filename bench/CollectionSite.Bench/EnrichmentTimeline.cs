using System.Collections.Concurrent;
using System.Diagnostics;
using CollectionSite.Pipeline;

namespace CollectionSite.Bench;

/// <summary>
/// When each stage of a run started and finished (seconds since the run began) and how many items it did, reported
/// from the lanes as they run; no per-item printing, which would be what gets measured.
/// </summary>
internal sealed class EnrichmentTimeline : IRunReporter
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, StageSpan> spans = new(StringComparer.Ordinal);

    public IReadOnlyCollection<StageSpan> Spans => [.. spans.Values.OrderBy(span => span.Started)];

    /// <summary>When the last of <paramref name="stages"/> finished; null when none did.</summary>
    public double? FinishedAt(IEnumerable<string> stages) =>
        stages.Select(stage => spans.GetValueOrDefault(stage)?.Finished).Where(at => at is not null).Max();

    public void StageStarted(string stage, int totalItems) => spans.TryAdd(stage, new StageSpan(stage, Now()));

    public void ItemFinished(string stage, bool failed)
    {
        if (spans.TryGetValue(stage, out var span))
        {
            span.Count(failed);
        }
    }

    public void StageFinished(StageResult result)
    {
        if (spans.TryGetValue(result.Stage, out var span))
        {
            span.Finish(Now(), result.Stopped?.Reason);
        }
    }

    public void Info(string message)
    {
    }

    private double Now() => clock.Elapsed.TotalSeconds;
}

/// <summary>One stage of a timed run: seconds from the run's start, items done and failed.</summary>
internal sealed class StageSpan(string stage, double started)
{
    private int items;
    private int failed;

    public string Stage => stage;

    public double Started => started;

    public double? Finished { get; private set; }

    public string? Stopped { get; private set; }

    public int Items => items;

    public int Failed => failed;

    public void Count(bool itemFailed)
    {
        Interlocked.Increment(ref items);
        if (itemFailed)
        {
            Interlocked.Increment(ref failed);
        }
    }

    public void Finish(double at, string? stopped) => (Finished, Stopped) = (at, stopped);
}
