using CollectionSite.Clients;
using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>Cached masters: original year, master genres and styles.</summary>
public sealed class MasterRepository(StateDatabase database)
{
    private readonly ReferenceCache<Master> cache = new(database, "masters", "master_id", DiscogsIdRepository.Master, "year", m => m.Year, m => m.Id, DomainJson.Default.Master);

    public Task<CachedEntry<Master>?> GetAsync(long masterId, CancellationToken cancellationToken) => cache.GetAsync(masterId, cancellationToken);

    public Task<IReadOnlyDictionary<long, CachedEntry<Master>>> GetAllAsync(CancellationToken cancellationToken) => cache.GetAllAsync(cancellationToken);

    /// <summary>Stores the master (or its 404) under the id it answered with and marks the release's stage done, in one transaction.</summary>
    public Task SaveAsync(long masterId, Fetched<Master>? fetched, long releaseId, string stage, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await cache.SaveAsync(connection, transaction, masterId, fetched, now, cancellationToken);
                await StageProgressRepository.MarkFinishedAsync(connection, transaction, releaseId, stage, "done", null, now, cancellationToken);
            },
            cancellationToken);
}
