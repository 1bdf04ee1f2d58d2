using CollectionSite.Clients.Discogs.Models;
using Refit;

namespace CollectionSite.Clients.Discogs;

/// <summary>
/// The Discogs endpoints as Refit declares them (wire models; <see cref="DiscogsClient"/> turns the answers into
/// domain results). Releases, masters and artists are stored verbatim, so they come back as the body string and
/// are read with <see cref="DiscogsJsonContext"/> by the client. Paths are relative to the configured base URL.
/// </summary>
[Headers("Accept: application/vnd.discogs.v2.discogs+json")]
internal interface IDiscogsWireApi
{
    [Get("/oauth/identity")]
    Task<IApiResponse<IdentityDto>> GetIdentityAsync(CancellationToken cancellationToken);

    /// <summary>Newest first, so a listing that restarts sees additions on its first pages.</summary>
    [Get("/users/{username}/collection/folders/0/releases?page={page}&per_page={perPage}&sort=added&sort_order=desc")]
    Task<IApiResponse<CollectionPageDto>> GetCollectionPageAsync(string username, int page, int perPage, CancellationToken cancellationToken);

    [Get("/releases/{releaseId}")]
    Task<IApiResponse<string>> GetReleaseAsync(long releaseId, CancellationToken cancellationToken);

    [Get("/masters/{masterId}")]
    Task<IApiResponse<string>> GetMasterAsync(long masterId, CancellationToken cancellationToken);

    [Get("/artists/{artistId}")]
    Task<IApiResponse<string>> GetArtistAsync(long artistId, CancellationToken cancellationToken);
}
