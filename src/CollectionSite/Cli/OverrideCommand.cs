using System.CommandLine;
using System.Globalization;
using CollectionSite.Corrections;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `override set|clear|list`: the collector's corrections to enrichment, kept in the state database, honoured by every
/// later run and never changed by --refresh. Setting or clearing one makes the item due again on the next run.
/// <code>
/// override set &lt;release-id&gt; --source apple|spotify|artwork (--id ID | --url URL | --none | --search TERM | --file PATH)
/// override set --artist &lt;artist-id&gt; --source wikipedia|artwork (...)
/// override clear (&lt;release-id&gt; | --artist &lt;artist-id&gt;) --source SOURCE
/// override list
/// </code>
/// </summary>
public static class OverrideCommand
{
    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var releaseId = NumberArguments.OptionalReleaseId("The Discogs release id (Apple Music, Spotify, artwork)");
        var artist = NumberArguments.OptionalId("--artist", "a Discogs artist id", "The Discogs artist id instead of a release (Wikipedia, artwork)", "ARTIST-ID");
        var source = new Option<string?>("--source") { Description = $"Which source: {string.Join(", ", EnrichmentSources.All)}", HelpName = "SOURCE" };
        var id = new Option<string?>("--id") { Description = "Pin this album id (Apple Music, Spotify) or article title (Wikipedia)", HelpName = "ID" };
        var url = new Option<string?>("--url") { Description = "Pin the album or article at this link; for artwork, the image URL", HelpName = "URL" };
        var none = new Option<bool>("--none") { Description = "No match from this source for the item" };
        var search = new Option<string?>("--search") { Description = "Search with this term instead of artist and title", HelpName = "TERM" };
        var file = new Option<string?>("--file") { Description = "Artwork: an image file (stored as an absolute path)", HelpName = "PATH" };

        var set = new Command("set", "Pin a match, force none, set a search term, or pin artwork") { releaseId, artist, source, id, url, none, search, file };
        set.SetAction((result, token) =>
        {
            var target = OverrideInput.Target(result.GetValue(source), result.GetValue(releaseId), result.GetValue(artist), out var problem);
            var request = target is { } t
                ? OverrideInput.Request(t.Source, t.Target, result.GetValue(id), result.GetValue(url), result.GetValue(none), result.GetValue(search), result.GetValue(file), out problem)
                : null;
            return request is null ? Refuse(error, problem) : Run(result, options, console, error, (context, ct) => SetAsync(context, request, ct), token);
        });

        var clear = new Command("clear", "Remove an override; the next run decides the item again") { releaseId, artist, source };
        clear.SetAction((result, token) =>
        {
            var target = OverrideInput.Target(result.GetValue(source), result.GetValue(releaseId), result.GetValue(artist), out var problem);
            return target is not { } t ? Refuse(error, problem) : Run(result, options, console, error, (context, ct) => ClearAsync(context, t.Source, t.Target, ct), token);
        });

        var list = new Command("list", "Show every override");
        list.SetAction((result, token) => Run(result, options, console, error, ListAsync, token));

        foreach (var command in new[] { set, clear, list })
        {
            foreach (var option in options.StateOnly)
            {
                command.Options.Add(option);
            }
        }

        return new Command("override", "Correct what Apple Music, Spotify, Wikipedia and artwork use for a release or artist") { set, clear, list };
    }

    private static async Task SetAsync(CommandContext context, OverrideRequest request, CancellationToken cancellationToken)
    {
        // A stage that read "no override" before this write would mark the item done without it: never during a run.
        using var stateLock = StateLock.Acquire(context.Settings.Paths.State, "override set");
        var (kind, id) = (request.Target.ItemKind, request.Target.ItemId);
        await context.Get<OverrideRepository>().SetAsync(
            new EnrichmentOverride(request.Source, kind, id, request.Kind, request.Value, context.Get<TimeProvider>().GetUtcNow()), cancellationToken);
        context.WriteLine($"{EnrichmentSources.DisplayName(request.Source)} override for {request.Target}: {Describe(request.Kind, request.Value)}. The next run uses it.");
        if (!await OverrideTargets.IsKnownAsync(context, request.Target, cancellationToken))
        {
            context.WriteLine($"Note: {request.Target} is not in the state database yet; the override applies once it is harvested.");
        }
    }

    private static async Task ClearAsync(CommandContext context, string source, OverrideTarget target, CancellationToken cancellationToken)
    {
        using var stateLock = StateLock.Acquire(context.Settings.Paths.State, "override clear");
        var removed = await context.Get<OverrideRepository>().ClearAsync(source, target.ItemKind, target.ItemId, cancellationToken);
        context.WriteLine(removed
            ? $"{EnrichmentSources.DisplayName(source)} override for {target} removed; the next run decides it again."
            : $"{target} had no {EnrichmentSources.DisplayName(source)} override.");
    }

    private static async Task ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var overrides = await context.Get<OverrideRepository>().GetAllAsync(cancellationToken);
        if (overrides.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Item", "Source", "Override", "Set");
            foreach (var entry in overrides)
            {
                table.AddRow(
                    Markup.Escape($"{entry.ItemKind} {entry.ItemId}"),
                    Markup.Escape(entry.Source),
                    Markup.Escape(context.Redactor.Redact(Describe(entry.Kind, entry.Value))),
                    entry.SetUtc.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
        }

        context.WriteLine($"{overrides.Count} override(s).");
    }

    /// <summary>"pin 1556240425", "none", "search \"Sigur Ros ( )\"", "image /art/cover.jpg" (<see cref="OverrideText.Describe"/>).</summary>
    public static string Describe(OverrideKind kind, string? value) => OverrideText.Describe(kind, value);

    private static Task<int> Refuse(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        return Task.FromResult((int)ExitCode.ConfigurationError);
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
