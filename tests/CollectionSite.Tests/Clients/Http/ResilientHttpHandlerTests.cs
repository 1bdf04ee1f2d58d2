using System.Net;
using CollectionSite.Clients.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Clients.Http;

public sealed class ResilientHttpHandlerTests
{
    [Test]
    public async Task SendAsync_ServerErrorsThenSuccess_RetriesUntilSuccess()
    {
        var stub = new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable),
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"ok":true}"""));
        using var client = Client(stub, Options());

        using var response = await client.GetAsync(new Uri("http://test/releases/1"));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stub.Calls, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task SendAsync_ServerErrorsPersist_ReturnsLastResponseAfterMaxRetries()
    {
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.InternalServerError));
        using var client = Client(stub, Options() with { MaxRetries = 2 });

        using var response = await client.GetAsync(new Uri("http://test/releases/1"));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(stub.Calls, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task SendAsync_NotFound_NotRetried()
    {
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.NotFound));
        using var client = Client(stub, Options());

        using var response = await client.GetAsync(new Uri("http://test/releases/1"));

        Assert.That(stub.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task SendAsync_TooManyRequestsWithRetryAfter_WaitsThatLongThenRetries()
    {
        var stub = new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, """{"message": "You are making requests too quickly."}""", r => r.Headers.Add("Retry-After", "1")),
            StubHttpMessageHandler.Status(HttpStatusCode.OK));
        using var client = Client(stub, Options());
        var started = TimeProvider.System.GetTimestamp();

        using var response = await client.GetAsync(new Uri("http://test/releases/1"));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(TimeProvider.System.GetElapsedTime(started), Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
        });
    }

    [Test]
    public async Task SendAsync_AttemptTimesOut_RetriedThenReportedAsHttpRequestException()
    {
        var stub = new StubHttpMessageHandler(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var client = Client(stub, Options() with { AttemptTimeout = TimeSpan.FromMilliseconds(50), MaxRetries = 1 });

        var error = Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("http://test/releases/1")));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("no answer within"));
            Assert.That(stub.Calls, Is.EqualTo(2));
        });
        await Task.CompletedTask;
    }

    [Test]
    public void SendAsync_ServiceKeepsFailing_CircuitOpensAndStopsTheRun()
    {
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.BadGateway));
        using var client = Client(stub, Options() with { MaxRetries = 10, BreakerThreshold = 4 });

        var error = Assert.ThrowsAsync<CircuitOpenException>(() => client.GetAsync(new Uri("http://test/releases/1")));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("Test API kept failing"));
            Assert.That(stub.Calls, Is.EqualTo(4), "no request after the breaker opened");
        });
    }

    [Test]
    public void SendAsync_RepeatedTimeouts_CountTowardsTheBreaker()
    {
        var stub = new StubHttpMessageHandler(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var client = Client(stub, Options() with { AttemptTimeout = TimeSpan.FromMilliseconds(20), MaxRetries = 10, BreakerThreshold = 3 });

        Assert.ThrowsAsync<CircuitOpenException>(() => client.GetAsync(new Uri("http://test/releases/1")));
        Assert.That(stub.Calls, Is.EqualTo(3));
    }

    [Test]
    public async Task SendAsync_SuccessBetweenFailures_BreakerStaysClosed()
    {
        var stub = new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.OK),
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.OK));
        using var client = Client(stub, Options() with { BreakerThreshold = 3 });

        using var first = await client.GetAsync(new Uri("http://test/a"));
        using var second = await client.GetAsync(new Uri("http://test/b"));

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SendAsync_ServerReportsUsage_LimiterTrustsServer()
    {
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK));
        var options = Options() with { ReadServerBudget = _ => new ServerBudget(10, 10) };
        var limiter = new MovingWindowRateLimiter(10, TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeProvider.System);
        using var client = new HttpClient(new ResilientHttpHandler(options, limiter, TimeProvider.System, NullLogger.Instance) { InnerHandler = stub });

        using var response = await client.GetAsync(new Uri("http://test/x"));

        Assert.That(limiter.AttemptAcquire().IsAcquired, Is.False, "the server said the window is full");
    }

    private static HttpPolicyOptions Options() => new()
    {
        ServiceName = "Test API",
        PermitsPerWindow = 1000,
        Window = TimeSpan.FromSeconds(1),
        BaseRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(5),
        Jitter = new Random(7),
    };

    private static HttpClient Client(HttpMessageHandler inner, HttpPolicyOptions options) =>
        new(new ResilientHttpHandler(options, new MovingWindowRateLimiter(options.PermitsPerWindow, options.Window, options.SafetyMargin, TimeProvider.System), TimeProvider.System, NullLogger.Instance) { InnerHandler = inner });
}
