using System.Globalization;
using System.Text.Json.Nodes;
using CollectionSite.Matching;

namespace CollectionSite.Bench;

/// <summary>
/// Apple Music, Spotify and Wikipedia bodies for the releases and artists of an <see cref="EnrichmentCollection"/>,
/// cloned from the real recorded ones (album, search item, full album, page summary) with the synthetic names, ids,
/// years and track counts.
/// </summary>
internal sealed class EnrichmentStorePayloads
{
    private readonly JsonObject appleAlbum;
    private readonly JsonObject spotifyItem;
    private readonly JsonObject spotifyAlbum;
    private readonly JsonObject summary;
    private readonly EnrichmentDiscogsPayloads discogs;

    public EnrichmentStorePayloads(EnrichmentDiscogsPayloads discogs, string fixtures)
    {
        JsonObject Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(fixtures, file)))!.AsObject();
        appleAlbum = Load("apple/album_310730204_born_to_run_docs.json")["data"]![0]!.AsObject();
        appleAlbum.Remove("relationships");
        spotifyItem = Load("spotify/search_album_tag_new_2025.json")["albums"]!["items"]![0]!.AsObject();
        spotifyAlbum = Load("spotify/constructed_album_0sNOF9_current_shape.json");
        summary = Load("wikipedia/summary_physics_standard_2019.json");
        this.discogs = discogs;
    }

    public JsonObject AppleAlbum(BenchRelease release)
    {
        var album = (JsonObject)appleAlbum.DeepClone();
        album["id"] = release.AppleId;
        album["href"] = $"/v1/catalog/us/albums/{release.AppleId}";
        var attributes = album["attributes"]!.AsObject();
        // Apple names singles and EPs "Title - Single" and "Title - EP".
        var kind = discogs.Kind(release.Id);
        attributes["name"] = kind == "Album" ? release.Title : $"{release.Title} - {kind}";
        attributes["isSingle"] = kind == "Single";
        attributes["artistName"] = release.Artist.Name;
        attributes["url"] = $"https://music.apple.com/us/album/{release.AppleId}";
        attributes["releaseDate"] = $"{release.Year}-01-01";
        attributes["trackCount"] = discogs.TrackCount(release.Id);
        attributes["upc"] = release.Barcode is { } code && Barcode.Gtin13(code) is { } gtin ? (gtin[0] == '0' ? gtin[1..] : gtin) : null;
        attributes["playParams"] = new JsonObject { ["id"] = release.AppleId, ["kind"] = "album" };
        return album;
    }

    public JsonObject SpotifySearchItem(BenchRelease release) => Spotify((JsonObject)spotifyItem.DeepClone(), release);

    public JsonObject SpotifyAlbum(BenchRelease release)
    {
        var album = Spotify((JsonObject)spotifyAlbum.DeepClone(), release);
        album["external_ids"] = release.Barcode is { } code ? new JsonObject { ["upc"] = Barcode.Gtin13(code) } : new JsonObject();
        return album;
    }

    public string Summary(BenchArtist artist)
    {
        var title = artist.ArticleTitle!;
        var path = title.Replace(' ', '_');
        var body = (JsonObject)summary.DeepClone();
        body["title"] = title;
        body["displaytitle"] = title;
        body["titles"] = new JsonObject { ["canonical"] = path, ["normalized"] = title, ["display"] = title };
        body["wikibase_item"] = artist.WikidataItem;
        body["description"] = "English rock band";
        body["extract"] = $"{artist.Name} are an English rock band formed in {1960 + (artist.Id % 50)}.";
        body["extract_html"] = $"<p><b>{artist.Name}</b> are an English rock band.</p>";
        body["content_urls"] = new JsonObject
        {
            ["desktop"] = new JsonObject { ["page"] = $"https://en.wikipedia.org/wiki/{path}", ["revisions"] = $"https://en.wikipedia.org/wiki/{path}?action=history" },
        };
        return body.ToJsonString();
    }

    private JsonObject Spotify(JsonObject album, BenchRelease release)
    {
        album["id"] = release.SpotifyId;
        album["name"] = release.Title;
        // Spotify types EPs as singles.
        album["album_type"] = discogs.Kind(release.Id) == "Album" ? "album" : "single";
        album["total_tracks"] = discogs.TrackCount(release.Id);
        album["release_date"] = release.Year.ToString(CultureInfo.InvariantCulture);
        album["release_date_precision"] = "year";
        album["href"] = $"https://api.spotify.com/v1/albums/{release.SpotifyId}";
        album["uri"] = $"spotify:album:{release.SpotifyId}";
        album["external_urls"] = new JsonObject { ["spotify"] = $"https://open.spotify.com/album/{release.SpotifyId}" };
        album["artists"] = new JsonArray(new JsonObject { ["id"] = $"artist{release.Artist.Id}", ["name"] = release.Artist.Name, ["type"] = "artist" });
        album.Remove("available_markets");
        return album;
    }
}
