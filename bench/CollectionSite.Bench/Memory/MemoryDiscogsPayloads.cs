using System.Globalization;
using System.Text.Json.Nodes;

namespace CollectionSite.Bench;

/// <summary>
/// The Discogs bodies of an <see cref="EnrichmentCollection"/>, made on request from the real recorded release, master and
/// artist bodies (the same three, two and three the enrichment benchmark clones, so payload sizes are real: 6 to 54 KB a
/// release) with the synthetic ids, titles, years, credits, barcodes and master links; collection pages of 100, newest
/// first, shaped like the recorded ones. Nothing per release is held, so the fake stays small at 50,000 releases.
/// </summary>
internal sealed class MemoryDiscogsPayloads
{
    public const int PerPage = 100;

    private static readonly DateTimeOffset Newest = new(2026, 1, 1, 12, 0, 0, TimeSpan.FromHours(-8));
    private static readonly string[] ReleaseFields = ["id", "title", "year", "released", "artists", "artists_sort", "resource_url", "uri", "identifiers", "master_id", "master_url"];
    private static readonly string[] MasterFields = ["id", "title", "year", "main_release", "main_release_url", "resource_url", "versions_url", "uri", "artists"];
    private static readonly string[] ArtistFields = ["id", "name", "namevariations", "resource_url", "releases_url", "uri", "urls"];

    private readonly EnrichmentCollection collection;
    private readonly Dictionary<long, BenchMaster> masters;
    private readonly Dictionary<long, BenchArtist> artists;
    private readonly (JsonBodyTemplate WithMaster, JsonBodyTemplate WithoutMaster, JsonObject Summary)[] releaseTemplates;
    private readonly JsonBodyTemplate[] masterTemplates;
    private readonly JsonBodyTemplate[] artistTemplates;

    public MemoryDiscogsPayloads(EnrichmentCollection collection, string fixtures)
    {
        JsonObject Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(fixtures, file)))!.AsObject();
        this.collection = collection;
        masters = collection.Masters.ToDictionary(master => master.Id);
        artists = collection.Artists.ToDictionary(artist => artist.Id);
        releaseTemplates = [.. RecordedDiscogsBodies.Releases.Select(Load)
            .Select(body => (JsonBodyTemplate.Of(body, ReleaseFields), JsonBodyTemplate.Of(body, ReleaseFields[..^2], "master_id", "master_url"), Summary(body)))];
        masterTemplates = [.. RecordedDiscogsBodies.Masters.Select(file => JsonBodyTemplate.Of(Load(file), MasterFields))];
        artistTemplates = [.. RecordedDiscogsBodies.Artists.Select(file => JsonBodyTemplate.Of(Load(file), ArtistFields))];
    }

    public int PageCount => Math.Max(1, (collection.Releases.Count + PerPage - 1) / PerPage);

    /// <summary>Collection page <paramref name="page"/> (1-based); null past the last page (Discogs answers 404 there).</summary>
    public string? Page(int page)
    {
        if (page < 1 || page > PageCount)
        {
            return null;
        }

        var items = collection.Releases.Skip((page - 1) * PerPage).Take(PerPage).Select(Item);
        return new JsonObject
        {
            ["pagination"] = new JsonObject { ["per_page"] = PerPage, ["items"] = collection.Releases.Count, ["page"] = page, ["pages"] = PageCount, ["urls"] = new JsonObject() },
            ["releases"] = new JsonArray([.. items]),
        }.ToJsonString();
    }

    public string? ReleaseBody(long id)
    {
        var index = id - EnrichmentCollection.FirstReleaseId;
        if (index < 0 || index >= collection.Releases.Count)
        {
            return null;
        }

        var release = collection.Releases[(int)index];
        var (withMaster, withoutMaster, _) = releaseTemplates[release.Index % releaseTemplates.Length];
        var values = new Dictionary<string, string>
        {
            ["id"] = Raw(release.Id),
            ["title"] = Raw(release.Title),
            ["year"] = Raw(release.Year),
            ["released"] = Raw(release.Year.ToString(CultureInfo.InvariantCulture)),
            ["artists"] = new JsonArray(Credit(release.Artist)).ToJsonString(),
            ["artists_sort"] = Raw(release.Artist.Name),
            ["resource_url"] = Raw(Url($"https://api.discogs.com/releases/{release.Id}")),
            ["uri"] = Raw(Url($"https://www.discogs.com/release/{release.Id}")),
            ["identifiers"] = Identifiers(release).ToJsonString(),
        };
        if (release.Master is not { } master)
        {
            return withoutMaster.Fill(values);
        }

        values["master_id"] = Raw(master.Id);
        values["master_url"] = Raw(Url($"https://api.discogs.com/masters/{master.Id}"));
        return withMaster.Fill(values);
    }

    public string? MasterBody(long id)
    {
        if (!masters.TryGetValue(id, out var master))
        {
            return null;
        }

        var main = collection.Releases[(int)(master.MainReleaseId - EnrichmentCollection.FirstReleaseId)];
        return masterTemplates[master.Id % masterTemplates.Length].Fill(new Dictionary<string, string>
        {
            ["id"] = Raw(master.Id),
            ["title"] = Raw(main.Title),
            ["year"] = Raw(main.Year),
            ["main_release"] = Raw(main.Id),
            ["main_release_url"] = Raw(Url($"https://api.discogs.com/releases/{main.Id}")),
            ["resource_url"] = Raw(Url($"https://api.discogs.com/masters/{master.Id}")),
            ["versions_url"] = Raw(Url($"https://api.discogs.com/masters/{master.Id}/versions")),
            ["uri"] = Raw(Url($"https://www.discogs.com/master/{master.Id}")),
            ["artists"] = new JsonArray(Credit(main.Artist)).ToJsonString(),
        });
    }

    public string? ArtistBody(long id)
    {
        if (!artists.TryGetValue(id, out var artist))
        {
            return null;
        }

        var urls = new JsonArray(Url($"https://band-{artist.Id}.example.com/"));
        if (artist.Wikipedia == ArticleAnswer.Link)
        {
            urls.Add("https://en.wikipedia.org/wiki/" + artist.ArticleTitle!.Replace(' ', '_'));
        }

        return artistTemplates[artist.Id % artistTemplates.Length].Fill(new Dictionary<string, string>
        {
            ["id"] = Raw(artist.Id),
            ["name"] = Raw(artist.Name),
            ["namevariations"] = new JsonArray(artist.Name.Replace("The ", string.Empty, StringComparison.Ordinal)).ToJsonString(),
            ["resource_url"] = Raw(Url($"https://api.discogs.com/artists/{artist.Id}")),
            ["releases_url"] = Raw(Url($"https://api.discogs.com/artists/{artist.Id}/releases")),
            ["uri"] = Raw(Url($"https://www.discogs.com/artist/{artist.Id}")),
            ["urls"] = urls.ToJsonString(),
        });
    }

    /// <summary>The listing's basic_information parts that come from the recorded body: formats, labels, genres, styles.</summary>
    private static JsonObject Summary(JsonObject body) => new()
    {
        ["formats"] = body["formats"]!.DeepClone(),
        ["labels"] = new JsonArray([.. body["labels"]!.AsArray().Select(label => (JsonNode)new JsonObject
        {
            ["name"] = label!["name"]!.DeepClone(), ["catno"] = label["catno"]!.DeepClone(), ["entity_type"] = "1", ["entity_type_name"] = "Label",
            ["id"] = label["id"]!.DeepClone(), ["resource_url"] = label["resource_url"]!.DeepClone(),
        })]),
        ["genres"] = body["genres"]!.DeepClone(),
        ["styles"] = body["styles"]?.DeepClone() ?? new JsonArray(),
    };

    private JsonNode Item(BenchRelease release)
    {
        var summary = releaseTemplates[release.Index % releaseTemplates.Length].Summary;
        return new JsonObject
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
                ["resource_url"] = Url($"https://api.discogs.com/releases/{release.Id}"),
                ["thumb"] = "",
                ["cover_image"] = "",
                ["title"] = release.Title,
                ["year"] = release.Year,
                ["formats"] = summary["formats"]!.DeepClone(),
                ["artists"] = new JsonArray(Credit(release.Artist)),
                ["labels"] = summary["labels"]!.DeepClone(),
                ["genres"] = summary["genres"]!.DeepClone(),
                ["styles"] = summary["styles"]!.DeepClone(),
            },
        };
    }

    private static JsonArray Identifiers(BenchRelease release) => release.Barcode is { } code
        ? new JsonArray(new JsonObject { ["type"] = "Barcode", ["value"] = code }, new JsonObject { ["type"] = "Matrix / Runout", ["value"] = $"BENCH-{release.Index}-A1" })
        : new JsonArray();

    private static JsonObject Credit(BenchArtist artist) => new()
    {
        ["name"] = artist.Name, ["anv"] = "", ["join"] = "", ["role"] = "", ["tracks"] = "", ["id"] = artist.Id,
        ["resource_url"] = Url($"https://api.discogs.com/artists/{artist.Id}"),
    };

    private static string Raw(string text) => JsonValue.Create(text).ToJsonString();

    private static string Raw(long number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Url(FormattableString url) => url.ToString(CultureInfo.InvariantCulture);
}
