using CollectionSite.Clients;
using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>Cached artists: profile, links, images and name variations.</summary>
public sealed class ArtistRepository(StateDatabase database)
{
    private readonly ReferenceCache<Artist> cache = new(database, "artists", "artist_id", DiscogsIdRepository.Artist, "name", a => a.Name, a => a.Id, DomainJson.Default.Artist);

    public Task<CachedEntry<Artist>?> GetAsync(long artistId, CancellationToken cancellationToken) => cache.GetAsync(artistId, cancellationToken);

    public Task<IReadOnlyDictionary<long, CachedEntry<Artist>>> GetAllAsync(CancellationToken cancellationToken) => cache.GetAllAsync(cancellationToken);

    /// <summary>Stores one artist (or its 404). Each artist commits on its own so a failure later loses nothing.</summary>
    public Task SaveAsync(long artistId, Fetched<Artist>? fetched, DateTimeOffset now, CancellationToken cancellationToken) =>
        cache.SaveAsync(artistId, fetched, now, cancellationToken);
}
