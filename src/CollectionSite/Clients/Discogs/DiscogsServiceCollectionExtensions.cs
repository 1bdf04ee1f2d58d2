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
