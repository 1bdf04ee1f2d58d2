using System.Net;
using System.Text.Json;
using CollectionSite.Clients.Discogs;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Discogs;

/// <summary>
/// HTTP outcomes become domain outcomes once, in the client: 404 → null, 401/403 → authentication failure (fatal),
/// everything else unusable → <see cref="DiscogsApiException"/> carrying the status and the request path.
/// </summary>
[TestFixture]
[Category("Kestrel")]
public sealed class DiscogsClientErrorTests
{
    private DiscogsHarness harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        // No client timeout: every answer these tests expect comes whatever the machine's load. (A 500 ms timeout here
        // made any slow first request under load, such as Kestrel's first connection, fail as "timed out".)
        harness = await DiscogsHarness.StartAsync(timeout: Timeout.InfiniteTimeSpan);
        harness.Data.SetRelease(249504, TestPaths.ReadFixture("discogs", "release_249504.json"));
    }

    [TearDown]
    public async Task TearDown() => await harness.DisposeAsync();

    [Test]
    public async Task Get_NotFound_IsNullForReleaseMasterAndArtist()
    {
        var client = harness.Client;

        Assert.That(await client.GetReleaseAsync(404, CancellationToken.None), Is.Null);
        Assert.That(await client.GetMasterAsync(404, CancellationToken.None), Is.Null);
        Assert.That(await client.GetArtistAsync(404, CancellationToken.None), Is.Null);
    }

    [Test]
    public void Get_WrongToken_ThrowsAuthenticationExceptionNamingTheSetting()
    {
        using var http = harness.Server.CreateHttpClient(token: "revoked");
        var client = DiscogsHarness.ClientOver(http);

        var ex = Assert.ThrowsAsync<DiscogsAuthenticationException>(() => client.GetReleaseAsync(249504, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("401").And.Contain("Discogs:Token"));
        Assert.That(ex.Message, Does.Not.Contain("revoked"));
    }

    [Test]
    public void Get_Forbidden_ThrowsAuthenticationException()
    {
        harness.Server.Faults.Add(FakeDiscogsFault.Reply(403, TestPaths.ReadFixture("discogs", "error_403_no_permission.json")));

        var ex = Assert.ThrowsAsync<DiscogsAuthenticationException>(() => harness.Client.GetCollectionPageAsync("example", 1, 100, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("403"));
    }

    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(429)]
    public void Get_ServerError_ThrowsApiExceptionWithStatusPathAndDiscogsMessage(int status)
    {
        harness.Server.Faults.Add(FakeDiscogsFault.Status(status));

        var ex = Assert.ThrowsAsync<DiscogsApiException>(() => harness.Client.GetReleaseAsync(249504, CancellationToken.None));

        Assert.That(ex!.StatusCode, Is.EqualTo((HttpStatusCode)status));
        Assert.That(ex.RequestPath, Is.EqualTo("/releases/249504"));
        Assert.That(ex.Message, Does.Contain(status == 500 ? "Query time exceeded" : status == 429 ? "too quickly" : "temporarily unavailable"));
    }

    [Test]
    public void Get_HtmlErrorPage_ThrowsApiExceptionWithTheStatus()
    {
        harness.Server.Faults.Add(FakeDiscogsFault.HtmlPage(502));

        var ex = Assert.ThrowsAsync<DiscogsApiException>(() => harness.Client.GetMasterAsync(1, CancellationToken.None));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
    }

    [Test]
    public void Get_HtmlWithStatus200_ThrowsApiExceptionMentioningTextHtml()
    {
        harness.Server.Faults.Add(FakeDiscogsFault.HtmlPage());

        var ex = Assert.ThrowsAsync<DiscogsApiException>(() => harness.Client.GetReleaseAsync(249504, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("text/html"));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void Get_TruncatedJson_ThrowsApiExceptionWrappingTheJsonError()
    {
        harness.Server.Faults.Add(FakeDiscogsFault.TruncatedJson());

        var ex = Assert.ThrowsAsync<DiscogsApiException>(() => harness.Client.GetReleaseAsync(249504, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("malformed JSON"));
        Assert.That(ex.InnerException, Is.InstanceOf<JsonException>());
    }

    [Test]
    public void Get_EmptyBody200_ThrowsApiException()
    {
        // Discogs' FAQ: an empty answer is what a request without a User-Agent gets.
        harness.Server.Faults.Add(FakeDiscogsFault.Reply(200, string.Empty));

        Assert.ThrowsAsync<DiscogsApiException>(() => harness.Client.GetReleaseAsync(249504, CancellationToken.None));
    }

    [Test]
    public void GetCollectionPage_BodyWithoutPagination_ThrowsApiException()
    {
        harness.Server.Faults.Add(FakeDiscogsFault.Reply(200, "{\"releases\": []}"));

        var ex = Assert.ThrowsAsync<DiscogsApiException>(() => harness.Client.GetCollectionPageAsync("example", 1, 100, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("pagination"));
    }

    [Test]
    public void Get_ConnectionDropped_ThrowsApiExceptionWrappingHttpRequestException()
    {
        // Forever, so the outcome does not depend on whether the handler resends the request on a fresh connection.
        harness.Server.Faults.Add(FakeDiscogsFault.Abort(), times: FakeDiscogsFaultRule.Forever);

        var ex = Assert.ThrowsAsync<DiscogsApiException>(() => harness.Client.GetReleaseAsync(249504, CancellationToken.None));

        Assert.That(ex!.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(ex.StatusCode, Is.Null);
    }

    [Test]
    public void Get_SlowerThanTheHttpClientTimeout_ThrowsApiExceptionSayingTimedOut()
    {
        // The server never answers before the test ends, so the short timeout of this client alone decides the outcome.
        harness.Server.Faults.Add(FakeDiscogsFault.Delay(Timeout.InfiniteTimeSpan));
        using var http = harness.Server.CreateHttpClient(timeout: TimeSpan.FromMilliseconds(200));
        var client = DiscogsHarness.ClientOver(http);

        var ex = Assert.ThrowsAsync<DiscogsApiException>(() => client.GetReleaseAsync(249504, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("timed out"));
    }

    [Test]
    public void Get_CallerCancels_ThrowsOperationCanceledNotApiException()
    {
        harness.Server.Faults.Add(FakeDiscogsFault.Delay(Timeout.InfiniteTimeSpan));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await harness.Client.GetReleaseAsync(249504, cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void GetCollectionPage_UnknownUser_ThrowsApiExceptionNamingTheUser()
    {
        var ex = Assert.ThrowsAsync<DiscogsApiException>(() => harness.Client.GetCollectionPageAsync("nobody", 1, 100, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("'nobody'").And.Contain("Discogs:Username"));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Get_EveryRequest_SendsTheTokenHeaderAndAUserAgent()
    {
        await harness.Client.GetReleaseAsync(249504, CancellationToken.None);
        await harness.Client.GetCollectionPageAsync("example", 1, 100, CancellationToken.None);

        Assert.That(harness.Server.Log.Snapshot().Select(r => (r.HadAuthorization, r.UserAgent is not null, r.Status)), Is.All.EqualTo((true, true, 200)));
        Assert.That(harness.Server.Log.Snapshot()[1].PathAndQuery, Is.EqualTo("/users/example/collection/folders/0/releases?page=1&per_page=100&sort=added&sort_order=desc"));
    }
}
