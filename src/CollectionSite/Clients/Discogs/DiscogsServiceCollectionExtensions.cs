using System.Net.Http.Headers;
using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Clients.Discogs;

/// <summary>Registers the Discogs client: its Refit interface behind the shared rate-limited registration, and the mapping client.</summary>
public static class DiscogsServiceCollectionExtensions
{
    /// <summary>The policy for api.discogs.com: the configured budget per moving window (60 s on the real API).</summary>
    public static HttpPolicyOptions PolicyFor(DiscogsSettings settings) => new()
    {
        ServiceName = DiscogsSource.ServiceName,
        PermitsPerWindow = settings.RequestsPerMinute,
        Window = TimeSpan.FromSeconds(settings.RateLimitWindowSeconds),
        AttemptTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        ReadServerBudget = DiscogsRateLimitHeaders.Read,
        // One request in flight, as a single harvest lane always had: `build` runs the release, master and artist
        // stages side by side, and requests that overtake each other on the way would reach Discogs' own moving window
        // in another order than our limiter granted them (the enrichment bench met 429s that way).
        MaxConcurrentRequests = 1,
    };

    /// <summary>Registers <see cref="IDiscogsApi"/> over <c>Discogs:BaseUrl</c> with the token header.</summary>
    /// <param name="policy">Replaces <see cref="PolicyFor"/> (tests scale the window down).</param>
    /// <returns>The HTTP client builder (tests put a stub primary handler under it).</returns>
    public static IHttpClientBuilder AddDiscogsClient(this IServiceCollection services, DiscogsSettings settings, HttpPolicyOptions? policy = null)
    {
        services.AddTransient<IDiscogsApi, DiscogsClient>();
        return services.AddRateLimitedClient<IDiscogsWireApi>(settings.BaseUrl, policy ?? PolicyFor(settings), DiscogsJsonContext.Default, http =>
        {
            if (!string.IsNullOrEmpty(settings.Token))
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Discogs", "token=" + settings.Token);
            }
        });
    }
}
