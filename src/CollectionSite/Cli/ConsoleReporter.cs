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
    private int total;
    private int done;
    private int failed;
    private DateTimeOffset lastLine;

    public void StageStarted(string stage, int totalItems)
    {
        lock (gate)
        {
            (total, done, failed, lastLine) = (totalItems, 0, 0, time.GetUtcNow());
        }

        console.MarkupLine(totalItems > 0
            ? $"[bold]{Markup.Escape(stage)}[/]: {totalItems} to do"
            : $"[bold]{Markup.Escape(stage)}[/]");
    }

    public void ItemFinished(string stage, bool failed)
    {
        string? line = null;
        lock (gate)
        {
            done++;
            this.failed += failed ? 1 : 0;
            var now = time.GetUtcNow();
            var step = Math.Max(MinimumStep, total / 10);
            if (done % step == 0 || now - lastLine >= Interval)
            {
                lastLine = now;
                line = $"  {Markup.Escape(stage)}: {done}/{total}" + (this.failed > 0 ? $" ([red]{this.failed} failed[/])" : string.Empty);
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
                $"  [yellow]stopped early[/] after {result.Processed} processed{failures}: {Markup.Escape(stop.SourceName)} failed: "
                + $"{Markup.Escape(stop.Reason)} The run goes on without it.");
            return;
        }

        var note = result.Note is null ? string.Empty : $" ({Markup.Escape(result.Note)})";
        console.MarkupLine($"  done: {result.Processed} processed, {result.Skipped} unchanged{failures}{note}");
    }

    public void Info(string message) => console.MarkupLine(Markup.Escape(message));
}
