using System.Text.Json.Nodes;
using CollectionSite.Clients.Http;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Matching.Fakes;

namespace CollectionSite.Tests.Matching.LabelledSet;

/// <summary>One labelled release: the Discogs release (and master), what each store holds, Wikidata's answer, and the true album per store (null: none).</summary>
public sealed record ReleaseCase(
    string Id,
    IReadOnlyList<string> Tags,
    Release Release,
    Master? Master,
    string? SearchTerm,
    InMemoryAppleMusicApi Apple,
    InMemorySpotifyApi Spotify,
    InMemoryWikidataApi Wikidata,
    string? ExpectedApple,
    string? ExpectedSpotify);

/// <summary>One labelled artist: the Discogs artist, the Wikipedia pages and search results there are, Wikidata's answer, the true article (null: none).</summary>
public sealed record ArtistCase(
    string Id,
    IReadOnlyList<string> Tags,
    Artist Artist,
    string? SearchTerm,
    InMemoryWikipediaApi Wikipedia,
    InMemoryWikidataApi Wikidata,
    string? Expected);

/// <summary>Reads the labelled matching set in TestData/matching (releases.json, artists.json).</summary>
public static class LabelledCases
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "CollectionSite.Tests", "TestData", "matching");

    public static IReadOnlyList<ReleaseCase> Releases() =>
        [.. Read("releases.json").Select(node => Release(node!))];

    public static IReadOnlyList<ArtistCase> Artists() =>
        [.. Read("artists.json").Select(node => Artist(node!))];

    private static JsonArray Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsArray();

    private static ReleaseCase Release(JsonNode node)
    {
        var apple = new InMemoryAppleMusicApi();
        foreach (var item in node["apple"]!.AsArray())
        {
            apple.Add(StorePayloads.Apple(item!), StorePayloads.Searchable(item!));
        }

        var spotify = new InMemorySpotifyApi();
        foreach (var item in node["spotify"]!.AsArray())
        {
            spotify.Add(StorePayloads.Spotify(item!), StorePayloads.Searchable(item!));
        }

        var master = DiscogsPayloads.Master(node["master"]);
        var wikidata = Wikidata(node["wikidata"]);
        if (node["wikidata"]?["master"] is { } crossReference && master is not null)
        {
            wikidata.Masters[master.Id] = new CrossReference("Q1", null, (string?)crossReference["apple_music_id"], (string?)crossReference["spotify_id"]);
        }

        return new ReleaseCase(
            (string)node["id"]!,
            Tags(node),
            DiscogsPayloads.Release(node["discogs"]!),
            master,
            (string?)node["search_term"],
            apple,
            spotify,
            wikidata,
            (string?)node["expected"]!["apple"],
            (string?)node["expected"]!["spotify"]);
    }

    private static ArtistCase Artist(JsonNode node)
    {
        var wikipedia = new InMemoryWikipediaApi();
        foreach (var (_, summary) in node["summaries"]!.AsObject())
        {
            wikipedia.Add(StorePayloads.Wikipedia(summary!));
        }

        foreach (var (from, to) in node["redirects"]?.AsObject() ?? [])
        {
            wikipedia.Redirects[from] = (string)to!;
        }

        wikipedia.SearchResults.AddRange((node["search"]?.AsArray() ?? []).Select(title => (string)title!));
        var artist = DiscogsPayloads.Artist(node["discogs"]!);
        var wikidata = Wikidata(node["wikidata"]);
        if ((string?)node["wikidata"]?["wikipedia_title"] is { } title)
        {
            wikidata.Artists[artist.Id] = new CrossReference("Q1", title, null, null);
        }

        return new ArtistCase((string)node["id"]!, Tags(node), artist, (string?)node["search_term"], wikipedia, wikidata, (string?)node["expected"]);
    }

    private static InMemoryWikidataApi Wikidata(JsonNode? node) =>
        new() { Failure = (bool?)node?["fails"] == true ? new RemoteApiException("Wikidata: GET /w/api.php answered 503 Service Unavailable") : null };

    private static List<string> Tags(JsonNode node) => [.. (node["tags"]?.AsArray() ?? []).Select(tag => (string)tag!)];
}
