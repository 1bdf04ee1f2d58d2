using CollectionSite.Clients.Spotify.Models;
using Refit;

namespace CollectionSite.Clients.Spotify;

/// <summary>
/// The Spotify Web API endpoints as Refit declares them (wire models; <see cref="SpotifyClient"/> maps them). The
/// access token is added by <see cref="SpotifyAuthorizationHandler"/>. Paths are relative to <c>Spotify:ApiBaseUrl</c>.
/// </summary>
internal interface ISpotifyWireApi
{
    [Get("/v1/search?type=album")]
    Task<IApiResponse<SearchDto>> SearchAlbumsAsync(string q, string market, int limit, CancellationToken cancellationToken);

    /// <summary>The album is stored as received, so it comes back as the body text.</summary>
    [Get("/v1/albums/{id}")]
    Task<IApiResponse<string>> GetAlbumAsync(string id, string market, CancellationToken cancellationToken);
}

/// <summary>The accounts service's token endpoint (<c>Spotify:AccountsBaseUrl</c>), client-credentials flow.</summary>
internal interface ISpotifyAccountsWireApi
{
    /// <param name="authorization">"Basic base64(client_id:client_secret)".</param>
    /// <param name="form"><c>grant_type=client_credentials</c>, form-urlencoded.</param>
    [Post("/api/token")]
    Task<IApiResponse<string>> RequestTokenAsync(
        [Header("Authorization")] string authorization,
        [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form,
        CancellationToken cancellationToken);
}
