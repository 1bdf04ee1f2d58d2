using CollectionSite.Configuration;
using Serilog;
using Serilog.Events;

namespace CollectionSite.Cli;

/// <summary>
/// Serilog: warnings (or everything with --verbose) to stderr so stdout stays for the summary, and a daily log file
/// in the state folder. Stack traces go to the file only: the console gets one line per event. Both outputs pass
/// through <see cref="SecretRedactingFormatter"/>.
/// </summary>
public static class LoggingSetup
{
    private const string ConsoleTemplate = "[{Level:u3}] {Message:lj}{NewLine}";
    private const string FileTemplate = "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffZ} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static Serilog.Core.Logger Create(string? stateDirectory, bool verbose, SecretRedactor redactor)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            // HttpClient's own logging repeats every request; ours says what matters.
            .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                new SecretRedactingFormatter(ConsoleTemplate, redactor),
                restrictedToMinimumLevel: verbose ? LogEventLevel.Debug : LogEventLevel.Warning,
                standardErrorFromLevel: LogEventLevel.Verbose);
        if (stateDirectory is not null)
        {
            configuration = configuration.WriteTo.File(
                new SecretRedactingFormatter(FileTemplate, redactor),
                Path.Combine(stateDirectory, "logs", "collectionsite-.log"),
                restrictedToMinimumLevel: LogEventLevel.Information,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14);
        }

        return configuration.CreateLogger();
    }
}
