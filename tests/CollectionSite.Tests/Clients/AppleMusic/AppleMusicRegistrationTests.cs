using CollectionSite.Clients.AppleMusic;
using CollectionSite.Configuration;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Tests.Clients.AppleMusic;

/// <summary>The registration reads the key when the API is first resolved, before any request: a bad key is a configuration error, not N failed items.</summary>
public sealed class AppleMusicRegistrationTests
{
    [Test]
    public void AddAppleMusicClient_UnreadableKey_ResolvingTheApiNamesTheSetting()
    {
        var stub = new StubHttpMessageHandler(StubHttpMessageHandler.Status(System.Net.HttpStatusCode.OK));
        var services = ClientServices.Host(new FakeTimeProvider(TestClock.Start), new SecretRedactor([]));
        services.AddAppleMusicClient(AppleMusicServices.Settings("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.Build();

        var error = Assert.Throws<ConfigurationException>(() => provider.GetRequiredService<IAppleMusicApi>());

        Assert.That(error!.Message, Does.StartWith("AppleMusic:PrivateKey is not a readable MusicKit private key"));
        Assert.That(stub.Calls, Is.Zero);
    }

    [Test]
    public void PolicyFor_Settings_BudgetPerMinuteAndTimeout()
    {
        var policy = AppleMusicServiceCollectionExtensions.PolicyFor(new AppleMusicSettings { RequestsPerMinute = 90, TimeoutSeconds = 12 });

        Assert.That((policy.ServiceName, policy.PermitsPerWindow, policy.Window, policy.AttemptTimeout, policy.MaxConcurrentRequests),
            Is.EqualTo(("Apple Music", 90, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(12), (int?)null)));
    }
}
