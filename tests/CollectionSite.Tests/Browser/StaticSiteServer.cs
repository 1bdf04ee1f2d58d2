using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace CollectionSite.Tests.Browser;

/// <summary>
/// Serves a built Hugo site (public/) on 127.0.0.1 with Kestrel, under a sub-path like a GitHub Pages project site,
/// and records every request: the paths the server answered (<see cref="Served"/>, with status) and every URL a
/// watched page asked for, any host (<see cref="Requested"/>), so a test can assert the site stays on its own host.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<string> served = new();
    private readonly ConcurrentQueue<string> requested = new();

    private StaticSiteServer(WebApplication app) => this.app = app;

    /// <summary>The site's root URL, ending in '/': http://127.0.0.1:PORT/BASE/.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>"STATUS /path" for every request the server answered, in order.</summary>
    public IReadOnlyList<string> Served => [.. served];

    /// <summary>Every URL the watched pages requested, on any host.</summary>
    public IReadOnlyList<string> Requested => [.. requested];

    /// <summary>The requested URLs that went to another host than this server (external requests).</summary>
    public IReadOnlyList<string> Foreign => [.. requested.Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("data" or "about") && uri.Authority != BaseUri.Authority)];

    /// <param name="root">The folder to serve (Hugo's public/).</param>
    /// <param name="basePath">The sub-path the site lives under ("/collection/"), as passed to hugo --baseURL.</param>
    public static async Task<StaticSiteServer> StartAsync(string root, string basePath = "/")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new StaticSiteServer(app);
        var trimmed = basePath.Trim('/');
        app.Use(async (context, next) =>
        {
            await next(context);
            server.served.Enqueue($"{context.Response.StatusCode} {context.Request.Path}{context.Request.QueryString}");
        });
        app.UseFileServer(new FileServerOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(root)),
            RequestPath = trimmed.Length == 0 ? PathString.Empty : new PathString("/" + trimmed),
            EnableDefaultFiles = true,
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        server.BaseUri = new Uri(trimmed.Length == 0 ? address + "/" : $"{address}/{trimmed}/");
        return server;
    }

    /// <summary>Records every request <paramref name="page"/> makes, to this server or any other host.</summary>
    public void Watch(IPage page) => page.Request += (_, request) => requested.Enqueue(request.Url);

    /// <summary>The absolute URL of a site path ("stats/").</summary>
    public string Url(string sitePath) => new Uri(BaseUri, sitePath.TrimStart('/')).ToString();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
