using System.Net;
using CollectionSite.Admin;
using CollectionSite.Hosting;
using CollectionSite.Storage;
using CollectionSite.Storage.Status;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Tests.Admin;

/// <summary>The admin's forms over HTTP: skip and unskip, compare-and-swap, the turn and lock refusals, unknown ids,
/// oversize bodies, and the antiforgery check on every POST route.</summary>
[TestFixture]
[NonParallelizable]
[Category("Kestrel")]
public sealed class AdminCurationTests
{
    private AdminWorld world = null!;

    [OneTimeSetUp]
    public async Task SetUp() => world = await AdminWorld.StartAsync("admin-curation");

    [OneTimeTearDown]
    public async Task TearDown() => await world.DisposeAsync();

    private T Get<T>() where T : notnull => world.Server.Services.GetRequiredService<T>();

    [Test]
    public async Task SkippedRelease_CountsAsSkipped_AndUnskipThroughTheAdminBringsItsPageBack()
    {
        const long release = 3047604;
        using var http = new AdminHttp(world.Server.Url);
        Assert.That(await world.AlbumPageAsync(release), Is.Not.Null);

        var (skipStatus, _) = await http.PostAsync($"/releases/{release}/skip", ("skip", "true"), ("reason", "not mine"), ("version", SkipVersion.None));
        Assert.That(skipStatus, Is.EqualTo(HttpStatusCode.Redirect));

        var rows = await Get<AdminCatalog>().ReleasesAsync(CancellationToken.None);
        var status = await Get<StatusQuery>().GetAsync(CancellationToken.None);
        var row = rows.Single(r => r.Id == release);
        Assert.Multiple(() =>
        {
            Assert.That(row.Skipped, Is.True);
            Assert.That(row.Partial, Is.False, "its stored details are shown");
            Assert.That(rows.Count(r => r.Skipped), Is.EqualTo(status.Collection.Skipped));
            Assert.That(rows.Count(r => !r.Skipped), Is.EqualTo(status.Collection.Releases));
        });
        Assert.That(await http.GetAsync("/releases?filter=skipped"), Does.Contain($"/releases/{release}\""));
        Assert.That(await http.GetAsync($"/releases/{release}"), Does.Contain("Unskip"));
        await http.PostAsync("/rerender", ("release", $"{release}"));
        Assert.That(await world.AlbumPageAsync(release), Is.Null, "skipped: pruned");

        var current = (await Get<SkipListRepository>().GetAllAsync(CancellationToken.None)).Single(s => s.ReleaseId == release);
        var (unskipStatus, body) = await http.PostAsync($"/releases/{release}/skip", ("skip", "false"), ("version", SkipVersion.Of(current)));
        Assert.That(unskipStatus, Is.EqualTo(HttpStatusCode.Redirect), body);
        await http.PostAsync("/rerender", ("release", $"{release}"));

        Assert.That(await world.AlbumPageAsync(release), Is.Not.Null, "unskipped: published again");
    }

    [Test]
    public async Task StaleSkipOrUnskip_IsAConflict()
    {
        const long release = 3329867;
        using var http = new AdminHttp(world.Server.Url);
        var skips = Get<SkipListRepository>();
        Assert.That((await http.PostAsync($"/releases/{release}/skip", ("skip", "true"), ("reason", "first"), ("version", SkipVersion.None))).Status, Is.EqualTo(HttpStatusCode.Redirect));

        var second = await http.PostAsync($"/releases/{release}/skip", ("skip", "true"), ("reason", "second"), ("version", SkipVersion.None));
        var staleUnskip = await http.PostAsync($"/releases/{release}/skip", ("skip", "false"), ("version", SkipVersion.None));

        Assert.That((second.Status, staleUnskip.Status), Is.EqualTo((HttpStatusCode.Conflict, HttpStatusCode.Conflict)));
        Assert.That((await skips.GetAllAsync(CancellationToken.None)).Single(s => s.ReleaseId == release).Reason, Is.EqualTo("first"));
        await skips.RemoveAsync(release, CancellationToken.None);
    }

    [Test]
    public async Task EditDuringAnAdminRerender_IsRefusedAsBusy_NotHeld()
    {
        var held = new TaskCompletionSource<int>();
        var rerender = Get<AdminGate>().RunAsync(() => held.Task, CancellationToken.None);
        using var http = new AdminHttp(world.Server.Url);
        try
        {
            var (status, body) = await http.PostAsync($"/releases/{AdminWorld.Release}/requeue/apple");

            Assert.That(status, Is.EqualTo((HttpStatusCode)423));
            Assert.That(body, Does.Contain("nothing was changed"));
        }
        finally
        {
            held.SetResult(0);
            await rerender;
        }
    }

    [Test]
    public async Task RerenderWhileABuildHoldsTheLock_IsRefusedAsBusy()
    {
        using var http = new AdminHttp(world.Server.Url);
        await http.GetAsync("/");
        (HttpStatusCode Status, string Body) answer;
        using (StateLock.TryAcquire(world.State))
        {
            answer = await http.PostAsync("/rerender", ("release", $"{AdminWorld.Release}"));
        }

        Assert.That(answer.Status, Is.EqualTo((HttpStatusCode)423), answer.Body);
    }

    [Test]
    public async Task DisplayOrCoverForAnUnknownRelease_IsNotFound_AndNothingIsStored()
    {
        const long unknown = 999999;
        using var http = new AdminHttp(world.Server.Url);
        var uploads = UploadsFolder();
        var before = Files(uploads);

        var display = await http.PostAsync($"/releases/{unknown}/display", ("title", "Ghost"), ("version", "0"));
        var cover = await http.PostMultipartAsync($"/releases/{unknown}/cover", DemoCover(), ("version", OverrideVersion.None));

        Assert.That((display.Status, cover.Status), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
        Assert.That(await Get<DisplayOverrideRepository>().GetAsync(unknown, CancellationToken.None), Is.Null);
        Assert.That(Files(uploads), Is.EqualTo(before));
    }

    [Test]
    public async Task CoverWithAStaleVersion_IsAConflict_AndLeavesNoOrphanUpload()
    {
        using var http = new AdminHttp(world.Server.Url);
        var before = Files(UploadsFolder());

        var (status, _) = await http.PostMultipartAsync($"/releases/{AdminWorld.Release}/cover", DemoCover(), ("version", "stale"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(Files(UploadsFolder()), Is.EqualTo(before));
    }

    [Test]
    public async Task OverrideWithAStaleVersion_IsAConflict()
    {
        using var http = new AdminHttp(world.Server.Url);
        const long release = 440664;

        var first = await http.PostAsync($"/releases/{release}/override/spotify", ("action", "search"), ("value", "first"), ("version", OverrideVersion.None));
        var second = await http.PostAsync($"/releases/{release}/override/spotify", ("action", "search"), ("value", "second"), ("version", OverrideVersion.None));

        Assert.That((first.Status, second.Status), Is.EqualTo((HttpStatusCode.Redirect, HttpStatusCode.Conflict)));
        Assert.That((await Get<OverrideRepository>().GetAsync(EnrichmentSources.Spotify, ItemKinds.Release, release, CancellationToken.None))?.Value, Is.EqualTo("first"));
    }

    [Test]
    public async Task InternalCoverUrlPostedThroughTheForm_IsRefused()
    {
        using var http = new AdminHttp(world.Server.Url);
        const long release = 474617;

        var (status, body) = await http.PostAsync($"/releases/{release}/override/artwork", ("action", "image-url"), ("value", "http://169.254.169.254/latest/meta-data"), ("version", OverrideVersion.None));

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(await Get<OverrideRepository>().GetAsync(EnrichmentSources.Artwork, ItemKinds.Release, release, CancellationToken.None), Is.Null);
    }

    [TestCase("/releases/249504/cover", true)]
    [TestCase("/releases/249504/display", false)]
    public async Task OversizeBody_IsRefusedWith413Page(string path, bool multipart)
    {
        using var http = new AdminHttp(world.Server.Url);
        var big = new byte[21 * 1024 * 1024];
        var answer = multipart
            ? await http.PostMultipartAsync(path, big, ("version", OverrideVersion.None))
            : await http.PostAsync(path, ("title", new string('x', big.Length)), ("version", "0"));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(answer.Body, Does.Contain("too large"));
    }

    [Test]
    public async Task EveryPostRoute_WithoutAntiforgeryToken_IsRejected()
    {
        var routes = Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => e.RoutePattern.RawText!)
            .ToList();
        Assert.That(routes, Has.Count.GreaterThan(8), "the POST routes were found");
        using var client = new HttpClient();

        foreach (var route in routes)
        {
            var path = route.Replace("{id:long}", $"{AdminWorld.Release}", StringComparison.Ordinal).Replace("{source}", "apple", StringComparison.Ordinal);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["skip"] = "true", ["version"] = "0" });
            using var response = await client.PostAsync(world.Url(path), form);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), path);
        }
    }

    private string UploadsFolder() => Path.Combine(world.State, "artwork", "uploads");

    private static string[] Files(string folder) => Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];

    private static byte[] DemoCover() => File.ReadAllBytes(Path.Combine(Fakes.TestPaths.RepositoryRoot, "src", "CollectionSite", "Demo", "Data", "artwork", "releases", "8067164.jpg"));
}
