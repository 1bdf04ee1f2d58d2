using System.Globalization;
using CollectionSite.Pipeline;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>The summary's two tables: what each stage did, and the HTTP requests sent per API.</summary>
public static class SummaryTables
{
    public const string StagesTitle = "Stages";

    /// <summary>The requests table's title says what is counted: requests that went out, retries included.</summary>
    public const string RequestsTitle = "HTTP requests sent (retries included)";

    /// <summary>
    /// Per stage: done (finished with data), unchanged, no match (finished with nothing found: no match, or a 404),
    /// failed (this run; tried again next run), dead letters (set aside for the stage, now), time, and the stage's note.
    /// </summary>
    public static TextTable Stages(RunSummary summary)
    {
        var table = new TextTable(
            ["Stage", "Done", "Unchanged", "No match", "Failed", "Dead letters", "Time", "Note"],
            [false, true, true, true, true, true, true, false]);
        foreach (var stage in summary.Stages)
        {
            var deadLetters = stage.Key is null ? 0 : summary.DeadLetters.Count(failure => failure.Stage == stage.Key);
            table.AddRow(
                stage.Stage,
                Figure(stage.Processed - stage.NoMatch),
                Figure(stage.Skipped),
                Figure(stage.NoMatch),
                Figure(stage.Failed),
                Figure(deadLetters),
                ProgressText.Elapsed(stage.Elapsed),
                stage.Note ?? string.Empty);
        }

        return table;
    }

    /// <summary>Per API, the HTTP requests this run sent (every attempt, retries included), and their total.</summary>
    public static TextTable Requests(RunSummary summary)
    {
        var table = new TextTable(["API", "Requests"], [false, true]);
        foreach (var api in summary.Requests)
        {
            table.AddRow(api.Api, Figure(api.Sent));
        }

        if (summary.Requests.Count > 1)
        {
            table.AddRow("Total", Figure(summary.Requests.Sum(api => api.Sent)));
        }

        return table;
    }

    public static void PrintStages(IAnsiConsole console, RunSummary summary)
    {
        if (summary.Stages.Count > 0)
        {
            Stages(summary).Write(console, StagesTitle);
        }
    }

    public static void PrintRequests(IAnsiConsole console, RunSummary summary)
    {
        if (summary.Requests.Count > 0)
        {
            Requests(summary).Write(console, RequestsTitle);
        }
    }

    private static string Figure(long value) => value.ToString(CultureInfo.InvariantCulture);
}
