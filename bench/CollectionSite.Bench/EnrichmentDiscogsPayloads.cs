using System.Globalization;
using System.Text.Json.Nodes;

namespace CollectionSite.Bench;

/// <summary>
/// The Discogs bodies of an <see cref="EnrichmentCollection"/>: clones of the real recorded release, master and artist
/// bodies with the synthetic ids, titles, credits, barcodes and Wikipedia links, and collection pages shaped like the
/// recorded ones (100 per page, newest first). Built once, served as text.
/// </summary>
internal sealed class EnrichmentDiscogsPayloads
{
    public const int PerPage = 100;

    private static readonly DateTimeOffset Newest = new(2026, 1, 1, 12, 0, 0, TimeSpan.FromHours(-8));

    private readonly Dictionary<long, string> releases = [];
    private readonly Dictionary<long, string> masters = [];
    private readonly Dictionary<long, string> artists = [];
    private readonly List<string> pages = [];
    private readonly Dictionary<long, int> trackCounts = [];
    private readonly Dictionary<long, string> kinds = [];

    public EnrichmentDiscogsPayloads(EnrichmentCollection collection, string fixtures)
    {
        JsonObject Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(fixtures, file)))!.AsObject();
        JsonObject[] releaseTemplates = [.. RecordedDiscogsBodies.Releases.Select(Load)];
        JsonObject[] masterTemplates = [.. RecordedDiscogsBodies.Masters.Select(Load)];
        JsonObject[] artistTemplates = [.. RecordedDiscogsBodies.Artists.Select(Load)];
        var items = new List<JsonObject>();
        foreach (var release in collection.Releases)
        {
            var body = Release(release, (JsonObject)releaseTemplates[release.Index % releaseTemplates.Length].DeepClone());
            releases[release.Id] = body.ToJsonString();
            trackCounts[release.Id] = CountTracks(body["tracklist"]!.AsArray());
            var descriptions = body["formats"]!.AsArray().SelectMany(format => format!["descriptions"]?.AsArray() ?? []).Select(d => d!.GetValue<string>()).ToList();
            kinds[release.Id] = descriptions.Contains("Single") ? "Single" : descriptions.Contains("EP") ? "EP" : "Album";
            items.Add(Item(release, body));
        }

        foreach (var master in collection.Masters)
        {
            var main = collection.Releases[(int)(master.MainReleaseId - EnrichmentCollection.FirstReleaseId)];
            masters[master.Id] = Master(master, main, (JsonObject)masterTemplates[master.Id % 2].DeepClone()).ToJsonString();
        }

        foreach (var artist in collection.Artists)
        {
            artists[artist.Id] = Artist(artist, (JsonObject)artistTemplates[artist.Id % 3].DeepClone()).ToJsonString();
        }

        var pageCount = Math.Max(1, (items.Count + PerPage - 1) / PerPage);
        for (var page = 1; page <= pageCount; page++)
        {
            pages.Add(new JsonObject
            {
                ["pagination"] = new JsonObject { ["per_page"] = PerPage, ["items"] = items.Count, ["page"] = page, ["pages"] = pageCount, ["urls"] = new JsonObject() },
                ["releases"] = new JsonArray([.. items.Skip((page - 1) * PerPage).Take(PerPage).Select(item => item.DeepClone())]),
            }.ToJsonString());
        }
    }

    public int PageCount => pages.Count;

    /// <summary>The page's body; null past the last page (Discogs answers 404 there).</summary>
    public string? Page(int page) => page >= 1 && page <= pages.Count ? pages[page - 1] : null;

    public string? ReleaseBody(long id) => releases.GetValueOrDefault(id);

    public string? MasterBody(long id) => masters.GetValueOrDefault(id);

    public string? ArtistBody(long id) => artists.GetValueOrDefault(id);

    /// <summary>Tracks as the stores count them (rows of type "track", a suite's sub-tracks each), so their albums agree with the release.</summary>
    public int TrackCount(long releaseId) => trackCounts[releaseId];

    /// <summary>"Single", "EP" or "Album", from the release's format descriptions: what the stores call it too.</summary>
    public string Kind(long releaseId) => kinds[releaseId];

    private static int CountTracks(JsonArray tracklist) => tracklist.Sum(row => row!["sub_tracks"] is JsonArray { Count: > 0 } sub
        ? CountTracks(sub)
        : row["type_"]?.GetValue<string>() == "track" ? 1 : 0);

    private static JsonObject Credit(BenchArtist artist) => new()
    {
        ["name"] = artist.Name, ["anv"] = "", ["join"] = "", ["role"] = "", ["tracks"] = "", ["id"] = artist.Id,
        ["resource_url"] = Url($"https://api.discogs.com/artists/{artist.Id}"),
    };

    private static JsonObject Release(BenchRelease release, JsonObject body)
    {
        body["id"] = release.Id;
        body["title"] = release.Title;
        body["year"] = release.Year;
        body["released"] = release.Year.ToString(CultureInfo.InvariantCulture);
        body["artists"] = new JsonArray(Credit(release.Artist));
        body["artists_sort"] = release.Artist.Name;
        body["resource_url"] = Url($"https://api.discogs.com/releases/{release.Id}");
        body["uri"] = Url($"https://www.discogs.com/release/{release.Id}");
        body["identifiers"] = release.Barcode is { } code
            ? new JsonArray(new JsonObject { ["type"] = "Barcode", ["value"] = code }, new JsonObject { ["type"] = "Matrix / Runout", ["value"] = $"BENCH-{release.Index}-A1" })
            : new JsonArray();
        if (release.Master is { } master)
        {
            body["master_id"] = master.Id;
            body["master_url"] = Url($"https://api.discogs.com/masters/{master.Id}");
        }
        else
        {
            body.Remove("master_id");
            body.Remove("master_url");
        }

        return body;
    }

    private static JsonObject Item(BenchRelease release, JsonObject body) => new JsonObject
    {
        ["id"] = release.Id,
        ["instance_id"] = 700_000_000 + release.Index,
        ["date_added"] = Newest.AddHours(-release.Index).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["rating"] = release.Index % 6,
        ["folder_id"] = 1,
        ["basic_information"] = new JsonObject
        {
            ["id"] = release.Id,
            ["master_id"] = release.Master?.Id ?? 0,
            ["master_url"] = release.Master is { } m ? Url($"https://api.discogs.com/masters/{m.Id}") : null,
            ["resource_url"] = body["resource_url"]!.DeepClone(),
            ["thumb"] = "",
            ["cover_image"] = "",
            ["title"] = release.Title,
            ["year"] = release.Year,
            ["formats"] = body["formats"]!.DeepClone(),
            ["artists"] = body["artists"]!.DeepClone(),
            ["labels"] = new JsonArray([.. body["labels"]!.AsArray().Select(label => (JsonNode)new JsonObject
            {
                ["name"] = label!["name"]!.DeepClone(), ["catno"] = label["catno"]!.DeepClone(), ["entity_type"] = "1", ["entity_type_name"] = "Label",
                ["id"] = label["id"]!.DeepClone(), ["resource_url"] = label["resource_url"]!.DeepClone(),
            })]),
            ["genres"] = body["genres"]!.DeepClone(),
            ["styles"] = body["styles"]?.DeepClone() ?? new JsonArray(),
        },
    };

    private static JsonObject Master(BenchMaster master, BenchRelease main, JsonObject body)
    {
        body["id"] = master.Id;
        body["title"] = main.Title;
        body["year"] = main.Year;
        body["main_release"] = main.Id;
        body["main_release_url"] = Url($"https://api.discogs.com/releases/{main.Id}");
        body["resource_url"] = Url($"https://api.discogs.com/masters/{master.Id}");
        body["versions_url"] = Url($"https://api.discogs.com/masters/{master.Id}/versions");
        body["uri"] = Url($"https://www.discogs.com/master/{master.Id}");
        body["artists"] = new JsonArray(Credit(main.Artist));
        return body;
    }

    private static JsonObject Artist(BenchArtist artist, JsonObject body)
    {
        body["id"] = artist.Id;
        body["name"] = artist.Name;
        body["namevariations"] = new JsonArray(artist.Name.Replace("The ", string.Empty, StringComparison.Ordinal));
        body["resource_url"] = Url($"https://api.discogs.com/artists/{artist.Id}");
        body["releases_url"] = Url($"https://api.discogs.com/artists/{artist.Id}/releases");
        body["uri"] = Url($"https://www.discogs.com/artist/{artist.Id}");
        var urls = new JsonArray(Url($"https://band-{artist.Id}.example.com/"));
        if (artist.Wikipedia == ArticleAnswer.Link)
        {
            urls.Add("https://en.wikipedia.org/wiki/" + artist.ArticleTitle!.Replace(' ', '_'));
        }

        body["urls"] = urls;
        return body;
    }

    private static string Url(FormattableString url) => url.ToString(CultureInfo.InvariantCulture);
}
