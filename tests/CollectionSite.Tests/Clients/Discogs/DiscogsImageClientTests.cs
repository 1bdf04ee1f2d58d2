using System.Net;
using CollectionSite.Clients.Discogs;
using CollectionSite.Configuration;
using CollectionSite.Tests.Clients.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Clients.Discogs;

/// <summary>Downloads from Discogs' image hosts spend the same budget as the API and carry its User-Agent, never its token.</summary>
public sealed class DiscogsImageClientTests
{
    private const string ImageUrl = "https://i.discogs.com/sig/cover.jpeg";

    [Test]
    public async Task ImageRequest_ApiUsedTheWindowsOnlyPermit_WaitsForTheSameWindow()
    {
        var time = new FakeTimeProvider();
        var api = new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, """{"id": 1, "username": "tester"}"""));
        var images = new StubHttpMessageHandler(StubHttpMessageHandler.Reply(HttpStatusCode.OK, "jpeg bytes", "image/jpeg"));
        await using var services = Build(time, api, images, permits: 1);
        await services.GetRequiredService<IDiscogsApi>().GetIdentityAsync(CancellationToken.None);

        var download = services.GetRequiredService<IHttpClientFactory>().CreateClient("discogs-images").GetAsync(ImageUrl);
        var waitedForThePermit = !download.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(62));
        using var response = await download;

        Assert.Multiple(() =>
        {
            Assert.That((waitedForThePermit, response.StatusCode), Is.EqualTo((true, HttpStatusCode.OK)));
            Assert.That(images.Requests.Single().Headers["User-Agent"], Does.StartWith("CollectionSite/"));
            Assert.That(images.Requests.Single().Headers.ContainsKey("Authorization"), Is.False);
            Assert.That(api.Requests.Single().Headers["Authorization"], Does.StartWith("Discogs token="));
        });
    }

    [Test]
    public async Task ImageRequest_ServerError_RetriedByTheSameResilientHandler()
    {
        var time = new FakeTimeProvider();
        var images = new StubHttpMessageHandler(
            StubHttpMessageHandler.Reply(HttpStatusCode.BadGateway, "<html>", "text/html"),
            StubHttpMessageHandler.Reply(HttpStatusCode.OK, "jpeg bytes", "image/jpeg"));
        await using var services = Build(time, new StubHttpMessageHandler(), images, permits: 100);

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("discogs-images").GetAsync(ImageUrl);

        Assert.That((response.StatusCode, images.Calls), Is.EqualTo((HttpStatusCode.OK, 2)));
    }

    private static ServiceProvider Build(FakeTimeProvider time, HttpMessageHandler api, HttpMessageHandler images, int permits)
    {
        var settings = new DiscogsSettings { Username = "tester", Token = "test-token-not-secret" };
        var policy = DiscogsServices.Policy(settings) with { PermitsPerWindow = permits, Window = TimeSpan.FromSeconds(60) };
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddDiscogsClient(settings, policy).ConfigurePrimaryHttpMessageHandler(() => api);
        services.AddDiscogsImageClient("discogs-images", policy).ConfigurePrimaryHttpMessageHandler(() => images);
        return services.BuildServiceProvider();
    }
}
