using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// The fake's data set, as raw JSON strings so that real recorded bodies are served byte for byte. The collection
/// list is served in stored order (Discogs' "added, newest first" order is the caller's job: the generator and the
/// fixtures already are). Thread-safe: tests may change it while a client is listing.
/// </summary>
public sealed partial class FakeDiscogsData
{
    private readonly List<(long InstanceId, string Json)> collection = [];
    private readonly Dictionary<long, string> releases = [];
    private readonly Dictionary<long, string> masters = [];
    private readonly Dictionary<long, string> artists = [];
    private readonly Lock gate = new();
    private string identityJson;

    public FakeDiscogsData(string username = "example", long userId = 1)
    {
        Username = username;
        identityJson = new JsonObject
        {
            ["id"] = userId,
            ["username"] = username,
            ["resource_url"] = $"https://api.discogs.com/users/{username}",
            ["consumer_name"] = "CollectionSite tests",
        }.ToJsonString();
    }

    /// <summary>The collection owner: the only user whose collection the fake knows.</summary>
    public string Username { get; }

    /// <summary>Body of GET /oauth/identity.</summary>
    public string IdentityJson
    {
        get
        {
            lock (gate)
            {
                return identityJson;
            }
        }

        set
        {
            lock (gate)
            {
                identityJson = value;
            }
        }
    }

    public int CollectionCount
    {
        get
        {
            lock (gate)
            {
                return collection.Count;
            }
        }
    }

    /// <summary>Instance ids in served order.</summary>
    public IReadOnlyList<long> InstanceIds()
    {
        lock (gate)
        {
            return collection.Select(i => i.InstanceId).ToList();
        }
    }

    /// <summary>The collection items' JSON in served order.</summary>
    public IReadOnlyList<string> CollectionSnapshot()
    {
        lock (gate)
        {
            return collection.Select(i => i.Json).ToList();
        }
    }

    /// <summary>Inserts items at <paramref name="index"/> (0: newest, where Discogs puts a record just added).</summary>
    public void InsertIntoCollection(int index, IEnumerable<string> items)
    {
        var parsed = items.Select(json => (InstanceIdOf(json), json)).ToList();
        lock (gate)
        {
            collection.InsertRange(index, parsed);
        }
    }

    public void AddToCollection(IEnumerable<string> items)
    {
        lock (gate)
        {
            InsertIntoCollection(collection.Count, items);
        }
    }

    public void ReplaceCollection(IEnumerable<string> items)
    {
        lock (gate)
        {
            collection.Clear();
            AddToCollection(items);
        }
    }

    /// <summary>Removes <paramref name="count"/> items starting at <paramref name="index"/> (a copy sold or deleted).</summary>
    public void RemoveFromCollection(int index, int count)
    {
        lock (gate)
        {
            collection.RemoveRange(index, count);
        }
    }

    /// <summary>Adds <paramref name="count"/> newly generated copies at the top, as if just bought; returns their instance ids.</summary>
    public IReadOnlyList<long> AddNewestItems(int count, int seed = 7)
    {
        lock (gate)
        {
            var firstInstanceId = collection.Count == 0 ? FirstInstanceId : collection.Max(i => i.InstanceId) + 1;
            var items = GenerateItems(count, firstInstanceId, seed);
            InsertIntoCollection(0, items);
            return collection.Take(count).Select(i => i.InstanceId).ToList();
        }
    }

    public void SetRelease(long id, string json) => Set(releases, id, json);

    public void SetMaster(long id, string json) => Set(masters, id, json);

    public void SetArtist(long id, string json) => Set(artists, id, json);

    public bool RemoveRelease(long id) => Remove(releases, id);

    public bool RemoveMaster(long id) => Remove(masters, id);

    public bool RemoveArtist(long id) => Remove(artists, id);

    public string? Release(long id) => Get(releases, id);

    public string? Master(long id) => Get(masters, id);

    public string? Artist(long id) => Get(artists, id);

    public IReadOnlyList<long> ReleaseIds() => Ids(releases);

    public IReadOnlyList<long> MasterIds() => Ids(masters);

    public IReadOnlyList<long> ArtistIds() => Ids(artists);

    /// <summary>
    /// Every real recorded payload: the 500-item collection (a plain array in the fixture) as the collection, and each
    /// release_*, master_* and artist_* body under its own id (release 1 exists twice; the 2014 capture wins).
    /// </summary>
    public static FakeDiscogsData LoadRealFixtures(string username = "example")
    {
        var data = new FakeDiscogsData(username);
        var items = JsonNode.Parse(TestPaths.ReadFixture("discogs", "collection_releases_items_500_modern_jayjones_2023.json"))!.AsArray();
        data.AddToCollection(items.Select(i => i!.ToJsonString()));
        foreach (var path in Directory.GetFiles(Path.Combine(TestPaths.RealFixtures, "discogs"), "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var json = File.ReadAllText(path);
            if (name.StartsWith("release_", StringComparison.Ordinal))
            {
                data.SetRelease(IdOf(json), json);
            }
            else if (name.StartsWith("master_", StringComparison.Ordinal) && !name.Contains("_versions_", StringComparison.Ordinal))
            {
                data.SetMaster(IdOf(json), json);
            }
            else if (name.StartsWith("artist_", StringComparison.Ordinal))
            {
                data.SetArtist(IdOf(json), json);
            }
        }

        return data;
    }

    internal static long IdOf(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("id").GetInt64();
    }

    private static long InstanceIdOf(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("instance_id").GetInt64();
    }

    private void Set(Dictionary<long, string> map, long id, string json)
    {
        lock (gate)
        {
            map[id] = json;
        }
    }

    private bool Remove(Dictionary<long, string> map, long id)
    {
        lock (gate)
        {
            return map.Remove(id);
        }
    }

    private string? Get(Dictionary<long, string> map, long id)
    {
        lock (gate)
        {
            return map.GetValueOrDefault(id);
        }
    }

    private List<long> Ids(Dictionary<long, string> map)
    {
        lock (gate)
        {
            return map.Keys.Order().ToList();
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
