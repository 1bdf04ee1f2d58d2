using System.Net;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>
/// A 2xx whose body a JSON API cannot have meant (a proxy's HTML page, a cut-off or empty body) is retried a few
/// times like a 5xx; when it persists, the last answer is handed on for the client to record.
/// </summary>
public sealed class ResilientHttpHandlerBodyTests
{
    private const string Truncated = """{"id": 1, "title": "Never Gonna""";

    [Test]
    public async Task SendAsync_TruncatedJsonThenGood_RetriedAndReturnsTheGoodAnswer()
    {
        using var harness = new HandlerHarness(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Truncated),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"id": 1}""")));

        using var response = await harness.GetAsync();

        Assert.That((await response.Content.ReadAsStringAsync(), harness.Stub.Calls), Is.EqualTo(("""{"id": 1}""", 2)));
    }

    [TestCase("<html><body>502 Bad Gateway</body></html>", "text/html")]
    [TestCase(Truncated, "application/json")]
    [TestCase("", "application/json")]
    public async Task SendAsync_UnusableBodyPersists_ReturnedAfterMaxBodyRetries(string body, string mediaType)
    {
        using var harness = new HandlerHarness(new StubHttpMessageHandler(StubHttpMessageHandler.Reply(HttpStatusCode.OK, body, mediaType)));

        using var response = await harness.GetAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(harness.Stub.Calls, Is.EqualTo(1 + harness.Options.MaxBodyRetries));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(body), "the last answer, readable");
        });
    }

    [Test]
    public async Task SendAsync_ServerErrorsThenOneHtmlPage_TheHtmlPageIsStillRetried()
    {
        // Found by the fault storm: the body-retry cap counted every earlier attempt (5xx, resets), so a single HTML
        // hiccup after two server errors was handed on at once, and a collection listing aborted the whole build.
        using var harness = new HandlerHarness(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable),
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Reply(HttpStatusCode.OK, "<html><body>nginx</body></html>", "text/html"),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"id": 1}""")));

        using var response = await harness.GetAsync();

        Assert.That((await response.Content.ReadAsStringAsync(), harness.Stub.Calls), Is.EqualTo(("""{"id": 1}""", 4)));
    }

    [Test]
    public async Task SendAsync_UnusableBodyAfterServerErrors_StillCappedAtMaxBodyRetries()
    {
        using var harness = new HandlerHarness(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Truncated)));

        using var response = await harness.GetAsync();

        Assert.That(harness.Stub.Calls, Is.EqualTo(1 + 1 + harness.Options.MaxBodyRetries), "one 5xx, then the first body and its retries");
    }

    [Test]
    public async Task SendAsync_UnusableBodiesPersist_DoNotOpenTheBreaker()
    {
        using var harness = new HandlerHarness(
            new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, Truncated)),
            HandlerHarness.DefaultOptions() with { BreakerThreshold = 2, MaxBodyRetries = 3 });

        using var first = await harness.GetAsync("/a");
        using var second = await harness.GetAsync("/b");

        Assert.That(harness.Stub.Calls, Is.EqualTo(8), "the server answered every time: a broken body is not a broken service");
    }

    [Test]
    public async Task SendAsync_NotAJsonApi_BodyNotChecked()
    {
        using var harness = new HandlerHarness(
            new StubHttpMessageHandler(StubHttpMessageHandler.Reply(HttpStatusCode.OK, "\u00ff\u00d8 not json", "image/jpeg")),
            HandlerHarness.DefaultOptions() with { ExpectJson = false });

        using var response = await harness.GetAsync("/image.jpg");

        Assert.That(harness.Stub.Calls, Is.EqualTo(1));
    }
}
