using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>Cached artists: profile, links, images and name variations.</summary>
public sealed class ArtistRepository(StateDatabase database)
{
    private readonly ReferenceCache<Artist> cache = new(database, "artists", "artist_id", DiscogsIdRepository.Artist, "name", a => a.Name, a => a.Id, DomainJson.Default.Artist);

    public Task<CachedEntry<Artist>?> GetAsync(long artistId, CancellationToken cancellationToken) => cache.GetAsync(artistId, cancellationToken);

    public Task<IReadOnlyDictionary<long, CachedEntry<Artist>>> GetAllAsync(CancellationToken cancellationToken) => cache.GetAllAsync(cancellationToken);

    /// <summary>Stores one artist on its own, without stage progress. For seeding state outside the pipeline (tests, the benchmark).</summary>
    public Task SaveAsync(long artistId, Fetched<Artist>? fetched, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.InTransactionAsync((connection, transaction) => SaveAsync(new StateTransaction(connection, transaction), artistId, fetched, now, cancellationToken), cancellationToken);

    /// <summary>Stores one artist (or its 404 when <paramref name="fetched"/> is null) inside <paramref name="state"/>.</summary>
    public Task SaveAsync(StateTransaction state, long artistId, Fetched<Artist>? fetched, DateTimeOffset now, CancellationToken cancellationToken) =>
        cache.SaveAsync(state, artistId, fetched, now, cancellationToken);
}
