using System.Net;
using CollectionSite.Clients.Http;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Tests.Clients.AppleMusic;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Clients.Wikipedia;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Wikidata;

/// <summary>Discogs ids to the other catalogues' ids through Wikidata: the haswbstatement search, then the item's statements.</summary>
public sealed class WikidataClientTests
{
    [Test]
    public async Task FindByDiscogsArtistAsync_Coldplay_ItemWikipediaAppleAndSpotifyIds()
    {
        await using var wikidata = Over(Fixture("constructed_search_haswbstatement_P1953_29735.json"), Fixture("wbgetentities_Q45188_coldplay_claims_2026_sitelink_added.json"));

        var found = await wikidata.Wikidata.FindByDiscogsArtistAsync(29735, CancellationToken.None);

        Assert.That(found, Is.EqualTo(new CrossReference("Q45188", "Coldplay", "471744", "4gzpq5DPGxSnKTe4SA8HAU")));
    }

    [Test]
    public async Task FindByDiscogsArtistAsync_Requests_SearchByStatementThenTheItemsClaimsAndEnwikiLink()
    {
        await using var wikidata = Over(Fixture("constructed_search_haswbstatement_P1953_29735.json"), Fixture("wbgetentities_Q45188_coldplay_claims_2026_sitelink_added.json"));

        await wikidata.Wikidata.FindByDiscogsArtistAsync(29735, CancellationToken.None);

        var search = AppleMusicClientTests.Query(wikidata.Stub.Requests[0].Uri);
        var entity = AppleMusicClientTests.Query(wikidata.Stub.Requests[1].Uri);
        Assert.Multiple(() =>
        {
            Assert.That(wikidata.Stub.Requests.Select(r => r.Uri.AbsolutePath), Is.All.EqualTo("/wikidata/w/api.php"));
            Assert.That((search["action"], search["list"], search["srsearch"], search["format"], search["formatversion"]),
                Is.EqualTo(("query", "search", "haswbstatement:P1953=29735", "json", "2")));
            Assert.That((entity["action"], entity["ids"], entity["props"], entity["sitefilter"], entity["format"]),
                Is.EqualTo(("wbgetentities", "Q45188", "claims|sitelinks", "enwiki", "json")));
        });
    }

    [Test]
    public async Task FindByDiscogsMasterAsync_Ranks_PreferredWinsDeprecatedAndNoValueSkippedNoEnwiki()
    {
        await using var wikidata = Over(
            """{"batchcomplete":true,"query":{"searchinfo":{"totalhits":1},"search":[{"ns":0,"title":"Q1000000001","pageid":1,"size":1,"wordcount":0,"snippet":"","timestamp":"2026-01-01T00:00:00Z"}]}}""",
            Fixture("constructed_wbgetentities_master_ranks_no_enwiki.json"));

        var found = await wikidata.Wikidata.FindByDiscogsMasterAsync(1000, CancellationToken.None);

        Assert.That(found, Is.EqualTo(new CrossReference("Q1000000001", null, "333333333", "0sNOF9WDwhWunNAHPD3Baj")));
        Assert.That(AppleMusicClientTests.Query(wikidata.Stub.Requests[0].Uri)["srsearch"], Is.EqualTo("haswbstatement:P1954=1000"));
    }

    [Test]
    public async Task FindByDiscogsArtistAsync_NoItemHasTheId_NoneAfterOneRequest()
    {
        await using var wikidata = Over(Fixture("constructed_search_no_hits.json"));

        var found = await wikidata.Wikidata.FindByDiscogsArtistAsync(42, CancellationToken.None);

        Assert.That((found, wikidata.Stub.Calls), Is.EqualTo((CrossReference.None, 1)));
    }

    [Test]
    public async Task FindByDiscogsArtistAsync_ItemGoneSinceIndexed_None()
    {
        await using var wikidata = Over(Fixture("constructed_search_haswbstatement_P1953_29735.json"), Fixture("constructed_wbgetentities_missing.json"));

        Assert.That(await wikidata.Wikidata.FindByDiscogsArtistAsync(29735, CancellationToken.None), Is.EqualTo(CrossReference.None));
    }

    [Test]
    public async Task FindByDiscogsArtistAsync_ActionApiError_ItemErrorQuotingIt()
    {
        await using var wikidata = Over(Fixture("constructed_error_badvalue.json"));

        var error = Assert.ThrowsAsync<RemoteApiException>(() => wikidata.Wikidata.FindByDiscogsArtistAsync(29735, CancellationToken.None));

        Assert.That((error!.SourceName, error.Message.Contains("badvalue: Unrecognized value", StringComparison.Ordinal)), Is.EqualTo(("Wikidata", true)));
    }

    private static string Fixture(string name) => TestPaths.ReadFixture("wikidata", name);

    private static WikipediaServices Over(params string[] bodies) =>
        WikipediaServices.Wikidatas(new StubHttpMessageHandler([.. bodies.Select(body => StubHttpMessageHandler.Status(HttpStatusCode.OK, body))]));
}
