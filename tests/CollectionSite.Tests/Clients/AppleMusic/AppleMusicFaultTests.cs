using System.Net;
using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Http;
using CollectionSite.Tests.Clients.Http;

namespace CollectionSite.Tests.Clients.AppleMusic;

/// <summary>
/// Faults at client level, on a fake clock: what is retried and how long the client waits, and what reaches the stage
/// (an item's <see cref="RemoteApiException"/> or the source's fatal <see cref="AppleMusicAuthenticationException"/>).
/// </summary>
public sealed class AppleMusicFaultTests
{
    private const string Album = """{"data":[{"id":"1","type":"albums","attributes":{"name":"One","artistName":"A"}}]}""";
    private const string Throttled = """{"errors":[{"status":"429","title":"Too Many Requests"}]}""";

    [Test]
    public async Task GetAlbumAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using var apple = AppleMusicServices.Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, Throttled, r => r.Headers.Add("Retry-After", "7")),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Album)));

        var album = await apple.Time.DriveAsync(apple.Api.GetAlbumAsync("1", CancellationToken.None), TimeSpan.FromMilliseconds(250), until: () => apple.Stub.Calls == 2);

        Assert.Multiple(() =>
        {
            Assert.That((album?.Id, apple.Stub.Calls), Is.EqualTo(("1", 2)));
            Assert.That(apple.Time.GetUtcNow() - TestClockStart, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(7)).And.LessThan(TimeSpan.FromSeconds(9)));
        });
    }

    [Test]
    public async Task GetAlbumAsync_429WithoutRetryAfter_WaitsForTheWindowToDrain()
    {
        await using var apple = AppleMusicServices.Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, Throttled),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Album)));

        var album = await apple.Time.DriveAsync(apple.Api.GetAlbumAsync("1", CancellationToken.None), TimeSpan.FromSeconds(1), until: () => apple.Stub.Calls == 2);

        Assert.That(album?.Id, Is.EqualTo("1"));
        Assert.That(apple.Time.GetUtcNow() - TestClockStart, Is.GreaterThanOrEqualTo(apple.Policy.Window));
    }

    [Test]
    public async Task GetAlbumAsync_BurstOf5xx_RetriedUntilTheAlbumComes()
    {
        await using var apple = AppleMusicServices.Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.InternalServerError),
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Album)));

        var album = await apple.Api.GetAlbumAsync("1", CancellationToken.None);

        Assert.That((album?.Id, apple.Stub.Calls), Is.EqualTo(("1", 4)));
    }

    [Test]
    public async Task GetAlbumAsync_5xxThroughout_ItemErrorWithTheStatusAfterEveryRetry()
    {
        await using var apple = AppleMusicServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.BadGateway, "<html>bad gateway</html>")));

        var error = Assert.ThrowsAsync<RemoteApiException>(() => apple.Api.GetAlbumAsync("1", CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That((error!.SourceName, error.StatusCode), Is.EqualTo((AppleMusicSource.ServiceName, (HttpStatusCode?)HttpStatusCode.BadGateway)));
            Assert.That(apple.Stub.Calls, Is.EqualTo(1 + apple.Policy.MaxRetries));
        });
    }

    [Test]
    public async Task SearchAlbumsAsync_NoAnswerInTime_RetriedThenItemErrorNamingTheTimeout()
    {
        await using var apple = AppleMusicServices.Over(Stalled(), policy => policy with { AttemptTimeout = TimeSpan.FromSeconds(5), MaxRetries = 2 });

        var error = Assert.ThrowsAsync<RemoteApiException>(() => apple.Time.DriveAsync(apple.Api.SearchAlbumsAsync("x", 5, CancellationToken.None), TimeSpan.FromSeconds(1)));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("no answer within 5 s"));
            Assert.That(error.StatusCode, Is.Null);
            Assert.That(apple.Stub.Calls, Is.EqualTo(3));
        });
    }

    [TestCase("""{"data":[{"id":"1","attr""", "application/json", "malformed JSON")]
    [TestCase("<html><body>Service maintenance</body></html>", "text/html", "text/html instead of JSON")]
    public async Task GetAlbumAsync_BrokenBodyWith200_RetriedThenItemError(string body, string mediaType, string problem)
    {
        await using var apple = AppleMusicServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Reply(HttpStatusCode.OK, body, mediaType)));

        var error = Assert.ThrowsAsync<RemoteApiException>(() => apple.Api.GetAlbumAsync("1", CancellationToken.None));

        Assert.That(error!.Message, Does.Contain(problem));
        Assert.That(apple.Stub.Calls, Is.EqualTo(1 + apple.Policy.MaxBodyRetries));
    }

    [TestCase(HttpStatusCode.Unauthorized)]
    [TestCase(HttpStatusCode.Forbidden)]
    public async Task FindAlbumsByUpcAsync_TokenRefused_FatalNamingTheKeysAndNotRetried(HttpStatusCode status)
    {
        await using var apple = AppleMusicServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(status, string.Empty)));

        var error = Assert.ThrowsAsync<AppleMusicAuthenticationException>(() => apple.Api.FindAlbumsByUpcAsync("5099751076926", CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<RemoteAuthenticationException>());
            Assert.That((error!.SourceName, error.StatusCode), Is.EqualTo((AppleMusicSource.ServiceName, (HttpStatusCode?)status)));
            Assert.That(error.Message, Does.Contain("AppleMusic:TeamId").And.Contain("AppleMusic:KeyId").And.Contain("AppleMusic:PrivateKey"));
            Assert.That(error.Message, Does.Not.Contain('\n'));
            Assert.That(apple.Stub.Calls, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task GetAlbumAsync_TokenExpiredBetweenRequests_NextRequestCarriesARenewedToken()
    {
        await using var apple = AppleMusicServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, Album)));
        await apple.Api.GetAlbumAsync("1", CancellationToken.None);

        apple.Time.Advance(AppleMusicDeveloperToken.Lifetime);
        await apple.Api.GetAlbumAsync("1", CancellationToken.None);

        var tokens = apple.Stub.Requests.Select(r => r.Headers["Authorization"]).ToList();
        Assert.That(tokens[1], Is.Not.EqualTo(tokens[0]));
    }

    private static DateTimeOffset TestClockStart => CollectionSite.Tests.Fakes.TestClock.Start;

    /// <summary>A server that never answers: only the attempt's timeout (on the fake clock) ends the wait.</summary>
    internal static StubHttpMessageHandler Stalled() => new(async (_, token) =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, token);
        return new HttpResponseMessage(HttpStatusCode.OK);
    });
}
