using System.Text.Json.Nodes;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// Builds collections of any size from the real recorded bodies: each generated release, master and artist is a
/// clone of a real one with new ids, titles and credits, so every field the client meets has a real shape.
/// </summary>
public sealed partial class FakeDiscogsData
{
    public const long FirstInstanceId = 100_000_001;
    public const long FirstReleaseId = 9_000_001;
    public const long FirstMasterId = 7_000_001;
    public const long FirstArtistId = 5_000_001;

    private static readonly DateTimeOffset NewestGenerated = new(2026, 1, 1, 12, 0, 0, TimeSpan.FromHours(-7));

    private static readonly Lazy<string[]> ReleaseTemplates = new(() =>
        [Fixture("release_249504.json"), Fixture("release_6145364_modern_auth_2023.json")]);

    private static readonly Lazy<string[]> MasterTemplates = new(() =>
        [Fixture("master_1000.json"), Fixture("master_33687_ricbra_2014.json")]);

    private static readonly Lazy<string[]> ArtistTemplates = new(() =>
        [Fixture("artist_108713.json"), Fixture("artist_45_ricbra_2014.json"), Fixture("artist_2_joalla_no_images_members.json")]);

    /// <summary>
    /// A collection of <paramref name="items"/> copies, newest first, over exactly <paramref name="distinctMasters"/>
    /// masters and <paramref name="distinctArtists"/> artists (when there are enough items). About
    /// <paramref name="withoutMasterShare"/> of the releases belong to no master (<c>master_id</c> 0 in the listing, no
    /// key in the release) and one in ten has year 0, as on Discogs. Same arguments, same data. Pass
    /// <c>withDetails: false</c> to build the listing only (release, master and artist bodies cost time).
    /// </summary>
    public static FakeDiscogsData Generate(
        int items,
        int distinctMasters,
        int distinctArtists,
        int seed = 1,
        double withoutMasterShare = 0.1,
        bool withDetails = true,
        string username = "example")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(distinctMasters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(distinctArtists);
        var random = new Random(seed);
        var data = new FakeDiscogsData(username);
        var mainReleases = new Dictionary<long, (long ReleaseId, long ArtistId)>();
        var nextMaster = 0;
        var collectionItems = new List<string>(items);
        for (var i = 0; i < items; i++)
        {
            var artistId = FirstArtistId + (i % distinctArtists);
            long? masterId = random.NextDouble() < withoutMasterShare ? null : FirstMasterId + (nextMaster++ % distinctMasters);
            var release = BuildRelease(i, FirstReleaseId + i, masterId, artistId, random);
            collectionItems.Add(BuildItem(release, FirstInstanceId + i, NewestGenerated.AddHours(-i), random.Next(0, 6)));
            if (masterId is { } m)
            {
                mainReleases.TryAdd(m, (FirstReleaseId + i, artistId));
            }

            if (withDetails)
            {
                data.SetRelease(FirstReleaseId + i, release.ToJsonString());
            }
        }

        data.AddToCollection(collectionItems);
        if (withDetails)
        {
            foreach (var (masterId, main) in mainReleases)
            {
                data.SetMaster(masterId, BuildMaster(masterId, main.ReleaseId, main.ArtistId).ToJsonString());
            }

            for (var a = 0; a < distinctArtists; a++)
            {
                data.SetArtist(FirstArtistId + a, BuildArtist(FirstArtistId + a).ToJsonString());
            }
        }

        return data;
    }

    /// <summary>New copies for <see cref="AddNewestItems"/>: newest first, dated after everything generated, with release bodies.</summary>
    private List<string> GenerateItems(int count, long firstInstanceId, int seed)
    {
        var random = new Random(seed);
        var items = new List<string>(count);
        for (var k = count - 1; k >= 0; k--)
        {
            var instanceId = firstInstanceId + k;
            var releaseId = instanceId + 800_000_000;
            var release = BuildRelease((int)(instanceId - FirstInstanceId), releaseId, null, FirstArtistId, random);
            items.Add(BuildItem(release, instanceId, NewestGenerated.AddHours(instanceId - FirstInstanceId), 0));
            SetRelease(releaseId, release.ToJsonString());
        }

        return items;
    }

    private static JsonObject BuildRelease(int index, long releaseId, long? masterId, long artistId, Random random)
    {
        // One in four is the large modern body (per-track credits, signed image URLs), the rest the docs example.
        var release = Clone(ReleaseTemplates.Value[index % 4 == 3 ? 1 : 0]);
        var title = Invariant($"Generated Release {index:D5}");
        release["id"] = releaseId;
        release["title"] = title;
        release["resource_url"] = Invariant($"https://api.discogs.com/releases/{releaseId}");
        release["uri"] = Invariant($"https://www.discogs.com/release/{releaseId}-Generated-Release-{index:D5}");
        release["artists"] = new JsonArray(Credit(artistId));
        if (release.ContainsKey("artists_sort"))
        {
            release["artists_sort"] = ArtistName(artistId);
        }

        release["year"] = random.Next(10) == 0 ? 0 : random.Next(1960, 2025);
        if (masterId is { } m)
        {
            release["master_id"] = m;
            release["master_url"] = Invariant($"https://api.discogs.com/masters/{m}");
        }
        else
        {
            release.Remove("master_id");
            release.Remove("master_url");
        }

        return release;
    }

    private static string BuildItem(JsonObject release, long instanceId, DateTimeOffset added, int rating)
    {
        var releaseId = release["id"]!.GetValue<long>();
        var masterId = release["master_id"]?.GetValue<long>();
        var labels = new JsonArray();
        foreach (var label in release["labels"]!.AsArray())
        {
            labels.Add(new JsonObject
            {
                ["name"] = label!["name"]!.DeepClone(),
                ["catno"] = label["catno"]!.DeepClone(),
                ["entity_type"] = "1",
                ["entity_type_name"] = "Label",
                ["id"] = label["id"]!.DeepClone(),
                ["resource_url"] = label["resource_url"]!.DeepClone(),
            });
        }

        var basic = new JsonObject
        {
            ["id"] = releaseId,
            ["master_id"] = masterId ?? 0,
            ["master_url"] = masterId is { } m ? Invariant($"https://api.discogs.com/masters/{m}") : null,
            ["resource_url"] = release["resource_url"]!.DeepClone(),
            ["thumb"] = release["thumb"]!.DeepClone(),
            ["cover_image"] = release["images"]?[0]?["uri"]?.DeepClone() ?? string.Empty,
            ["title"] = release["title"]!.DeepClone(),
            ["year"] = release["year"]!.DeepClone(),
            ["formats"] = release["formats"]!.DeepClone(),
            ["artists"] = release["artists"]!.DeepClone(),
            ["labels"] = labels,
            ["genres"] = release["genres"]!.DeepClone(),
            ["styles"] = release["styles"]!.DeepClone(),
        };
        return new JsonObject
        {
            ["id"] = releaseId,
            ["instance_id"] = instanceId,
            ["date_added"] = added.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["rating"] = rating,
            ["basic_information"] = basic,
            ["folder_id"] = 1,
            ["notes"] = new JsonArray(),
        }.ToJsonString();
    }

    private static JsonObject BuildMaster(long masterId, long mainReleaseId, long artistId)
    {
        var master = Clone(MasterTemplates.Value[(int)(masterId % 2)]);
        master["id"] = masterId;
        master["title"] = Invariant($"Generated Master {masterId - FirstMasterId:D5}");
        master["main_release"] = mainReleaseId;
        master["main_release_url"] = Invariant($"https://api.discogs.com/releases/{mainReleaseId}");
        master["versions_url"] = Invariant($"https://api.discogs.com/masters/{masterId}/versions");
        master["resource_url"] = Invariant($"https://api.discogs.com/masters/{masterId}");
        master["uri"] = Invariant($"https://www.discogs.com/master/{masterId}");
        master["artists"] = new JsonArray(Credit(artistId));
        return master;
    }

    private static JsonObject BuildArtist(long artistId)
    {
        var artist = Clone(ArtistTemplates.Value[(int)(artistId % 3)]);
        artist["id"] = artistId;
        artist["name"] = ArtistName(artistId);
        artist["resource_url"] = Invariant($"https://api.discogs.com/artists/{artistId}");
        artist["releases_url"] = Invariant($"https://api.discogs.com/artists/{artistId}/releases");
        artist["uri"] = Invariant($"https://www.discogs.com/artist/{artistId}");
        return artist;
    }

    private static JsonObject Credit(long artistId) => new()
    {
        ["name"] = ArtistName(artistId),
        ["anv"] = string.Empty,
        ["join"] = string.Empty,
        ["role"] = string.Empty,
        ["tracks"] = string.Empty,
        ["id"] = artistId,
        ["resource_url"] = Invariant($"https://api.discogs.com/artists/{artistId}"),
    };

    /// <summary>Every seventh name carries Discogs' numeric disambiguation suffix.</summary>
    private static string ArtistName(long artistId)
    {
        var n = artistId - FirstArtistId;
        return n % 7 == 3 ? Invariant($"Generated Artist {n} (2)") : Invariant($"Generated Artist {n}");
    }

    private static string Fixture(string name) => TestPaths.ReadFixture("discogs", name);

    /// <summary>Templates stay strings: a parsed JsonNode materialises lazily and is not safe to share between threads.</summary>
    private static JsonObject Clone(string template) => JsonNode.Parse(template)!.AsObject();
}
