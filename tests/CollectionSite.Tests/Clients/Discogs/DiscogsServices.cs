using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Clients.Discogs;

/// <summary>
/// The production registration (<see cref="DiscogsServiceCollectionExtensions.AddDiscogsClient"/>): Refit, the resilient
/// handler and the mapping client, optionally over a stub primary handler instead of the network.
/// </summary>
internal static class DiscogsServices
{
    /// <summary>No waits between retries (the clock is a test's fake); everything else as <see cref="DiscogsServiceCollectionExtensions.PolicyFor"/>.</summary>
    public static HttpPolicyOptions Policy(DiscogsSettings settings) => DiscogsServiceCollectionExtensions.PolicyFor(settings) with
    {
        PermitsPerWindow = 10_000,
        BaseRetryDelay = TimeSpan.Zero,
        MaxRetryDelay = TimeSpan.Zero,
        Jitter = new Random(11),
    };

    public static ServiceProvider Build(DiscogsSettings settings, TimeProvider time, HttpMessageHandler? primary = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        var client = services.AddDiscogsClient(settings, Policy(settings));
        if (primary is not null)
        {
            client.ConfigurePrimaryHttpMessageHandler(() => primary);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
