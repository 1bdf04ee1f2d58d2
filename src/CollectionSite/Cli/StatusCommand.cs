using System.CommandLine;
using System.Text.Json;
using CollectionSite.Pipeline;
using CollectionSite.Storage.Status;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `status [--json]`: where the state folder stands (<see cref="StatusQuery"/>): per stage and source the counts, the
/// retry queue, the dead letters, the last runs and what the next build would do, with its estimated time. Reads only;
/// it takes no run lock, so it works while a build runs.
/// </summary>
public static class StatusCommand
{
    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (for scripts)" };
        var command = new Command("status", "Show counts per stage, failures, dead letters, last runs and what the next run would do") { json };
        foreach (var option in options.StateOnly)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) => CommandRunner.RunAsync(
            options.StateInvocation(result), console, error, (context, ct) => RunAsync(context, result.GetValue(json), ct), token));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, bool json, CancellationToken cancellationToken)
    {
        var report = await context.Get<StatusQuery>().GetAsync(cancellationToken);
        if (json)
        {
            // Written verbatim (not as markup); errors from remote answers are masked like every other output.
            context.Console.Profile.Out.Writer.WriteLine(context.Redactor.Redact(JsonSerializer.Serialize(report, CliJson.Default.StatusReport)));
        }
        else if (context.Console.Profile.Capabilities.Ansi)
        {
            StatusTables.Write(context.Console, report, context.Redactor);
        }
        else
        {
            foreach (var line in StatusLines.Of(report))
            {
                context.WriteLine(line);
            }
        }

        return (int)ExitCode.Success;
    }
}
