using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Storage;

/// <summary>
/// <see cref="IArtworkLeads"/> from what the override store and the enrichment stages stored: the pinned image, and the
/// artwork of a kept match only (a no-match or a forced "none" gives no lead).
/// </summary>
public sealed class EnrichmentArtworkLeads(
    OverrideRepository overrides, MatchRepository<AppleMusicAlbum> appleMusic, MatchRepository<WikipediaArticle> wikipedia) : IArtworkLeads
{
    public async Task<string?> GetArtworkOverrideAsync(string itemKind, long itemId, CancellationToken cancellationToken) =>
        await overrides.GetAsync(EnrichmentSources.Artwork, itemKind, itemId, cancellationToken) is { Kind: OverrideKind.Image, Value: { } location }
            ? location
            : null;

    public async Task<AppleMusicArtwork?> GetAppleMusicArtworkAsync(long releaseId, CancellationToken cancellationToken) =>
        (await appleMusic.GetAsync(releaseId, cancellationToken)) is { State: MatchState.Matched, Match: { } album } ? album.Artwork : null;

    public async Task<WikipediaImage?> GetWikipediaThumbnailAsync(long artistId, CancellationToken cancellationToken) =>
        (await wikipedia.GetAsync(artistId, cancellationToken)) is { State: MatchState.Matched, Match: { } article } ? article.Thumbnail : null;
}
