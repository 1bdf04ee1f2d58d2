using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Configuration;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

/// <summary>
/// Finds a release's Apple Music album: by barcode (<c>filter[upc]</c>, each 12- and 13-digit form), then by
/// Wikidata's Apple Music album id for the Discogs master (P2281), then by a scored catalog search. Errors from
/// Apple propagate (the stage records them); Wikidata errors only skip that step.
/// </summary>
public sealed class AppleMusicMatcher(IAppleMusicApi apple, IWikidataApi wikidata, MatchingSettings settings)
{
    /// <summary>Search results read per term (Apple allows 1..25).</summary>
    public const int SearchLimit = 10;

    /// <summary>The match (Barcode or Crossref with confidence 1, or Search with its score) or no match with the candidates weighed.</summary>
    public async Task<MatchOutcome<AppleMusicAlbum>> MatchAsync(AlbumLookup lookup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var considered = new ConsideredAlbums<AppleMusicAlbum>(lookup, AlbumCandidate.From);
        foreach (var code in lookup.Barcodes)
        {
            var hits = considered.Add(await apple.FindAlbumsByUpcAsync(code, cancellationToken));
            if (considered.Exact(hits, MatchMethod.Barcode, code) is { } byBarcode)
            {
                return byBarcode;
            }
        }

        var crossReference = await CrossReferences.ForMasterAsync(wikidata, lookup.MasterId, cancellationToken);
        if (crossReference.AppleMusicId is { } id && await apple.GetAlbumAsync(id, cancellationToken) is { } linked
            && considered.Exact(considered.Add([linked]), MatchMethod.Crossref) is { } byCrossReference)
        {
            return byCrossReference;
        }

        foreach (var term in AlbumSearchTerms.Apple(lookup))
        {
            considered.Add(await apple.SearchAlbumsAsync(term, SearchLimit, cancellationToken));
            if (considered.Searched(settings.AppleMusicThreshold) is { } bySearch)
            {
                return bySearch;
            }
        }

        return considered.NoMatch();
    }
}
