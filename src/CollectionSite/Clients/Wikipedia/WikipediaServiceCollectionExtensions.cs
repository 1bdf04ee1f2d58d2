using CollectionSite.Clients.Http;
using CollectionSite.Clients.Wikipedia.Models;
using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Clients.Wikipedia;

/// <summary>Registers the Wikipedia client behind the shared rate-limited registration, with Wikimedia's User-Agent and concurrency rules.</summary>
public static class WikipediaServiceCollectionExtensions
{
    /// <summary>Wikimedia asks every client for "3 or fewer" concurrent requests; not configurable on purpose.</summary>
    public const int MaxConcurrentRequests = 3;

    /// <summary>The policy for Wikipedia: <c>Wikipedia:RequestsPerMinute</c> per moving minute, at most 3 in flight, the
    /// Wikimedia User-Agent with <c>Wikipedia:Contact</c>, <c>Wikipedia:TimeoutSeconds</c> per attempt.</summary>
    /// <exception cref="ConfigurationException">Wikipedia:Contact is not set.</exception>
    public static HttpPolicyOptions PolicyFor(WikipediaSettings settings) => new()
    {
        ServiceName = WikipediaSource.ServiceName,
        PermitsPerWindow = settings.RequestsPerMinute,
        Window = TimeSpan.FromSeconds(60),
        AttemptTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        MaxConcurrentRequests = MaxConcurrentRequests,
        UserAgent = WikimediaUserAgent.For(settings.Contact ?? throw MissingContact()),
    };

    /// <summary>Registers <see cref="IWikipediaApi"/> over <c>Wikipedia:BaseUrl</c>. Needs <see cref="TimeProvider"/> and an
    /// <c>ILoggerFactory</c> in the container. Call it only when <see cref="WikimediaSiteSettings.IsConfigured"/>.</summary>
    /// <param name="policy">Replaces <see cref="PolicyFor"/> (tests scale the window down).</param>
    /// <returns>The HTTP client builder (tests put a stub primary handler under it).</returns>
    /// <exception cref="ConfigurationException">Wikipedia:Contact is not set.</exception>
    public static IHttpClientBuilder AddWikipediaClient(this IServiceCollection services, WikipediaSettings settings, HttpPolicyOptions? policy = null)
    {
        policy ??= PolicyFor(settings);
        services.AddTransient<IWikipediaApi>(sp => new WikipediaClient(sp.GetRequiredService<IWikipediaWireApi>(), settings.BaseUrl));
        return services.AddRateLimitedClient<IWikipediaWireApi>(settings.BaseUrl, policy, WikipediaJsonContext.Default);
    }

    internal static ConfigurationException MissingContact() => new(
        "Wikipedia:Contact is missing. Wikimedia asks every client for contact information in its User-Agent: set it to your e-mail address or a URL "
        + "(collectionsite.json or COLLECTIONSITE_Wikipedia__Contact).");
}
