using CollectionSite.Pipeline;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CollectionSite.Cli;

/// <summary>
/// Spectre.Console's live progress on a terminal: a row per stage with its bar, done/total, observed rate and ETA
/// (<see cref="ProgressBoard"/>, <see cref="EtaEstimate"/>). Lanes that run at the same time show as rows at the same
/// time; a follower's total grows as its upstream stores items. Only for an interactive console with ANSI support and
/// text logs (<see cref="IsLive"/>); everything else gets <see cref="ConsoleReporter"/>'s plain lines.
/// </summary>
public static class LiveProgress
{
    /// <summary>True when <paramref name="console"/> is a terminal that can redraw in place and the logs are text (JSON
    /// logs are for machines reading the console, which a redrawn display would get in the way of).</summary>
    public static bool IsLive(IAnsiConsole console, LogFormat logFormat) =>
        logFormat == LogFormat.Text && console.Profile.Capabilities is { Interactive: true, Ansi: true };

    /// <summary>Runs <paramref name="run"/> with a reporter that drives the live display, and returns its result once the
    /// display has drawn its last frame (which stays on screen above what is printed next).</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, ProgressBoard board, Func<IRunReporter, Task<T>> run, bool autoRefresh = true) =>
        console.Progress()
            .AutoClear(false)
            .AutoRefresh(autoRefresh)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new BoardColumn(board, view => $"{view.Done}/{view.Total}"),
                new BoardColumn(board, view => ProgressText.Rate(view.ItemsPerSecond)),
                new BoardColumn(board, view => view.Ended ? "done" : ProgressText.Eta(view.Eta)))
            .StartAsync(context => run(new Reporter(context, console, board)));

    /// <summary>A column of text read from the board for the row's stage (the task's tag).</summary>
    private sealed class BoardColumn(ProgressBoard board, Func<StageView, string> text) : ProgressColumn
    {
        protected override bool NoWrap => true;

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Tag is string stage ? text(board.View(stage)) : string.Empty);
    }

    /// <summary>Turns stage reports into rows of the display; the board keeps the figures the columns show.</summary>
    private sealed class Reporter(ProgressContext progress, IAnsiConsole console, ProgressBoard board) : IRunReporter
    {
        private readonly Lock gate = new();
        private readonly Dictionary<string, ProgressTask> rows = new(StringComparer.Ordinal);

        public void StageStarting(string stage, DataSource? source) => board.Starting(stage, source);

        public void StageStarted(string stage, int totalItems)
        {
            board.Started(stage, totalItems);
            lock (gate)
            {
                var row = RowOf(stage);
                row.MaxValue = Math.Max(1, totalItems);
                // A stage that lists as it goes (the collection listing) or a follower with nothing yet: no bar to fill.
                row.IsIndeterminate = totalItems == 0;
            }
        }

        public void ItemsQueued(string stage, int moreItems)
        {
            board.Queued(stage, moreItems);
            lock (gate)
            {
                var row = RowOf(stage);
                var total = board.View(stage).Total;
                row.MaxValue = Math.Max(1, total);
                row.IsIndeterminate = total == 0;
            }
        }

        public void ItemFinished(string stage, bool failed)
        {
            board.ItemFinished(stage, failed);
            lock (gate)
            {
                RowOf(stage).Increment(1);
            }
        }

        public void StageFinished(StageResult result)
        {
            board.Ended(result);
            lock (gate)
            {
                var row = RowOf(result.Stage);
                row.IsIndeterminate = false;
                row.Value = row.MaxValue;
                row.StopTask();
            }

            if (result.Stopped is { } stop)
            {
                // Printed above the display: the one warning line for an optional stage whose source gave up.
                console.MarkupLine(
                    $"[yellow]{Markup.Escape(result.Stage)} stopped early[/]: {Markup.Escape(stop.SourceName)} failed: {Markup.Escape(stop.Reason)} The run goes on without it.");
            }
        }

        public void Info(string message) => console.MarkupLine(Markup.Escape(message));

        private ProgressTask RowOf(string stage)
        {
            if (!rows.TryGetValue(stage, out var row))
            {
                row = progress.AddTask(Markup.Escape(stage), autoStart: true, maxValue: 1);
                row.Tag = stage;
                rows[stage] = row;
            }

            return row;
        }
    }
}
