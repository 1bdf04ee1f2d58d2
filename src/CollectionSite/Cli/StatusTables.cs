using System.Globalization;
using CollectionSite.Configuration;
using CollectionSite.Storage.Status;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>The status report on a terminal: a table of stages, one of the next run's sources, and the lines of <see cref="StatusLines"/> for the rest.</summary>
public static class StatusTables
{
    public static void Write(IAnsiConsole console, StatusReport report, SecretRedactor redactor)
    {
        void Line(string text) => console.MarkupLine(Markup.Escape(redactor.Redact(text)));

        Line(StatusLines.Collection(report.Collection));
        var stages = new Table().Border(TableBorder.Rounded).Title("Stages")
            .AddColumns("Stage", "Source", "Items", "Done", "Not found", "Pending", "Failed", "Dead letters", "Matches");
        foreach (var stage in report.Stages)
        {
            stages.AddRow(
                Markup.Escape(stage.Name),
                Markup.Escape(stage.Source),
                Number(stage.Items),
                Number(stage.Done),
                Number(stage.NotFound),
                Number(stage.Pending),
                stage.Failed > 0 ? $"[yellow]{Number(stage.Failed)}[/]" : "0",
                stage.DeadLetters > 0 ? $"[red]{Number(stage.DeadLetters)}[/]" : "0",
                Markup.Escape(StatusLines.Matches(stage.Matches, string.Empty) + StatusLines.Off(stage, stage.Matches is null ? string.Empty : "; ")));
        }

        console.Write(stages);
        foreach (var line in StatusLines.Failures(report))
        {
            Line(line);
        }

        if (report.LastRuns.Count > 0)
        {
            var runs = new Table().Border(TableBorder.Rounded).Title("Last runs").AddColumns("Run", "Command", "Started", "Ended", "Outcome");
            foreach (var run in report.LastRuns)
            {
                runs.AddRow(
                    Number((int)run.RunId),
                    Markup.Escape(run.Command),
                    StatusLines.Time(run.StartedUtc),
                    Markup.Escape(StatusLines.Ended(run)),
                    Markup.Escape(redactor.Redact(StatusLines.Outcome(run))));
            }

            console.Write(runs);
        }
        else
        {
            Line("Last runs: none yet.");
        }

        Line(StatusLines.NextRun(report.NextRun, report.Stages));
        var sources = new Table().Border(TableBorder.Rounded).AddColumns("Source", "Items", "Requests", "Per minute", "Time");
        foreach (var source in report.NextRun.Sources)
        {
            sources.AddRow(
                Markup.Escape(source.Source),
                Number(source.Items),
                Number(source.Requests),
                source.RequestsPerMinute.ToString("0.#", CultureInfo.InvariantCulture),
                StatusLines.Duration(source.Time));
        }

        console.Write(sources);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
