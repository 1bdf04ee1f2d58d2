namespace CollectionSite.Domain.Enrichment;

/// <summary>A Spotify album (Spotify Web API album object, from <c>/v1/search?type=album</c> or <c>/v1/albums/{id}</c>).</summary>
/// <param name="Id">Base-62 album id.</param>
/// <param name="Url">external_urls.spotify.</param>
/// <param name="AlbumType">album_type: "album", "single" or "compilation".</param>
/// <param name="ReleaseDate">release_date as given, precision per release_date_precision ("1975", "1975-08", "1975-08-25").</param>
/// <param name="TotalTracks">total_tracks.</param>
/// <param name="Upc">external_ids.upc when returned (full album objects only).</param>
/// <param name="RawJson">The album's JSON object as received, for audit.</param>
public sealed record SpotifyAlbum(
    string Id,
    string Name,
    IReadOnlyList<string> Artists,
    string? Url,
    string AlbumType,
    string? ReleaseDate,
    int? TotalTracks,
    string? Upc,
    string RawJson);
