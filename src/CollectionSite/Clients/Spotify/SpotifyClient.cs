using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify.Models;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Clients.Spotify;

/// <summary>
/// The Spotify Web API for the pipeline: Refit calls (<see cref="ISpotifyWireApi"/>) always in one market, translated by
/// <see cref="ApiResponses"/> (404 → empty/null, 401 after a renewal or 403 → <see cref="SpotifyAuthenticationException"/>,
/// anything else unusable → <see cref="RemoteApiException"/>) and mapped by <see cref="SpotifyMapper"/>.
/// </summary>
/// <param name="market">Two-letter market (Spotify:Market). A client-credentials token has no user country, so
/// without it Spotify treats content as unavailable.</param>
internal sealed class SpotifyClient(ISpotifyWireApi api, string market) : ISpotifyApi
{
    /// <summary>Development-mode apps are refused above 10 results per search since February 2026.</summary>
    public const int MaxSearchLimit = 10;

    public async Task<IReadOnlyList<SpotifyAlbum>> SearchAlbumsAsync(string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var found = await ApiResponses.ContentOrNullAsync(
            api.SearchAlbumsAsync(query.Trim(), market, Math.Clamp(limit, 1, MaxSearchLimit), cancellationToken), SpotifySource.Instance);
        return SpotifyMapper.ToDomain(found?.Albums?.Items);
    }

    public async Task<SpotifyAlbum?> GetAlbumAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var fetched = await ApiResponses.VerbatimOrNullAsync(api.GetAlbumAsync(id.Trim(), market, cancellationToken), SpotifyJsonContext.Default.AlbumDto, SpotifySource.Instance);
        return fetched is null ? null : SpotifyMapper.ToDomain(fetched.Value, fetched.RawJson);
    }
}
