using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>
/// The Apple Music catalog in the configured storefront (<c>AppleMusic:Storefront</c>), authenticated with a developer
/// token. Errors: 401/403 → <c>AppleMusicAuthenticationException</c> (fatal for the source); other failures →
/// <c>RemoteApiException</c>; 404 → null/empty.
/// </summary>
public interface IAppleMusicApi
{
    /// <summary>Albums whose UPC is <paramref name="upc"/> (<c>GET /v1/catalog/{sf}/albums?filter[upc]=</c>); usually 0 or 1.</summary>
    Task<IReadOnlyList<AppleMusicAlbum>> FindAlbumsByUpcAsync(string upc, CancellationToken cancellationToken);

    /// <summary>Catalog search (<c>/v1/catalog/{sf}/search?types=albums&amp;term=</c>), at most <paramref name="limit"/> (1..25) albums.</summary>
    Task<IReadOnlyList<AppleMusicAlbum>> SearchAlbumsAsync(string term, int limit, CancellationToken cancellationToken);

    /// <summary>Whether the configured storefront exists (<c>GET /v1/storefronts/{sf}</c>): one cheap call that proves the
    /// developer token is accepted, for `doctor`. False for 404; a rejected token throws as every call does.</summary>
    Task<bool> HasStorefrontAsync(CancellationToken cancellationToken);

    /// <summary>One album by catalog id (pinned overrides, cross-references); null when the storefront has no such album.</summary>
    Task<AppleMusicAlbum?> GetAlbumAsync(string id, CancellationToken cancellationToken);
}
