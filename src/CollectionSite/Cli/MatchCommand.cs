using System.CommandLine;
using CollectionSite.Corrections;
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
        var releaseId = NumberArguments.ReleaseId();
        var show = new Command("show", "Show what Apple Music, Spotify and Wikipedia decided for a release, and why") { releaseId };
        foreach (var option in options.StateOnly)
        {
            show.Options.Add(option);
        }

        show.SetAction(async (result, token) =>
        {
            var id = result.GetValue(releaseId);
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
        var sections = new MatchSections(
            context.Get<MatchRepository<AppleMusicAlbum>>(),
            context.Get<MatchRepository<SpotifyAlbum>>(),
            context.Get<MatchRepository<WikipediaArticle>>(),
            context.Get<OverrideRepository>(),
            context.Get<ItemProgressLookup>(),
            context.Get<EnrichmentAvailability>());
        foreach (var line in (await sections.ForReleaseAsync(release, cancellationToken)).SelectMany(s => MatchReport.Lines(s.Section)))
        {
            context.WriteLine(line);
        }

        return (int)ExitCode.Success;
    }
}
