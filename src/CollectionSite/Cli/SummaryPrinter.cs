using System.Globalization;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// The end-of-run summary: a table per stage, optional stages that stopped early, failed items, dead letters,
/// and a headline with what to do next. Every text from outside (errors, names) is printed literally.
/// </summary>
public static class SummaryPrinter
{
    private const int FailuresShown = 10;
    private const int DeadLettersShown = 5;

    public static void Print(IAnsiConsole console, RunSummary summary)
    {
        PrintStages(console, summary.Stages);
        foreach (var stage in summary.StoppedStages)
        {
            var stop = stage.Stopped!;
            console.MarkupLine($"[yellow]{Markup.Escape(stage.Stage)} stopped early[/] ({Markup.Escape(stop.SourceName)}); the site was built without it: {Markup.Escape(stop.Reason)}");
        }

        if (summary.OutOfTimeStages.Count > 0)
        {
            var left = string.Join("; ", summary.OutOfTimeStages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage}: {s.Left:N0}")));
            console.MarkupLine($"[yellow]Time budget reached[/]; left for the next run: {Markup.Escape(left)}");
        }

        if (summary.OpenFailures.Count > 0)
        {
            console.MarkupLine($"[yellow]{summary.OpenFailures.Count} item(s) failed[/] and are tried again on the next run:");
            PrintFailures(console, summary.OpenFailures, FailuresShown);
        }

        if (summary.GoneFromDiscogs.Count > 0)
        {
            console.MarkupLine($"[yellow]{summary.GoneFromDiscogs.Count} release(s) in your collection are gone from Discogs[/] (404): their pages show what the collection listing holds; --refresh checks them again:");
            foreach (var gone in summary.GoneFromDiscogs.Take(FailuresShown))
            {
                console.MarkupLine(Markup.Escape($"  release {gone}, checked {gone.CheckedUtc:yyyy-MM-dd HH:mm}Z"));
            }

            if (summary.GoneFromDiscogs.Count > FailuresShown)
            {
                console.MarkupLine($"  … and {summary.GoneFromDiscogs.Count - FailuresShown} more.");
            }
        }

        if (summary.DeadLetters.Count > 0)
        {
            console.MarkupLine(
                $"[red]{summary.DeadLetters.Count} item(s) were set aside[/] after failing run after run; "
                + "bring them back with 'collectionsite retry' or --retry-failed once the cause is fixed:");
            PrintFailures(console, summary.DeadLetters, DeadLettersShown);
        }

        var (colour, headline) = summary.Outcome switch
        {
            RunOutcome.Completed => ("green", "Done."),
            RunOutcome.CompletedWithFailures => ("yellow", "Done, with recorded failures."),
            RunOutcome.Interrupted => ("red", "Interrupted."),
            RunOutcome.Crashed => ("red", "Crashed."),
            _ => ("red", "Aborted."),
        };
        var message = string.IsNullOrEmpty(summary.Message) ? string.Empty : " " + Markup.Escape(summary.Message);
        console.MarkupLine($"[{colour}]{headline}[/]{message} (exit code {(int)summary.ExitCode})");
    }

    private static void PrintStages(IAnsiConsole console, IReadOnlyList<StageResult> stages)
    {
        if (stages.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Stage", "Processed", "Unchanged", "Failed", "Note");
        foreach (var stage in stages)
        {
            table.AddRow(
                Markup.Escape(stage.Stage),
                stage.Processed.ToString(CultureInfo.InvariantCulture),
                stage.Skipped.ToString(CultureInfo.InvariantCulture),
                stage.Failed > 0 ? $"[red]{stage.Failed}[/]" : "0",
                Markup.Escape(stage.Note ?? string.Empty));
        }

        console.Write(table);
    }

    private static void PrintFailures(IAnsiConsole console, IReadOnlyList<StageFailure> failures, int shown)
    {
        foreach (var failure in failures.Take(shown))
        {
            var runs = failure.Attempts switch
            {
                0 => "brought back, not tried yet",
                1 => "1 failed run",
                _ => $"{failure.Attempts} failed runs",
            };
            console.MarkupLine(Markup.Escape($"  {failure.ItemKind} {failure.ItemId} ({failure.Stage}), {runs}: {failure.LastError ?? "unknown error"}"));
        }

        if (failures.Count > shown)
        {
            console.MarkupLine($"  … and {failures.Count - shown} more (see the log in the state folder).");
        }
    }
}
