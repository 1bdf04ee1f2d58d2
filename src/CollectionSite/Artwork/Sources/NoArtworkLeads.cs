using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Artwork.Sources;

/// <summary>
/// The leads of a composition without enrichment or overrides (tests, the benchmark): no override, no Apple Music or
/// Wikipedia image, so only the Discogs images are candidates. The composition registers it only when nothing else is.
/// </summary>
public sealed class NoArtworkLeads : IArtworkLeads
{
    public static NoArtworkLeads Instance { get; } = new();

    public Task<string?> GetArtworkOverrideAsync(string itemKind, long itemId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<AppleMusicArtwork?> GetAppleMusicArtworkAsync(long releaseId, CancellationToken cancellationToken) => Task.FromResult<AppleMusicArtwork?>(null);

    public Task<WikipediaImage?> GetWikipediaThumbnailAsync(long artistId, CancellationToken cancellationToken) => Task.FromResult<WikipediaImage?>(null);
}
