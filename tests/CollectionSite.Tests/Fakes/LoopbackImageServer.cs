using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// A real Kestrel on 127.0.0.1 that serves files and redirects by path, for tests that need real sockets (the
/// connect-time address guard): records every path asked, answers 404 to anything else.
/// </summary>
public sealed class LoopbackImageServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpResponse, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> paths = new();

    private LoopbackImageServer(WebApplication app) => this.app = app;

    /// <summary>"http://127.0.0.1:PORT", no trailing slash.</summary>
    public string BaseUrl { get; private set; } = "";

    public int Port => new Uri(BaseUrl).Port;

    /// <summary>Every path requested, in arrival order.</summary>
    public IReadOnlyList<string> Paths => [.. paths];

    public static async Task<LoopbackImageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new LoopbackImageServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return server;
    }

    /// <summary>Serves <paramref name="body"/> as image/jpeg at <paramref name="path"/>.</summary>
    public void Serve(string path, byte[] body) => routes[path] = async response =>
    {
        response.ContentType = "image/jpeg";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    };

    /// <summary>Answers <paramref name="path"/> with 302 to <paramref name="location"/>.</summary>
    public void Redirect(string path, string location) => routes[path] = response =>
    {
        response.StatusCode = StatusCodes.Status302Found;
        response.Headers.Location = location;
        return Task.CompletedTask;
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        paths.Enqueue(context.Request.Path.Value ?? "");
        if (routes.TryGetValue(context.Request.Path.Value ?? "", out var respond))
        {
            return respond(context.Response);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
