using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CollectionSite.Hosting;
using CollectionSite.Storage;
using CollectionSite.Tests.EndToEnd;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// Every API but Discogs as a stub host answering like the real one for the storm's collection: Apple Music knows the
/// even releases by barcode, Spotify two in three, Wikipedia every artist's linked article (with a thumbnail on
/// upload.wikimedia.org), Wikidata nothing; the image hosts serve one real JPEG for every URL. Spotify's token endpoint
/// mints a new secret-looking token per request, and every bearer token sent is remembered for the secret check.
/// </summary>
public sealed class FaultStormHosts
{
    public static readonly byte[] Jpeg = File.ReadAllBytes(
        Path.Combine(TestPaths.RepositoryRoot, "tests", "CollectionSite.Tests", "Rendering", "Skeleton", "TestData", "cover.jpg"));

    private readonly Dictionary<string, StormRelease> byUpc;
    private int tokens;

    public FaultStormHosts(IReadOnlyList<StormRelease> releases)
    {
        byUpc = releases.ToDictionary(r => r.Upc);
        Apple = new StubHost(AppleAnswer);
        Spotify = new StubHost(SpotifyAnswer);
        SpotifyAccounts = new StubHost(_ => StubHost.Json(
            $$"""{"access_token":"BQDstorm{{Interlocked.Increment(ref tokens)}}-access-7Hk2pQ","token_type":"Bearer","expires_in":3600}"""));
        Wikipedia = new StubHost(WikipediaAnswer);
        Wikidata = new StubHost(request => Uri.UnescapeDataString(request.RequestUri!.PathAndQuery).Contains("list=search", StringComparison.Ordinal)
            ? StubHost.Json("""{"batchcomplete":true,"query":{"search":[]}}""")
            : StubHost.Json("""{"entities":{}}"""));
        Images = new StubHost(_ => Image(Jpeg, "image/jpeg"));
    }

    public StubHost Apple { get; }

    public StubHost Spotify { get; }

    public StubHost SpotifyAccounts { get; }

    public StubHost Wikipedia { get; }

    public StubHost Wikidata { get; }

    /// <summary>i.discogs.com, *.mzstatic.com and upload.wikimedia.org at once (paths tell them apart).</summary>
    public StubHost Images { get; }

    public IEnumerable<StubHost> All => [Apple, Spotify, SpotifyAccounts, Wikipedia, Wikidata, Images];

    /// <summary>Every bearer token any request carried (Apple's developer tokens, Spotify's access tokens).</summary>
    public IReadOnlyList<string> BearerTokens => [.. new[] { Apple, Spotify }
        .SelectMany(h => h.Handler.Requests)
        .Select(r => r.Headers.GetValueOrDefault("Authorization"))
        .OfType<string>()
        .Where(v => v.StartsWith("Bearer ", StringComparison.Ordinal))
        .Select(v => v["Bearer ".Length..])
        .Distinct(StringComparer.Ordinal)];

    public StubHost For(string client) => client switch
    {
        EnrichmentSources.AppleMusic => Apple,
        EnrichmentSources.Spotify => Spotify,
        EnrichmentClients.SpotifyAccounts => SpotifyAccounts,
        EnrichmentSources.Wikipedia => Wikipedia,
        _ => Wikidata,
    };

    public static bool AppleKnows(StormRelease release) => release.Index % 2 == 0;

    public static bool SpotifyKnows(StormRelease release) => release.Index % 3 != 2;

    public void ClearFaults()
    {
        foreach (var host in All)
        {
            host.ClearFaults();
        }
    }

    public static HttpResponseMessage Image(byte[] body, string? mediaType, HttpStatusCode status = HttpStatusCode.OK)
    {
        var content = new ByteArrayContent(body);
        if (mediaType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        }

        return new HttpResponseMessage(status) { Content = content };
    }

    private HttpResponseMessage AppleAnswer(HttpRequestMessage request)
    {
        var target = Uri.UnescapeDataString(request.RequestUri!.PathAndQuery);
        if (target.Contains("/albums?filter[upc]=", StringComparison.Ordinal))
        {
            var upc = target[(target.LastIndexOf('=') + 1)..];
            var release = byUpc.GetValueOrDefault(upc) ?? byUpc.GetValueOrDefault(upc.TrimStart('0').PadLeft(12, '0'));
            return StubHost.Json(release is not null && AppleKnows(release) ? $$"""{"data":[{{AppleAlbum(release)}}]}""" : """{"data":[]}""");
        }

        return target.Contains("/search", StringComparison.Ordinal)
            ? StubHost.Json("""{"results":{}}""")
            : StubHost.Json("""{"errors":[{"status":"404","title":"Resource Not Found"}]}""", HttpStatusCode.NotFound);
    }

    private HttpResponseMessage SpotifyAnswer(HttpRequestMessage request)
    {
        var query = Uri.UnescapeDataString(request.RequestUri!.Query);
        var release = byUpc.Values.FirstOrDefault(r => query.Contains($"upc:{r.Upc}", StringComparison.Ordinal) || query.Contains($"upc:0{r.Upc}", StringComparison.Ordinal));
        if (!request.RequestUri.AbsolutePath.EndsWith("/v1/search", StringComparison.Ordinal))
        {
            return StubHost.Json("""{"error":{"status":404,"message":"Non existing id"}}""", HttpStatusCode.NotFound);
        }

        return StubHost.Json(release is not null && SpotifyKnows(release)
            ? $$$"""{"albums":{"items":[{{{SpotifyAlbum(release)}}}],"total":1}}"""
            : """{"albums":{"items":[],"total":0}}""");
    }

    private static HttpResponseMessage WikipediaAnswer(HttpRequestMessage request)
    {
        var target = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath);
        const string Prefix = "/api/rest_v1/page/summary/";
        var title = target.StartsWith(Prefix, StringComparison.Ordinal) ? target[Prefix.Length..].Replace(' ', '_') : null;
        if (title is not null && title.StartsWith("Generated_Artist_", StringComparison.Ordinal) && int.TryParse(title["Generated_Artist_".Length..], out _))
        {
            return StubHost.Json(Summary(title));
        }

        return Uri.UnescapeDataString(request.RequestUri.Query).Contains("list=search", StringComparison.Ordinal)
            ? StubHost.Json("""{"batchcomplete":true,"query":{"search":[]}}""")
            : StubHost.Json("""{"type":"https://mediawiki.org/wiki/HyperSwitch/errors/not_found","title":"Not found."}""", HttpStatusCode.NotFound);
    }

    private static string AppleAlbum(StormRelease release) => JsonSerializer.Serialize(new
    {
        id = $"{release.Id}",
        type = "albums",
        href = $"/v1/catalog/us/albums/{release.Id}",
        attributes = new
        {
            name = release.Title,
            artistName = release.Artist,
            url = $"https://music.apple.com/us/album/{release.Id}",
            upc = release.Upc,
            trackCount = 1,
            releaseDate = "1999-01-01",
            genreNames = new[] { "Rock" },
            isSingle = false,
            isCompilation = false,
            artwork = new { url = $"https://is1-ssl.mzstatic.com/image/thumb/storm/{release.Id}/{{w}}x{{h}}bb.jpg", width = 600, height = 600 },
        },
    });

    private static string SpotifyAlbum(StormRelease release) => JsonSerializer.Serialize(new
    {
        id = $"S{release.Id}",
        name = release.Title,
        album_type = "album",
        artists = new[] { new { id = "a1", name = release.Artist } },
        external_urls = new { spotify = $"https://open.spotify.com/album/S{release.Id}" },
        release_date = "1999",
        release_date_precision = "year",
        total_tracks = 1,
    });

    private static string Summary(string title) => JsonSerializer.Serialize(new
    {
        type = "standard",
        title = title.Replace('_', ' '),
        titles = new { canonical = title, normalized = title.Replace('_', ' ') },
        description = "English rock band",
        extract = $"{title.Replace('_', ' ')} are an English rock band.",
        content_urls = new { desktop = new { page = $"https://en.wikipedia.org/wiki/{title}", revisions = $"https://en.wikipedia.org/wiki/{title}?action=history" } },
        thumbnail = new { source = $"https://upload.wikimedia.org/wikipedia/commons/storm/{title}.jpg", width = 320, height = 240 },
    });
}
