using CollectionSite.Clients.Spotify;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Configuration;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

public sealed class SpotifyMatcher(ISpotifyApi spotify, IWikidataApi wikidata, MatchingSettings settings)
{
    public Task<MatchOutcome<SpotifyAlbum>> MatchAsync(AlbumLookup lookup, CancellationToken cancellationToken)
    {
        // Signatures first: the decision logic follows in the next commit.
        _ = (spotify, wikidata, settings, lookup, cancellationToken);
        return Task.FromResult(MatchOutcomes.NoMatch<SpotifyAlbum>([]));
    }
}
