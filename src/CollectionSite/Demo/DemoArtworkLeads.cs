using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Demo;

/// <summary>
/// The demo's artwork: the bundled images (artwork/releases/&lt;id&gt;.jpg, artwork/artists/&lt;id&gt;.jpg) act as the
/// collector's overrides, so the demo's covers go through the same validation and resizing as downloaded ones, offline.
/// </summary>
public sealed class DemoArtworkLeads(string artworkDirectory) : IArtworkLeads
{
    public Task<string?> GetArtworkOverrideAsync(string itemKind, long itemId, CancellationToken cancellationToken)
    {
        var folder = itemKind == ItemKinds.Artist ? "artists" : "releases";
        var path = Path.GetFullPath(Path.Combine(artworkDirectory, folder, $"{itemId}.jpg"));
        return Task.FromResult(File.Exists(path) ? path : null);
    }

    public Task<AppleMusicArtwork?> GetAppleMusicArtworkAsync(long releaseId, CancellationToken cancellationToken) => Task.FromResult<AppleMusicArtwork?>(null);

    public Task<WikipediaImage?> GetWikipediaThumbnailAsync(long artistId, CancellationToken cancellationToken) => Task.FromResult<WikipediaImage?>(null);
}
