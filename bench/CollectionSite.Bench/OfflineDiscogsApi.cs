using CollectionSite.Clients.Discogs;
using CollectionSite.Domain;

namespace CollectionSite.Bench;

/// <summary>The Discogs API of a benchmark that only renders: any request is a mistake in the benchmark.</summary>
internal sealed class OfflineDiscogsApi : IDiscogsApi
{
    public Task<DiscogsIdentity> GetIdentityAsync(CancellationToken cancellationToken) => Refuse<DiscogsIdentity>();

    public Task<CollectionPage> GetCollectionPageAsync(string username, int page, int perPage, CancellationToken cancellationToken) => Refuse<CollectionPage>();

    public Task<Fetched<Release>?> GetReleaseAsync(long releaseId, CancellationToken cancellationToken) => Refuse<Fetched<Release>?>();

    public Task<Fetched<Master>?> GetMasterAsync(long masterId, CancellationToken cancellationToken) => Refuse<Fetched<Master>?>();

    public Task<Fetched<Artist>?> GetArtistAsync(long artistId, CancellationToken cancellationToken) => Refuse<Fetched<Artist>?>();

    private static Task<T> Refuse<T>() => throw new InvalidOperationException("The render benchmark makes no Discogs request.");
}
