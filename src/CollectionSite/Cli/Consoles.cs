using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>The console the CLI writes its human output (progress, summary) to.</summary>
public static class Consoles
{
    /// <summary>The width a redirected console claims: wider than any line the CLI writes, so nothing is wrapped, and
    /// far enough below int.MaxValue that Spectre's layout arithmetic (width plus borders) cannot overflow.</summary>
    public const int Unwrapped = 1 << 24;

    /// <summary>
    /// Standard output as the CLI uses it. A terminal gets Spectre's own console (colour, live progress). Redirected
    /// output (a CI log, a pipe, a file) gets plain text: no ANSI support, no colours, not interactive (so no live
    /// display and no control sequences at all), and no wrapping: Spectre hard-wraps at the profile width (80, or 200
    /// for a non-terminal) and ignores COLUMNS, which breaks CI logs and step summaries mid-phrase.
    /// </summary>
    public static IAnsiConsole ForStandardOutput(TextWriter output, bool redirected)
    {
        if (!redirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = Unwrapped;
        return console;
    }
}
