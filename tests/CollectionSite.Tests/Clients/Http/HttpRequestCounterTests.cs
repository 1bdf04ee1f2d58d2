using System.Net;
using CollectionSite.Clients.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>The per-API request count: what went out to the stub, retries included, nothing the stages merely asked for.</summary>
public sealed class HttpRequestCounterTests
{
    private const string BaseUrl = "http://127.0.0.1:5000/catalog";
    private readonly FakeTimeProvider time = new();

    [Test]
    public async Task Count_RetriedRequests_EveryAttemptTheStubAnswered()
    {
        var stub = new StubHttpMessageHandler(
            StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable),
            StubHttpMessageHandler.Status(HttpStatusCode.BadGateway),
            StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"id": 7}"""),
            StubHttpMessageHandler.Status(HttpStatusCode.NotFound));
        await using var services = Services(stub);
        var api = services.GetRequiredService<ICatalogApi>();

        await ApiResponses.ContentOrNullAsync(api.GetItemAsync(7, CancellationToken.None), CatalogSource.Instance);
        await ApiResponses.ContentOrNullAsync(api.GetItemAsync(8, CancellationToken.None), CatalogSource.Instance);
        var sent = services.GetRequiredService<HttpRequestCounter>().Snapshot();

        Assert.Multiple(() =>
        {
            Assert.That(stub.Calls, Is.EqualTo(4), "2 calls, the first retried twice");
            Assert.That(sent, Is.EqualTo(new Dictionary<string, long> { ["Catalog"] = stub.Calls }));
        });
    }

    [Test]
    public void Since_TwoSnapshots_OnlyWhatWasSentBetweenThem()
    {
        var counter = new HttpRequestCounter();
        counter.Count("Discogs");
        counter.Count("Spotify");
        var before = counter.Snapshot();
        counter.Count("Discogs");
        counter.Count("Discogs");
        counter.Count("Wikipedia");

        Assert.That(counter.Since(before), Is.EqualTo(new Dictionary<string, long> { ["Discogs"] = 2, ["Wikipedia"] = 1 }));
    }

    [Test]
    public async Task AddRateLimitedClient_Budget_RegisteredForPlanning()
    {
        await using var services = Services(new StubHttpMessageHandler());

        var budget = services.GetServices<ApiBudget>().Single();

        Assert.That((budget.Api, budget.RequestsPerSecond), Is.EqualTo(("Catalog", Policy().PermitsPerWindow / Policy().Window.TotalSeconds)));
    }

    private static HttpPolicyOptions Policy() => HandlerHarness.DefaultOptions() with { ServiceName = "Catalog" };

    private ServiceProvider Services(StubHttpMessageHandler stub)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddRateLimitedClient<ICatalogApi>(BaseUrl, Policy(), CatalogJsonContext.Default)
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider();
    }
}
