using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Tests.Fakes.AllSources;

/// <summary>
/// Every source of `build` as one real Kestrel on 127.0.0.1, for a child process: each API under its prefix (the
/// bench's routes over an <see cref="AllSourcesWorld"/>), and the image hosts as an HTTP proxy (the child's
/// HTTP_PROXY): the API bodies name their images as http://host/... (the real hosts, so the artwork sources accept
/// them), and the client sends those requests here in absolute form. Each body's image URLs carry a key of the
/// request, so every release, album and artist has images of its own. Logs every answered request; holds the
/// Nth request of a lane, and every request after it, until the client goes away (a kill point that depends on work done, not on time).
/// </summary>
internal sealed class AllSourcesServer : IAsyncDisposable
{
    private static readonly (string From, string To)[] ImageHosts =
    [
        ("https://i.discogs.com/", "http://i.discogs.com/"),
        ("https://api-img.discogs.com/", "http://api-img.discogs.com/"),
        ("https://api.discogs.com/image/", "http://api.discogs.com/"),
        ("https://example.mzstatic.com/", "http://example.mzstatic.com/"),
        ("https://upload.wikimedia.org/", "http://upload.wikimedia.org/"),
    ];

    private readonly WebApplication app;
    private readonly AllSourcesWorld world;
    private readonly ConcurrentQueue<AllSourcesRequest> log = new();
    private readonly ConcurrentDictionary<string, int> arrivals = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly List<AllSourcesHold> holds = [];
    private AllSourcesHold? fired;

    private AllSourcesServer(WebApplication app, AllSourcesWorld world)
    {
        this.app = app;
        this.world = world;
    }

    /// <summary>http://127.0.0.1:port, no trailing slash: also the proxy address.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The run number stamped on each logged request (the test sets it before each run).</summary>
    public int Run { get; set; }

    public IReadOnlyList<AllSourcesRequest> Log => [.. log];

    public string UrlOf(string prefix) => $"{BaseUrl}/{prefix}";

    public static async Task<AllSourcesServer> StartAsync(AllSourcesWorld world)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new AllSourcesServer(app, world);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return server;
    }

    /// <summary>Holds request number <paramref name="nth"/> (from now, 1-based) of <paramref name="lane"/> until its client is gone.</summary>
    public AllSourcesHold Hold(string lane, int nth)
    {
        var hold = new AllSourcesHold(lane, nth);
        lock (gate)
        {
            holds.Add(hold);
        }

        return hold;
    }

    /// <summary>Drops every hold and restarts the per-lane arrival counts.</summary>
    public void ClearHolds()
    {
        lock (gate)
        {
            holds.Clear();
            arrivals.Clear();
            fired = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var isImage = request.Host.Host != "127.0.0.1";
        string lane;
        string target;
        if (isImage)
        {
            (lane, target) = (Lane.OfImageHost(request.Host.Host), request.Host.Host + path);
        }
        else
        {
            var slash = path.IndexOf('/', 1);
            var prefix = slash < 0 ? path[1..] : path[1..slash];
            var rest = slash < 0 ? "/" : path[slash..];
            (lane, target) = (Lane.Of(prefix, rest), path + request.QueryString);
        }

        if (Arrive(lane) is { } hold)
        {
            hold.Fire();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var (status, type, body) = isImage ? (200, "image/jpeg", AllSourcesImages.Jpeg(target)) : Answer(path, request, target);
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = body.Length;
        try
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        log.Enqueue(new AllSourcesRequest(Run, lane, target, status));
    }

    private AllSourcesHold? Arrive(string lane)
    {
        lock (gate)
        {
            // Once a hold fired, every later request is held too: the run's network work stops where the kill point is,
            // however fast the other lanes would go on before the test's SIGKILL lands.
            if (fired is not null)
            {
                return fired;
            }

            var count = arrivals.AddOrUpdate(lane, 1, (_, n) => n + 1);
            fired = holds.FirstOrDefault(h => h.Lane == lane && h.Nth == count);
            return fired;
        }
    }

    private (int Status, string Type, byte[] Body) Answer(string path, HttpRequest request, string target)
    {
        var slash = path.IndexOf('/', 1);
        var prefix = slash < 0 ? path[1..] : path[1..slash];
        var rest = slash < 0 ? "/" : path[slash..];
        var answer = world.Routes.Answer(prefix, request.Method, rest, request.Query);
        var body = answer.Body;
        var key = AllSourcesImages.KeyOf(target);
        foreach (var (from, to) in ImageHosts)
        {
            body = body.Replace(from, $"{to}{key}/", StringComparison.Ordinal);
        }

        return (answer.Status, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(body));
    }
}

/// <summary>
/// A held request of a lane: <see cref="Fired"/> once it arrived (the run is then stuck on it until killed). Once
/// <see cref="Arm"/>ed with the child's id, arriving freezes the child (SIGSTOP) before <see cref="Fired"/> completes, so
/// answers already on the wire for other lanes are not recorded after the kill point.
/// </summary>
internal sealed class AllSourcesHold(string lane, int nth)
{
    private readonly TaskCompletionSource fired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int pid;

    public string Lane => lane;

    public int Nth => nth;

    public Task Fired => fired.Task;

    /// <summary>The child to stop when the hold fires; set before the child starts work (it boots for far longer).</summary>
    public void Arm(int processId) => Volatile.Write(ref pid, processId);

    public void Fire()
    {
        if (!fired.Task.IsCompleted && Volatile.Read(ref pid) is var target and > 0)
        {
            ProcessSignals.Stop(target);
        }

        fired.TrySetResult();
    }
}
