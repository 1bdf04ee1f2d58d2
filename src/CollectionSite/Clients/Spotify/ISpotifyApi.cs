using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Clients.Spotify;

/// <summary>
/// The Spotify Web API with a client-credentials token, always in the configured market (<c>Spotify:Market</c>).
/// Errors: a rejected client id/secret → <c>SpotifyAuthenticationException</c> (fatal for the source); other
/// failures → <c>RemoteApiException</c>; 404 → null/empty.
/// </summary>
public interface ISpotifyApi
{
    /// <summary><c>GET /v1/search?type=album&amp;q=</c> with field filters already in <paramref name="query"/> (<c>upc:…</c>,
    /// <c>album:… artist:…</c>); <paramref name="limit"/> is 1..10 (development-mode apps are refused above 10).</summary>
    Task<IReadOnlyList<SpotifyAlbum>> SearchAlbumsAsync(string query, int limit, CancellationToken cancellationToken);

    /// <summary><c>GET /v1/albums/{id}</c>: the full album (with external_ids.upc); null when unknown.</summary>
    Task<SpotifyAlbum?> GetAlbumAsync(string id, CancellationToken cancellationToken);
}
