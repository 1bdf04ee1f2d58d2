using System.Net;
using System.Text.Json;
using CollectionSite.Clients.Discogs;
using CollectionSite.Configuration;
using CollectionSite.Stages.Discogs;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using FakeTimeProvider = Microsoft.Extensions.Time.Testing.FakeTimeProvider;

namespace CollectionSite.Tests.Clients.Discogs;

/// <summary>
/// The registered client against the fake Discogs server: a collection page or resource whose 200 body is
/// truncated or HTML is retried like a 5xx, and recorded as the item's error when it stays broken. The clock is
/// a fake that never moves, so no attempt can time out and retries do not wait.
/// </summary>
[TestFixture]
[Category("Kestrel")]
public sealed class DiscogsResilienceTests
{
    private const string Collection = "/users/";
    private FakeDiscogsServer server = null!;
    private ServiceProvider services = null!;

    [SetUp]
    public async Task SetUp()
    {
        server = await FakeDiscogsServer.StartAsync(new FakeDiscogsOptions
        {
            Permits = 10_000,
            Data = FakeDiscogsData.Generate(1000, 300, 200, withDetails: false),
        });
        server.Data.SetRelease(249504, TestPaths.ReadFixture("discogs", "release_249504.json"));
        var settings = new DiscogsSettings { BaseUrl = server.BaseUrl, Username = "example", Token = FakeDiscogsOptions.DefaultToken };
        services = DiscogsServices.Build(settings, new FakeTimeProvider());
    }

    [TearDown]
    public async Task TearDown()
    {
        await services.DisposeAsync();
        await server.DisposeAsync();
    }

    private IDiscogsApi Discogs => services.GetRequiredService<IDiscogsApi>();

    [Test]
    public async Task ListAsync_TruncatedPageOnce_RetriedLikeA5xxAndTheListingCompletes()
    {
        server.Faults.Add(FakeDiscogsFault.TruncatedJson(), Collection, page: 4);

        var listing = await new CollectionListing(Discogs, NullLogger<CollectionListing>.Instance).ListAsync("example", CancellationToken.None);

        Assert.That(listing.Items.Select(i => i.InstanceId), Is.EqualTo(server.Data.InstanceIds()));
        Assert.That(server.Log.Count(r => r.PathAndQuery.Contains("?page=4&", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public async Task ListAsync_HtmlPageOnce_RetriedLikeA5xxAndTheListingCompletes()
    {
        server.Faults.Add(FakeDiscogsFault.HtmlPage(), Collection, page: 1);

        var listing = await new CollectionListing(Discogs, NullLogger<CollectionListing>.Instance).ListAsync("example", CancellationToken.None);

        Assert.That(listing.Items, Has.Count.EqualTo(1000));
    }

    [Test]
    public void GetReleaseAsync_TruncatedEveryTime_RetriedThenRecordedAsMalformedJson()
    {
        server.Faults.Add(FakeDiscogsFault.TruncatedJson(), "/releases/249504", times: FakeDiscogsFaultRule.Forever);

        var error = Assert.ThrowsAsync<DiscogsApiException>(() => Discogs.GetReleaseAsync(249504, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(server.Log.Count(r => r.PathAndQuery == "/releases/249504"), Is.EqualTo(1 + DiscogsServices.Policy(new()).MaxBodyRetries));
            Assert.That((error!.SourceName, error.StatusCode, error.RequestPath), Is.EqualTo(("Discogs", (HttpStatusCode?)HttpStatusCode.OK, "/releases/249504")));
            Assert.That(error.Message, Does.Contain("malformed JSON"));
            Assert.That(error.InnerException, Is.InstanceOf<JsonException>());
        });
    }

    [Test]
    public void GetMasterAsync_HtmlEveryTime_RetriedThenRecordedNamingTextHtml()
    {
        server.Data.SetMaster(1000, TestPaths.ReadFixture("discogs", "master_1000.json"));
        server.Faults.Add(FakeDiscogsFault.HtmlPage(), "/masters/1000", times: FakeDiscogsFaultRule.Forever);

        var error = Assert.ThrowsAsync<DiscogsApiException>(() => Discogs.GetMasterAsync(1000, CancellationToken.None));

        Assert.That(error!.Message, Does.StartWith("GET /masters/1000 answered text/html instead of JSON: <html>"));
        Assert.That(server.Log.Count(r => r.PathAndQuery == "/masters/1000"), Is.EqualTo(1 + DiscogsServices.Policy(new()).MaxBodyRetries));
    }
}
