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
/// A built Hugo site (its public/ folder) served on 127.0.0.1 by Kestrel under a sub-path, the way GitHub Pages serves
/// a project site (<c>https://user.github.io/repo/</c>): <see cref="BaseUrl"/> is <c>http://127.0.0.1:PORT/sub/</c>,
/// folders answer with their index.html, and anything missing gets the site's 404.html with status 404. The folder
/// may be filled after the server starts, so Hugo can be given the real baseURL. Every request is recorded: the paths
/// the server answered (<see cref="Served"/>) and every URL a watched page asked for on any host (<see cref="Requested"/>),
/// so a test can assert the site stays on its own host (<see cref="Foreign"/>). The benchmark compiles this file too.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<string> served;
    private readonly ConcurrentQueue<string> requested = new();

    private StaticSiteServer(WebApplication app, string baseUrl, ConcurrentQueue<string> served)
    {
        this.app = app;
        this.served = served;
        BaseUrl = baseUrl;
        BaseUri = new Uri(baseUrl);
    }

    /// <summary>http://127.0.0.1:PORT/&lt;sub-path&gt;/ with the trailing slash: pass it to Hugo as --baseURL.</summary>
    public string BaseUrl { get; }

    /// <summary><see cref="BaseUrl"/> as a URI.</summary>
    public Uri BaseUri { get; }

    /// <summary>"STATUS /path" for every request the server answered, in order.</summary>
    public IReadOnlyList<string> Served => [.. served];

    /// <summary>Every URL the watched pages requested, on any host.</summary>
    public IReadOnlyList<string> Requested => [.. requested];

    /// <summary>The requested URLs that went to another host than this server (external requests).</summary>
    public IReadOnlyList<string> Foreign =>
        [.. requested.Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("data" or "about") && uri.Authority != BaseUri.Authority)];

    /// <param name="root">The folder to serve (created if missing).</param>
    /// <param name="subPath">The path the site lives under, e.g. "/collection" ("/" for the host's root).</param>
    public static async Task<StaticSiteServer> StartAsync(string root, string subPath = "/")
    {
        Directory.CreateDirectory(root);
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        var served = new ConcurrentQueue<string>();
        app.Use(async (context, next) =>
        {
            await next(context);
            served.Enqueue($"{context.Response.StatusCode} {context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}");
        });
        var prefix = "/" + subPath.Trim('/');
        app.Map(prefix == "/" ? string.Empty : prefix, site =>
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            site.Run(context => NotFoundAsync(context, files));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, address.TrimEnd('/') + (prefix == "/" ? "/" : prefix + "/"), served);
    }

    /// <summary>Records every request <paramref name="page"/> makes, to this server or any other host.</summary>
    public void Watch(IPage page) => page.Request += (_, request) => requested.Enqueue(request.Url);

    /// <summary>The absolute URL of a site path ("stats/").</summary>
    public string Url(string sitePath) => new Uri(BaseUri, sitePath.TrimStart('/')).ToString();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private static async Task NotFoundAsync(HttpContext context, PhysicalFileProvider files)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = files.GetFileInfo("404.html");
        if (page.Exists)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page, context.RequestAborted);
        }
    }
}
