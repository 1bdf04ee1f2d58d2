using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Spotify;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using CollectionSite.Matching;
using CollectionSite.Stages.Enrichment;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Hosting;

public static partial class CollectionSiteServices
{
    /// <summary>Why each source is off when it is not configured: one line naming the keys that turn it on.</summary>
    public const string AppleMusicNotConfigured =
        "not configured; set AppleMusic:TeamId, AppleMusic:KeyId and AppleMusic:PrivateKey (or AppleMusic:PrivateKeyPath) to use it";

    public const string SpotifyNotConfigured = "not configured; set Spotify:ClientId and Spotify:ClientSecret to use it";

    public const string WikipediaNotConfigured =
        "not configured; set Wikipedia:Contact (your e-mail address or site, required by Wikimedia's User-Agent policy) to use it";

    public const string DemoOffline = "off in the demo, which runs offline";

    /// <summary>
    /// The enrichment sources: for each configured one (or one a test replaces) its client, its matcher and the
    /// <see cref="EnrichmentSource{TApi, TMatcher}"/> its stage reads; an unconfigured source gets no client at all, only
    /// the line that names its keys. Cross-references go through Wikidata when Wikipedia:Contact is set. The demo
    /// runs offline, so every source is off there unless a test replaces it.
    /// </summary>
    public static IServiceCollection AddEnrichment(this IServiceCollection services, HostInputs inputs)
    {
        var settings = inputs.Settings;
        var fakes = inputs.EnrichmentApis ?? new EnrichmentApis();
        var http = inputs.EnrichmentClients ?? new EnrichmentClients();
        var online = !inputs.Demo;
        services.TryAddSingleton(settings.Matching);
        services.TryAddTransient<AlbumSources>();

        if (fakes.Wikidata is { } wikidata)
        {
            services.TryAddSingleton(wikidata);
        }
        else if (online && settings.Wikidata.IsConfigured)
        {
            http.Configure(EnrichmentClients.Wikidata, services.AddWikidataClient(settings.Wikidata, http.PolicyFor(EnrichmentClients.Wikidata)));
        }
        else
        {
            services.TryAddSingleton<IWikidataApi>(new NoCrossReferences());
        }

        var apple = Register(services, fakes.AppleMusic, online && settings.AppleMusic.IsConfigured, inputs.Demo ? DemoOffline : AppleMusicNotConfigured, () =>
            http.Configure(EnrichmentSources.AppleMusic, services.AddAppleMusicClient(settings.AppleMusic, http.PolicyFor(EnrichmentSources.AppleMusic))));
        AddSource<IAppleMusicApi, AppleMusicMatcher>(services, apple);
        var spotify = Register(services, fakes.Spotify, online && settings.Spotify.IsConfigured, inputs.Demo ? DemoOffline : SpotifyNotConfigured, () =>
        {
            http.Configure(EnrichmentSources.Spotify, services.AddSpotifyClient(settings.Spotify, http.PolicyFor(EnrichmentSources.Spotify)));
            http.Configure(EnrichmentClients.SpotifyAccounts, services.AddHttpClient(SpotifyServiceCollectionExtensions.AccountsClientName));
        });
        AddSource<ISpotifyApi, SpotifyMatcher>(services, spotify);
        var wikipedia = Register(services, fakes.Wikipedia, online && settings.Wikipedia.IsConfigured, inputs.Demo ? DemoOffline : WikipediaNotConfigured, () =>
            http.Configure(EnrichmentSources.Wikipedia, services.AddWikipediaClient(settings.Wikipedia, http.PolicyFor(EnrichmentSources.Wikipedia))));
        AddSource<IWikipediaApi, WikipediaMatcher>(services, wikipedia);
        services.TryAddSingleton(new EnrichmentAvailability(new Dictionary<string, string?>
        {
            [EnrichmentSources.AppleMusic] = apple,
            [EnrichmentSources.Spotify] = spotify,
            [EnrichmentSources.Wikipedia] = wikipedia,
        }));
        return services;
    }

    /// <summary>Registers the replacement, else the real client when configured; returns null when the source is on, else why it is off.</summary>
    private static string? Register<TApi>(IServiceCollection services, TApi? replacement, bool configured, string notConfigured, Action addClient)
        where TApi : class
    {
        if (replacement is not null)
        {
            services.TryAddSingleton(replacement);
            return null;
        }

        if (!configured)
        {
            return notConfigured;
        }

        addClient();
        return null;
    }

    private static void AddSource<TApi, TMatcher>(IServiceCollection services, string? notConfigured)
        where TApi : class
        where TMatcher : class
    {
        if (notConfigured is not null)
        {
            services.TryAddSingleton(new EnrichmentSource<TApi, TMatcher>(SourceOff.NotConfigured, notConfigured));
            return;
        }

        services.TryAddTransient<TMatcher>();
        services.TryAddTransient(sp =>
        {
            try
            {
                return new EnrichmentSource<TApi, TMatcher>(sp.GetRequiredService<TApi>(), sp.GetRequiredService<TMatcher>());
            }
            catch (ConfigurationException ex)
            {
                // Settings that are present but unusable (an unreadable key) stop this source only, naming the key.
                return new EnrichmentSource<TApi, TMatcher>(SourceOff.Unusable, ex.Message);
            }
        });
    }
}
