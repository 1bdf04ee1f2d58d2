using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Clients.Wikidata;

/// <summary>
/// Wikidata as a cross-reference service (<c>Wikidata:BaseUrl</c>, default https://www.wikidata.org; the Action API's
/// <c>haswbstatement</c> search, then <c>wbgetentities</c>), under the same Wikimedia User-Agent and politeness rules
/// as Wikipedia. Failures → <c>RemoteApiException</c>.
/// </summary>
public interface IWikidataApi
{
    /// <summary>The item whose P1953 (Discogs artist ID) is <paramref name="discogsArtistId"/>: its enwiki title, P2850, P1902.</summary>
    Task<CrossReference> FindByDiscogsArtistAsync(long discogsArtistId, CancellationToken cancellationToken);

    /// <summary>The item whose P1954 (Discogs master ID) is <paramref name="discogsMasterId"/>: its P2281 (Apple Music album) and P2205 (Spotify album).</summary>
    Task<CrossReference> FindByDiscogsMasterAsync(long discogsMasterId, CancellationToken cancellationToken);
}
