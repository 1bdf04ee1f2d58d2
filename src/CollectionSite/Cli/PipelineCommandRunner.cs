using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Rendering;
using CollectionSite.Rendering.Templates;
using CollectionSite.Stages;
using CollectionSite.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Extensions.Logging;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// Runs one pipeline command end to end: configuration and templates (exit 2 on a bad value), a lock on the state
/// folder, logging, the object graph, the stages, the summary and the exit code.
/// </summary>
public static class PipelineCommandRunner
{
    public static async Task<int> RunAsync(PipelineCommand command, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        AppSettings settings;
        try
        {
            var requirement = command.Options.Demo ? SettingsRequirement.None : SettingsRequirement.DiscogsAccount;
            settings = SettingsReader.Read(ConfigurationLoader.Build(command.Sources), command.Sources, requirement);
            if (command.Stages.Contains(typeof(RenderSite)))
            {
                // Templates are user-editable: a broken one stops the run here, before any remote request.
                TemplateCatalog.Validate(settings.Paths.Templates ?? RenderingOptions.DefaultTemplatesDirectory);
            }
        }
        catch (ConfigurationException ex)
        {
            await error.WriteLineAsync($"Configuration error: {ex.Message}");
            return (int)ExitCode.ConfigurationError;
        }
        catch (TemplateException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return (int)ExitCode.ConfigurationError;
        }

        if (command.Options.Demo)
        {
            // The demo keeps its own database so it never mixes with a real collection's state.
            settings.Discogs.Username = "demo";
            settings.Paths.State = Path.Combine(settings.Paths.State, "demo");
        }

        Directory.CreateDirectory(settings.Paths.State);
        using var stateLock = StateLock.TryAcquire(settings.Paths.State);
        if (stateLock is null)
        {
            await error.WriteLineAsync($"Another CollectionSite run is using the state folder '{settings.Paths.State}'. Wait for it to finish or use another --state.");
            return (int)ExitCode.ConfigurationError;
        }

        var secrets = new[] { settings.Discogs.Token }.OfType<string>().ToArray();
        await using var logger = LoggingSetup.Create(settings.Paths.State, command.Verbose, secrets);
        using var loggerFactory = new SerilogLoggerFactory(logger);
        var time = TimeProvider.System;
        try
        {
            await using var services = CompositionRoot.Compose(new CompositionInputs(settings, command.Options, time, loggerFactory, new ConsoleReporter(console, time)));
            var runner = services.GetRequiredService<PipelineRunner>();
            var stages = PipelineDefinitions.Resolve(services, command.Stages);
            var summary = await runner.RunAsync(command.Name, stages, command.Options, cancellationToken);
            await services.GetRequiredService<StateDatabase>().CheckpointAsync(CancellationToken.None);
            SummaryPrinter.Print(console, summary);
            if (command.ReportsSite && summary.Outcome is RunOutcome.Completed or RunOutcome.CompletedWithFailures)
            {
                var site = Path.GetFullPath(settings.Paths.Output);
                console.MarkupLine($"Site written to [bold]{Markup.Escape(site)}[/]. Preview it with: [bold]hugo server -s {Markup.Escape(QuoteIfNeeded(site))}[/]");
            }

            return (int)summary.ExitCode;
        }
        catch (SqliteException ex)
        {
            logger.Error(ex, "State database error");
            await error.WriteLineAsync($"The state database '{Path.Combine(settings.Paths.State, StateDatabase.FileName)}' could not be used: {ex.Message}");
            return (int)ExitCode.Aborted;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.Fatal(ex, "Unexpected error");
            await error.WriteLineAsync($"Unexpected error: {ex.Message} (details in {Path.Combine(settings.Paths.State, "logs")}). Finished work is saved.");
            return (int)ExitCode.Aborted;
        }
    }

    private static string QuoteIfNeeded(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
