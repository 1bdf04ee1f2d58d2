using System.Globalization;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Tests.Matching.Fakes;

/// <summary>Small builders of Discogs and store records for the matching tests; every field not named is empty.</summary>
public static class MatchingData
{
    public static ArtistCredit Credit(string name, string? anv = null, string? join = null) => new(0, name, anv, join, null, null);

    public static Release Release(
        string title,
        string artist = "Radiohead",
        int? year = 1997,
        int tracks = 10,
        string[]? descriptions = null,
        string[]? barcodes = null,
        long? masterId = null,
        IReadOnlyList<ArtistCredit>? credits = null,
        string? released = null) =>
        new(
            1,
            title,
            credits ?? [Credit(artist)],
            masterId,
            year,
            released,
            null,
            [],
            [],
            [],
            [new ReleaseFormat("CD", "1", null, descriptions ?? ["Album"])],
            [.. Enumerable.Range(1, tracks).Select(i => Track(i.ToString(CultureInfo.InvariantCulture)))],
            [],
            [],
            [],
            [.. (barcodes ?? []).Select(code => new ReleaseIdentifier("Barcode", code, null))],
            [],
            null,
            null,
            null);

    public static Track Track(string position, string type = "track", params Track[] subTracks) =>
        new(position, type, $"Track {position}", null, [], [], subTracks);

    public static Master Master(long id, int? year) => new(id, "master", year, null, [], [], [], null);

    public static AppleMusicAlbum Apple(
        string id, string name, string artist = "Radiohead", string? date = "1997-05-21", int? tracks = 10,
        string? upc = null, bool isSingle = false, bool compilation = false) =>
        new(id, name, artist, $"https://music.apple.com/us/album/x/{id}", date, null, [], tracks, upc, isSingle, compilation, null, null, "{}");

    public static SpotifyAlbum Spotify(
        string id, string name, string artist = "Radiohead", string? date = "1997-05-21", int? tracks = 10,
        string type = "album", string? upc = null) =>
        new(id, name, [artist], $"https://open.spotify.com/album/{id}", type, date, tracks, upc, "{}");

    public static WikipediaArticle Article(string title, string? description, string? extract = null, string type = "standard") =>
        new(title, type, description, extract ?? string.Empty, $"https://en.wikipedia.org/wiki/{title.Replace(' ', '_')}", null, null, null, "{}");

    public static WikipediaArticle Disambiguation(string title) =>
        Article(title, "Topics referred to by the same term", $"{title} may refer to:", "disambiguation");

    public static Artist Artist(
        string name, string[]? urls = null, string[]? members = null, string[]? groups = null, string? realName = null,
        string[]? variations = null, long id = 37) =>
        new(
            id,
            name,
            realName,
            null,
            urls ?? [],
            variations ?? [],
            [],
            [.. (members ?? []).Select(m => new ArtistReference(0, m, true))],
            [.. (groups ?? []).Select(g => new ArtistReference(0, g, true))],
            [],
            null);
}
