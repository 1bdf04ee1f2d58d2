using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Hosting;
using CollectionSite.Storage;

namespace CollectionSite.Corrections;

/// <summary>One source's section for a release: the <see cref="EnrichmentSources"/> name, the item it is about and what is known.</summary>
public sealed record SourceSection(string Source, OverrideTarget Target, MatchSection Section)
{
    /// <summary>Where the item stands with the source (the one definition, <see cref="MatchStatuses.Of"/>).</summary>
    public MatchStatus Status => MatchStatuses.Of(Section.Decision?.State, Section.Progress?.Status);
}

/// <summary>
/// What Apple Music and Spotify decided for a release and Wikipedia for each of its artists (with a page): the decision,
/// the match, the override, the stage progress. `match show` prints it; the admin UI shows and edits it.
/// </summary>
public sealed class MatchSections(
    MatchRepository<AppleMusicAlbum> appleMusic,
    MatchRepository<SpotifyAlbum> spotify,
    MatchRepository<WikipediaArticle> wikipedia,
    OverrideRepository overrides,
    ItemProgressLookup progress,
    EnrichmentAvailability availability)
{
    public async Task<IReadOnlyList<SourceSection>> ForReleaseAsync(Release release, CancellationToken cancellationToken)
    {
        var target = new OverrideTarget(ItemKinds.Release, release.Id);
        var sections = new List<SourceSection>
        {
            await ReadAsync(appleMusic, EnrichmentSources.DisplayName(EnrichmentSources.AppleMusic), target, cancellationToken),
            await ReadAsync(spotify, EnrichmentSources.DisplayName(EnrichmentSources.Spotify), target, cancellationToken),
        };
        foreach (var artist in release.Artists.Where(a => DiscogsArtists.HasPage(a.Id)).DistinctBy(a => a.Id))
        {
            var heading = $"Wikipedia for {artist.Name} (artist {artist.Id})";
            sections.Add(await ReadAsync(wikipedia, heading, new OverrideTarget(ItemKinds.Artist, artist.Id), cancellationToken));
        }

        return sections;
    }

    /// <summary>Wikipedia's section for one artist (the artist pages of the admin UI).</summary>
    public Task<SourceSection> ForArtistAsync(long artistId, string name, CancellationToken cancellationToken) =>
        ReadAsync(wikipedia, $"Wikipedia for {name} (artist {artistId})", new OverrideTarget(ItemKinds.Artist, artistId), cancellationToken);

    private async Task<SourceSection> ReadAsync<T>(MatchRepository<T> matches, string heading, OverrideTarget target, CancellationToken cancellationToken)
        where T : class
    {
        var source = matches.Table.Source;
        var stage = PipelineDefinitions.MatchStageKeys[source];
        var decision = await matches.GetAsync(target.ItemId, cancellationToken);
        var section = new MatchSection(
            heading,
            availability.NotConfigured(source),
            decision is null ? null : new MatchDecision<object>(decision.State, decision.Method, decision.Confidence, decision.Candidates, decision.Match, decision.DecidedUtc),
            decision?.Match is { } match ? matches.Table.Identify(match) : null,
            await overrides.GetAsync(source, target.ItemKind, target.ItemId, cancellationToken),
            await progress.GetAsync(stage, target.ItemKind, target.ItemId, cancellationToken),
            target.ItemKind == ItemKinds.Release ? $"--stage {stage} --release {target.ItemId}" : $"--stage {stage}");
        return new SourceSection(source, target, section);
    }
}
