using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>The console the CLI writes its human output (progress, summary) to.</summary>
public static class Consoles
{
    /// <summary>
    /// Standard output as the CLI uses it. A terminal gets Spectre's own console (colour, live progress). Redirected
    /// output (a CI log, a pipe, a file) gets plain text: no ANSI support, no colours, not interactive (so no live
    /// display and no control sequences at all), and 200 columns so paths and commands are not wrapped at 80.
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
        console.Profile.Width = 200;
        return console;
    }
}
