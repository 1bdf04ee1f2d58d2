using System.Globalization;
using System.Text.Json.Nodes;
using CollectionSite.Matching;

namespace CollectionSite.Bench;

/// <summary>
/// What the fake stores know of an <see cref="EnrichmentCollection"/>, as lookups the fake servers answer from: albums by
/// barcode (any form), id and search text, articles by title, Wikidata items (their entity bodies built here) by the
/// Discogs master or artist id they hold.
/// </summary>
internal sealed class EnrichmentStoreCatalog
{
    private readonly Dictionary<string, BenchRelease> byBarcode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BenchRelease> byAppleId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BenchRelease> bySpotifyId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BenchArtist> byArticle = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, BenchMaster> mastersById = [];
    private readonly Dictionary<long, BenchArtist> artistsById = [];
    private readonly Dictionary<string, string> entities = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<BenchRelease> releases;

    public EnrichmentStoreCatalog(EnrichmentCollection collection)
    {
        releases = collection.Releases;
        foreach (var release in collection.Releases)
        {
            if (release.Barcode is { } code && Barcode.Gtin13(code) is { } gtin)
            {
                byBarcode[gtin] = release;
            }

            byAppleId[release.AppleId] = release;
            bySpotifyId[release.SpotifyId] = release;
        }

        foreach (var master in collection.Masters.Where(m => m.WikidataItem is not null))
        {
            mastersById[master.Id] = master;
            var main = collection.Releases[(int)(master.MainReleaseId - EnrichmentCollection.FirstReleaseId)];
            entities[master.WikidataItem!] = Entity(master.WikidataItem!, ("P1954", master.Id.ToString(CultureInfo.InvariantCulture)),
                master.HasAppleId ? ("P2281", main.AppleId) : null, master.HasSpotifyId ? ("P2205", main.SpotifyId) : null, null);
        }

        foreach (var artist in collection.Artists)
        {
            if (artist.ArticleTitle is { } title)
            {
                byArticle[title] = artist;
            }

            if (artist.WikidataItem is { } item)
            {
                artistsById[artist.Id] = artist;
                entities[item] = Entity(item, ("P1953", artist.Id.ToString(CultureInfo.InvariantCulture)), null, null, artist.ArticleTitle);
            }
        }
    }

    /// <summary>The release whose album a store lists under <paramref name="code"/> (any form); null when none.</summary>
    public BenchRelease? ByBarcode(string code, Func<BenchRelease, StoreAnswer> answer) =>
        Barcode.Gtin13(code) is { } gtin && byBarcode.TryGetValue(gtin, out var release) && answer(release) == StoreAnswer.Barcode ? release : null;

    public BenchRelease? ByAppleId(string id) => byAppleId.TryGetValue(id, out var r) && r.Apple != StoreAnswer.None ? r : null;

    public BenchRelease? BySpotifyId(string id) => bySpotifyId.TryGetValue(id, out var r) && r.Spotify != StoreAnswer.None ? r : null;

    /// <summary>The release whose album a search for <paramref name="text"/> finds: its title is in the text (titles end in a
    /// unique number) and the store lists the album by search; null otherwise.</summary>
    public BenchRelease? BySearch(string text, Func<BenchRelease, StoreAnswer> answer) =>
        releases.FirstOrDefault(r => answer(r) == StoreAnswer.Search && text.Contains(r.Title, StringComparison.OrdinalIgnoreCase));

    public BenchArtist? ByArticleTitle(string title) => byArticle.GetValueOrDefault(title.Replace('_', ' ').Trim());

    /// <summary>The Wikidata item holding <paramref name="statement"/> ("P1954=3000001"), or null.</summary>
    public string? ItemWith(string statement)
    {
        var parts = statement.Split('=');
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return parts[0] switch
        {
            "P1954" => mastersById.GetValueOrDefault(id)?.WikidataItem,
            "P1953" => artistsById.GetValueOrDefault(id)?.WikidataItem,
            _ => null,
        };
    }

    public string? EntityBody(string item) => entities.GetValueOrDefault(item);

    private static string Entity(string item, (string Property, string Value) discogsId, (string Property, string Value)? apple, (string Property, string Value)? spotify, string? enwiki)
    {
        var claims = new JsonObject();
        foreach (var (property, value) in new[] { discogsId, apple, spotify }.OfType<(string, string)>())
        {
            claims[property] = new JsonArray(new JsonObject
            {
                ["mainsnak"] = new JsonObject { ["snaktype"] = "value", ["property"] = property, ["datavalue"] = new JsonObject { ["value"] = value, ["type"] = "string" }, ["datatype"] = "external-id" },
                ["type"] = "statement",
                ["rank"] = "normal",
            });
        }

        var sitelinks = enwiki is null ? new JsonObject() : new JsonObject { ["enwiki"] = new JsonObject { ["site"] = "enwiki", ["title"] = enwiki, ["badges"] = new JsonArray() } };
        return new JsonObject
        {
            ["entities"] = new JsonObject { [item] = new JsonObject { ["type"] = "item", ["id"] = item, ["claims"] = claims, ["sitelinks"] = sitelinks } },
            ["success"] = 1,
        }.ToJsonString();
    }
}
