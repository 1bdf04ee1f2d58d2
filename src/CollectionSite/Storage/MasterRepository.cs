using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>Cached masters: original year, master genres and styles.</summary>
public sealed class MasterRepository(StateDatabase database)
{
    private readonly ReferenceCache<Master> cache = new(database, "masters", "master_id", DiscogsIdRepository.Master, "year", m => m.Year, m => m.Id, DomainJson.Default.Master);

    public Task<CachedEntry<Master>?> GetAsync(long masterId, CancellationToken cancellationToken) => cache.GetAsync(masterId, cancellationToken);

    public Task<IReadOnlyDictionary<long, CachedEntry<Master>>> GetAllAsync(CancellationToken cancellationToken) => cache.GetAllAsync(cancellationToken);

    /// <summary>
    /// Stores the master (under the id it answered with) and marks the release's <paramref name="stage"/> done, in one transaction. For seeding
    /// state outside the pipeline (tests); stages return <c>ItemOutcome.Store</c> instead.
    /// </summary>
    public Task SaveAsync(long masterId, Fetched<Master>? fetched, long releaseId, string stage, DateTimeOffset now, CancellationToken cancellationToken) =>
        new StageProgressRepository(database).FinishAsync(
            new StageItem(stage, ItemKinds.Release, releaseId), ItemStatus.Done, (state, token) => SaveAsync(state, masterId, fetched, now, token), now, cancellationToken);

    /// <summary>Stores the master (or its 404 when <paramref name="fetched"/> is null) inside <paramref name="state"/>.</summary>
    public Task SaveAsync(StateTransaction state, long masterId, Fetched<Master>? fetched, DateTimeOffset now, CancellationToken cancellationToken) =>
        cache.SaveAsync(state, masterId, fetched, now, cancellationToken);
}
