using CollectionSite.Clients.Http;
using CollectionSite.Clients.Wikidata.Models;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Clients.Wikidata;

/// <summary>Registers the Wikidata cross-reference client, under the same Wikimedia rules as Wikipedia.</summary>
public static class WikidataServiceCollectionExtensions
{
    /// <summary>The policy for Wikidata: <c>Wikidata:RequestsPerMinute</c> per moving minute, at most 3 in flight, the Wikimedia
    /// User-Agent with <c>Wikipedia:Contact</c>, <c>Wikidata:TimeoutSeconds</c> per attempt.</summary>
    /// <exception cref="ConfigurationException">Wikipedia:Contact is not set.</exception>
    public static HttpPolicyOptions PolicyFor(WikidataSettings settings) => new()
    {
        ServiceName = WikidataClient.ServiceName,
        PermitsPerWindow = settings.RequestsPerMinute,
        Window = TimeSpan.FromSeconds(60),
        AttemptTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        MaxConcurrentRequests = WikipediaServiceCollectionExtensions.MaxConcurrentRequests,
        UserAgent = WikimediaUserAgent.For(settings.Contact ?? throw WikipediaServiceCollectionExtensions.MissingContact()),
    };

    /// <summary>Registers <see cref="IWikidataApi"/> over <c>Wikidata:BaseUrl</c>. Needs <see cref="TimeProvider"/> and an
    /// <c>ILoggerFactory</c> in the container. Call it only when <see cref="WikimediaSiteSettings.IsConfigured"/>.</summary>
    /// <param name="policy">Replaces <see cref="PolicyFor"/> (tests scale the window down).</param>
    /// <returns>The HTTP client builder (tests put a stub primary handler under it).</returns>
    public static IHttpClientBuilder AddWikidataClient(this IServiceCollection services, WikidataSettings settings, HttpPolicyOptions? policy = null)
    {
        policy ??= PolicyFor(settings);
        services.AddTransient<IWikidataApi>(sp => new WikidataClient(sp.GetRequiredService<IWikidataWireApi>()));
        return services.AddRateLimitedClient<IWikidataWireApi>(settings.BaseUrl, policy, WikidataJsonContext.Default);
    }
}
