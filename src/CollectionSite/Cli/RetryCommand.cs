using System.CommandLine;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `retry [--stage KEY] [--release ID]`: brings dead letters (items that failed Retry:MaxAttempts runs in a row)
/// back, so the next run tries them again with the full number of attempts. No filter brings back all of them.
/// </summary>
public static class RetryCommand
{
    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var stage = new Option<string?>("--stage") { Description = $"Only this stage: {string.Join(", ", PipelineDefinitions.ItemStageKeys)}", HelpName = "KEY" };
        stage.AcceptOnlyFromAmong([.. PipelineDefinitions.ItemStageKeys]);
        var release = new Option<long?>("--release") { Description = "Only this Discogs release", HelpName = "ID" };
        var command = new Command("retry", "Bring dead letters back so the next run tries them again") { stage, release };
        foreach (var option in options.StateOnly)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) => CommandRunner.RunAsync(
            options.StateInvocation(result),
            console,
            error,
            (context, ct) => RunAsync(context, result.GetValue(stage), result.GetValue(release), ct),
            token));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string? stage, long? releaseId, CancellationToken cancellationToken)
    {
        var queue = context.Get<DeadLetterQueue>();
        var chosen = await queue.FindAsync(stage, releaseId, cancellationToken);
        if (chosen.Count == 0)
        {
            var stages = (await queue.FindAsync(null, null, cancellationToken)).Select(f => f.Stage).Distinct().Order(StringComparer.Ordinal).ToList();
            context.WriteLine(stages.Count == 0
                ? "There are no dead letters: nothing to retry."
                : $"No dead letter matches. Stages with dead letters: {string.Join(", ", stages)}.");
            return (int)ExitCode.Success;
        }

        // Exactly the items listed here are brought back, so the count printed is the list shown.
        var count = await queue.RequeueAsync(chosen, cancellationToken);
        foreach (var item in chosen)
        {
            context.WriteLine($"  {item.Stage} {item.ItemKind} {item.ItemId} (failed {item.Attempts} runs): {item.LastError ?? "unknown error"}");
        }

        context.WriteLine($"{count} dead letter(s) brought back; the next run tries them again.");
        return (int)ExitCode.Success;
    }
}
