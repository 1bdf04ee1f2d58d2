using CollectionSite.Pipeline;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>The end-of-run summary: a table per stage, open failures, and what to do next.</summary>
public static class SummaryPrinter
{
    private const int FailuresShown = 10;

    public static void Print(IAnsiConsole console, RunSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Stage", "Processed", "Unchanged", "Failed", "Note");
        foreach (var stage in summary.Stages)
        {
            table.AddRow(
                Markup.Escape(stage.Stage),
                stage.Processed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                stage.Skipped.ToString(System.Globalization.CultureInfo.InvariantCulture),
                stage.Failed > 0 ? $"[red]{stage.Failed}[/]" : "0",
                Markup.Escape(stage.Note ?? string.Empty));
        }

        if (summary.Stages.Count > 0)
        {
            console.Write(table);
        }

        if (summary.OpenFailures.Count > 0)
        {
            console.MarkupLine($"[yellow]{summary.OpenFailures.Count} release(s) have recorded failures[/] (retried automatically on later runs; --retry-failed retries them now):");
            foreach (var failure in summary.OpenFailures.Take(FailuresShown))
            {
                var next = failure.NextAttemptUtc is { } at ? $", next try after {at:yyyy-MM-dd HH:mm}Z" : string.Empty;
                console.MarkupLine(Markup.Escape($"  release {failure.ReleaseId} ({failure.Stage}) attempt {failure.Attempts}{next}: {failure.LastError ?? "unknown error"}"));
            }

            if (summary.OpenFailures.Count > FailuresShown)
            {
                console.MarkupLine($"  … and {summary.OpenFailures.Count - FailuresShown} more (see the log in the state folder).");
            }
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

        var colour = summary.Outcome switch
        {
            RunOutcome.Completed => "green",
            RunOutcome.CompletedWithFailures => "yellow",
            _ => "red",
        };
        var headline = summary.Outcome switch
        {
            RunOutcome.Completed => "Done.",
            RunOutcome.CompletedWithFailures => "Done, with recorded failures.",
            RunOutcome.Interrupted => "Interrupted.",
            _ => "Aborted.",
        };
        var message = string.IsNullOrEmpty(summary.Message) ? string.Empty : " " + Markup.Escape(summary.Message);
        console.MarkupLine($"[{colour}]{headline}[/]{message} (exit code {(int)summary.ExitCode})");
    }
}
