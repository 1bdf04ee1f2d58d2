using CollectionSite.Pipeline;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// Progress as plain lines (readable in a terminal and in a CI log alike): a line per stage start and end,
/// and a progress line every tenth of the stage (at least <see cref="MinimumStep"/> items) or every
/// <see cref="Interval"/>, so a 10,000-release run stays a short log.
/// </summary>
public sealed class ConsoleReporter(IAnsiConsole console, TimeProvider time) : IRunReporter
{
    private const int MinimumStep = 100;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private readonly Lock gate = new();

    // Per stage: the lanes of a concurrent step report at the same time.
    private readonly Dictionary<string, Counts> stages = new(StringComparer.Ordinal);

    public void StageStarted(string stage, int totalItems)
    {
        lock (gate)
        {
            stages[stage] = new Counts { Total = totalItems, LastLine = time.GetUtcNow() };
        }

        console.MarkupLine(totalItems > 0
            ? $"[bold]{Markup.Escape(stage)}[/]: {totalItems} to do"
            : $"[bold]{Markup.Escape(stage)}[/]");
    }

    public void ItemsQueued(string stage, int moreItems)
    {
        lock (gate)
        {
            CountsOf(stage).Total += moreItems;
        }
    }

    public void ItemFinished(string stage, bool failed)
    {
        string? line = null;
        lock (gate)
        {
            var counts = CountsOf(stage);
            counts.Done++;
            counts.Failed += failed ? 1 : 0;
            var now = time.GetUtcNow();
            var step = Math.Max(MinimumStep, counts.Total / 10);
            if (counts.Done % step == 0 || now - counts.LastLine >= Interval)
            {
                counts.LastLine = now;
                line = $"  {Markup.Escape(stage)}: {counts.Done}/{counts.Total}" + (counts.Failed > 0 ? $" ([red]{counts.Failed} failed[/])" : string.Empty);
            }
        }

        if (line is not null)
        {
            console.MarkupLine(line);
        }
    }

    public void StageFinished(StageResult result)
    {
        var failures = result.Failed > 0 ? $", [red]{result.Failed} failed[/]" : string.Empty;
        if (result.Stopped is { } stop)
        {
            // The one warning line for an optional stage whose source gave up; the run goes on.
            console.MarkupLine(
                $"  {Markup.Escape(result.Stage)} [yellow]stopped early[/] after {result.Processed} processed{failures}: {Markup.Escape(stop.SourceName)} failed: "
                + $"{Markup.Escape(stop.Reason)} The run goes on without it.");
            return;
        }

        var note = result.Note is null ? string.Empty : $" ({Markup.Escape(result.Note)})";
        // Named, because the lanes of a concurrent step finish in any order.
        console.MarkupLine($"  {Markup.Escape(result.Stage)} done: {result.Processed} processed, {result.Skipped} unchanged{failures}{note}");
    }

    public void Info(string message) => console.MarkupLine(Markup.Escape(message));

    private Counts CountsOf(string stage)
    {
        if (!stages.TryGetValue(stage, out var counts))
        {
            counts = new Counts { LastLine = time.GetUtcNow() };
            stages[stage] = counts;
        }

        return counts;
    }

    private sealed class Counts
    {
        public int Total { get; set; }

        public int Done { get; set; }

        public int Failed { get; set; }

        public DateTimeOffset LastLine { get; set; }
    }
}
