using System.Net;
using CollectionSite.Clients.Http;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>Which answers are retried, when the breaker opens, and what the server's own count does to ours.</summary>
public sealed class ResilientHttpHandlerTests
{
    [Test]
    public async Task SendAsync_ServerErrorsThenSuccess_RetriesUntilSuccess()
    {
        using var harness = new HandlerHarness(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable),
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"ok":true}""")));

        using var response = await harness.GetAsync();

        Assert.That((response.StatusCode, harness.Stub.Calls), Is.EqualTo((HttpStatusCode.OK, 3)));
    }

    [Test]
    public async Task SendAsync_ServerErrorsPersist_ReturnsLastResponseAfterMaxRetries()
    {
        using var harness = new HandlerHarness(
            new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.InternalServerError)),
            HandlerHarness.DefaultOptions() with { MaxRetries = 2 });

        using var response = await harness.GetAsync();

        Assert.That((response.StatusCode, harness.Stub.Calls), Is.EqualTo((HttpStatusCode.InternalServerError, 3)));
    }

    [Test]
    public async Task SendAsync_NotFound_NotRetried()
    {
        using var harness = new HandlerHarness(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.NotFound)));

        using var response = await harness.GetAsync();

        Assert.That(harness.Stub.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task SendAsync_RetriedAnswer_CarriesTheCallersRequestNotTheCopy()
    {
        using var harness = new HandlerHarness(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.OK)));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://test/releases/1"));

        using var response = await harness.Client.SendAsync(request);

        Assert.That(response.RequestMessage, Is.SameAs(request));
    }

    [Test]
    public void SendAsync_ServiceKeepsFailing_CircuitOpensNamingTheSource()
    {
        using var harness = new HandlerHarness(
            new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.BadGateway)),
            HandlerHarness.DefaultOptions() with { MaxRetries = 10, BreakerThreshold = 4 });

        var error = Assert.ThrowsAsync<CircuitOpenException>(() => harness.GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("Test API kept failing"));
            Assert.That(error.SourceName, Is.EqualTo("Test API"));
            Assert.That(harness.Stub.Calls, Is.EqualTo(4), "no request after the breaker opened");
        });
    }

    [Test]
    public async Task SendAsync_SuccessBetweenFailures_BreakerStaysClosed()
    {
        using var harness = new HandlerHarness(
            new StubHttpMessageHandler(
                StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
                StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
                StubHttpMessageHandler.Status(HttpStatusCode.OK),
                StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
                StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
                StubHttpMessageHandler.Status(HttpStatusCode.OK)),
            HandlerHarness.DefaultOptions() with { BreakerThreshold = 3 });

        using var first = await harness.GetAsync("/a");
        using var second = await harness.GetAsync("/b");

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SendAsync_ServerReportsUsage_LimiterTrustsServer()
    {
        using var harness = new HandlerHarness(
            new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK)),
            HandlerHarness.DefaultOptions() with { PermitsPerWindow = 10, Window = TimeSpan.FromMinutes(1), ReadServerBudget = _ => new ServerBudget(10, 10) });

        using var response = await harness.GetAsync("/x");

        Assert.That(harness.Limiter.AttemptAcquire().IsAcquired, Is.False, "the server said the window is full");
    }
}
