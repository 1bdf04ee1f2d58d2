using CollectionSite.Clients.Wikidata;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Tests.Matching.Fakes;

/// <summary>Wikidata in memory: cross-references by Discogs artist and master id; <see cref="Failure"/> makes every call throw.</summary>
public sealed class InMemoryWikidataApi : IWikidataApi
{
    public Dictionary<long, CrossReference> Artists { get; } = [];

    public Dictionary<long, CrossReference> Masters { get; } = [];

    public Exception? Failure { get; set; }

    public int CallCount { get; private set; }

    public Task<CrossReference> FindByDiscogsArtistAsync(long discogsArtistId, CancellationToken cancellationToken) =>
        Answer(Artists, discogsArtistId);

    public Task<CrossReference> FindByDiscogsMasterAsync(long discogsMasterId, CancellationToken cancellationToken) =>
        Answer(Masters, discogsMasterId);

    private Task<CrossReference> Answer(Dictionary<long, CrossReference> items, long id)
    {
        CallCount++;
        return Failure is not null ? Task.FromException<CrossReference>(Failure)
            : Task.FromResult(items.GetValueOrDefault(id) ?? CrossReference.None);
    }
}
