using System.Globalization;
using System.Text.Json.Nodes;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Reliability;

/// <summary>One release of the storm's collection as the enrichment stubs know it.</summary>
public sealed record StormRelease(int Index, long Id, string Title, string Artist, string Upc);

/// <summary>
/// The storm's Discogs collection: generated from the real recorded bodies (<see cref="FakeDiscogsData.Generate"/>), then
/// given what enrichment and artwork need per item, so that every fault lands on one known item: a valid UPC barcode per
/// release, its own Discogs image URLs per release and artist, and each artist's own Wikipedia link.
/// </summary>
public static class FaultStormData
{
    public const int Releases = 16;
    public const int Masters = 8;
    public const int Artists = 6;

    public static (FakeDiscogsData Data, IReadOnlyList<StormRelease> Releases) Build()
    {
        var data = FakeDiscogsData.Generate(Releases, Masters, Artists, seed: 14);
        var releases = new List<StormRelease>();
        foreach (var (id, index) in data.ReleaseIds().Order().Select((id, index) => (id, index)))
        {
            var release = JsonNode.Parse(data.Release(id)!)!.AsObject();
            var upc = Upc(index);
            release["identifiers"] = new JsonArray(new JsonObject { ["type"] = "Barcode", ["value"] = upc });
            release["images"] = new JsonArray(Image("primary", $"R-{id}-1.jpeg"), Image("secondary", $"R-{id}-2.jpeg"));
            data.SetRelease(id, release.ToJsonString());
            releases.Add(new StormRelease(index, id, release["title"]!.GetValue<string>(), release["artists"]![0]!["name"]!.GetValue<string>(), upc));
        }

        foreach (var id in data.ArtistIds())
        {
            var artist = JsonNode.Parse(data.Artist(id)!)!.AsObject();
            artist["urls"] = new JsonArray((JsonNode)$"https://en.wikipedia.org/wiki/{WikipediaTitle(id)}");
            artist["images"] = new JsonArray(Image("primary", $"A-{id}.jpeg"));
            data.SetArtist(id, artist.ToJsonString());
        }

        return (data, releases);
    }

    /// <summary>"Generated_Artist_3": the article of artist <paramref name="artistId"/> (its name without Discogs' "(2)").</summary>
    public static string WikipediaTitle(long artistId) =>
        string.Create(CultureInfo.InvariantCulture, $"Generated_Artist_{artistId - FakeDiscogsData.FirstArtistId}");

    /// <summary>A UPC-A with a valid check digit, distinct per index.</summary>
    private static string Upc(int index)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"07464{index + 100:D6}");
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 3 : 1)).Sum();
        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static JsonObject Image(string type, string file) => new()
    {
        ["type"] = type,
        ["uri"] = $"https://i.discogs.com/storm/{file}",
        ["resource_url"] = $"https://i.discogs.com/storm/{file}",
        ["uri150"] = $"https://i.discogs.com/storm/150/{file}",
        ["width"] = 600,
        ["height"] = 600,
    };
}
