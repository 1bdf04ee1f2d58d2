using System.CommandLine;
using CollectionSite.Pipeline;
using CollectionSite.Statistics;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `stats [--json]`: the collection's numbers (the same computation as the site's /stats/ page): Spectre tables on a
/// terminal, plain aligned text when the output is redirected, or the stats JSON. Only reads the state database, so
/// it runs while a build holds the run lock.
/// </summary>
public static class StatsCommand
{
    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var json = new Option<bool>("--json") { Description = "Print the numbers as JSON (the same file the stats page reads)" };
        var command = new Command("stats", "Show the collection's numbers: totals, genres, styles, formats, decades, labels, countries, top artists, additions per month") { json };
        foreach (var option in options.StateOnly)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) => CommandRunner.RunAsync(
            options.StateInvocation(result), console, error, (context, ct) => ShowAsync(context, result.GetValue(json), ct), token));
        return command;
    }

    private static async Task<int> ShowAsync(CommandContext context, bool json, CancellationToken cancellationToken)
    {
        var statistics = await context.Get<StatisticsReader>().ReadAsync(StatisticsCalculator.DefaultTop, cancellationToken);
        if (json)
        {
            // Straight to the output (still redacted like every line): JSON must not pass through markup or wrapping.
            context.Console.Profile.Out.Writer.Write(context.Redactor.Redact(StatisticsJson.Serialize(statistics)));
        }
        else if (context.Console.Profile.Capabilities.Ansi)
        {
            StatisticsTables.Write(context.Console, statistics);
        }
        else
        {
            foreach (var line in StatisticsText.Lines(statistics))
            {
                context.WriteLine(line);
            }
        }

        return (int)ExitCode.Success;
    }
}
