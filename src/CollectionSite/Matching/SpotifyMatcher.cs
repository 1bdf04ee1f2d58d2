using CollectionSite.Clients.Spotify;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Configuration;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

/// <summary>
/// Finds a release's Spotify album: by barcode (<c>upc:</c> search, each 12- and 13-digit form), then by Wikidata's
/// Spotify album id for the Discogs master (P2205), then by scored searches (<c>album:… artist:…</c>, then a looser
/// plain query). Errors from Spotify propagate (the stage records them); Wikidata errors only skip that step.
/// </summary>
public sealed class SpotifyMatcher(ISpotifyApi spotify, IWikidataApi wikidata, MatchingSettings settings)
{
    /// <summary>Search results read per query: development-mode apps are refused above 10.</summary>
    public const int SearchLimit = 10;

    /// <summary>The match (Barcode or Crossref with confidence 1, or Search with its score) or no match with the candidates weighed.</summary>
    public async Task<MatchOutcome<SpotifyAlbum>> MatchAsync(AlbumLookup lookup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var considered = new ConsideredAlbums<SpotifyAlbum>(lookup, AlbumCandidate.From);
        foreach (var code in lookup.Barcodes)
        {
            var hits = considered.Add(await spotify.SearchAlbumsAsync($"upc:{code}", SearchLimit, cancellationToken));
            if (considered.Exact(hits, MatchMethod.Barcode, code) is { } byBarcode)
            {
                return byBarcode;
            }
        }

        var crossReference = await CrossReferences.ForMasterAsync(wikidata, lookup.MasterId, cancellationToken);
        if (crossReference.SpotifyId is { } id && await spotify.GetAlbumAsync(id, cancellationToken) is { } linked
            && considered.Exact(considered.Add([linked]), MatchMethod.Crossref) is { } byCrossReference)
        {
            return byCrossReference;
        }

        foreach (var query in AlbumSearchTerms.Spotify(lookup))
        {
            considered.Add(await spotify.SearchAlbumsAsync(query, SearchLimit, cancellationToken));
            if (considered.Searched(settings.SpotifyThreshold) is { } bySearch)
            {
                return bySearch;
            }
        }

        return considered.NoMatch();
    }
}
