using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Matching;
using CollectionSite.Tests.Matching.Fakes;
using static CollectionSite.Tests.Matching.Fakes.MatchingData;

namespace CollectionSite.Tests.Matching;

public sealed class SpotifyMatcherTests
{
    private const string Upc = "074643379526";

    private InMemorySpotifyApi spotify = new();
    private InMemoryWikidataApi wikidata = new();

    [SetUp]
    public void SetUp()
    {
        spotify = new();
        wikidata = new();
    }

    [Test]
    public async Task MatchAsync_BarcodeHit_UpcQueryBarcodeMethod()
    {
        spotify.Add(Spotify("1", "OK Computer", upc: Upc), searchable: false);

        var outcome = await MatchAsync(Release("OK Computer", barcodes: [Upc]));

        Assert.That((outcome.Match?.Id, outcome.Method, outcome.Confidence), Is.EqualTo(("1", MatchMethod.Barcode, 1.0)));
        Assert.That(spotify.Calls, Is.EqualTo(new[] { $"search:upc:{Upc}|{SpotifyMatcher.SearchLimit}" }));
    }

    [Test]
    public async Task MatchAsync_WikidataSpotifyAlbumId_Crossref()
    {
        spotify.Add(Spotify("6Lq", "Led Zeppelin IV (Remaster)", artist: "Led Zeppelin", date: "1971-11-08"), searchable: false);
        wikidata.Masters[10469] = new CrossReference("Q1", null, null, "6Lq");

        var outcome = await MatchAsync(Release("Untitled", artist: "Led Zeppelin", year: 1971, masterId: 10469));

        Assert.That((outcome.Match?.Id, outcome.Method), Is.EqualTo(("6Lq", MatchMethod.Crossref)));
        Assert.That(spotify.Calls, Is.EqualTo(new[] { "album:6Lq" }));
    }

    [Test]
    public async Task MatchAsync_NothingFitsTheFieldedQuery_LooserQueryNextWithinLimit()
    {
        spotify.Add(Spotify("1", "Kid A"));

        await MatchAsync(Release("OK Computer", credits: [Credit("Radiohead", join: "&"), Credit("Thom Yorke")]));

        Assert.That(spotify.Calls, Is.EqualTo(new[]
        {
            "search:album:OK Computer artist:Radiohead|10",
            "search:Radiohead & Thom Yorke OK Computer|10",
        }));
    }

    [Test]
    public async Task MatchAsync_Various_AlbumFilterOnly()
    {
        spotify.Add(Spotify("1", "Pulp Fiction (Music From The Motion Picture)", artist: "Various Artists", date: "1994-09-27", tracks: 16, type: "compilation"));

        var outcome = await MatchAsync(Release("Pulp Fiction (Music From The Motion Picture)", artist: "Various", year: 1994, tracks: 16, descriptions: ["Compilation"]));

        Assert.That(outcome.Match?.Id, Is.EqualTo("1"));
        Assert.That(spotify.Calls[0], Is.EqualTo("search:album:Pulp Fiction (Music From The Motion Picture)|10"));
    }

    [Test]
    public void MatchAsync_SpotifyFails_ErrorPropagates()
    {
        spotify.Failure = new RemoteApiException("Spotify answered 502");

        Assert.ThrowsAsync<RemoteApiException>(() => MatchAsync(Release("OK Computer")));
    }

    [Test]
    public async Task MatchAsync_WikidataFails_SearchStillDecides()
    {
        spotify.Add(Spotify("1", "OK Computer"));
        wikidata.Failure = new RemoteApiException("Wikidata answered 503");

        Assert.That((await MatchAsync(Release("OK Computer", masterId: 5))).Match?.Id, Is.EqualTo("1"));
    }

    private Task<MatchOutcome<SpotifyAlbum>> MatchAsync(CollectionSite.Domain.Release release) =>
        new SpotifyMatcher(spotify, wikidata, new MatchingSettings()).MatchAsync(AlbumLookup.From(release, null, null), CancellationToken.None);
}
