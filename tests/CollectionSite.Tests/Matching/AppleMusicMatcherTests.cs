using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Matching;
using CollectionSite.Tests.Matching.Fakes;
using static CollectionSite.Tests.Matching.Fakes.MatchingData;

namespace CollectionSite.Tests.Matching;

public sealed class AppleMusicMatcherTests
{
    private const string Upc = "074643379526";

    private InMemoryAppleMusicApi apple = new();
    private InMemoryWikidataApi wikidata = new();

    [SetUp]
    public void SetUp()
    {
        apple = new();
        wikidata = new();
    }

    [Test]
    public async Task MatchAsync_BarcodeHit_BarcodeWithoutSearching()
    {
        apple.Add(Apple("1", "OK Computer", upc: "0" + Upc), searchable: false).Add(Apple("2", "OK Computer"));

        var outcome = await MatchAsync(Release("OK Computer", barcodes: ["0 74643 37952 6"], masterId: 5));

        Assert.That((outcome.Match?.Id, outcome.Method, outcome.Confidence), Is.EqualTo(("1", MatchMethod.Barcode, 1.0)));
        Assert.That(apple.Calls, Is.EqualTo(new[] { $"upc:{Upc}", $"upc:0{Upc}" }));
        Assert.That(wikidata.CallCount, Is.Zero);
    }

    [Test]
    public async Task MatchAsync_SeveralAlbumsForOneUpc_BestScoredTaken()
    {
        apple.Add(Apple("deluxe", "OK Computer (Deluxe Edition)", tracks: 25, upc: Upc)).Add(Apple("plain", "OK Computer", upc: Upc));

        var outcome = await MatchAsync(Release("OK Computer", barcodes: [Upc]));

        Assert.That(outcome.Match?.Id, Is.EqualTo("plain"));
        Assert.That(outcome.Candidates.Select(c => c.Id), Is.EquivalentTo(new[] { "deluxe", "plain" }));
    }

    [Test]
    public async Task MatchAsync_BarcodeOfAnotherArtist_RefusedThenSearched()
    {
        apple.Add(Apple("other", "Violator", artist: "Depeche Mode", upc: Upc), searchable: false).Add(Apple("right", "OK Computer"));

        var outcome = await MatchAsync(Release("OK Computer", barcodes: [Upc]));

        Assert.That((outcome.Match?.Id, outcome.Method), Is.EqualTo(("right", MatchMethod.Search)));
    }

    [Test]
    public async Task MatchAsync_WikidataKnowsTheMaster_Crossref()
    {
        apple.Add(Apple("iv", "Led Zeppelin IV (Remaster)", artist: "Led Zeppelin", date: "1971-11-08"), searchable: false);
        wikidata.Masters[10469] = new CrossReference("Q1", null, "iv", null);

        var outcome = await MatchAsync(Release("Untitled", artist: "Led Zeppelin", year: 1971, masterId: 10469));

        Assert.That((outcome.Match?.Id, outcome.Method, outcome.Confidence), Is.EqualTo(("iv", MatchMethod.Crossref, 1.0)));
    }

    [Test]
    public async Task MatchAsync_WikidataFails_SearchStillDecides()
    {
        apple.Add(Apple("1", "OK Computer"));
        wikidata.Failure = new RemoteApiException("Wikidata answered 503");

        var outcome = await MatchAsync(Release("OK Computer", masterId: 5));

        Assert.That((outcome.Match?.Id, outcome.Method), Is.EqualTo(("1", MatchMethod.Search)));
    }

    [Test]
    public async Task MatchAsync_WikidataBreakerOpen_SearchStillDecides()
    {
        apple.Add(Apple("1", "OK Computer"));
        wikidata.Failure = new CircuitOpenException("Wikidata", "Wikidata failed 5 times in a row.");

        Assert.That((await MatchAsync(Release("OK Computer", masterId: 5))).Match?.Id, Is.EqualTo("1"));
    }

    [Test]
    public void MatchAsync_AppleFails_ErrorPropagates()
    {
        apple.Failure = new RemoteApiException("Apple Music answered 500");

        Assert.ThrowsAsync<RemoteApiException>(() => MatchAsync(Release("OK Computer")));
    }

    [Test]
    public async Task MatchAsync_Search_ArtistAndTitleAsTermWithinApplesLimit()
    {
        apple.Add(Apple("1", "OK Computer"));

        await MatchAsync(Release("OK Computer"));

        Assert.That(apple.Calls, Is.EqualTo(new[] { $"search:Radiohead OK Computer|{AppleMusicMatcher.SearchLimit}" }));
    }

    [Test]
    public async Task MatchAsync_TranslatedTitle_EachHalfSearchedUntilAMatch()
    {
        apple.Add(Apple("1", "Fantasma", artist: "Cornelius", date: "1997-08-27", tracks: 14));

        var outcome = await MatchAsync(Release("ファンタズマ = Fantasma", artist: "Cornelius", year: 1997, tracks: 14));

        Assert.That(outcome.Match?.Id, Is.EqualTo("1"));
        Assert.That(apple.Calls, Is.EqualTo(new[] { "search:Cornelius ファンタズマ|10" }));
    }

    [Test]
    public async Task MatchAsync_CustomSearchTerm_UsedAsTheTerm()
    {
        apple.Add(Apple("1", "OK Computer"));

        await new AppleMusicMatcher(apple, wikidata, new MatchingSettings()).MatchAsync(AlbumLookup.From(Release("OK Computer"), null, "radiohead okc"), CancellationToken.None);

        Assert.That(apple.Calls, Is.EqualTo(new[] { "search:radiohead okc|10" }));
    }

    [Test]
    public async Task MatchAsync_BestBelowThreshold_NoMatchWithCandidates()
    {
        apple.Add(Apple("1", "Kid A")).Add(Apple("2", "Amnesiac"));

        var outcome = await MatchAsync(Release("OK Computer"));

        Assert.That(outcome.IsMatch, Is.False);
        Assert.That(outcome.Method, Is.Null);
        Assert.That(outcome.Candidates.Select(c => c.Id), Is.EquivalentTo(new[] { "1", "2" }));
        Assert.That(outcome.Confidence, Is.EqualTo(outcome.Candidates.Max(c => c.Score)));
    }

    [Test]
    public async Task MatchAsync_PerSourceThreshold_Applies()
    {
        apple.Add(Apple("1", "OK Computer", date: "1999-01-01"));
        var strict = new MatchingSettings { MinConfidence = 0.5, AppleMusicMinConfidence = 0.99 };

        var outcome = await new AppleMusicMatcher(apple, wikidata, strict).MatchAsync(AlbumLookup.From(Release("OK Computer"), null, null), CancellationToken.None);

        Assert.That(outcome.IsMatch, Is.False);
        Assert.That(outcome.Confidence, Is.EqualTo(0.95));
    }

    private Task<MatchOutcome<AppleMusicAlbum>> MatchAsync(CollectionSite.Domain.Release release) =>
        new AppleMusicMatcher(apple, wikidata, new MatchingSettings()).MatchAsync(AlbumLookup.From(release, null, null), CancellationToken.None);
}
