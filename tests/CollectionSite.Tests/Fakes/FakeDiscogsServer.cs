using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// A real HTTP server on 127.0.0.1 (dynamic port) that behaves like api.discogs.com: token authentication, the
/// moving-window rate limit with its headers, paginated collection listing, release/master/artist resources with
/// the real error bodies, and scripted faults. Every request is logged.
/// Order per request: rate window (a 429 is not counted), authentication, faults, resource.
/// </summary>
public sealed partial class FakeDiscogsServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly FakeDiscogsRateWindow window;
    private readonly CancellationTokenSource stopping = new();
    private readonly long startedAt;
    private long sequence;
    private int working;

    private FakeDiscogsServer(WebApplication app, FakeDiscogsOptions options)
    {
        this.app = app;
        Options = options;
        Data = options.Data ?? new FakeDiscogsData();
        window = new FakeDiscogsRateWindow(options.Permits, options.Window, options.Time);
        startedAt = options.Time.GetTimestamp();
    }

    public FakeDiscogsOptions Options { get; }

    public FakeDiscogsData Data { get; }

    public FakeDiscogsFaults Faults { get; } = new();

    public FakeDiscogsRequestLog Log { get; } = new();

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>
    /// Requests being answered right now, apart from those a fault keeps waiting by design (<see cref="FakeDiscogsFault.Waits"/>):
    /// a test driving a fake clock advances it only while this is 0, so real latency never counts as client time.
    /// </summary>
    public int Working => Volatile.Read(ref working);

    /// <summary>Requests (real and phantom) in the moving window right now.</summary>
    public int WindowUsed => window.Used;

    public static async Task<FakeDiscogsServer> StartAsync(FakeDiscogsOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new FakeDiscogsServer(app, options ?? new FakeDiscogsOptions());
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.BaseUrl = addresses.Single().TrimEnd('/');
        return server;
    }

    /// <summary>Other traffic from the same IP: <paramref name="requests"/> phantom arrivals in the window now.</summary>
    public void ConsumeBudget(int requests) => window.Consume(requests);

    /// <summary>
    /// An HttpClient set up like the production one: BaseAddress with a trailing slash, a User-Agent and the
    /// <c>Authorization: Discogs token=...</c> header (<paramref name="token"/> null sends none).
    /// </summary>
    public HttpClient CreateHttpClient(string? token = FakeDiscogsOptions.DefaultToken, TimeSpan? timeout = null, string userAgent = "CollectionSiteTests/1.0 +https://example.invalid")
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl + "/"), Timeout = timeout ?? TimeSpan.FromSeconds(10) };
        // Discogs' recommended form ("App/1.0 +http://...") is not a valid RFC 7231 product list: skip validation.
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Discogs", "token=" + token);
        }

        return http;
    }

    public async ValueTask DisposeAsync()
    {
        // Held (delayed) requests end now instead of keeping the graceful shutdown waiting.
        await stopping.CancelAsync();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var counted = 1;
        Interlocked.Increment(ref working);
        try
        {
            await AnswerRequestAsync(context, Done);
        }
        finally
        {
            Done();
        }

        void Done()
        {
            if (Interlocked.Exchange(ref counted, 0) == 1)
            {
                Interlocked.Decrement(ref working);
            }
        }
    }

    /// <param name="waiting">Called when a fault starts keeping the request waiting by design.</param>
    private async Task AnswerRequestAsync(HttpContext context, Action waiting)
    {
        var arrival = Options.Time.GetElapsedTime(startedAt);
        var number = Interlocked.Increment(ref sequence);
        Options.OnRequest?.Invoke();
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var authorization = request.Headers.Authorization.ToString();
        var userAgent = request.Headers.UserAgent.ToString();
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);

        var decision = window.TryAcquire();
        FakeDiscogsReply reply;
        string? faultNames = null;
        if (!decision.Accepted)
        {
            reply = FakeDiscogsReply.Message(429, "You are making requests too quickly.");
            if (Options.SendRetryAfter)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
                reply = reply.WithHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
            }
        }
        else if (!IsAuthorized(authorization))
        {
            reply = new FakeDiscogsReply(401, Fixtures.Unauthorized).WithHeader("WWW-Authenticate", "OAuth realm=\"https://api.discogs.com\"");
        }
        else
        {
            var faults = Faults.Claim(path, PageParameter(request));
            faultNames = faults.Count == 0 ? null : string.Join(", ", faults.Select(f => f.Name));
            if (faults.Any(f => f.Waits))
            {
                waiting();
            }

            try
            {
                reply = await AnswerAsync(request, faults, aborted.Token);
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                Record(FakeDiscogsRequestLog.ClientClosedRequest);
                return;
            }
        }

        // Logged before the first byte leaves, so a client that has its answer can trust the log.
        Record(reply.Status);
        if (reply.AbortConnection)
        {
            context.Abort();
            return;
        }

        await WriteAsync(context.Response, reply, decision, aborted.Token);

        void Record(int status) => Log.Add(new FakeDiscogsRequest(
            number, request.Method, path + request.QueryString, arrival, status,
            userAgent.Length == 0 ? null : userAgent, authorization.Length > 0, !decision.Accepted, faultNames));
    }

    private async Task<FakeDiscogsReply> AnswerAsync(HttpRequest request, IReadOnlyList<FakeDiscogsFault> faults, CancellationToken cancellationToken)
    {
        FakeDiscogsReply? reply = null;
        foreach (var fault in faults)
        {
            reply ??= await fault.BeforeAsync(cancellationToken);
        }

        reply ??= Route(request);
        foreach (var fault in faults)
        {
            reply = fault.After(reply, Data);
        }

        return reply;
    }

    private bool IsAuthorized(string authorization)
    {
        const string Scheme = "Discogs token=";
        return authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(authorization[Scheme.Length..], Options.Token, StringComparison.Ordinal);
    }

    private static int? PageParameter(HttpRequest request) =>
        int.TryParse(request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null;

    private static async Task WriteAsync(HttpResponse response, FakeDiscogsReply reply, FakeDiscogsRateDecision decision, CancellationToken cancellationToken)
    {
        response.StatusCode = reply.Status;
        response.ContentType = reply.ContentType;
        response.Headers["X-Discogs-Media-Type"] = "discogs.v2";
        response.Headers["X-Discogs-Ratelimit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Discogs-Ratelimit-Used"] = decision.Used.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Discogs-Ratelimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(reply.Body);
        response.ContentLength = bytes.Length;
        try
        {
            await WriteBodyAsync(response, reply, bytes, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client left; nothing to answer to.
        }
    }
}
