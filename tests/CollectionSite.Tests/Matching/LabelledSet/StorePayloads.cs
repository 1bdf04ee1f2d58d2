using System.Text.Json.Nodes;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Tests.Matching.LabelledSet;

/// <summary>Store payloads of the labelled set (Apple album resources, Spotify album objects, Wikipedia summaries) as domain records.</summary>
public static class StorePayloads
{
    /// <summary>An Apple Music album resource: <c>{id, type, attributes: {name, artistName, releaseDate, trackCount, upc, isSingle, isCompilation, url}}</c>.</summary>
    public static AppleMusicAlbum Apple(JsonNode resource)
    {
        var a = resource["attributes"]!;
        return new AppleMusicAlbum(
            (string)resource["id"]!,
            (string)a["name"]!,
            (string)a["artistName"]!,
            (string?)a["url"],
            (string?)a["releaseDate"],
            (string?)a["recordLabel"],
            [],
            (int?)a["trackCount"],
            (string?)a["upc"],
            (bool?)a["isSingle"] ?? false,
            (bool?)a["isCompilation"] ?? false,
            null,
            null,
            resource.ToJsonString());
    }

    /// <summary>A Spotify album object: <c>{id, name, album_type, artists[].name, release_date, total_tracks, external_ids.upc}</c>.</summary>
    public static SpotifyAlbum Spotify(JsonNode album) =>
        new(
            (string)album["id"]!,
            (string)album["name"]!,
            [.. album["artists"]!.AsArray().Select(artist => (string)artist!["name"]!)],
            (string?)album["external_urls"]?["spotify"],
            (string)album["album_type"]!,
            (string?)album["release_date"],
            (int?)album["total_tracks"],
            (string?)album["external_ids"]?["upc"],
            album.ToJsonString());

    /// <summary>A REST page summary: <c>{type, titles.canonical, description, extract, content_urls.desktop, wikibase_item}</c>.</summary>
    public static WikipediaArticle Wikipedia(JsonNode summary) =>
        new(
            ((string)summary["titles"]!["canonical"]!).Replace('_', ' '),
            (string)summary["type"]!,
            (string?)summary["description"],
            (string?)summary["extract"],
            (string)summary["content_urls"]!["desktop"]!["page"]!,
            (string?)summary["content_urls"]!["desktop"]!["revisions"],
            null,
            (string?)summary["wikibase_item"],
            summary.ToJsonString());

    /// <summary>Whether the labelled set lets search find the album (false: reachable by UPC or id only).</summary>
    public static bool Searchable(JsonNode item) => (bool?)item["_searchable"] ?? true;
}
