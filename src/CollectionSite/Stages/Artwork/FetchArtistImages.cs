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
/// Gives every artist page its image: the first of Artwork:ArtistSources that downloads, validates and resizes
/// (override, the Discogs artist's primary image, the Wikipedia thumbnail).
/// </summary>
public sealed class FetchArtistImages(
    CandidateFinder candidates,
    ReleaseRepository releases,
    ArtistRepository artists,
    ArtworkResolver resolver,
    ArtworkRepository artwork,
    RenditionRecipe recipe,
    ArtworkPaths paths,
    StageProgressRepository progress,
    ArtworkSettings settings,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<FetchArtistImages> logger) : ArtworkStage(resolver, artwork, recipe, paths, progress, settings, time, reporter, logger)
{
    public const string Key = ArtworkRepository.StageKeyPrefix + "artist";

    public override string Name => "Fetch artist images";

    protected override string StageKey => Key;

    protected override string ItemKind => ItemKinds.Artist;

    protected override async Task<IReadOnlyList<ArtworkWork>> ListWorkAsync(CancellationToken cancellationToken) =>
        [.. (await releases.GetMainArtistIdsAsync(cancellationToken)).Where(FetchArtists.IsArtistPage).Select(id => new ArtworkWork(id, id, async token =>
        {
            var artist = (await artists.GetAsync(id, token))?.Value;
            return await candidates.ForArtistAsync(id, artist, token);
        }))];
}
