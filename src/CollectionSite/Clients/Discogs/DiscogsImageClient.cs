using CollectionSite.Clients.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Clients.Discogs;

/// <summary>Downloads from Discogs' image hosts count against the Discogs budget, with the Discogs User-Agent.</summary>
public static class DiscogsImageClient
{
    /// <summary>
    /// Registers the named download client <paramref name="name"/> sharing the limiter of the Discogs API client
    /// (<see cref="DiscogsServiceCollectionExtensions.AddDiscogsClient"/>), or creating it from <paramref name="policy"/> when
    /// no API client is registered (an offline or test composition). No token is sent: image URLs are signed.
    /// </summary>
    public static IHttpClientBuilder AddDiscogsImageClient(this IServiceCollection services, string name, HttpPolicyOptions policy) =>
        services.AddRateLimitedDownloadClient<IDiscogsWireApi>(name, policy with { ServiceName = DiscogsSource.ServiceName + " images" });
}
