using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Rendering;
using CollectionSite.Rendering.Templates;
using CollectionSite.Storage;
using Microsoft.Data.Sqlite;
using Serilog.Extensions.Logging;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// Runs one command handler: configuration and, for commands that render, templates (exit 2 with one line on a
/// bad value), logging, the composed services,
/// the handler, and one line on stderr (never a stack trace; those go to the log file) when something fails.
/// </summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(
        CommandInvocation invocation, IAnsiConsole console, TextWriter error, Func<CommandContext, CancellationToken, Task<int>> handler, CancellationToken cancellationToken)
    {
        AppSettings settings;
        try
        {
            settings = SettingsReader.Read(ConfigurationLoader.Build(invocation.Sources), invocation.Sources, invocation.Demo ? SettingsRequirement.None : invocation.Requirement);
            if (invocation.ChecksTemplates)
            {
                // Templates are user-editable: a broken one stops the run here, before the state or any remote is touched.
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

        if (invocation.Demo)
        {
            // The demo keeps its own database so it never mixes with a real collection's state.
            settings.Discogs.Username = "demo";
            settings.Paths.State = Path.Combine(settings.Paths.State, "demo");
        }

        var redactor = new SecretRedactor(settings.Secrets);
        Directory.CreateDirectory(settings.Paths.State);
        await using var logger = LoggingSetup.Create(settings.Paths.State, invocation.Verbose, redactor);
        using var loggerFactory = new SerilogLoggerFactory(logger);
        var logs = Path.Combine(settings.Paths.State, "logs");
        try
        {
            await using var services = CollectionSiteServices.Build(new HostInputs(settings, TimeProvider.System, loggerFactory, invocation.Demo, Redactor: redactor));
            return await handler(new CommandContext(settings, services, console, error, redactor), cancellationToken);
        }
        catch (StateLockedException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return (int)ExitCode.ConfigurationError;
        }
        catch (SqliteException ex)
        {
            logger.Error(ex, "State database error");
            await error.WriteLineAsync(redactor.Redact(
                $"The state database '{Path.Combine(settings.Paths.State, StateDatabase.FileName)}' could not be used: {ex.Message} (details in {logs})."));
            return (int)ExitCode.Aborted;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.Fatal(ex, "Unexpected error");
            await error.WriteLineAsync(redactor.Redact($"Unexpected error: {OneLine(ex.Message)} (details in {logs}). Finished work is saved."));
            return (int)ExitCode.Aborted;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
