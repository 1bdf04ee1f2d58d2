using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

/// <summary>A store album as the scorer sees it, whatever the store.</summary>
/// <param name="Artists">The artist names as the store credits them (Apple: artistName; Spotify: artists[].name).</param>
/// <param name="Year">The year of the store's release date; null when missing or unreadable.</param>
/// <param name="IsCompilation">Apple isCompilation, Spotify album_type "compilation", or a "Various Artists" credit.</param>
public sealed record AlbumCandidate(
    string Id,
    string Title,
    IReadOnlyList<string> Artists,
    int? Year,
    int? TrackCount,
    AlbumKind Kind,
    bool IsCompilation,
    string? Upc)
{
    public string ArtistDisplay => string.Join(", ", Artists);

    /// <summary>An Apple Music album: " - Single"/" - EP" in the name or isSingle give the kind.</summary>
    public static AlbumCandidate From(AppleMusicAlbum album)
    {
        ArgumentNullException.ThrowIfNull(album);
        var markers = TitleParts.Parse(album.Name).Markers;
        var kind = album.IsSingle || markers.HasFlag(TitleMarker.SingleRelease) ? AlbumKind.SingleRelease
            : markers.HasFlag(TitleMarker.EP) ? AlbumKind.EP
            : AlbumKind.Album;
        return new AlbumCandidate(
            album.Id,
            album.Name,
            [album.ArtistName],
            YearOf(album.ReleaseDate),
            album.TrackCount,
            kind,
            album.IsCompilation || ArtistSimilarity.IsVariousArtists(album.ArtistName),
            album.Upc);
    }

    /// <summary>A Spotify album: album_type "single" covers singles and EPs (Spotify files EPs as singles).</summary>
    public static AlbumCandidate From(SpotifyAlbum album)
    {
        ArgumentNullException.ThrowIfNull(album);
        var markers = TitleParts.Parse(album.Name).Markers;
        var kind = markers.HasFlag(TitleMarker.EP) ? AlbumKind.EP
            : string.Equals(album.AlbumType, "single", StringComparison.OrdinalIgnoreCase) ? AlbumKind.SingleRelease
            : AlbumKind.Album;
        return new AlbumCandidate(
            album.Id,
            album.Name,
            album.Artists,
            YearOf(album.ReleaseDate),
            album.TotalTracks,
            kind,
            string.Equals(album.AlbumType, "compilation", StringComparison.OrdinalIgnoreCase) || album.Artists.Any(ArtistSimilarity.IsVariousArtists),
            album.Upc);
    }

    /// <summary>The year of "1975", "1975-08" or "1975-08-25"; null for anything else or year 0.</summary>
    public static int? YearOf(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year > 0
            ? year
            : null;
}
