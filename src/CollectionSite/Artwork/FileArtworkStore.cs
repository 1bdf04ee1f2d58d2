namespace CollectionSite.Artwork;

/// <summary>
/// Artwork kept as files under one folder: releases/&lt;id&gt;.jpg and artists/&lt;id&gt;.jpg.
/// The state folder's store is filled by the artwork stage; the demo points one at its bundled images.
/// </summary>
public sealed class FileArtworkStore(string root) : IArtworkStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public string? FindReleaseCover(long releaseId) => Existing(Path.Combine(Root, "releases", $"{releaseId}.jpg"));

    public string? FindArtistImage(long artistId) => Existing(Path.Combine(Root, "artists", $"{artistId}.jpg"));

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
