using System.Net;
using System.Text;
using CollectionSite.Hosting;
using CollectionSite.Storage;
using CollectionSite.Tests.Clients.Http;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// One enrichment API as a stub handler: it answers like the real API for the <see cref="Stages.Enrichment.EnrichmentWorld"/>
/// collection, except for the scripted faults, which win while they last (the first fault whose path matches).
/// </summary>
public sealed class StubHost
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage> answer;
    private readonly List<Fault> faults = [];
    private readonly Lock gate = new();

    public StubHost(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        this.answer = answer;
        Handler = new StubHttpMessageHandler(SendAsync);
    }

    public StubHttpMessageHandler Handler { get; }

    /// <summary>What the host answers when no fault applies (faults that spoil a real answer start from it).</summary>
    public HttpResponseMessage Answer(HttpRequestMessage request) => answer(request);

    /// <summary>Answers the next <paramref name="times"/> requests whose path and query contain <paramref name="path"/> with
    /// <paramref name="reply"/>, after letting the first <paramref name="skip"/> of them through; <paramref name="name"/> lists it in <see cref="Unserved"/>.</summary>
    public StubHost Fail(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> reply, int times = int.MaxValue, string path = "", int skip = 0, string? name = null)
    {
        lock (gate)
        {
            faults.Add(new Fault(path, reply) { Left = times, Skip = skip, Name = name ?? path });
        }

        return this;
    }

    /// <summary>The scripted faults (of those with a count) not served in full yet, by name.</summary>
    public IReadOnlyList<string> Unserved
    {
        get
        {
            lock (gate)
            {
                return [.. faults.Where(f => f.Left > 0 && f.Left < int.MaxValue / 2).Select(f => f.Name)];
            }
        }
    }

    /// <summary>Names of the scripted faults that were served at least once.</summary>
    public IReadOnlyList<string> Served
    {
        get
        {
            lock (gate)
            {
                return [.. faults.Where(f => f.Fired > 0).Select(f => f.Name)];
            }
        }
    }

    /// <summary>Forgets every scripted fault: the host answers like the real API from now on.</summary>
    public void ClearFaults()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }

    /// <summary>Scripted faults (of those with a count) not served yet: 0 once the run met every one of them.</summary>
    public int FaultsLeft
    {
        get
        {
            lock (gate)
            {
                return faults.Where(f => f.Left < int.MaxValue / 2).Sum(f => f.Left);
            }
        }
    }

    /// <summary>Requests whose path and query (unescaped) contain <paramref name="text"/>.</summary>
    public int CallsTo(string text) => Handler.Requests.Count(r => Uri.UnescapeDataString(r.Uri.PathAndQuery).Contains(text, StringComparison.Ordinal));

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Fault? fault;
        lock (gate)
        {
            var target = Uri.UnescapeDataString(request.RequestUri!.PathAndQuery);
            fault = faults.FirstOrDefault(f => f.Left > 0 && target.Contains(f.Path, StringComparison.Ordinal) && f.Pass());
            if (fault is not null)
            {
                fault.Left--;
                fault.Fired++;
            }
        }

        return fault is null ? Task.FromResult(answer(request)) : fault.Reply(request, cancellationToken);
    }

    private sealed class Fault(string path, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> reply)
    {
        public string Path => path;

        public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Reply => reply;

        public int Left { get; set; }

        public int Skip { get; set; }

        public int Fired { get; set; }

        public string Name { get; init; } = string.Empty;

        /// <summary>False while the matching requests it lets through first last (each call counts one).</summary>
        public bool Pass()
        {
            if (Skip == 0)
            {
                return true;
            }

            Skip--;
            return false;
        }
    }
}

/// <summary>
/// Apple Music, Spotify (API and accounts), Wikipedia and Wikidata as stub hosts that know release 100's album
/// (UPC 074643345323) and artist 1000's article, and nothing about release 200 or artist 2000.
/// </summary>
public sealed class EnrichmentHosts
{
    private const string Upc = "074643345323";
    private const string AppleAlbum = """
        {"id":"1001","type":"albums","href":"/v1/catalog/us/albums/1001","attributes":{"name":"Album 100","artistName":"Artist 100",
         "url":"https://music.apple.com/us/album/album-100/1001","upc":"074643345323","trackCount":1,"releaseDate":"1999-01-01",
         "genreNames":["Rock"],"isSingle":false,"isCompilation":false,
         "artwork":{"url":"https://example.mzstatic.com/1001/{w}x{h}bb.jpg","width":3000,"height":3000}}}
        """;

    private const string SpotifyAlbum = """
        {"id":"5CCjGmIH483h4J9UvME0eR","name":"Album 100","album_type":"album","artists":[{"id":"a1","name":"Artist 100"}],
         "external_urls":{"spotify":"https://open.spotify.com/album/5CCjGmIH483h4J9UvME0eR"},"release_date":"1999","release_date_precision":"year","total_tracks":1}
        """;

    private const string Summary = """
        {"type":"standard","title":"Artist 100 (band)","titles":{"canonical":"Artist_100_(band)","normalized":"Artist 100 (band)"},
         "description":"English rock band","extract":"Artist 100 are an English rock band.",
         "content_urls":{"desktop":{"page":"https://en.wikipedia.org/wiki/Artist_100_(band)","revisions":"https://en.wikipedia.org/wiki/Artist_100_(band)?action=history"}}}
        """;

    private const string NotFound = """{"type":"https://mediawiki.org/wiki/HyperSwitch/errors/not_found","title":"Not found.","detail":"Page or revision not found."}""";

    private int tokens;

    public StubHost Apple { get; } = new(request =>
    {
        var target = Uri.UnescapeDataString(request.RequestUri!.PathAndQuery);
        return target.Contains("/albums?filter[upc]=", StringComparison.Ordinal)
            ? StubHost.Json(target.EndsWith(Upc, StringComparison.Ordinal) ? $$$"""{"data":[{{{AppleAlbum}}}]}""" : """{"data":[]}""")
            : target.Contains("/search", StringComparison.Ordinal) ? StubHost.Json("""{"results":{}}""")
            : StubHost.Json("""{"errors":[{"status":"404","title":"Resource Not Found"}]}""", HttpStatusCode.NotFound);
    });

    public StubHost Spotify { get; } = new(request =>
    {
        var target = Uri.UnescapeDataString(request.RequestUri!.Query);
        var hit = target.Contains($"upc:{Upc}", StringComparison.Ordinal) || target.Contains($"upc:0{Upc}", StringComparison.Ordinal);
        return request.RequestUri.AbsolutePath.EndsWith("/v1/search", StringComparison.Ordinal)
            ? StubHost.Json(hit ? $$$"""{"albums":{"items":[{{{SpotifyAlbum}}}],"total":1}}""" : """{"albums":{"items":[],"total":0}}""")
            : StubHost.Json("""{"error":{"status":404,"message":"Non existing id"}}""", HttpStatusCode.NotFound);
    });

    public StubHost SpotifyAccounts => accounts ??= new StubHost(_ => StubHost.Json(
        $$"""{"access_token":"token-{{Interlocked.Increment(ref tokens)}}","token_type":"Bearer","expires_in":3600}"""));

    public StubHost Wikipedia { get; } = new(request =>
    {
        var target = Uri.UnescapeDataString(request.RequestUri!.PathAndQuery);
        return target.Contains("/page/summary/Artist_100_(band)", StringComparison.Ordinal) || target.Contains("/page/summary/Artist 100 (band)", StringComparison.Ordinal)
            ? StubHost.Json(Summary)
            : target.Contains("list=search", StringComparison.Ordinal) ? StubHost.Json("""{"batchcomplete":true,"query":{"search":[]}}""")
            : StubHost.Json(NotFound, HttpStatusCode.NotFound);
    });

    public StubHost Wikidata { get; } = new(request =>
        Uri.UnescapeDataString(request.RequestUri!.PathAndQuery).Contains("list=search", StringComparison.Ordinal)
            ? StubHost.Json("""{"batchcomplete":true,"query":{"search":[]}}""")
            : StubHost.Json("""{"entities":{}}"""));

    private StubHost? accounts;

    /// <summary>The host behind each client name of <see cref="EnrichmentClients"/>.</summary>
    public StubHost For(string client) => client switch
    {
        EnrichmentSources.AppleMusic => Apple,
        EnrichmentSources.Spotify => Spotify,
        EnrichmentClients.SpotifyAccounts => SpotifyAccounts,
        EnrichmentSources.Wikipedia => Wikipedia,
        _ => Wikidata,
    };
}
