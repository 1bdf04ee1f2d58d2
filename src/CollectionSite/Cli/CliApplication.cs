using System.CommandLine;
using CollectionSite.Pipeline;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// The command line: `collectionsite &lt;command&gt; [options]`. Each command is built in its own class and runs
/// through <see cref="CommandRunner"/>. Usage errors exit 2, like configuration errors.
/// </summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        // With JSON logs stderr carries JSON only, from the first line: usage errors and every command's own
        // refusals become JSON events too. Read from the raw arguments, so it holds when parsing fails.
        await using var jsonError = WantsJson(args) ? new JsonLineWriter(error, TimeProvider.System) : null;
        return await RunParsedAsync(args, console, jsonError ?? error, cancellationToken);
    }

    /// <summary>Whether the arguments ask for --log-format json (as "--log-format json", "--log-format=json" or ":json").</summary>
    public static bool WantsJson(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            if (argument == "--")
            {
                return false;
            }

            if ((argument == "--log-format" && i + 1 < args.Count && IsJson(args[i + 1]))
                || ((argument.StartsWith("--log-format=", StringComparison.Ordinal) || argument.StartsWith("--log-format:", StringComparison.Ordinal)) && IsJson(argument["--log-format=".Length..])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJson(string value) => string.Equals(value, nameof(LogFormat.Json), StringComparison.OrdinalIgnoreCase);

    private static async Task<int> RunParsedAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = CreateRoot(console, error).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line per error, the help pointer on the same line: bad input gets one line that names the fix.
            var help = $"collectionsite {string.Join(' ', CommandPath(parsed.CommandResult).Append("--help"))}";
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message} (usage: {help})");
            }

            return (int)ExitCode.ConfigurationError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    /// <summary>The command's names below the root, outermost first: ["skip", "add"].</summary>
    private static Stack<string> CommandPath(System.CommandLine.Parsing.CommandResult? command)
    {
        var names = new Stack<string>();
        for (; command is { Command: not RootCommand }; command = command.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Push(command.Command.Name);
        }

        return names;
    }

    /// <summary>Every command and option; also what the workflow-file test parses the examples' command lines with.</summary>
    public static RootCommand CreateRoot(IAnsiConsole console, TextWriter error)
    {
        var options = new CliOptions();
        var root = new RootCommand("CollectionSite turns your Discogs collection into a Hugo website.")
        {
            PipelineCommands.Harvest(options, console, error),
            PipelineCommands.Build(options, console, error),
            SkipCommand.Create(options, console, error),
            RetryCommand.Create(options, console, error),
            OverrideCommand.Create(options, console, error),
            MatchCommand.Create(options, console, error),
            ArtworkCommand.Create(options, console, error),
            StatsCommand.Create(options, console, error),
            StatusCommand.Create(options, console, error),
            ExportCommand.Create(options, console, error),
            BackupCommand.Create(options, console, error),
            DoctorCommand.Create(options, console, error),
            AdminCommand.Create(options, console, error),
        };
        root.Options.Add(options.LogFormat);
        return root;
    }
}
