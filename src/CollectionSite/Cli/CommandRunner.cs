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
        // With JSON logs stderr carries JSON only: the runner's own one-line messages become JSON events too.
        // (CliApplication wraps stderr already; a caller that did not gets it wrapped here, never twice.)
        using var jsonError = invocation.LogFormat == LogFormat.Json && error is not JsonLineWriter ? new JsonLineWriter(error, TimeProvider.System) : null;
        error = jsonError ?? error;
        var (settings, problem) = ReadSettings(invocation);
        if (settings is null)
        {
            await error.WriteLineAsync(problem);
            return (int)ExitCode.ConfigurationError;
        }

        var redactor = new SecretRedactor(settings.Secrets);
        var consoleLogs = new ConsoleLogHold();
        Serilog.Core.Logger logger;
        try
        {
            Directory.CreateDirectory(settings.Paths.State);
            logger = LoggingSetup.Create(settings.Paths.State, invocation.Verbose, redactor, invocation.LogFormat, consoleLogs);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync(
                $"Configuration error: the state folder '{settings.Paths.State}' cannot be written ({OneLine(ex.Message)}). Point --state (Paths:State) at a writable folder.");
            return (int)ExitCode.ConfigurationError;
        }

        try
        {
            return await RunHandlerAsync(invocation, settings, redactor, consoleLogs, logger, console, error, handler, cancellationToken);
        }
        finally
        {
            try
            {
                await logger.DisposeAsync();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The log file's disk is full: the run's own result (and its one line) stands; a flush failure must not crash.
            }
        }
    }

    private static async Task<int> RunHandlerAsync(
        CommandInvocation invocation,
        AppSettings settings,
        SecretRedactor redactor,
        ConsoleLogHold consoleLogs,
        Serilog.Core.Logger logger,
        IAnsiConsole console,
        TextWriter error,
        Func<CommandContext, CancellationToken, Task<int>> handler,
        CancellationToken cancellationToken)
    {
        // Errors reported here are logged at Information: the console shows Warning and up, and the one line on stderr
        // is the whole console message; the log file keeps the exception with its stack trace.
        using var loggerFactory = new SerilogLoggerFactory(logger);
        var logs = Path.Combine(settings.Paths.State, "logs");
        try
        {
            await using var services = CollectionSiteServices.Build(new HostInputs(settings, TimeProvider.System, loggerFactory, invocation.Demo, Redactor: redactor) { Probe = invocation.Diagnostic });
            return await handler(new CommandContext(settings, services, console, error, redactor) { LogFormat = invocation.LogFormat, ConsoleLogs = consoleLogs }, cancellationToken);
        }
        catch (StateLockedException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return (int)ExitCode.ConfigurationError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Interrupted. Finished work is saved; run the same command again to resume.");
            return (int)ExitCode.Interrupted;
        }
        catch (StateFolderException ex)
        {
            logger.Information(ex, "State folder error (the one line on stderr)");
            await error.WriteLineAsync(redactor.Redact(ex.Message));
            return (int)ExitCode.ConfigurationError;
        }
        catch (StateDatabaseException ex)
        {
            // Damaged or newer: the message names the file, the newest backup and the fix; the file was not touched.
            logger.Information(ex, "State database refused (the one line on stderr)");
            await error.WriteLineAsync(redactor.Redact(ex.Message));
            return (int)ExitCode.Aborted;
        }
        catch (SqliteException ex) when (StateDatabaseProblems.IsDamage(ex))
        {
            // Damage found after the checks at open (a page read later in the run).
            logger.Information(ex, "State database damaged (the one line on stderr)");
            var file = Path.Combine(Path.GetFullPath(settings.Paths.State), StateDatabase.FileName);
            await error.WriteLineAsync(redactor.Redact(StateDatabaseProblems.Damaged(file, $"SQLite: {OneLine(ex.Message)}").Message));
            return (int)ExitCode.Aborted;
        }
        catch (Exception ex) when (StateDiskFull.Covers(ex))
        {
            logger.Information(ex, "State folder full or read-only (the one line on stderr)");
            await error.WriteLineAsync(redactor.Redact(StateDiskFull.Message(ex, settings.Paths.State)));
            return (int)ExitCode.Aborted;
        }
        catch (SqliteException ex)
        {
            logger.Information(ex, "State database error (the one line on stderr)");
            await error.WriteLineAsync(redactor.Redact(
                $"The state database '{Path.Combine(settings.Paths.State, StateDatabase.FileName)}' could not be used: {ex.Message} (details in {logs})."));
            return (int)ExitCode.Aborted;
        }
        catch (Exception ex)
        {
            logger.Fatal(ex, "Unexpected error");
            await error.WriteLineAsync(redactor.Redact($"Unexpected error: {OneLine(ex.Message)} (details in {logs}). Finished work is saved."));
            return (int)ExitCode.Aborted;
        }
    }

    /// <summary>Validated settings (the demo's state folder applied), or null and the one line that says what to fix.</summary>
    private static (AppSettings? Settings, string Problem) ReadSettings(CommandInvocation invocation)
    {
        try
        {
            var requirement = invocation.Demo ? SettingsRequirement.None : invocation.Requirement;
            var settings = invocation.Diagnostic
                ? SettingsReader.ReadLenient(invocation.Sources, requirement)
                : SettingsReader.Read(ConfigurationLoader.Build(invocation.Sources), invocation.Sources, requirement);
            if (invocation.ChecksTemplates)
            {
                // Templates are user-editable: a broken one stops the run here, before the state or any remote is touched.
                TemplateCatalog.Validate(RenderingOptions.TemplatesFor(settings.Paths));
            }

            if (invocation.Demo)
            {
                // The demo keeps its own database so it never mixes with a real collection's state.
                settings.Discogs.Username = "demo";
                settings.Paths.State = Path.Combine(settings.Paths.State, "demo");
            }

            return (settings, string.Empty);
        }
        catch (ConfigurationException ex)
        {
            return (null, $"Configuration error: {ex.Message}");
        }
        catch (TemplateException ex)
        {
            return (null, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable settings, secrets or template file: the message names the file.
            return (null, $"Configuration error: {PipelineAbortedException.AsSentence(OneLine(ex.Message))} Check the file's permissions or point the option at another file.");
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
