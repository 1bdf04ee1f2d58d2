using System.CommandLine;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>`harvest` and `build`: run a pipeline through <see cref="PipelineHost"/>, print the summary, return its exit code.</summary>
public static class PipelineCommands
{
    public static Command Harvest(CliOptions options, IAnsiConsole console, TextWriter error) => Create(
        "harvest", "Fetch the Discogs collection (releases, masters, artists) into the local state database", PipelineDefinitions.Harvest, options, console, error, reportsSite: false);

    public static Command Build(CliOptions options, IAnsiConsole console, TextWriter error) => Create(
        "build", "Harvest, then write the Hugo site (pages, taxonomies, site skeleton)", PipelineDefinitions.Build, options, console, error, reportsSite: true, options.Demo, options.Templates);

    private static Command Create(
        string name, string description, IReadOnlyList<PipelineStep> stages, CliOptions options, IAnsiConsole console, TextWriter error, bool reportsSite, params Option[] extra)
    {
        var command = new Command(name, description);
        foreach (var option in options.Common.Concat([options.Refresh, options.RetryFailed, options.Strict, options.FullListing, options.MaxDuration]).Concat(extra))
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) =>
        {
            var demo = extra.Contains(options.Demo) && result.GetValue(options.Demo);
            var runOptions = new RunOptions(
                Refresh: result.GetResult(options.Refresh) is null ? null : DataSources.Parse(result.GetValue(options.Refresh) ?? []),
                RetryFailed: result.GetValue(options.RetryFailed),
                Strict: result.GetValue(options.Strict),
                FullListing: result.GetValue(options.FullListing));
            var invocation = new CommandInvocation(
                options.SourcesFrom(result), SettingsRequirement.DiscogsAccount, result.GetValue(options.Verbose), demo, ChecksTemplates: PipelineDefinitions.RendersPages(stages))
            {
                LogFormat = result.GetValue(options.LogFormat),
            };
            return CommandRunner.RunAsync(invocation, console, error, (context, ct) => RunAsync(context, new PipelineRequest(name, stages, runOptions), reportsSite, ct), token);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, PipelineRequest request, bool reportsSite, CancellationToken cancellationToken)
    {
        // An aborted run's one stderr line (what failed, that nothing was lost, how to resume) is the runner's
        // error log event; the console sink prints it without the stack trace, which goes to the log file.
        // Notes, stop reasons and failure texts come from remote answers and exceptions: secrets are masked first.
        var summary = await RunWithProgressAsync(context, request, cancellationToken);
        SummaryPrinter.Print(context.Console, RedactingReporter.Redact(summary, context.Redactor));
        // Not "Site written" when files were left alone: the summary's line above says which and what to do.
        if (reportsSite && summary.Outcome is RunOutcome.Completed or RunOutcome.CompletedWithFailures && summary.NotOverwritten.Count == 0)
        {
            var site = Path.GetFullPath(context.Settings.Paths.Output);
            context.Console.MarkupLine($"Site written to [bold]{Markup.Escape(site)}[/]. Preview it with: [bold]hugo server -s {Markup.Escape(QuoteIfNeeded(site))}[/]");
        }

        return (int)summary.ExitCode;
    }

    /// <summary>Live progress on a terminal with text logs, plain periodic lines otherwise (<see cref="LiveProgress.IsLive"/>).</summary>
    private static async Task<RunSummary> RunWithProgressAsync(CommandContext context, PipelineRequest request, CancellationToken cancellationToken)
    {
        var host = context.Get<PipelineHost>();
        var board = new ProgressBoard(TimeProvider.System, context.Get<SourceRates>());
        if (!LiveProgress.IsLive(context.Console, context.LogFormat))
        {
            return await host.RunAsync(request, new RedactingReporter(new ConsoleReporter(context.Console, board), context.Redactor), cancellationToken);
        }

        // Log lines on stderr would tear the live display: they wait for its last frame (the log file has them at once).
        using (context.ConsoleLogs.Hold())
        {
            return await LiveProgress.RunAsync(context.Console, board, live => host.RunAsync(request, new RedactingReporter(live, context.Redactor), cancellationToken));
        }
    }

    private static string QuoteIfNeeded(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
