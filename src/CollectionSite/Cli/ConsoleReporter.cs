using CollectionSite.Pipeline;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// Progress as plain lines, for output that is not a terminal (a CI log, a pipe, a file) and for --log-format json: a
/// line per stage start and end, and a progress line (done/total, rate, ETA) every tenth of the stage (at least
/// <see cref="MinimumStep"/> items) or every <see cref="Interval"/> of the run's clock, so a 10,000-release run stays a
/// short log. Nothing but text: the console it writes to is created without ANSI support, so no control sequences.
/// </summary>
public sealed class ConsoleReporter(IAnsiConsole console, ProgressBoard board) : IRunReporter
{
    private const int MinimumStep = 100;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private readonly Lock gate = new();

    // When each stage last printed a progress line.
    private readonly Dictionary<string, DateTimeOffset> lastLine = new(StringComparer.Ordinal);

    /// <summary>Plain lines without planned rates (ETAs from the observed rate only).</summary>
    public ConsoleReporter(IAnsiConsole console, TimeProvider time)
        : this(console, new ProgressBoard(time, SourceRates.None))
    {
    }

    public void StageStarting(string stage, DataSource? source) => board.Starting(stage, source);

    public void StageStarted(string stage, int totalItems)
    {
        board.Started(stage, totalItems);
        lock (gate)
        {
            lastLine[stage] = board.Time.GetUtcNow();
        }

        console.MarkupLine(totalItems > 0
            ? $"[bold]{Markup.Escape(stage)}[/]: {totalItems} to do"
            : $"[bold]{Markup.Escape(stage)}[/]");
    }

    public void ItemsQueued(string stage, int moreItems) => board.Queued(stage, moreItems);

    public void ItemFinished(string stage, bool failed)
    {
        string? line = null;
        lock (gate)
        {
            var view = board.ItemFinished(stage, failed);
            var now = board.Time.GetUtcNow();
            var step = Math.Max(MinimumStep, view.Total / 10);
            if (view.Done % step == 0 || now - lastLine.GetValueOrDefault(stage, now) >= Interval)
            {
                lastLine[stage] = now;
                line = Line(view);
            }
        }

        if (line is not null)
        {
            console.MarkupLine(line);
        }
    }

    public void StageFinished(StageResult result)
    {
        board.Ended(result);
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

    /// <summary>"  Fetch masters: 300/1000, 1.0/s, ETA 11m 40s (2 failed)": rate and ETA only once known.</summary>
    private static string Line(StageView view)
    {
        var pace = string.Join(", ", new[] { ProgressText.Rate(view.ItemsPerSecond), ProgressText.Eta(view.Eta) }.Where(text => text.Length > 0));
        return $"  {Markup.Escape(view.Stage)}: {view.Done}/{view.Total}"
            + (pace.Length > 0 ? ", " + pace : string.Empty)
            + (view.Failed > 0 ? $" ([red]{view.Failed} failed[/])" : string.Empty);
    }
}
