using CollectionSite.Clients.AppleMusic.Models;
using Refit;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>
/// The Apple Music catalog endpoints as Refit declares them (wire models; <see cref="AppleMusicClient"/> maps them).
/// The developer token is added by <see cref="AppleMusicAuthorizationHandler"/>. Paths are relative to the base URL.
/// </summary>
internal interface IAppleMusicWireApi
{
    [Get("/v1/catalog/{storefront}/albums")]
    Task<IApiResponse<ResourceListDto>> FindAlbumsByUpcAsync(string storefront, [AliasAs("filter[upc]")] string upc, CancellationToken cancellationToken);

    /// <summary>The term is sent percent-encoded (%20 for spaces), which Apple decodes like the documented "+".</summary>
    [Get("/v1/catalog/{storefront}/search?types=albums")]
    Task<IApiResponse<SearchDto>> SearchAlbumsAsync(string storefront, string term, int limit, CancellationToken cancellationToken);

    /// <summary>The storefront resource: the cheapest authenticated call, for `doctor`. The body is not read.</summary>
    [Get("/v1/storefronts/{storefront}")]
    Task<IApiResponse<string>> GetStorefrontAsync(string storefront, CancellationToken cancellationToken);

    [Get("/v1/catalog/{storefront}/albums/{id}")]
    Task<IApiResponse<ResourceListDto>> GetAlbumAsync(string storefront, string id, CancellationToken cancellationToken);
}
