using System.CommandLine;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;

namespace CollectionSite.Cli;

/// <summary>The options shared by the commands, and the ones specific to some of them.</summary>
public sealed class CliOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = "Settings file (default: collectionsite.json in the current folder)", HelpName = "FILE" };

    public Option<string?> Secrets { get; } = new("--secrets") { Description = "Credentials file (default: secrets.json in the current folder)", HelpName = "FILE" };

    public Option<string?> Output { get; } = new("--output") { Description = "Hugo site folder to write (Paths:Output, default site-output)", HelpName = "DIR" };

    public Option<string?> State { get; } = new("--state") { Description = "State folder: database, logs, artwork (Paths:State, default .collectionsite)", HelpName = "DIR" };

    public Option<string?> Templates { get; } = new("--templates") { Description = "Folder with your copies of the page templates (Paths:Templates)", HelpName = "DIR" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log every step to the console" };

    /// <summary>Global (every command takes it): text, or json for one JSON object per log line on stderr and in the log file.</summary>
    public Option<LogFormat> LogFormat { get; } = new("--log-format")
    {
        Description = "Log lines as text (default) or json (one JSON object per line on stderr and in the log file; progress stays plain text on stdout)",
        HelpName = "text|json",
        Recursive = true,
        DefaultValueFactory = _ => Cli.LogFormat.Text,
    };

    /// <summary>Repeatable; a bare --refresh (no value) means every source.</summary>
    public Option<string[]> Refresh { get; } = new Option<string[]>("--refresh")
    {
        Description = "Re-fetch a source's cached data: discogs, apple, spotify, wikipedia, artwork or all (repeatable; --refresh alone means all)",
        HelpName = "SOURCE",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    }.AcceptOnlyFromAmong([.. DataSources.CommandLineNames]);

    public Option<bool> RetryFailed { get; } = new("--retry-failed") { Description = "Bring back items set aside after repeated failures (dead letters) and try them again" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Exit with code 3 when failures are recorded or an optional source stopped early" };

    public Option<bool> FullListing { get; } = new("--full-listing") { Description = "List the whole Discogs collection even when page 1 shows nothing added or removed" };

    public Option<string?> MaxDuration { get; } = new("--max-duration")
    {
        Description = "Time budget (e.g. 45s, 20m, 5h30m): stop starting remote work in time to render what is done; the next run continues (Run:MaxDuration)",
        HelpName = "DURATION",
    };

    public Option<bool> Demo { get; } = new("--demo") { Description = "Build offline from the bundled sample collection (no account or keys needed)" };

    /// <summary>The state commands' --demo: the demo keeps its own state folder, &lt;state&gt;/demo.</summary>
    public Option<bool> DemoState { get; } = new("--demo") { Description = "Act on the offline demo's state (<state>/demo) instead of your collection's" };

    /// <summary>The options every pipeline command takes.</summary>
    public IEnumerable<Option> Common => [Config, Secrets, Output, State, Verbose];

    /// <summary>The options of commands that only read or edit the state (skip, retry, ...).</summary>
    public IEnumerable<Option> StateOnly => [Config, Secrets, State, Verbose, DemoState];

    /// <summary>What a state command (skip, retry, ...) asked for: its configuration, --verbose and --demo.</summary>
    public CommandInvocation StateInvocation(ParseResult result) =>
        new(SourcesFrom(result), SettingsRequirement.None, result.GetValue(Verbose), result.GetValue(DemoState)) { LogFormat = result.GetValue(LogFormat) };

    /// <summary>Configuration files and the command-line overrides of the path options this command has.</summary>
    public ConfigurationSources SourcesFrom(ParseResult result)
    {
        var overrides = new Dictionary<string, string?>();
        AddOverride(overrides, "Paths:Output", result, Output);
        AddOverride(overrides, "Paths:State", result, State);
        AddOverride(overrides, "Paths:Templates", result, Templates);
        AddOverride(overrides, RunSettings.MaxDurationKey, result, MaxDuration);
        var config = result.GetValue(Config);
        var secrets = result.GetValue(Secrets);
        return new ConfigurationSources(
            config ?? ConfigurationSources.DefaultSettingsFile,
            config is not null,
            secrets ?? ConfigurationSources.DefaultSecretsFile,
            secrets is not null,
            overrides);
    }

    private static void AddOverride(Dictionary<string, string?> overrides, string key, ParseResult result, Option<string?> option)
    {
        if (result.GetResult(option) is not null && result.GetValue(option) is { } value && !string.IsNullOrWhiteSpace(value))
        {
            overrides[key] = value;
        }
    }
}
