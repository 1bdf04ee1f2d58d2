using CollectionSite.Clients.Wikipedia;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Configuration;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

public sealed class WikipediaMatcher(IWikipediaApi wikipedia, IWikidataApi wikidata, MatchingSettings settings)
{
    public Task<MatchOutcome<WikipediaArticle>> MatchAsync(ArtistLookup lookup, CancellationToken cancellationToken)
    {
        // Signatures first: the decision logic follows in the next commit.
        _ = (wikipedia, wikidata, settings, lookup, cancellationToken);
        return Task.FromResult(MatchOutcomes.NoMatch<WikipediaArticle>([]));
    }
}
