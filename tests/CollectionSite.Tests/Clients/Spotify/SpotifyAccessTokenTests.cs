using System.Net;
using System.Text;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify;
using CollectionSite.Configuration;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Spotify;

/// <summary>The client-credentials token: fetched once, reused until it nearly expires, renewed once on a 401, fatal when refused.</summary>
public sealed class SpotifyAccessTokenTests
{
    private const string Search = """{"albums":{"items":[]}}""";

    [Test]
    public async Task SearchAlbumsAsync_TwoSearches_OneTokenRequestAsTheFlowAsks()
    {
        var bodies = new List<string>();
        var accounts = new StubHttpMessageHandler(async (request, token) =>
        {
            bodies.Add(await request.Content!.ReadAsStringAsync(token));
            return Token("t-cached");
        });
        await using var spotify = SpotifyServices.Over(Ok(), accounts);

        await spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None);
        await spotify.Spotify.SearchAlbumsAsync("b", 5, CancellationToken.None);

        var request = accounts.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That((request.Method, request.Uri.AbsolutePath), Is.EqualTo((HttpMethod.Post, "/spotify-accounts/api/token")));
            Assert.That(request.Headers["Authorization"], Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"client-id-3b9c:{SpotifyServices.Secret}"))));
            Assert.That(request.Headers["Content-Type"], Does.StartWith("application/x-www-form-urlencoded"));
            Assert.That(bodies.Single(), Is.EqualTo("grant_type=client_credentials"));
            Assert.That(spotify.Api.Requests.Select(r => r.Headers["Authorization"]), Is.All.EqualTo("Bearer t-cached"));
        });
    }

    [TestCase("token.json", "NgCXRKc...MzYjw")]
    [TestCase("token_recorded_postman_expired.json", "REDACTED-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task SearchAlbumsAsync_RecordedTokenBodies_BearerAnyCaseAccepted(string fixture, string accessToken)
    {
        await using var spotify = SpotifyServices.Over(Ok(), new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, TestPaths.ReadFixture("spotify", fixture))));

        await spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None);

        Assert.That(spotify.Api.Requests.Single().Headers["Authorization"], Is.EqualTo("Bearer " + accessToken));
        Assert.That(spotify.Redactor.Redact(accessToken), Is.EqualTo(SecretRedactor.Mask));
    }

    [Test]
    public async Task SearchAlbumsAsync_TokenNearExpiry_RenewedBeforeUse()
    {
        await using var spotify = SpotifyServices.Over(Ok());
        await spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None);

        spotify.Time.Advance(TimeSpan.FromSeconds(3600) - SpotifyAccessToken.ExpiryMargin);
        await spotify.Spotify.SearchAlbumsAsync("b", 5, CancellationToken.None);

        Assert.That(spotify.Accounts.Calls, Is.EqualTo(2));
        Assert.That(spotify.Api.Requests.Select(r => r.Headers["Authorization"]), Is.EqualTo(new[] { "Bearer token-1", "Bearer token-2" }));
    }

    [Test]
    public async Task SearchAlbumsAsync_401ThenOk_TokenRenewedOnceAndTheRequestRepeatedOnce()
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.Unauthorized, """{"error":{"status":401,"message":"The access token expired"}}"""),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, Search)));

        var albums = await spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(albums, Is.Empty);
            Assert.That(spotify.Accounts.Calls, Is.EqualTo(2), "exactly two token requests");
            Assert.That(spotify.Api.Requests.Select(r => r.Headers["Authorization"]), Is.EqualTo(new[] { "Bearer token-1", "Bearer token-2" }));
        });
    }

    [Test]
    public async Task SearchAlbumsAsync_401AfterRenewal_FatalNamingTheCredentials()
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.Unauthorized, """{"error":{"status":401,"message":"Invalid access token"}}""")));

        var error = Assert.ThrowsAsync<SpotifyAuthenticationException>(() => spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<FatalRemoteException>());
            Assert.That(error!.Message, Does.Contain("Spotify:ClientId").And.Contain("Spotify:ClientSecret"));
            Assert.That((spotify.Accounts.Calls, spotify.Api.Calls), Is.EqualTo((2, 2)));
        });
    }

    [Test]
    public async Task SearchAlbumsAsync_ParallelRequestsAllSee401_OneRenewalForAll()
    {
        await using var spotify = SpotifyServices.Over(new StubHttpMessageHandler((request, _) => Task.FromResult(
            request.Headers.Authorization?.Parameter == "token-1"
                ? new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent("""{"error":{"status":401,"message":"expired"}}""") }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Search, Encoding.UTF8, "application/json") })));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => spotify.Spotify.SearchAlbumsAsync($"q{i}", 5, CancellationToken.None)));

        Assert.That(spotify.Accounts.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task SearchAlbumsAsync_RevokedClientSecret_FatalNamingTheKeysAndNoApiRequest()
    {
        await using var spotify = SpotifyServices.Over(Ok(), new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.BadRequest, TestPaths.ReadFixture("spotify", "constructed_token_error_invalid_client.json"))));

        var error = Assert.ThrowsAsync<SpotifyAuthenticationException>(() => spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.Message, Does.Contain("invalid_client: Invalid client secret").And.Contain("Spotify:ClientId").And.Contain("Spotify:ClientSecret"));
            Assert.That(error.Message, Does.Not.Contain(SpotifyServices.Secret));
            Assert.That((spotify.Accounts.Calls, spotify.Api.Calls), Is.EqualTo((1, 0)));
        });
    }

    [Test]
    public async Task SearchAlbumsAsync_TokenEndpoint401_Fatal()
    {
        await using var spotify = SpotifyServices.Over(Ok(), new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.Unauthorized, """{"error":"invalid_client"}""")));

        var error = Assert.ThrowsAsync<SpotifyAuthenticationException>(() => spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("Spotify:ClientSecret"));
    }

    [Test]
    public async Task SearchAlbumsAsync_TokenEndpointDownThenUp_RetriedAndTheSearchGoesThrough()
    {
        await using var spotify = SpotifyServices.Over(Ok(), new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable, "<html>down</html>"),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"access_token":"t-late","token_type":"Bearer","expires_in":3600}""")));

        await spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None);

        Assert.That(spotify.Api.Requests.Single().Headers["Authorization"], Is.EqualTo("Bearer t-late"));
    }

    [Test]
    public async Task SearchAlbumsAsync_TokenEndpointBroken_ItemErrorNotFatal()
    {
        await using var spotify = SpotifyServices.Over(Ok(), new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.BadGateway, "<html>bad gateway</html>")));

        var error = Assert.ThrowsAsync<RemoteApiException>(() => spotify.Spotify.SearchAlbumsAsync("a", 5, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("/api/token").And.Contain("502"));
        Assert.That(spotify.Api.Calls, Is.Zero);
    }

    private static StubHttpMessageHandler Ok() => new(StubHttpMessageHandler.Status(HttpStatusCode.OK, Search));

    private static HttpResponseMessage Token(string accessToken) => new(HttpStatusCode.OK)
    {
        Content = new StringContent($$"""{"access_token":"{{accessToken}}","token_type":"Bearer","expires_in":3600}""", Encoding.UTF8, "application/json"),
    };
}
