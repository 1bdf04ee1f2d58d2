using System.CommandLine;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// The command line: `collectionsite &lt;command&gt; [options]`. Parses, then hands a <see cref="PipelineCommand"/>
/// to <see cref="PipelineCommandRunner"/>. Usage errors exit 2, like configuration errors.
/// </summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        var options = new CliOptions();
        var root = new RootCommand("CollectionSite turns your Discogs collection into a Hugo website.");
        root.Subcommands.Add(PipelineCommandFor("harvest", "Fetch the Discogs collection (releases, masters, artists) into the local state database", PipelineDefinitions.Harvest, options, console, error, reportsSite: false));
        root.Subcommands.Add(PipelineCommandFor("build", "Harvest, then write the Hugo site (pages, taxonomies, site skeleton)", PipelineDefinitions.Build, options, console, error, reportsSite: true, options.Demo, options.Templates));

        root.Subcommands.Add(SkipCommands.Create(options, console, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync("Run 'collectionsite --help' for usage.");
            return (int)ExitCode.ConfigurationError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    private static Command PipelineCommandFor(
        string name,
        string description,
        IReadOnlyList<Type> stages,
        CliOptions options,
        IAnsiConsole console,
        TextWriter error,
        bool reportsSite,
        params Option[] extra)
    {
        var command = new Command(name, description);
        foreach (var option in options.Common.Concat([options.Refresh, options.RetryFailed, options.Strict]).Concat(extra))
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) =>
        {
            var overrides = new Dictionary<string, string?>();
            AddOverride(overrides, "Paths:Output", result.GetValue(options.Output));
            AddOverride(overrides, "Paths:State", result.GetValue(options.State));
            if (extra.Contains(options.Templates))
            {
                AddOverride(overrides, "Paths:Templates", result.GetValue(options.Templates));
            }

            var config = result.GetValue(options.Config);
            var secrets = result.GetValue(options.Secrets);
            var sources = new ConfigurationSources(
                config ?? ConfigurationSources.DefaultSettingsFile,
                config is not null,
                secrets ?? ConfigurationSources.DefaultSecretsFile,
                secrets is not null,
                overrides);
            var runOptions = new RunOptions(
                Refresh: result.GetResult(options.Refresh) is null ? null : DataSources.Parse(result.GetValue(options.Refresh) ?? []),
                RetryFailed: result.GetValue(options.RetryFailed),
                Strict: result.GetValue(options.Strict),
                Demo: extra.Contains(options.Demo) && result.GetValue(options.Demo));
            var request = new PipelineCommand(name, stages, sources, runOptions, result.GetValue(options.Verbose), reportsSite);
            return PipelineCommandRunner.RunAsync(request, console, error, token);
        });
        return command;
    }

    private static void AddOverride(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            overrides[key] = value;
        }
    }
}
