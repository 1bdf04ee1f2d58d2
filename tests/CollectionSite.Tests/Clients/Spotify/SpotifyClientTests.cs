using System.Net;
using System.Text.Json;
using CollectionSite.Tests.Clients.AppleMusic;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Spotify;

/// <summary>The recorded Spotify payloads through the registered client: the market always sent, the limit capped, albums mapped.</summary>
public sealed class SpotifyClientTests
{
    private const string Search2025 = "search_album_tag_new_2025.json";
    private const string SearchLegacy = "search_album_gatan_legacy_2014.json";

    [Test]
    public async Task SearchAlbumsAsync_2025Shape_EveryItemMappedWithItsJson()
    {
        await using var spotify = SpotifyServices.Over(Answer(Search2025));

        var albums = await spotify.Spotify.SearchAlbumsAsync("tag:new", 2, CancellationToken.None);

        using var recorded = JsonDocument.Parse(TestPaths.ReadFixture("spotify", Search2025));
        var items = recorded.RootElement.GetProperty("albums").GetProperty("items").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(albums.Select(a => a.Id), Is.EqualTo(items.Select(i => i.GetProperty("id").GetString())));
            Assert.That(albums.Select(a => a.RawJson), Is.EqualTo(items.Select(i => i.GetRawText())));
            Assert.That(albums.Select(a => a.AlbumType), Is.EqualTo(new[] { "album", "single" }));
            Assert.That(albums[1].Artists, Is.EqualTo(new[] { "KATSEYE", "VALORANT" }));
            Assert.That((albums[0].Name, albums[0].ReleaseDate, albums[0].TotalTracks), Is.EqualTo(("Miligram Hits Live", "2025-11-11", (int?)24)));
            Assert.That(albums[0].Url, Is.EqualTo("https://open.spotify.com/album/75984q4OpwTLsczbfazWaI"));
            Assert.That(albums.Select(a => a.Upc), Is.All.Null, "search results carry no external_ids");
        });
    }

    [Test]
    public async Task SearchAlbumsAsync_LegacyShape_MapsWhatIsThereAndLeavesTheRestEmpty()
    {
        await using var spotify = SpotifyServices.Over(Answer(SearchLegacy));

        var album = (await spotify.Spotify.SearchAlbumsAsync("gatan", 1, CancellationToken.None)).Single();

        Assert.Multiple(() =>
        {
            Assert.That((album.Id, album.Name, album.AlbumType), Is.EqualTo(("5CCjGmIH483h4J9UvME0eR", "Lyckliga gatan", "single")));
            Assert.That(album.Url, Is.EqualTo("https://open.spotify.com/album/5CCjGmIH483h4J9UvME0eR"));
            Assert.That((album.Artists, album.ReleaseDate, album.TotalTracks), Is.EqualTo((Array.Empty<string>(), (string?)null, (int?)null)));
        });
    }

    [TestCase(5, "5")]
    [TestCase(50, "10")]
    [TestCase(0, "1")]
    public async Task SearchAlbumsAsync_AnyLimit_MarketSentAndLimitAtMostTen(int limit, string sent)
    {
        await using var spotify = SpotifyServices.Over(Answer(Search2025));

        await spotify.Spotify.SearchAlbumsAsync("upc:5099749994324", limit, CancellationToken.None);

        var request = spotify.Api.Requests.Single();
        var query = AppleMusicClientTests.Query(request.Uri);
        Assert.Multiple(() =>
        {
            Assert.That(request.Uri.AbsolutePath, Is.EqualTo("/spotify-api/v1/search"));
            Assert.That((query["q"], query["type"], query["market"], query["limit"]), Is.EqualTo(("upc:5099749994324", "album", "SE", sent)));
            Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer token-1"));
        });
    }

    [Test]
    public async Task GetAlbumAsync_CurrentShape_UpcAndMarket()
    {
        await using var spotify = SpotifyServices.Over(Answer("constructed_album_0sNOF9_current_shape.json"));

        var album = await spotify.Spotify.GetAlbumAsync("0sNOF9WDwhWunNAHPD3Baj", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That((album!.Id, album.Name, album.Upc), Is.EqualTo(("0sNOF9WDwhWunNAHPD3Baj", "She's So Unusual", "5099749994324")));
            Assert.That((album.ReleaseDate, album.TotalTracks, album.Artists.Single()), Is.EqualTo(("1983-10-14", (int?)13, "Cyndi Lauper")));
            Assert.That(album.RawJson, Is.EqualTo(TestPaths.ReadFixture("spotify", "constructed_album_0sNOF9_current_shape.json")));
            Assert.That(spotify.Api.Requests.Single().Uri.PathAndQuery, Is.EqualTo("/spotify-api/v1/albums/0sNOF9WDwhWunNAHPD3Baj?market=SE"));
        });
    }

    [Test]
    public async Task GetAlbumAsync_2014ShapeWithDateObject_YearAndTrackTotalRead()
    {
        await using var spotify = SpotifyServices.Over(Answer("album_0sNOF9_shes_so_unusual_legacy_2014.json"));

        var album = await spotify.Spotify.GetAlbumAsync("0sNOF9WDwhWunNAHPD3Baj", CancellationToken.None);

        Assert.That((album!.ReleaseDate, album.TotalTracks, album.Upc), Is.EqualTo(("1983", (int?)13, "5099749994324")));
    }

    [Test]
    public async Task GetAlbumAsync_UnknownId_NullFromTheLegacy404Body()
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.NotFound, TestPaths.ReadFixture("spotify", "error_404_legacy_not_found.json"))));

        Assert.That(await spotify.Spotify.GetAlbumAsync("nope", CancellationToken.None), Is.Null);
    }

    private static StubHttpMessageHandler Answer(string fixture) =>
        new(StubHttpMessageHandler.Status(HttpStatusCode.OK, TestPaths.ReadFixture("spotify", fixture)));
}
