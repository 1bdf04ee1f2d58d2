using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Configuration;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

public sealed class AppleMusicMatcher(IAppleMusicApi apple, IWikidataApi wikidata, MatchingSettings settings)
{
    public Task<MatchOutcome<AppleMusicAlbum>> MatchAsync(AlbumLookup lookup, CancellationToken cancellationToken)
    {
        // Signatures first: the decision logic follows in the next commit.
        _ = (apple, wikidata, settings, lookup, cancellationToken);
        return Task.FromResult(MatchOutcomes.NoMatch<AppleMusicAlbum>([]));
    }
}
