using System.Net;
using CollectionSite.Clients.Http;
using CollectionSite.Storage;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>
/// Override (collector) cover URLs through the real download client and its connect-time guard, against a Kestrel fake
/// on 127.0.0.1: a public URL that redirects inward, a name that resolves inward, and the guard switched off for fakes.
/// </summary>
[Category("Kestrel")]
public sealed class OverrideAddressGuardTests
{
    /// <summary>Stands in for a public CDN: the guard vets it as public, the test's dialer routes it to the fake.</summary>
    private const string PublicStandIn = "151.101.1.69";

    [Test]
    public async Task Build_PublicOverrideRedirectsToLoopback_RefusedAtConnectAndRecorded()
    {
        await using var server = await LoopbackImageServer.StartAsync();
        using var harness = new ArtworkHarness("override-redirect-inward");
        server.Redirect("/cover.jpg", $"http://127.0.0.1:{server.Port}/x.jpg");
        server.Serve("/x.jpg", harness.Jpeg(300, 300));
        harness.AddressGuard = new PublicAddressGuard(
            PublicAddressGuardTests.Resolving("covers.example", PublicStandIn),
            dial: (addresses, _, cancellationToken) => addresses.Single().ToString() == PublicStandIn
                ? PublicAddressGuard.DialAsync([IPAddress.Loopback], server.Port, cancellationToken)
                : throw new AssertionException($"dialled {addresses.Single()}"));
        harness.Leads.Overrides[(ItemKinds.Release, 31)] = "http://covers.example/cover.jpg";
        await harness.AddReleaseAsync(31);

        var summary = await harness.BuildAsync();

        var failure = (await harness.FailuresAsync()).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(failure.LastError, Does.Contain("refused: 127.0.0.1 resolves to an internal address"));
            Assert.That(failure.LastError, Does.Not.Contain("\n"));
            Assert.That(server.Paths, Is.EqualTo(new[] { "/cover.jpg" }), "the internal hop is never connected to");
            Assert.That(await harness.CoverAsync(31), Is.Null);
            Assert.That(harness.Stage(summary, "Fetch covers").Failed, Is.EqualTo(1));
            Assert.That(summary.Stages[^1].Stage, Is.EqualTo("Render pages"), "the run goes on");
        });
    }

    [Test]
    public async Task Build_OverrideNameResolvesToLoopback_RefusedAtConnectAndRecorded()
    {
        await using var server = await LoopbackImageServer.StartAsync();
        using var harness = new ArtworkHarness("override-rebound");
        server.Serve("/x.jpg", harness.Jpeg(300, 300));
        harness.AddressGuard = new PublicAddressGuard(PublicAddressGuardTests.Resolving("rebound.example", "127.0.0.1"));
        harness.Leads.Overrides[(ItemKinds.Release, 32)] = $"http://rebound.example:{server.Port}/x.jpg";
        await harness.AddReleaseAsync(32);

        await harness.BuildAsync();

        var failure = (await harness.FailuresAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(failure.LastError, Does.Contain("refused: rebound.example resolves to an internal address (127.0.0.1)"));
            Assert.That(server.Paths, Is.Empty);
        });
    }

    [Test]
    public async Task Build_InternalAddressesAllowedForFakes_OverrideFollowedThroughTheRedirect()
    {
        await using var server = await LoopbackImageServer.StartAsync();
        using var harness = new ArtworkHarness("override-guard-off");
        server.Redirect("/cover.jpg", "/x.jpg");
        server.Serve("/x.jpg", harness.Jpeg(300, 300));
        harness.AddressGuard = new PublicAddressGuard(PublicAddressGuardTests.Resolving("unused.example"), allowInternalAddresses: true);
        harness.Leads.Overrides[(ItemKinds.Release, 33)] = server.BaseUrl + "/cover.jpg";
        await harness.AddReleaseAsync(33);

        await harness.BuildAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((await harness.CoverAsync(33))?.Source, Is.EqualTo("override"));
            Assert.That(server.Paths, Is.EqualTo(new[] { "/cover.jpg", "/x.jpg" }));
            Assert.That(await harness.FailuresAsync(), Is.Empty);
        });
    }
}
