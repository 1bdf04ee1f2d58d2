using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Demo;

/// <summary>
/// The demo's artwork: the bundled images (artwork/releases/&lt;id&gt;.jpg, artwork/artists/&lt;id&gt;.jpg) act as the
/// collector's overrides, so the demo's covers go through the same validation and resizing as downloaded ones, offline.
/// An artwork override set with `override set ... --demo` still comes first, as in a real collection.
/// </summary>
public sealed class DemoArtworkLeads(string artworkDirectory, OverrideRepository overrides) : IArtworkLeads
{
    public async Task<string?> GetArtworkOverrideAsync(string itemKind, long itemId, CancellationToken cancellationToken)
    {
        if (await overrides.GetAsync(EnrichmentSources.Artwork, itemKind, itemId, cancellationToken) is { Kind: OverrideKind.Image, Value: { } pinned })
        {
            return pinned;
        }

        var folder = itemKind == ItemKinds.Artist ? "artists" : "releases";
        var path = Path.GetFullPath(Path.Combine(artworkDirectory, folder, $"{itemId}.jpg"));
        return File.Exists(path) ? path : null;
    }

    public Task<AppleMusicArtwork?> GetAppleMusicArtworkAsync(long releaseId, CancellationToken cancellationToken) => Task.FromResult<AppleMusicArtwork?>(null);

    public Task<WikipediaImage?> GetWikipediaThumbnailAsync(long artistId, CancellationToken cancellationToken) => Task.FromResult<WikipediaImage?>(null);
}
