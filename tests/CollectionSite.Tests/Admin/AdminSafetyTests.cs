using System.Net;
using CollectionSite.Admin;
using CollectionSite.Corrections;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Tests.Admin;

/// <summary>The admin's guards without a browser: forms without a token, remote binds, internal cover URLs, and an
/// edit's survival of a `--refresh all` build.</summary>
[TestFixture]
[NonParallelizable]
[Category("Kestrel")]
public sealed class AdminSafetyTests
{
    private AdminWorld world = null!;

    [OneTimeSetUp]
    public async Task SetUp() => world = await AdminWorld.StartAsync("admin-safety");

    [OneTimeTearDown]
    public async Task TearDown() => await world.DisposeAsync();

    [Test]
    public async Task FormPostWithoutAntiforgeryToken_IsRejected()
    {
        using var client = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["skip"] = "true" });

        using var response = await client.PostAsync(world.Url($"/releases/{AdminWorld.Release}/skip"), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("antiforgery token is missing or invalid"));
        Assert.That(await world.Server.Services.GetRequiredService<SkipListRepository>().GetAllAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task RequestForAnotherHost_IsRefused()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, world.Url("/"));
        request.Headers.Host = "rebound.example";

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MisdirectedRequest));
    }

    [TestCase("0.0.0.0", false, true)]
    [TestCase("192.168.1.5", false, true)]
    [TestCase("192.168.1.5", true, false)]
    [TestCase("127.0.0.1", false, false)]
    [TestCase("::1", false, false)]
    public void BindAddress_NonLoopbackNeedsTheFlag(string address, bool allowRemote, bool refused) =>
        Assert.That(AdminOptions.BindProblem(IPAddress.Parse(address), allowRemote), refused ? Does.Contain("--allow-remote") : Is.Null);

    [Test]
    public async Task AdminCommand_NonLoopbackBindWithoutFlag_ExitsWithTheFix()
    {
        var (exit, _, error) = await CliApplicationTests.Run("admin", "--bind", "0.0.0.0", "--state", Path.Combine(world.Folder, "unused"));

        Assert.That(exit, Is.EqualTo((int)ExitCode.ConfigurationError));
        Assert.That(error, Does.Contain("--allow-remote"));
    }

    [TestCase("http://127.0.0.1/cover.jpg")]
    [TestCase("http://10.1.2.3/cover.jpg")]
    [TestCase("http://169.254.169.254/latest/meta-data")]
    [TestCase("http://[::1]/cover.jpg")]
    [TestCase("http://[::ffff:192.168.0.1]/x.jpg")]
    [TestCase("https://intranet.example/cover.jpg")]
    [TestCase("file:///etc/passwd")]
    public async Task CoverUrl_InternalOrNotHttp_IsRefused(string url)
    {
        // intranet.example "resolves" to a private address, as a rebinding or split-horizon name would.
        var problem = await RemoteImageUrl.ProblemAsync(url, (_, _) => Task.FromResult(new[] { IPAddress.Parse("172.16.0.9") }), CancellationToken.None);

        Assert.That(problem, Is.Not.Null);
    }

    [Test]
    public async Task CoverUrl_PublicAddress_IsAccepted() =>
        Assert.That(await RemoteImageUrl.ProblemAsync("https://img.example/c.jpg", (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34") }), CancellationToken.None), Is.Null);

    [Test]
    public async Task Edits_SurviveABuildWithRefreshAll()
    {
        const long release = 5345088;
        var curation = world.Server.Services.GetRequiredService<Curation>();
        var target = new OverrideTarget(ItemKinds.Release, release);
        var pin = await curation.OverrideAsync(EnrichmentSources.AppleMusic, target, OverrideAction.Pin, AdminWorld.PinnedAlbumId, OverrideVersion.None, CancellationToken.None);
        var display = await curation.DisplayAsync(release, "Curated Title", null, "A note of mine", 0, CancellationToken.None);
        Assert.That((pin.Status, display.Status), Is.EqualTo((EditStatus.Saved, EditStatus.Saved)), pin.Message + display.Message);

        var summary = await AdminWorld.RunAsync(world.Inputs, CollectionSite.Hosting.PipelineDefinitions.Build, new RunOptions(Refresh: DataSources.Parse(["all"])));

        var services = world.Server.Services;
        var decision = await services.GetRequiredService<MatchRepository<CollectionSite.Domain.Enrichment.AppleMusicAlbum>>().GetAsync(release, CancellationToken.None);
        var page = await File.ReadAllTextAsync((await world.AlbumPageAsync(release))!);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed), summary.Message);
            Assert.That(decision, Is.Not.Null);
            Assert.That((decision!.State, decision.Method, decision.Match?.Id), Is.EqualTo((MatchState.Matched, "manual", AdminWorld.PinnedAlbumId)));
            Assert.That(page, Does.Contain("title: \"Curated Title\"").And.Contain("A note of mine").And.Contain("music.apple.com"));
        });
    }
}
