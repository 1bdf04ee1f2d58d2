using CollectionSite.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;

namespace CollectionSite.Cli;

/// <summary>
/// Serilog: warnings (or everything with --verbose) to stderr so stdout stays for the summary, and a daily log file
/// in the state folder. Stack traces go to the file only: the console gets one line per event. Both outputs pass
/// through <see cref="SecretRedactingFormatter"/>. With <see cref="LogFormat.Json"/> both outputs write one JSON object
/// per line instead (<see cref="RedactingJsonFormatter"/>; exceptions with their stack traces in the file, type and first line on the console), and stderr gets information events too,
/// so a machine reading it sees the run's stages.
/// </summary>
public static class LoggingSetup
{
    private const string ConsoleTemplate = "[{Level:u3}] {Message:lj}{NewLine}";
    private const string FileTemplate = "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffZ} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <param name="consoleHold">When given, console events pass through it, so a live display can hold them back.</param>
    public static Serilog.Core.Logger Create(
        string? stateDirectory, bool verbose, SecretRedactor redactor, LogFormat format = LogFormat.Text, ConsoleLogHold? consoleHold = null)
    {
        var json = format == LogFormat.Json;
        // Stack traces go to the file only, in either format: the console gets one line per event.
        ITextFormatter Formatter(string template) => json ? new RedactingJsonFormatter(redactor, stackTraces: template == FileTemplate) : new SecretRedactingFormatter(template, redactor);
        var consoleLevel = verbose ? LogEventLevel.Debug : json ? LogEventLevel.Information : LogEventLevel.Warning;
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            // HttpClient's own logging repeats every request; ours says what matters.
            .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        if (consoleHold is null)
        {
            configuration = configuration.WriteTo.Console(Formatter(ConsoleTemplate), restrictedToMinimumLevel: consoleLevel, standardErrorFromLevel: LogEventLevel.Verbose);
        }
        else
        {
            // The console sink behind the hold: a logger is a sink, and it is disposed (flushed) with the one that feeds it.
            var console = new LoggerConfiguration().MinimumLevel.Verbose()
                .WriteTo.Console(Formatter(ConsoleTemplate), standardErrorFromLevel: LogEventLevel.Verbose)
                .CreateLogger();
            consoleHold.WriteTo(console);
            configuration = configuration.WriteTo.Sink(consoleHold, restrictedToMinimumLevel: consoleLevel);
        }

        if (stateDirectory is not null)
        {
            configuration = configuration.WriteTo.File(
                Formatter(FileTemplate),
                // A file of its own per format, so a machine reading the JSON lines never meets a text line.
                Path.Combine(stateDirectory, "logs", json ? "collectionsite-.jsonl" : "collectionsite-.log"),
                restrictedToMinimumLevel: LogEventLevel.Information,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14);
        }

        return configuration.CreateLogger();
    }
}
