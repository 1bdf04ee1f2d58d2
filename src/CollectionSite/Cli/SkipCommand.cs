using System.CommandLine;
using System.Globalization;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `skip add|remove|list`: releases every stage leaves alone (never fetched, never published).
/// Harvest still lists them, so removing one from the skip list brings it back on the next run.
/// </summary>
public static class SkipCommand
{
    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var releaseId = NumberArguments.ReleaseId();
        var reason = new Option<string?>("--reason") { Description = "Why it is skipped (shown by skip list)" };

        var add = new Command("add", "Skip a release: no stage fetches or publishes it") { releaseId, reason };
        add.SetAction((result, token) => Run(result, options, console, error, async (context, ct) =>
        {
            var id = result.GetValue(releaseId);
            var given = result.GetValue(reason);
            var skipList = context.Get<SkipListRepository>();
            var existing = (await skipList.GetAllAsync(ct)).FirstOrDefault(entry => entry.ReleaseId == id);
            if (existing is not null && given is null)
            {
                // Adding again without a reason must not wipe the one given before.
                context.WriteLine($"Release {id} is already skipped (reason: {existing.Reason ?? "none given"}).");
                return;
            }

            await skipList.AddAsync(id, given, context.Get<TimeProvider>().GetUtcNow(), ct);
            context.WriteLine(existing is null
                ? $"Release {id} is skipped; the next build removes its page."
                : $"Release {id} was already skipped; its reason is now: {given}.");
        }, token));

        var remove = new Command("remove", "Stop skipping a release; the next run processes it") { releaseId };
        remove.SetAction((result, token) => Run(result, options, console, error, async (context, ct) =>
        {
            var id = result.GetValue(releaseId);
            var removed = await context.Get<SkipListRepository>().RemoveAsync(id, ct);
            context.WriteLine(removed ? $"Release {id} is no longer skipped." : $"Release {id} was not on the skip list.");
        }, token));

        var list = new Command("list", "Show the skipped releases");
        list.SetAction((result, token) => Run(result, options, console, error, async (context, ct) =>
        {
            var skipped = await context.Get<SkipListRepository>().GetAllAsync(ct);
            foreach (var entry in skipped)
            {
                context.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entry.ReleaseId}\t{entry.AddedUtc:yyyy-MM-dd}\t{entry.Reason}"));
            }

            context.WriteLine($"{skipped.Count} skipped release(s).");
        }, token));

        foreach (var command in new[] { add, remove, list })
        {
            foreach (var option in options.StateOnly)
            {
                command.Options.Add(option);
            }
        }

        return new Command("skip", "Manage releases that are never fetched or published") { add, remove, list };
    }

    private static Task<int> Run(
        ParseResult result, CliOptions options, IAnsiConsole console, TextWriter error, Func<CommandContext, CancellationToken, Task> action, CancellationToken token) =>
        CommandRunner.RunAsync(
            options.StateInvocation(result),
            console,
            error,
            async (context, ct) =>
            {
                await action(context, ct);
                return (int)ExitCode.Success;
            },
            token);
}
