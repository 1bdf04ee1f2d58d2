using System.CommandLine;
using System.Globalization;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `skip add|remove|list`: releases every stage leaves alone (never fetched, never published).
/// Harvest still lists them, so removing one from the skip list brings it back on the next run.
/// </summary>
public static class SkipCommands
{
    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var releaseId = new Argument<long>("release-id") { Description = "The Discogs release id" };
        var reason = new Option<string?>("--reason") { Description = "Why it is skipped (shown by skip list)" };

        var add = new Command("add", "Skip a release: no stage fetches or publishes it");
        add.Arguments.Add(releaseId);
        add.Options.Add(reason);
        add.SetAction((result, token) => WithStore(result, options, error, async (store, time) =>
        {
            await store.AddAsync(result.GetValue(releaseId), result.GetValue(reason), time.GetUtcNow(), token);
            console.MarkupLine($"Release {result.GetValue(releaseId)} is skipped; the next build removes its page.");
        }));

        var remove = new Command("remove", "Stop skipping a release; the next run processes it");
        remove.Arguments.Add(releaseId);
        remove.SetAction((result, token) => WithStore(result, options, error, async (store, _) =>
        {
            var removed = await store.RemoveAsync(result.GetValue(releaseId), token);
            console.MarkupLine(removed ? $"Release {result.GetValue(releaseId)} is no longer skipped." : $"Release {result.GetValue(releaseId)} was not on the skip list.");
        }));

        var list = new Command("list", "Show the skipped releases");
        list.SetAction((result, token) => WithStore(result, options, error, async (store, _) =>
        {
            var skipped = await store.GetAllAsync(token);
            foreach (var entry in skipped)
            {
                console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{entry.ReleaseId}\t{entry.AddedUtc:yyyy-MM-dd}\t{entry.Reason}")));
            }

            console.MarkupLine($"{skipped.Count} skipped release(s).");
        }));

        var skip = new Command("skip", "Manage releases that are never fetched or published") { add, remove, list };
        foreach (var option in new Option[] { options.Config, options.Secrets, options.State })
        {
            foreach (var command in new[] { add, remove, list })
            {
                command.Options.Add(option);
            }
        }

        return skip;
    }

    private static async Task<int> WithStore(ParseResult result, CliOptions options, TextWriter error, Func<SkipListRepository, TimeProvider, Task> action)
    {
        var config = result.GetValue(options.Config);
        var secrets = result.GetValue(options.Secrets);
        var overrides = new Dictionary<string, string?>();
        if (result.GetValue(options.State) is { } state)
        {
            overrides["Paths:State"] = state;
        }

        var sources = new ConfigurationSources(
            config ?? ConfigurationSources.DefaultSettingsFile, config is not null, secrets ?? ConfigurationSources.DefaultSecretsFile, secrets is not null, overrides);
        try
        {
            var settings = SettingsReader.Read(ConfigurationLoader.Build(sources), sources, SettingsRequirement.None);
            await action(new SkipListRepository(new StateDatabase(settings.Paths.State)), TimeProvider.System);
            return (int)ExitCode.Success;
        }
        catch (ConfigurationException ex)
        {
            await error.WriteLineAsync($"Configuration error: {ex.Message}");
            return (int)ExitCode.ConfigurationError;
        }
    }
}
