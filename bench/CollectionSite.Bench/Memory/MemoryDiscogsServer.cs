using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Bench;

/// <summary>
/// Discogs for the memory benchmark: a real Kestrel server on 127.0.0.1 serving <see cref="MemoryDiscogsPayloads"/> at
/// the real paths (identity, collection pages, releases, masters, artists) with the real 404 bodies. It enforces no rate
/// limit: the CLI is configured with a raised budget, and what is measured is the CLI's memory, not its patience.
/// </summary>
internal sealed partial class MemoryDiscogsServer : IAsyncDisposable
{
    public const string Username = "bench";

    private readonly WebApplication app;
    private readonly MemoryDiscogsPayloads payloads;
    private int requests;

    private MemoryDiscogsServer(WebApplication app, MemoryDiscogsPayloads payloads)
    {
        this.app = app;
        this.payloads = payloads;
    }

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Requests answered so far (any status).</summary>
    public int Requests => Volatile.Read(ref requests);

    public static async Task<MemoryDiscogsServer> StartAsync(MemoryDiscogsPayloads payloads, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new MemoryDiscogsServer(app, payloads);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        var (status, body) = Answer(context.Request.Path.Value ?? "/", context.Request.Query);
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private (int Status, string Body) Answer(string path, IQueryCollection query)
    {
        if (path == "/oauth/identity")
        {
            return (200, $$"""{"id":1,"username":"{{Username}}","resource_url":"https://api.discogs.com/users/{{Username}}","consumer_name":"CollectionSite bench"}""");
        }

        if (path == $"/users/{Username}/collection/folders/0/releases")
        {
            var page = int.TryParse(query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
            return payloads.Page(page) is { } body ? (200, body) : (404, """{"message": "Page not found."}""");
        }

        var match = Resource().Match(path);
        if (!match.Success)
        {
            return (404, """{"message": "The requested resource was not found."}""");
        }

        var id = long.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
        var (found, kind) = match.Groups["kind"].Value switch
        {
            "releases" => (payloads.ReleaseBody(id), "Release"),
            "masters" => (payloads.MasterBody(id), "Master"),
            _ => (payloads.ArtistBody(id), "Artist"),
        };
        return found is null ? (404, $$"""{"message": "{{kind}} not found."}""") : (200, found);
    }

    [GeneratedRegex("^/(?<kind>releases|masters|artists)/(?<id>[0-9]+)$")]
    private static partial Regex Resource();
}
