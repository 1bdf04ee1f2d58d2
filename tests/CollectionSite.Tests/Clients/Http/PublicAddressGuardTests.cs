using System.Net;
using CollectionSite.Clients.Http;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>
/// The connect-time guard of the override download client over real sockets: the name resolution is the test's
/// (a name mapped to the Kestrel fake on 127.0.0.1), the vetting and the connection are production code.
/// </summary>
[Category("Kestrel")]
public sealed class PublicAddressGuardTests
{
    private const string Client = "guarded-images";

    [Test]
    public void VetAsync_OneOfTheAddressesInternal_RefusedNamingHostAndAddress()
    {
        var guard = new PublicAddressGuard(Resolving("mixed.example", "93.184.215.14", "10.0.0.7"));

        var refused = Assert.ThrowsAsync<InternalAddressException>(() => guard.VetAsync("mixed.example", CancellationToken.None));

        Assert.That(refused!.Message, Is.EqualTo("refused: mixed.example resolves to an internal address (10.0.0.7)"));
    }

    [TestCase("[::ffff:127.0.0.1]")]
    [TestCase("169.254.169.254")]
    [TestCase("[64:ff9b::a9fe:a9fe]")]
    public void VetAsync_InternalLiteral_RefusedWithoutResolving(string host)
    {
        var guard = new PublicAddressGuard((name, _) => throw new AssertionException($"resolved {name}"));

        Assert.ThrowsAsync<InternalAddressException>(() => guard.VetAsync(host, CancellationToken.None));
    }

    [Test]
    public async Task VetAsync_PublicAddressesOrInternalAllowed_AddressesReturned()
    {
        var publicOnly = await new PublicAddressGuard(Resolving("cdn.example", "151.101.1.69")).VetAsync("cdn.example", CancellationToken.None);
        var allowed = await new PublicAddressGuard(Resolving("cdn.example", "127.0.0.1"), allowInternalAddresses: true).VetAsync("cdn.example", CancellationToken.None);

        Assert.That((publicOnly.Single().ToString(), allowed.Single().ToString()), Is.EqualTo(("151.101.1.69", "127.0.0.1")));
    }

    [Test]
    public async Task Download_NameResolvesToLoopback_RefusedAtConnectOnceAndNothingSent()
    {
        await using var server = await LoopbackImageServer.StartAsync();
        server.Serve("/x.jpg", [0xFF, 0xD8, 0xFF]);
        var lookups = 0;
        await using var services = Services(new PublicAddressGuard((name, _) =>
        {
            Interlocked.Increment(ref lookups);
            return Resolving("covers.example", "127.0.0.1")(name, CancellationToken.None);
        }));

        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(Client);
        var refused = Assert.ThrowsAsync<InternalAddressException>(() => client.GetAsync(new Uri($"http://covers.example:{server.Port}/x.jpg")));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Is.EqualTo("refused: covers.example resolves to an internal address (127.0.0.1)"));
            Assert.That(lookups, Is.EqualTo(1), "our refusal is not retried like a failing host");
            Assert.That(server.Paths, Is.Empty);
        });
    }

    [Test]
    public async Task Download_InternalAddressesAllowed_ConnectsToTheResolvedAddress()
    {
        await using var server = await LoopbackImageServer.StartAsync();
        server.Serve("/x.jpg", [0xFF, 0xD8, 0xFF]);
        await using var services = Services(new PublicAddressGuard(Resolving("covers.example", "127.0.0.1"), allowInternalAddresses: true));

        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(Client);
        using var response = await client.GetAsync(new Uri($"http://covers.example:{server.Port}/x.jpg"));

        Assert.That((response.StatusCode, await response.Content.ReadAsByteArrayAsync()), Is.EqualTo((HttpStatusCode.OK, new byte[] { 0xFF, 0xD8, 0xFF })));
    }

    /// <summary>A resolver that knows one name.</summary>
    internal static HostResolver Resolving(string host, params string[] addresses) => (name, _) =>
        name == host ? Task.FromResult(addresses.Select(IPAddress.Parse).ToArray()) : throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound);

    private static ServiceProvider Services(PublicAddressGuard guard)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestClock.Start));
        services.AddSingleton(guard);
        services.AddRateLimitedDownloadClient<PublicAddressGuardTests>(Client, ClientServices.WithoutBackOff(new HttpPolicyOptions { ServiceName = "Override images", PermitsPerWindow = 60 }), publicAddressesOnly: true);
        return services.BuildServiceProvider();
    }
}
