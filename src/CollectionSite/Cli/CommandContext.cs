using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>What a command asked for before any work: where configuration comes from and what it must hold.</summary>
/// <param name="Demo">Offline demo: the bundled sample collection, in its own state subfolder.</param>
/// <param name="ChecksTemplates">The command renders pages: the page templates are parsed and tried before any work.</param>
public sealed record CommandInvocation(ConfigurationSources Sources, SettingsRequirement Requirement, bool Verbose = false, bool Demo = false, bool ChecksTemplates = false)
{
    /// <summary>--log-format: text, or JSON lines on stderr and in the log file.</summary>
    public LogFormat LogFormat { get; init; } = LogFormat.Text;

    /// <summary>
    /// `doctor`: settings are read leniently (a bad value or file is the handler's to report, and every other check
    /// still runs) and every HTTP client makes one short attempt (<see cref="Clients.Http.ProbePolicy"/>).
    /// </summary>
    public bool Diagnostic { get; init; }
}

/// <summary>
/// What every command handler gets, built the same way for every command by <see cref="CommandRunner"/>: validated
/// settings, the composed services (the same composition the pipeline uses), the console and the redactor.
/// </summary>
public sealed class CommandContext(AppSettings settings, IServiceProvider services, IAnsiConsole console, TextWriter error, SecretRedactor redactor)
{
    public AppSettings Settings => settings;

    public IAnsiConsole Console => console;

    public TextWriter Error => error;

    public SecretRedactor Redactor => redactor;

    /// <summary>--log-format: with JSON logs, progress is plain lines (never a live display) so the console stays machine-readable.</summary>
    public LogFormat LogFormat { get; init; } = LogFormat.Text;

    /// <summary>Console log events; a live display holds them back while it draws (<see cref="ConsoleLogHold"/>).</summary>
    public ConsoleLogHold ConsoleLogs { get; init; } = new();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>Writes <paramref name="text"/> (plain text, never markup) with every secret masked.</summary>
    public void WriteLine(string text) => console.MarkupLine(Markup.Escape(redactor.Redact(text)));
}
