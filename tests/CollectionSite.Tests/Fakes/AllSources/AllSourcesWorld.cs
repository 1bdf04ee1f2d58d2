using CollectionSite.Bench;

namespace CollectionSite.Tests.Fakes.AllSources;

/// <summary>
/// A seeded synthetic collection as every source knows it (the bench's enrichment fake: Discogs listing, releases,
/// masters and artists; Apple Music, Spotify, Wikipedia and Wikidata), built from the recorded payloads in TestData/real.
/// The same seed gives the same bodies, so two servers over two worlds answer alike.
/// </summary>
internal sealed class AllSourcesWorld
{
    public AllSourcesWorld(int releases, int seed)
    {
        Collection = new EnrichmentCollection(releases, seed);
        var discogs = new EnrichmentDiscogsPayloads(Collection, Path.Combine(TestPaths.RealFixtures, "discogs"));
        Routes = new EnrichmentFakeRoutes(discogs, new EnrichmentStoreCatalog(Collection), new EnrichmentStorePayloads(discogs, TestPaths.RealFixtures));
    }

    public EnrichmentCollection Collection { get; }

    public EnrichmentFakeRoutes Routes { get; }
}
