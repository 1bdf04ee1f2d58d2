using CollectionSite.Clients.Http;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>
/// The Apple Music catalog for the pipeline: Refit calls (<see cref="IAppleMusicWireApi"/>) in one storefront,
/// translated by <see cref="ApiResponses"/> (404 → empty/null, 401/403 → <see cref="AppleMusicAuthenticationException"/>,
/// anything else unusable → <see cref="RemoteApiException"/>) and mapped by <see cref="AppleMusicMapper"/>.
/// </summary>
/// <param name="storefront">Lower-case two-letter storefront (AppleMusic:Storefront).</param>
internal sealed class AppleMusicClient(IAppleMusicWireApi api, string storefront) : IAppleMusicApi
{
    /// <summary>Apple's maximum <c>limit</c> for search.</summary>
    public const int MaxSearchLimit = 25;

    private static readonly AppleMusicSource Source = AppleMusicSource.Instance;

    public async Task<IReadOnlyList<AppleMusicAlbum>> FindAlbumsByUpcAsync(string upc, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(upc);
        var list = await ApiResponses.ContentOrNullAsync(api.FindAlbumsByUpcAsync(storefront, upc.Trim(), cancellationToken), Source);
        return AppleMusicMapper.ToDomain(list?.Data);
    }

    public async Task<IReadOnlyList<AppleMusicAlbum>> SearchAlbumsAsync(string term, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        var found = await ApiResponses.ContentOrNullAsync(
            api.SearchAlbumsAsync(storefront, term.Trim(), Math.Clamp(limit, 1, MaxSearchLimit), cancellationToken), Source);
        return AppleMusicMapper.ToDomain(found?.Results?.Albums?.Data);
    }

    public async Task<bool> HasStorefrontAsync(CancellationToken cancellationToken) =>
        await ApiResponses.ContentOrNullAsync(api.GetStorefrontAsync(storefront, cancellationToken), Source) is not null;

    public async Task<AppleMusicAlbum?> GetAlbumAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var list = await ApiResponses.ContentOrNullAsync(api.GetAlbumAsync(storefront, id.Trim(), cancellationToken), Source);
        return AppleMusicMapper.ToDomain(list?.Data).FirstOrDefault();
    }
}
