using System.Net;
using System.Text.Json;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.AppleMusic;

/// <summary>The recorded Apple Music payloads through the registered client: requests as Apple documents them, albums mapped.</summary>
public sealed class AppleMusicClientTests
{
    private const string BornToRun = "album_310730204_born_to_run_docs.json";
    private const string JamesBrown = "search_albums_artists_james_brown_docs.json";

    [Test]
    public async Task GetAlbumAsync_BornToRun_MapsEveryKeptField()
    {
        await using var apple = Over(BornToRun);

        var album = await apple.Api.GetAlbumAsync("310730204", CancellationToken.None);

        Assert.That(album, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That((album!.Id, album.Name, album.ArtistName), Is.EqualTo(("310730204", "Born to Run", "Bruce Springsteen")));
            Assert.That(album.Url, Is.EqualTo("https://itunes.apple.com/us/album/born-to-run/id310730204"));
            Assert.That((album.ReleaseDate, album.RecordLabel, album.TrackCount), Is.EqualTo(("1975-08-25", "Columbia", (int?)8)));
            Assert.That(album.GenreNames, Is.EqualTo(new[] { "Rock", "Music", "Arena Rock", "Rock & Roll", "Pop", "Pop/Rock" }));
            Assert.That((album.IsSingle, album.IsCompilation, album.Upc), Is.EqualTo((false, false, (string?)null)));
            Assert.That(album.Artwork, Is.EqualTo(new CollectionSite.Domain.Enrichment.AppleMusicArtwork(
                "https://example.mzstatic.com/image/thumb/Music3/v4/2d/02/4a/2d024aaa-4547-ca71-7ba1-b8f5e1d98256/source/{w}x{h}bb.jpg", 1500, 1500)));
            Assert.That(apple.Stub.Requests.Single().Uri.PathAndQuery, Is.EqualTo("/apple/v1/catalog/gb/albums/310730204"));
        });
    }

    [Test]
    public async Task GetAlbumAsync_BornToRunNotes_ItalicsBecomeMarkdownAndTheRestStaysText()
    {
        await using var apple = Over(BornToRun);

        var notes = (await apple.Api.GetAlbumAsync("310730204", CancellationToken.None))!.EditorialNotes!;

        Assert.Multiple(() =>
        {
            Assert.That(notes.Brief, Is.EqualTo("Springsteen's third album was the one that broke it all open for him."));
            Assert.That(notes.Standard, Does.StartWith("Springsteen's third album was the one that broke it all open for him, planting"));
            Assert.That(notes.Standard, Does.Contain("Orbison, Dylan and Spector — and actually reached it. \"Come take my hand,\" he invited"));
            Assert.That(notes.Standard, Does.Contain("from *The Wild, The Innocent and the E Street Shuffle* to *The Ghost of Tom Joad*. Forty years on, *Born to Run* still sits"));
            Assert.That(notes.Standard, Does.Not.Contain("<i>").And.Not.Contain("</i>"));
        });
    }

    [Test]
    public async Task GetAlbumAsync_RawJson_IsTheAlbumObjectAsReceived()
    {
        await using var apple = Over(BornToRun);

        var album = await apple.Api.GetAlbumAsync("310730204", CancellationToken.None);

        using var received = JsonDocument.Parse(TestPaths.ReadFixture("apple", BornToRun));
        Assert.That(album!.RawJson, Is.EqualTo(received.RootElement.GetProperty("data")[0].GetRawText()));
        Assert.That(album.RawJson, Does.Contain("\"relationships\""));
    }

    [Test]
    public async Task SearchAlbumsAsync_JamesBrown_AlbumsOnlyWithArtworkTemplate()
    {
        await using var apple = Over(JamesBrown);

        var albums = await apple.Api.SearchAlbumsAsync("james brown", 5, CancellationToken.None);

        var album = albums.Single();
        Assert.Multiple(() =>
        {
            Assert.That((album.Id, album.Name, album.ArtistName), Is.EqualTo(("900721190", "20 All-Time Greatest Hits!", "James Brown")));
            Assert.That((album.TrackCount, album.ReleaseDate, album.EditorialNotes), Is.EqualTo(((int?)20, "1991-01-01", (CollectionSite.Domain.Enrichment.EditorialNotes?)null)));
            Assert.That(album.Artwork!.UrlTemplate, Does.EndWith("/source/{w}x{h}bb.jpg"));
            Assert.That((album.Artwork.MaxWidth, album.Artwork.MaxHeight), Is.EqualTo((1400, 1400)));
            Assert.That(album.GenreNames, Is.EqualTo(new[] { "Soul", "Music", "R&B/Soul", "Funk" }));
        });
    }

    [TestCase(5, "5")]
    [TestCase(100, "25")]
    [TestCase(0, "1")]
    public async Task SearchAlbumsAsync_Limit_SentWithinApplesRange(int limit, string sent)
    {
        await using var apple = Over(JamesBrown);

        await apple.Api.SearchAlbumsAsync("james brown", limit, CancellationToken.None);

        var query = Query(apple.Stub.Requests.Single().Uri);
        Assert.Multiple(() =>
        {
            Assert.That(apple.Stub.Requests.Single().Uri.AbsolutePath, Is.EqualTo("/apple/v1/catalog/gb/search"));
            Assert.That((query["types"], query["term"], query["limit"]), Is.EqualTo(("albums", "james brown", sent)));
        });
    }

    [Test]
    public async Task SearchAlbumsAsync_NoAlbumsInResults_Empty()
    {
        await using var apple = AppleMusicServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"results":{},"meta":{"results":{"order":[],"rawOrder":[]}}}""")));

        Assert.That(await apple.Api.SearchAlbumsAsync("nothing like this", 5, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task FindAlbumsByUpcAsync_Barcode_FilterUpcInTheStorefrontAndBearerToken()
    {
        await using var apple = Over(BornToRun);

        var albums = await apple.Api.FindAlbumsByUpcAsync(" 5099751076926 ", CancellationToken.None);

        var request = apple.Stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(albums.Select(a => a.Id), Is.EqualTo(new[] { "310730204" }));
            Assert.That(request.Uri.AbsolutePath, Is.EqualTo("/apple/v1/catalog/gb/albums"));
            Assert.That(Query(request.Uri)["filter[upc]"], Is.EqualTo("5099751076926"));
            Assert.That(request.Headers["Authorization"], Does.Match(@"^Bearer [\w-]+\.[\w-]+\.[\w-]+$"));
            Assert.That(apple.Redactor.Redact(request.Headers["Authorization"]), Is.EqualTo("Bearer " + CollectionSite.Configuration.SecretRedactor.Mask));
        });
    }

    [Test]
    public async Task FindAlbumsByUpcAsync_UnknownBarcode_EmptyForEmptyDataOr404()
    {
        await using var empty = AppleMusicServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"data":[]}""")));
        await using var missing = AppleMusicServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.NotFound, """{"errors":[{"status":"404","title":"Not Found"}]}""")));

        Assert.That(await empty.Api.FindAlbumsByUpcAsync("000000000000", CancellationToken.None), Is.Empty);
        Assert.That(await missing.Api.FindAlbumsByUpcAsync("000000000000", CancellationToken.None), Is.Empty);
        Assert.That(await missing.Api.GetAlbumAsync("1", CancellationToken.None), Is.Null);
    }

    internal static Dictionary<string, string> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => Uri.UnescapeDataString(pair[1].Replace('+', ' ')));

    private static AppleMusicServices Over(string fixture) =>
        AppleMusicServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, TestPaths.ReadFixture("apple", fixture))));
}
