using System.Net;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify;
using CollectionSite.Tests.Clients.AppleMusic;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Spotify;

/// <summary>Faults at client level on a fake clock: Spotify's 429s (with and without Retry-After), 5xx bursts, timeouts, broken bodies.</summary>
public sealed class SpotifyFaultTests
{
    private const string Search = """{"albums":{"items":[{"id":"1","name":"One","album_type":"album"}]}}""";

    [TestCase("error_429_rate_limit.json")]
    [TestCase("error_429_quota_exceeded_docs.json")]
    public async Task SearchAlbumsAsync_429WithRetryAfter_WaitsThatLongThenSucceeds(string body)
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, TestPaths.ReadFixture("spotify", body), r => r.Headers.Add("Retry-After", "4")),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Search)));

        var albums = await spotify.Time.DriveAsync(spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None), TimeSpan.FromMilliseconds(250), until: () => spotify.Api.Calls == 2);

        Assert.Multiple(() =>
        {
            Assert.That((albums.Single().Id, spotify.Api.Calls), Is.EqualTo(("1", 2)));
            Assert.That(spotify.Time.GetUtcNow() - TestClock.Start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(4)).And.LessThan(TimeSpan.FromSeconds(6)));
            Assert.That(spotify.Accounts.Calls, Is.EqualTo(1), "a 429 is no reason for a new token");
        });
    }

    [Test]
    public async Task SearchAlbumsAsync_429WithoutRetryAfter_WaitsForTheRolling30SecondWindow()
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, TestPaths.ReadFixture("spotify", "error_429_rate_limit.json")),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Search)));

        await spotify.Time.DriveAsync(spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None), TimeSpan.FromSeconds(1), until: () => spotify.Api.Calls == 2);

        Assert.That(spotify.Time.GetUtcNow() - TestClock.Start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(30)).And.LessThan(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public async Task SearchAlbumsAsync_BurstOf5xx_RetriedUntilTheResultsCome()
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.InternalServerError),
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Search)));

        var albums = await spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None);

        Assert.That((albums.Count, spotify.Api.Calls), Is.EqualTo((1, 3)));
    }

    [Test]
    public async Task GetAlbumAsync_NoAnswerInTime_RetriedThenItemError()
    {
        await using var spotify = SpotifyServices.Over(AppleMusicFaultTests.Stalled(), adjust: policy => policy with { AttemptTimeout = TimeSpan.FromSeconds(5), MaxRetries = 1 });

        var error = Assert.ThrowsAsync<RemoteApiException>(() => spotify.Time.DriveAsync(spotify.Spotify.GetAlbumAsync("1", CancellationToken.None), TimeSpan.FromSeconds(1)));

        Assert.That((error!.SourceName, error.StatusCode), Is.EqualTo((SpotifySource.ServiceName, (HttpStatusCode?)null)));
        Assert.That(error.Message, Does.Contain("no answer within 5 s"));
        Assert.That(spotify.Api.Calls, Is.EqualTo(2));
    }

    [TestCase("""{"albums":{"items":[{"id":""", "application/json", "malformed JSON")]
    [TestCase("<html><body>Upstream error</body></html>", "text/html", "text/html instead of JSON")]
    public async Task SearchAlbumsAsync_BrokenBodyWith200_RetriedThenItemError(string body, string mediaType, string problem)
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Reply(HttpStatusCode.OK, body, mediaType)));

        var error = Assert.ThrowsAsync<RemoteApiException>(() => spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain(problem));
        Assert.That(spotify.Api.Calls, Is.EqualTo(1 + spotify.Policy.MaxBodyRetries));
    }

    [Test]
    public async Task SearchAlbumsAsync_403_FatalSayingWhatDevelopmentModeNeeds()
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.Forbidden, """{"error":{"status":403,"message":"Forbidden"}}""")));

        var error = Assert.ThrowsAsync<SpotifyAuthenticationException>(() => spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("Premium").And.Contain("Spotify:ClientId"));
        Assert.That(spotify.Api.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task SearchAlbumsAsync_400InvalidLimit_ItemErrorQuotingSpotify()
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.BadRequest, """{"error":{"status":400,"message":"Invalid limit"}}""")));

        var error = Assert.ThrowsAsync<RemoteApiException>(() => spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None));

        Assert.That(error!.Message, Does.EndWith("answered 400 Bad Request: Invalid limit"));
    }
}
