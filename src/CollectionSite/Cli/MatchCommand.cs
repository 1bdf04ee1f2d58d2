using System.CommandLine;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `match show &lt;release-id&gt;`: what each source decided for a release and why: Apple Music and Spotify for the
/// release, Wikipedia for each of its artists. Status, method, confidence, the chosen album or article, the override,
/// every candidate with its score, and the last error of a failed item.
/// </summary>
public static class MatchCommand
{
    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var releaseId = new Argument<long>("release-id") { Description = "The Discogs release id" };
        var show = new Command("show", "Show what Apple Music, Spotify and Wikipedia decided for a release, and why") { releaseId };
        foreach (var option in options.StateOnly)
        {
            show.Options.Add(option);
        }

        show.SetAction(async (result, token) =>
        {
            var id = result.GetValue(releaseId);
            if (id <= 0)
            {
                await error.WriteLineAsync($"release-id must be a Discogs release id (a positive whole number), not {id}.");
                return (int)ExitCode.ConfigurationError;
            }

            return await CommandRunner.RunAsync(options.StateInvocation(result), console, error, (context, ct) => ShowAsync(context, id, ct), token);
        });
        return new Command("match", "Inspect enrichment matches") { show };
    }

    private static async Task<int> ShowAsync(CommandContext context, long releaseId, CancellationToken cancellationToken)
    {
        if (await context.Get<ReleaseRepository>().GetAsync(releaseId, cancellationToken) is not { } release)
        {
            await context.Error.WriteLineAsync(
                $"Release {releaseId} is not in the state database: check the id (it is the number in the release's Discogs URL) or run `collectionsite build` first.");
            return (int)ExitCode.ConfigurationError;
        }

        var artistNames = string.Join(", ", release.Artists.Select(a => a.Name));
        context.WriteLine($"Release {release.Id}: {release.Title} – {artistNames}");
        var target = new OverrideTarget(ItemKinds.Release, release.Id);
        await WriteAsync(context, context.Get<MatchRepository<AppleMusicAlbum>>(), EnrichmentSources.DisplayName(EnrichmentSources.AppleMusic), target, cancellationToken);
        await WriteAsync(context, context.Get<MatchRepository<SpotifyAlbum>>(), EnrichmentSources.DisplayName(EnrichmentSources.Spotify), target, cancellationToken);
        foreach (var artist in release.Artists.Where(a => DiscogsArtists.HasPage(a.Id)).DistinctBy(a => a.Id))
        {
            var heading = $"Wikipedia for {artist.Name} (artist {artist.Id})";
            await WriteAsync(context, context.Get<MatchRepository<WikipediaArticle>>(), heading, new OverrideTarget(ItemKinds.Artist, artist.Id), cancellationToken);
        }

        return (int)ExitCode.Success;
    }

    private static async Task WriteAsync<T>(CommandContext context, MatchRepository<T> matches, string heading, OverrideTarget target, CancellationToken cancellationToken)
        where T : class
    {
        var source = matches.Table.Source;
        var stage = PipelineDefinitions.MatchStageKeys[source];
        var decision = await matches.GetAsync(target.ItemId, cancellationToken);
        var section = new MatchSection(
            heading,
            context.Get<EnrichmentAvailability>().NotConfigured(source),
            decision is null ? null : new MatchDecision<object>(decision.State, decision.Method, decision.Confidence, decision.Candidates, decision.Match, decision.DecidedUtc),
            decision?.Match is { } match ? matches.Table.Identify(match) : null,
            await context.Get<OverrideRepository>().GetAsync(source, target.ItemKind, target.ItemId, cancellationToken),
            await context.Get<ItemProgressLookup>().GetAsync(stage, target.ItemKind, target.ItemId, cancellationToken),
            target.ItemKind == ItemKinds.Release ? $"--stage {stage} --release {target.ItemId}" : $"--stage {stage}");
        foreach (var line in MatchReport.Lines(section))
        {
            context.WriteLine(line);
        }
    }
}
