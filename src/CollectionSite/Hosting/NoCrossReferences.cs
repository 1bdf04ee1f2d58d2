using CollectionSite.Clients.Wikidata;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Hosting;

/// <summary>
/// The cross-reference service when Wikidata cannot be asked (no Wikipedia:Contact for Wikimedia's User-Agent policy,
/// or the offline demo): it knows nothing, so the matchers go on to exact identifiers they hold and to search.
/// </summary>
internal sealed class NoCrossReferences : IWikidataApi
{
    public Task<CrossReference> FindByDiscogsArtistAsync(long discogsArtistId, CancellationToken cancellationToken) => Task.FromResult(CrossReference.None);

    public Task<CrossReference> FindByDiscogsMasterAsync(long discogsMasterId, CancellationToken cancellationToken) => Task.FromResult(CrossReference.None);
}
