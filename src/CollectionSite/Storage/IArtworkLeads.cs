using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Storage;

/// <summary>
/// What other sources stored that points at artwork: the collector's pinned image, Apple Music's artwork template
/// for a matched release, the Wikipedia thumbnail of a matched artist. Read by the artwork stage; written by the
/// override store and the enrichment stages.
/// </summary>
public interface IArtworkLeads
{
    /// <summary>The image the collector pinned for a release or artist (<paramref name="itemKind"/> is
    /// <see cref="ItemKinds.Release"/> or <see cref="ItemKinds.Artist"/>): an absolute file path or an http(s) URL; null when none.</summary>
    Task<string?> GetArtworkOverrideAsync(string itemKind, long itemId, CancellationToken cancellationToken);

    /// <summary>The artwork of the Apple Music album matched to the release; null when unmatched or without artwork.</summary>
    Task<AppleMusicArtwork?> GetAppleMusicArtworkAsync(long releaseId, CancellationToken cancellationToken);

    /// <summary>The thumbnail of the Wikipedia article matched to the artist; null when unmatched or without an image.</summary>
    Task<WikipediaImage?> GetWikipediaThumbnailAsync(long artistId, CancellationToken cancellationToken);
}
