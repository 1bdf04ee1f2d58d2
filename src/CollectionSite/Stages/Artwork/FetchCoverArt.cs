using CollectionSite.Stages.Discogs;
using CollectionSite.Artwork;
using CollectionSite.Artwork.Renditions;
using CollectionSite.Artwork.Sources;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Artwork;

/// <summary>
/// Gives every fetched release in the collection its cover: the first of Artwork:Sources that downloads, validates and
/// resizes (override, Apple Music, Discogs primary image, first Discogs image), stored under the id the page shows.
/// </summary>
public sealed class FetchCoverArt(
    CandidateFinder candidates,
    ReleaseRepository releases,
    DiscogsIdRepository ids,
    ArtworkResolver resolver,
    ArtworkRepository artwork,
    RenditionRecipe recipe,
    ArtworkPaths paths,
    StageProgressRepository progress,
    ArtworkSettings settings,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<FetchCoverArt> logger) : ArtworkStage(resolver, artwork, recipe, paths, progress, settings, time, reporter, logger)
{
    public const string Key = ArtworkRepository.StageKeyPrefix + "cover";

    public override string Name => "Fetch covers";

    protected override string StageKey => Key;

    protected override string ItemKind => ItemKinds.Release;

    protected override async Task<IReadOnlyList<ArtworkWork>> ListWorkAsync(CancellationToken cancellationToken)
    {
        var listed = await Progress.GetActiveReleaseIdsAsync(FetchReleaseDetails.Key, cancellationToken);
        // A merged release is stored, and shown, under the id Discogs answered with.
        var answered = await ids.GetAnsweredAsync(DiscogsIdRepository.Release, cancellationToken);
        // Candidates read a release's images only: the rest of every release, held for the whole stage, made a
        // 50,000-release build need gigabytes here.
        var stored = (await releases.GetActiveAsync(ImagesOnly, cancellationToken)).ToDictionary(r => r.Release.Id, r => r.Release);
        return [.. listed.Select(id =>
        {
            var pageId = answered.GetValueOrDefault(id, id);
            var release = stored.GetValueOrDefault(pageId);
            return new ArtworkWork(id, pageId, token => candidates.ForReleaseAsync(pageId, release, token));
        })];
    }

    /// <summary>The release with what <see cref="CandidateFinder.ForReleaseAsync"/> reads (its images) and its small fields.</summary>
    private static Domain.Release ImagesOnly(Domain.Release release) =>
        release with { Tracklist = [], ExtraArtists = [], Videos = [], Identifiers = [], Companies = [], Notes = null };
}
