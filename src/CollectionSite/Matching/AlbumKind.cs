namespace CollectionSite.Matching;

/// <summary>The size class of a release or store album, for the format penalty.</summary>
public enum AlbumKind
{
    Album,
    EP,
    SingleRelease,
}

/// <summary>Reads an <see cref="AlbumKind"/> from Discogs format descriptions.</summary>
public static class AlbumKinds
{
    /// <summary>
    /// Discogs formats[].descriptions: "Single"/"Maxi-Single" → Single, "EP"/"Mini-Album" → EP, unless "Album" or "LP"
    /// is also there (a box or a double set that holds singles is still an album); anything else → Album.
    /// </summary>
    public static AlbumKind FromDiscogs(IReadOnlyList<string> descriptions)
    {
        ArgumentNullException.ThrowIfNull(descriptions);
        bool Has(params string[] names) => descriptions.Any(d => names.Any(n => string.Equals(d.Trim(), n, StringComparison.OrdinalIgnoreCase)));
        return Has("Album", "LP") ? AlbumKind.Album
            : Has("Single", "Maxi-Single") ? AlbumKind.SingleRelease
            : Has("EP", "Mini-Album") ? AlbumKind.EP
            : AlbumKind.Album;
    }

    /// <summary>Whether Discogs calls the release a compilation (formats[].descriptions "Compilation").</summary>
    public static bool IsDiscogsCompilation(IReadOnlyList<string> descriptions)
    {
        ArgumentNullException.ThrowIfNull(descriptions);
        return descriptions.Any(d => string.Equals(d.Trim(), "Compilation", StringComparison.OrdinalIgnoreCase));
    }
}
