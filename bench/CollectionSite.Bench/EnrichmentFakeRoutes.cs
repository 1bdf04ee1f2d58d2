using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace CollectionSite.Bench;

/// <summary>
/// The resources of the fake APIs, at the real paths (after each API's prefix) with the real error bodies: Discogs'
/// collection pages, releases, masters and artists; Apple's UPC filter, search and album; Spotify's token, search
/// (<c>upc:</c> and text) and album; Wikipedia's page summary and search; Wikidata's haswbstatement search and entities.
/// </summary>
internal sealed partial class EnrichmentFakeRoutes(EnrichmentDiscogsPayloads discogs, EnrichmentStoreCatalog catalog, EnrichmentStorePayloads stores)
{
    public const string Discogs = "discogs";
    public const string Apple = "apple";
    public const string Spotify = "spotify";
    public const string SpotifyAccounts = "spotify-accounts";
    public const string Wikipedia = "wikipedia";
    public const string Wikidata = "wikidata";

    private const string WikiNotFound = """{"type":"https://mediawiki.org/wiki/HyperSwitch/errors/not_found","title":"Not found.","method":"get","detail":"Page or revision not found."}""";

    private static readonly FakeAnswer NoHits = FakeAnswer.Ok("""{"batchcomplete":true,"query":{"searchinfo":{"totalhits":0},"search":[]}}""");

    public FakeAnswer Answer(string api, string method, string path, IQueryCollection query) => api switch
    {
        Discogs => DiscogsAnswer(path, query),
        Apple => AppleAnswer(path, query),
        Spotify => SpotifyAnswer(path, query),
        SpotifyAccounts when method == "POST" && path == "/api/token" =>
            FakeAnswer.Ok("""{"access_token":"bench-access-token-not-secret","token_type":"Bearer","expires_in":3600}"""),
        Wikipedia => WikipediaAnswer(path, query),
        Wikidata => WikidataAnswer(query),
        _ => new FakeAnswer(404, """{"error":"not found"}"""),
    };

    private FakeAnswer DiscogsAnswer(string path, IQueryCollection query)
    {
        if (path.EndsWith("/collection/folders/0/releases", StringComparison.Ordinal))
        {
            return discogs.Page(Number(query["page"])) is { } page ? FakeAnswer.Ok(page) : new FakeAnswer(404, """{"message": "Page not found."}""");
        }

        var match = DiscogsResource().Match(path);
        var id = match.Success ? long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var (body, kind) = match.Groups[1].Value switch
        {
            "releases" => (discogs.ReleaseBody(id), "Release"),
            "masters" => (discogs.MasterBody(id), "Master"),
            "artists" => (discogs.ArtistBody(id), "Artist"),
            _ => (null, "Resource"),
        };
        return body is null ? new FakeAnswer(404, $$"""{"message": "{{kind}} not found."}""") : FakeAnswer.Ok(body);
    }

    private FakeAnswer AppleAnswer(string path, IQueryCollection query)
    {
        static FakeAnswer List(params JsonNode[] albums) => FakeAnswer.Ok(new JsonObject { ["data"] = new JsonArray(albums) }.ToJsonString());
        if (path.EndsWith("/albums", StringComparison.Ordinal))
        {
            return catalog.ByBarcode(query["filter[upc]"].ToString(), r => r.Apple) is { } release ? List(stores.AppleAlbum(release)) : List();
        }

        if (path.EndsWith("/search", StringComparison.Ordinal))
        {
            return catalog.BySearch(query["term"].ToString(), r => r.Apple) is { } found
                ? FakeAnswer.Ok(new JsonObject { ["results"] = new JsonObject { ["albums"] = new JsonObject { ["href"] = path, ["data"] = new JsonArray(stores.AppleAlbum(found)) } } }.ToJsonString())
                : FakeAnswer.Ok("""{"results":{},"meta":{"results":{"order":[],"rawOrder":[]}}}""");
        }

        return catalog.ByAppleId(path[(path.LastIndexOf('/') + 1)..]) is { } byId
            ? List(stores.AppleAlbum(byId))
            : new FakeAnswer(404, """{"errors":[{"id":"bench","title":"Resource Not Found","detail":"Resource with requested id was not found","status":"404","code":"40400"}]}""");
    }

    private FakeAnswer SpotifyAnswer(string path, IQueryCollection query)
    {
        if (path == "/v1/search")
        {
            var q = query["q"].ToString();
            var found = q.StartsWith("upc:", StringComparison.Ordinal) ? catalog.ByBarcode(q[4..], r => r.Spotify) : catalog.BySearch(q, r => r.Spotify);
            var items = found is null ? new JsonArray() : new JsonArray(stores.SpotifySearchItem(found));
            return FakeAnswer.Ok(new JsonObject
            {
                ["albums"] = new JsonObject { ["href"] = "https://api.spotify.com/v1/search", ["limit"] = 10, ["offset"] = 0, ["total"] = items.Count, ["items"] = items },
            }.ToJsonString());
        }

        return catalog.BySpotifyId(path[(path.LastIndexOf('/') + 1)..]) is { } album
            ? FakeAnswer.Ok(stores.SpotifyAlbum(album).ToJsonString())
            : new FakeAnswer(404, """{"error":{"status":404,"message":"Non existing id"}}""");
    }

    private FakeAnswer WikipediaAnswer(string path, IQueryCollection query)
    {
        const string Summary = "/api/rest_v1/page/summary/";
        if (path.StartsWith(Summary, StringComparison.Ordinal))
        {
            return catalog.ByArticleTitle(path[Summary.Length..]) is { } artist ? FakeAnswer.Ok(stores.Summary(artist)) : new FakeAnswer(404, WikiNotFound);
        }

        // A full-text search finds the article of an artist Wikipedia knows when the query names it.
        var text = query["srsearch"].ToString().Replace("\"", string.Empty, StringComparison.Ordinal).Replace(" music", string.Empty, StringComparison.Ordinal);
        return catalog.ByArticleTitle($"{text} (band)") is { } hit
            ? FakeAnswer.Ok(new JsonObject
            {
                ["batchcomplete"] = true,
                ["query"] = new JsonObject { ["searchinfo"] = new JsonObject { ["totalhits"] = 1 }, ["search"] = new JsonArray(new JsonObject { ["ns"] = 0, ["title"] = hit.ArticleTitle, ["pageid"] = hit.Id }) },
            }.ToJsonString())
            : NoHits;
    }

    private FakeAnswer WikidataAnswer(IQueryCollection query)
    {
        if (query["action"] == "wbgetentities")
        {
            var item = query["ids"].ToString();
            return FakeAnswer.Ok(catalog.EntityBody(item) ?? $$$"""{"entities":{"{{{item}}}":{"id":"{{{item}}}","missing":""}},"success":1}""");
        }

        var statement = query["srsearch"].ToString().Replace("haswbstatement:", string.Empty, StringComparison.Ordinal);
        return catalog.ItemWith(statement) is { } found
            ? FakeAnswer.Ok($$$"""{"batchcomplete":true,"query":{"searchinfo":{"totalhits":1},"search":[{"ns":0,"title":"{{{found}}}","pageid":1}]}}""")
            : NoHits;
    }

    private static int Number(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex("^/(releases|masters|artists)/([0-9]+)$")]
    private static partial Regex DiscogsResource();
}
