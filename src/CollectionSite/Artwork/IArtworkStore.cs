namespace CollectionSite.Artwork;

/// <summary>
/// Where finished (downloaded, validated, resized) artwork is found locally. Rendering copies these files
/// into the page bundles; the artwork stage (a later stage) fills the store, the demo ships a pre-filled one.
/// </summary>
public interface IArtworkStore
{
    /// <summary>Path of the release's cover image (a JPEG), or null when there is none.</summary>
    string? FindReleaseCover(long releaseId);

    /// <summary>Path of the artist's image (a JPEG), or null when there is none.</summary>
    string? FindArtistImage(long artistId);
}
