using System.Net;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using FakeTimeProvider = Microsoft.Extensions.Time.Testing.FakeTimeProvider;

namespace CollectionSite.Tests.Clients.Discogs;

/// <summary>
/// Discogs calls go through Refit and the registered handler: the paths and headers that leave (under a base URL with
/// a path prefix), and refused credentials as Discogs' authentication failure. Recorded payloads, no network.
/// </summary>
public sealed class DiscogsRegistrationTests
{
    private const string Token = "registration-test-token";
    private readonly DiscogsSettings settings = new() { BaseUrl = "http://127.0.0.1:5000/proxy/discogs/", Token = Token };

    [Test]
    public async Task AddDiscogsClient_BaseUrlWithPathPrefix_SendsRefitPathsAndDiscogsHeaders()
    {
        var release = TestPaths.ReadFixture("discogs", "release_249504.json");
        var stub = new StubHttpMessageHandler((request, _) => Task.FromResult(Recorded(request.RequestUri!.AbsolutePath.Contains("/releases/", StringComparison.Ordinal)
            ? release
            : TestPaths.ReadFixture("discogs", "collection_folder_0_releases_page1.json"))));
        await using var services = DiscogsServices.Build(settings, new FakeTimeProvider(), stub);
        var discogs = services.GetRequiredService<IDiscogsApi>();

        var page = await discogs.GetCollectionPageAsync("example user", 1, 100, CancellationToken.None);
        var fetched = await discogs.GetReleaseAsync(249504, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(stub.Requests.Select(r => r.Uri.PathAndQuery), Is.EqualTo(new[]
            {
                "/proxy/discogs/users/example%20user/collection/folders/0/releases?page=1&per_page=100&sort=added&sort_order=desc",
                "/proxy/discogs/releases/249504",
            }));
            Assert.That(stub.Requests.Select(r => (r.Method, r.Headers["User-Agent"], r.Headers["Authorization"], r.Headers["Accept"])), Is.All.EqualTo(
                (HttpMethod.Get, HttpPolicyOptions.DefaultUserAgent, "Discogs token=" + Token, "application/vnd.discogs.v2.discogs+json")));
            Assert.That(page.Items, Is.Not.Empty);
            Assert.That(fetched!.RawJson, Is.EqualTo(release), "stored byte for byte");
        });
    }

    [TestCase(HttpStatusCode.Unauthorized, "error_401_must_authenticate.json", "Discogs:Token")]
    [TestCase(HttpStatusCode.Forbidden, "error_403_no_permission.json", "Discogs:Username")]
    public async Task AddDiscogsClient_CredentialsRefused_ThrowsDiscogsAuthenticationExceptionNamingSourceAndFix(HttpStatusCode status, string fixture, string fix)
    {
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(status, TestPaths.ReadFixture("discogs", fixture)));
        await using var services = DiscogsServices.Build(settings, new FakeTimeProvider(), stub);

        var error = Assert.ThrowsAsync<DiscogsAuthenticationException>(
            () => services.GetRequiredService<IDiscogsApi>().GetReleaseAsync(249504, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That((error!.SourceName, error.StatusCode, stub.Calls), Is.EqualTo(("Discogs", (HttpStatusCode?)status, 1)));
            Assert.That(error.Message, Does.Contain($"({(int)status} ").And.Contain("GET /proxy/discogs/releases/249504").And.Contain(fix));
            Assert.That(error.Message, Does.Not.Contain(Token));
        });
    }

    private static HttpResponseMessage Recorded(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
}
