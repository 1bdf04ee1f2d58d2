using System.Net;
using CollectionSite.Clients.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>
/// The generic registration with a stub as the primary handler, the way new API clients are tested over recorded
/// payloads: Refit's generated client, the resilient handler, the translation in <see cref="ApiResponses"/>.
/// </summary>
public sealed class RateLimitedClientRegistrationTests
{
    private const string BaseUrl = "http://127.0.0.1:5000/proxy/catalog";
    private FakeTimeProvider time = null!;

    [SetUp]
    public void SetUp() => time = new FakeTimeProvider();

    [Test]
    public async Task AddRateLimitedClient_BaseUrlWithPathPrefix_SendsUnderThePrefixWithTheUserAgent()
    {
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"id": 7, "title": "Seven"}"""));
        await using var services = Services(stub);

        var item = await GetItemAsync(services, 7);

        Assert.Multiple(() =>
        {
            Assert.That(item, Is.EqualTo(new CatalogItem(7, "Seven")));
            Assert.That(stub.Requests.Single().Uri.AbsoluteUri, Is.EqualTo(BaseUrl + "/items/7"));
            Assert.That(stub.Requests.Single().Headers["User-Agent"], Is.EqualTo(HttpPolicyOptions.DefaultUserAgent).And.StartWith("CollectionSite/"));
        });
    }

    [Test]
    public async Task AddRateLimitedClient_ServerErrorThenItem_RetriedByTheResilientHandler()
    {
        var stub = new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"id": 7}"""));
        await using var services = Services(stub);

        var item = await GetItemAsync(services, 7);

        Assert.That((item?.Id, stub.Calls), Is.EqualTo(((long?)7, 2)));
    }

    [Test]
    public async Task AddRateLimitedClient_NotFound_Null()
    {
        await using var services = Services(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.NotFound, """{"message": "nope"}""")));

        Assert.That(await GetItemAsync(services, 7), Is.Null);
    }

    [TestCase(HttpStatusCode.Unauthorized)]
    [TestCase(HttpStatusCode.Forbidden)]
    public async Task AddRateLimitedClient_CredentialsRefused_ThrowsTheSourcesAuthenticationException(HttpStatusCode status)
    {
        await using var services = Services(new StubHttpMessageHandler(StubHttpMessageHandler.Status(status)));

        var error = Assert.ThrowsAsync<RemoteAuthenticationException>(() => GetItemAsync(services, 7));

        Assert.That((error!.SourceName, error.StatusCode, error.Message), Is.EqualTo(
            ("Catalog", (HttpStatusCode?)status, $"Catalog refused the key ({(int)status}) on GET /proxy/catalog/items/7. Check Catalog:Key.")));
        Assert.That(error, Is.InstanceOf<FatalRemoteException>());
    }

    [Test]
    public async Task AddRateLimitedClient_TruncatedJsonEveryTime_RetriedThenRecordedAsRemoteApiException()
    {
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"id": 7, "tit"""));
        await using var services = Services(stub);

        var error = Assert.ThrowsAsync<RemoteApiException>(() => GetItemAsync(services, 7));

        Assert.Multiple(() =>
        {
            Assert.That(stub.Calls, Is.EqualTo(1 + Policy().MaxBodyRetries));
            Assert.That((error!.SourceName, error.StatusCode, error.RequestPath), Is.EqualTo(("Catalog", (HttpStatusCode?)HttpStatusCode.OK, "/proxy/catalog/items/7")));
            Assert.That(error.Message, Does.StartWith("GET /proxy/catalog/items/7 answered malformed JSON"));
        });
    }

    [Test]
    public async Task AddRateLimitedClient_ConnectionFailsEveryTime_RecordedWithoutAStatus()
    {
        await using var services = Services(new StubHttpMessageHandler((_, _) => throw new HttpRequestException("connection reset")));

        var error = Assert.ThrowsAsync<RemoteApiException>(() => GetItemAsync(services, 7));

        Assert.That((error!.StatusCode, error.Message), Is.EqualTo(((HttpStatusCode?)null, "GET /proxy/catalog/items/7 failed: connection reset")));
    }

    [Test]
    public async Task AddRateLimitedClient_ClientsResolvedTwice_ShareOneProcessWideLimiter()
    {
        await using var services = Services(
            new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"id": 7}""")),
            Policy() with { PermitsPerWindow = 1, Window = TimeSpan.FromSeconds(60) });
        await GetItemAsync(services, 7);

        var second = GetItemAsync(services, 8);
        var waitedForThePermit = !second.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(62));

        Assert.That((waitedForThePermit, (await second)?.Id), Is.EqualTo((true, (long?)7)));
    }

    [Test]
    public async Task AddRateLimitedClient_TimeBudgetSpent_ThrowsTheBudgetVerdictNotAnApiFailure()
    {
        // Refit wraps what the handler throws; a request the budget refused is not a failure of the item or the API
        // (a DiscogsApiException here would fail the item, or abort the run from the listing).
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"id": 7}"""));
        await using var services = Services(stub, configure: s => s.AddSingleton(new RequestDeadline(time)));
        services.GetRequiredService<RequestDeadline>().Set(time.GetUtcNow());

        Assert.ThrowsAsync<TimeBudgetExhaustedException>(() => GetItemAsync(services, 7));
        Assert.That(stub.Calls, Is.Zero);
    }

    private static HttpPolicyOptions Policy() => HandlerHarness.DefaultOptions() with { ServiceName = "Catalog" };

    private static Task<CatalogItem?> GetItemAsync(IServiceProvider services, long id) =>
        ApiResponses.ContentOrNullAsync(services.GetRequiredService<ICatalogApi>().GetItemAsync(id, CancellationToken.None), CatalogSource.Instance);

    private ServiceProvider Services(StubHttpMessageHandler stub, HttpPolicyOptions? policy = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddRateLimitedClient<ICatalogApi>(BaseUrl, policy ?? Policy(), CatalogJsonContext.Default)
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider();
    }
}
