using CollectionSite.Clients.Http;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

/// <summary>
/// Wikidata asked for exact ids, as an aid only: when it fails (an error, or its breaker open) the matcher goes on
/// to search, so a Wikidata outage never fails or stops an Apple Music, Spotify or Wikipedia match.
/// </summary>
internal static class CrossReferences
{
    public static Task<CrossReference> ForMasterAsync(IWikidataApi wikidata, long? masterId, CancellationToken cancellationToken) =>
        masterId is { } id ? SafelyAsync(() => wikidata.FindByDiscogsMasterAsync(id, cancellationToken), cancellationToken) : Task.FromResult(CrossReference.None);

    public static Task<CrossReference> ForArtistAsync(IWikidataApi wikidata, long artistId, CancellationToken cancellationToken) =>
        artistId > 0 ? SafelyAsync(() => wikidata.FindByDiscogsArtistAsync(artistId, cancellationToken), cancellationToken) : Task.FromResult(CrossReference.None);

    private static async Task<CrossReference> SafelyAsync(Func<Task<CrossReference>> ask, CancellationToken cancellationToken)
    {
        try
        {
            return await ask();
        }
        catch (Exception error) when (error is RemoteApiException or FatalRemoteException && !cancellationToken.IsCancellationRequested)
        {
            return CrossReference.None;
        }
    }
}
