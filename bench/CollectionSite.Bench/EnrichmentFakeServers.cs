using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Bench;

/// <summary>
/// Discogs, Apple Music, Spotify (API and accounts), Wikipedia and Wikidata as one real HTTP server on 127.0.0.1, each
/// under its own path prefix (its client's base URL), each an <see cref="EnrichmentFakeApi"/> enforcing its own limits.
/// Real sockets, so the clients' whole stack (connection pools, Refit, the resilience handler) is what gets measured.
/// </summary>
internal sealed class EnrichmentFakeServers : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly EnrichmentFakeRoutes routes;

    private EnrichmentFakeServers(WebApplication app, EnrichmentFakeRoutes routes, IReadOnlyList<EnrichmentFakeApi> apis)
    {
        this.app = app;
        this.routes = routes;
        Apis = apis;
    }

    /// <summary>Every fake API, in the order the report lists them.</summary>
    public IReadOnlyList<EnrichmentFakeApi> Apis { get; }

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public string UrlOf(EnrichmentFakeApi api) => $"{BaseUrl}/{api.Name}";

    public EnrichmentFakeApi this[string name] => Apis.Single(api => api.Name == name);

    public static async Task<EnrichmentFakeServers> StartAsync(EnrichmentFakeRoutes routes, IReadOnlyList<EnrichmentFakeApi> apis)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        var servers = new EnrichmentFakeServers(app, routes, apis);
        app.Run(servers.HandleAsync);
        await app.StartAsync();
        servers.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        await servers.WarmUpAsync();
        return servers;
    }

    /// <summary>
    /// Serves a few uncounted requests first, so Kestrel's first-request compilation does not delay the arrival stamp of
    /// a measured request: at a 1 s window the clients' safety margin is 20 ms, less than that delay, and a real server is warm.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var http = new HttpClient();
        for (var i = 0; i < 20; i++)
        {
            using var response = await http.GetAsync(new Uri($"{BaseUrl}/warm-up"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var slash = path.IndexOf('/', 1);
        var prefix = slash < 0 ? path[1..] : path[1..slash];
        var rest = slash < 0 ? "/" : path[slash..];
        var api = Apis.FirstOrDefault(candidate => candidate.Name == prefix);
        FakeAnswer answer;
        try
        {
            answer = api is null
                ? new FakeAnswer(404, """{"message":"no such fake API"}""")
                : await api.HandleAsync(rest + context.Request.QueryString, () => routes.Answer(prefix, context.Request.Method, rest, context.Request.Query), context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var response = context.Response;
        response.StatusCode = answer.Status;
        response.ContentType = "application/json; charset=utf-8";
        if (prefix == EnrichmentFakeRoutes.Discogs && api is not null)
        {
            // The budget headers the Discogs client reads to correct its own count.
            response.Headers["X-Discogs-Ratelimit"] = api.Permits.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-Discogs-Ratelimit-Used"] = api.Used.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-Discogs-Ratelimit-Remaining"] = Math.Max(0, api.Permits - api.Used).ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(answer.Body);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
