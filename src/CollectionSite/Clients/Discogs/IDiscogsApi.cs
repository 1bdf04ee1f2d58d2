using CollectionSite.Domain;

namespace CollectionSite.Clients.Discogs;

/// <summary>
/// The Discogs endpoints the pipeline uses, shaped like a Refit interface: one method per request,
/// the real API's path in the doc comment. A null result means "404, not found" (never retried);
/// every other failure is an exception from <see cref="DiscogsApiException"/>'s family.
/// </summary>
public interface IDiscogsApi
{
    /// <summary>GET /oauth/identity</summary>
    Task<DiscogsIdentity> GetIdentityAsync(CancellationToken cancellationToken);

    /// <summary>GET /users/{username}/collection/folders/0/releases?page=&amp;per_page=&amp;sort=added&amp;sort_order=desc</summary>
    Task<CollectionPage> GetCollectionPageAsync(string username, int page, int perPage, CancellationToken cancellationToken);

    /// <summary>GET /releases/{id}</summary>
    Task<Fetched<Release>?> GetReleaseAsync(long releaseId, CancellationToken cancellationToken);

    /// <summary>GET /masters/{id}</summary>
    Task<Fetched<Master>?> GetMasterAsync(long masterId, CancellationToken cancellationToken);

    /// <summary>GET /artists/{id}</summary>
    Task<Fetched<Artist>?> GetArtistAsync(long artistId, CancellationToken cancellationToken);
}
