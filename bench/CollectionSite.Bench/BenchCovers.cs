using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Bench;

/// <summary>
/// The covers of a synthetic collection, as the collector's overrides: every <c>every</c>-th release gets one of a
/// pool of images (reused round-robin, so the artwork stage decodes each distinct image once and shares the files).
/// </summary>
internal sealed class BenchCovers(IReadOnlyList<string> images, int releases, int every) : IArtworkLeads
{
    /// <summary>The demo's 300 px JPEGs: the render benchmark's covers, as before pre-sizing.</summary>
    public static IReadOnlyList<string> DemoImages() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "demo", "artwork", "releases"), "*.jpg").Order(StringComparer.Ordinal)];

    public int Count => (releases + every - 1) / every;

    /// <summary>The image of the <paramref name="index"/>-th release, or null when it has no cover.</summary>
    public string? ImageOf(int index) => index % every == 0 ? images[index / every % images.Count] : null;

    public Task<string?> GetArtworkOverrideAsync(string itemKind, long itemId, CancellationToken cancellationToken)
    {
        var index = (int)(itemId - SyntheticCollection.ReleaseId(0));
        return Task.FromResult(itemKind == ItemKinds.Release && index is >= 0 && index < releases ? ImageOf(index) : null);
    }

    public Task<AppleMusicArtwork?> GetAppleMusicArtworkAsync(long releaseId, CancellationToken cancellationToken) => Task.FromResult<AppleMusicArtwork?>(null);

    public Task<WikipediaImage?> GetWikipediaThumbnailAsync(long artistId, CancellationToken cancellationToken) => Task.FromResult<WikipediaImage?>(null);
}
