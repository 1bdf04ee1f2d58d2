using CollectionSite.Clients.AppleMusic.Models;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>Registers the Apple Music client: its Refit interface behind the shared rate-limited registration, the developer token and the mapping client.</summary>
public static class AppleMusicServiceCollectionExtensions
{
    /// <summary>The policy for api.music.apple.com: <c>AppleMusic:RequestsPerMinute</c> per moving minute, <c>AppleMusic:TimeoutSeconds</c> per attempt.</summary>
    public static HttpPolicyOptions PolicyFor(AppleMusicSettings settings) => new()
    {
        ServiceName = AppleMusicSource.ServiceName,
        PermitsPerWindow = settings.RequestsPerMinute,
        Window = TimeSpan.FromSeconds(60),
        AttemptTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
    };

    /// <summary>
    /// Registers <see cref="IAppleMusicApi"/> over <c>AppleMusic:BaseUrl</c> in <c>AppleMusic:Storefront</c>, signing its
    /// developer token with the configured key. Needs <see cref="TimeProvider"/>, <see cref="SecretRedactor"/> and an
    /// <c>ILoggerFactory</c> in the container. Resolving the API reads the key: an unreadable key is a
    /// <see cref="ConfigurationException"/> naming AppleMusic:PrivateKey or AppleMusic:PrivateKeyPath.
    /// </summary>
    /// <param name="policy">Replaces <see cref="PolicyFor"/> (tests scale the window down).</param>
    /// <returns>The HTTP client builder (tests put a stub primary handler under it).</returns>
    public static IHttpClientBuilder AddAppleMusicClient(this IServiceCollection services, AppleMusicSettings settings, HttpPolicyOptions? policy = null)
    {
        services.TryAddSingleton(sp => new AppleMusicDeveloperToken(settings, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SecretRedactor>()));
        services.AddTransient<IAppleMusicApi>(sp => new AppleMusicClient(sp.GetRequiredService<IAppleMusicWireApi>(), settings.Storefront));
        return services.AddRateLimitedClient<IAppleMusicWireApi>(settings.BaseUrl, policy ?? PolicyFor(settings), AppleMusicJsonContext.Default)
            .AddHttpMessageHandler(sp => new AppleMusicAuthorizationHandler(sp.GetRequiredService<AppleMusicDeveloperToken>()));
    }
}
