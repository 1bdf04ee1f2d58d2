using System.Security.Cryptography;
using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Tests.Clients.AppleMusic;

/// <summary>
/// The production registration (<see cref="AppleMusicServiceCollectionExtensions.AddAppleMusicClient"/>) over a stub,
/// signing with a P-256 key made for the test run (its public half verifies the tokens).
/// </summary>
internal sealed class AppleMusicServices : IAsyncDisposable
{
    public const string TeamId = "TEAM123456";
    public const string KeyId = "KEY1234567";

    private AppleMusicServices(ServiceProvider provider, StubHttpMessageHandler stub, FakeTimeProvider time, SecretRedactor redactor, HttpPolicyOptions policy)
    {
        Provider = provider;
        Stub = stub;
        Time = time;
        Redactor = redactor;
        Policy = policy;
    }

    /// <summary>The signing key of every test in the run; tests verify signatures with its public half.</summary>
    public static ECDsa Key { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public ServiceProvider Provider { get; }

    public StubHttpMessageHandler Stub { get; }

    public FakeTimeProvider Time { get; }

    public SecretRedactor Redactor { get; }

    public HttpPolicyOptions Policy { get; }

    public IAppleMusicApi Api => Provider.GetRequiredService<IAppleMusicApi>();

    public static AppleMusicSettings Settings(string? privateKey = null) => new()
    {
        TeamId = TeamId,
        KeyId = KeyId,
        PrivateKey = privateKey ?? Key.ExportPkcs8PrivateKeyPem(),
        Storefront = "gb",
        BaseUrl = "http://127.0.0.1:5001/apple",
    };

    public static AppleMusicServices Over(StubHttpMessageHandler stub, Func<HttpPolicyOptions, HttpPolicyOptions>? adjust = null)
    {
        var settings = Settings();
        var policy = ClientServices.WithoutBackOff(AppleMusicServiceCollectionExtensions.PolicyFor(settings));
        policy = adjust?.Invoke(policy) ?? policy;
        var time = new FakeTimeProvider(TestClock.Start);
        var redactor = new SecretRedactor([]);
        var services = ClientServices.Host(time, redactor);
        services.AddAppleMusicClient(settings, policy).ConfigurePrimaryHttpMessageHandler(() => stub);
        return new AppleMusicServices(services.Build(), stub, time, redactor, policy);
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
