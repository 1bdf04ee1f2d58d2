using System.Globalization;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// The end-of-run summary: the stages table and the requests per API (<see cref="SummaryTables"/>), optional stages that
/// stopped early, failed items, releases gone from Discogs, dead letters, and a headline with what to do next. Every
/// text from outside (errors, names) is printed literally. The summary is a list of sections printed in order: a new
/// part of the summary is one more method and one more line in <see cref="Sections"/>.
/// </summary>
public static class SummaryPrinter
{
    private const int FailuresShown = 10;
    private const int DeadLettersShown = 5;

    /// <summary>The sections, in the order they are printed; each prints nothing when it has nothing to say.</summary>
    private static readonly Action<IAnsiConsole, RunSummary>[] Sections =
    [
        SummaryTables.PrintStages,
        SummaryTables.PrintRequests,
        PrintStopped,
        PrintOutOfTime,
        PrintNotOverwritten,
        PrintOpenFailures,
        PrintGone,
        PrintDeadLetters,
        PrintHeadline,
    ];

    public static void Print(IAnsiConsole console, RunSummary summary)
    {
        foreach (var section in Sections)
        {
            section(console, summary);
        }
    }

    private static void PrintStopped(IAnsiConsole console, RunSummary summary)
    {
        foreach (var stage in summary.StoppedStages)
        {
            var stop = stage.Stopped!;
            console.MarkupLine($"[yellow]{Markup.Escape(stage.Stage)} stopped early[/] ({Markup.Escape(stop.SourceName)}); the site was built without it: {Markup.Escape(stop.Reason)}");
        }
    }

    private static void PrintOutOfTime(IAnsiConsole console, RunSummary summary)
    {
        if (summary.OutOfTimeStages.Count > 0)
        {
            var left = string.Join("; ", summary.OutOfTimeStages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage}: {s.Left:N0}")));
            console.MarkupLine($"[yellow]Time budget reached[/]; left for the next run: {Markup.Escape(left)}");
        }
    }

    private static void PrintNotOverwritten(IAnsiConsole console, RunSummary summary)
    {
        foreach (var files in summary.NotOverwritten)
        {
            console.MarkupLine(
                $"[yellow]{files.Count} file(s) in {Markup.Escape(files.Root)} were not overwritten[/]: CollectionSite has no record of writing them "
                + $"or they were edited since (first: {Markup.Escape(files.First)}; the log names each). To have them regenerated, delete them and run again.");
        }
    }

    private static void PrintOpenFailures(IAnsiConsole console, RunSummary summary)
    {
        if (summary.OpenFailures.Count > 0)
        {
            console.MarkupLine($"[yellow]{summary.OpenFailures.Count} item(s) failed[/] and are tried again on the next run:");
            PrintFailures(console, summary.OpenFailures, FailuresShown);
        }
    }

    private static void PrintGone(IAnsiConsole console, RunSummary summary)
    {
        if (summary.GoneFromDiscogs.Count == 0)
        {
            return;
        }

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

    private static void PrintDeadLetters(IAnsiConsole console, RunSummary summary)
    {
        if (summary.DeadLetters.Count > 0)
        {
            console.MarkupLine(
                $"[red]{summary.DeadLetters.Count} item(s) were set aside[/] after failing run after run; "
                + "bring them back with 'collectionsite retry' or --retry-failed once the cause is fixed:");
            PrintFailures(console, summary.DeadLetters, DeadLettersShown);
        }
    }

    private static void PrintHeadline(IAnsiConsole console, RunSummary summary)
    {
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
