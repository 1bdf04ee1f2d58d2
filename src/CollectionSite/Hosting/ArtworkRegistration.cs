using CollectionSite.Artwork;
using CollectionSite.Artwork.Download;
using CollectionSite.Artwork.Imaging;
using CollectionSite.Artwork.Renditions;
using CollectionSite.Artwork.Sources;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using CollectionSite.Demo;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Hosting;

/// <summary>Registers the artwork capability: sources, downloads per image host, the original store, the rendition cache.</summary>
public static class ArtworkRegistration
{
    /// <summary>
    /// Adds what the artwork stages, the renderer and `artwork` need. Image leads come from the enrichment composition
    /// when it registered them (so call this after it); otherwise only Discogs images are candidates. The demo takes its
    /// bundled images as overrides and nothing else, so it stays offline.
    /// </summary>
    public static IServiceCollection AddArtwork(this IServiceCollection services, HostInputs inputs)
    {
        var settings = inputs.Settings;
        var artwork = inputs.Demo ? settings.Artwork.OverridesOnly() : settings.Artwork;
        if (inputs.Demo)
        {
            services.AddSingleton<IArtworkLeads>(sp => new DemoArtworkLeads(
                Path.Combine(inputs.DemoDataDirectory ?? DemoDiscogsApi.DefaultDataDirectory, "artwork"), sp.GetRequiredService<OverrideRepository>()));
        }

        services.TryAddSingleton<IArtworkLeads>(NoArtworkLeads.Instance);
        services.TryAddSingleton(new ArtworkPaths(settings.Paths.State));
        services.TryAddSingleton(artwork);
        if (inputs.ImageProcessor is { } processor)
        {
            services.TryAddSingleton(processor);
        }

        // Built on first use: libvips starts only for a command that resizes.
        services.TryAddSingleton<IImageProcessor>(_ => new NetVipsImageProcessor());
        services.TryAddSingleton(inputs.AddressGuard ?? PublicAddressGuard.Default);

        services.TryAddSingleton(sp => RenditionRecipe.From(artwork, ProcessorVersion(sp.GetRequiredService<IImageProcessor>())));
        services.TryAddSingleton<CandidateFinder>();
        services.TryAddSingleton<OriginalStore>();
        services.TryAddSingleton<ImageDownloader>();
        services.TryAddSingleton<RenditionCache>();
        services.TryAddSingleton<ArtworkResolver>();
        services.TryAddSingleton<ArtworkLibrary>();
        services.TryAddSingleton<ArtworkGarbageCollector>();
        AddImageClients(services, settings, artwork, inputs.DiscogsPolicy);
        return services;
    }

    /// <summary>Names the image backend and its version in every rendition key, so a different one re-encodes.</summary>
    public static string ProcessorVersion(IImageProcessor processor) => processor is NetVipsImageProcessor
        ? "libvips " + NetVipsImageProcessor.LibvipsVersion
        : processor.GetType().FullName ?? processor.GetType().Name;

    private static void AddImageClients(IServiceCollection services, AppSettings settings, ArtworkSettings artwork, HttpPolicyOptions? discogsPolicy)
    {
        var timeout = TimeSpan.FromSeconds(artwork.TimeoutSeconds);
        services.AddDiscogsImageClient(
            ImageHosts.ClientName(ImageHost.Discogs),
            (discogsPolicy ?? DiscogsServiceCollectionExtensions.PolicyFor(settings.Discogs)) with { AttemptTimeout = timeout });
        HttpPolicyOptions Policy(string service) => new() { ServiceName = service, PermitsPerWindow = artwork.RequestsPerMinute, AttemptTimeout = timeout };
        services.AddRateLimitedDownloadClient<AppleImages>(ImageHosts.ClientName(ImageHost.AppleMusic), Policy("Apple Music artwork"));
        // upload.wikimedia.org is under the same policy as the API: a User-Agent with the operator's contact, 3 in flight.
        services.AddRateLimitedDownloadClient<WikimediaImages>(ImageHosts.ClientName(ImageHost.Wikimedia), Policy("Wikimedia images") with
        {
            UserAgent = settings.Wikipedia.Contact is { } contact ? WikimediaUserAgent.For(contact) : HttpPolicyOptions.DefaultUserAgent,
            MaxConcurrentRequests = WikipediaServiceCollectionExtensions.MaxConcurrentRequests,
        });
        // The collector's URLs (and wherever they redirect) are fetched only from public addresses, checked when connecting.
        services.AddRateLimitedDownloadClient<CollectorImages>(ImageHosts.ClientName(ImageHost.Collector), Policy("Override images"), publicAddressesOnly: true);
    }

    /// <summary>Keys of the process-wide limiters of the image hosts that are not Discogs'.</summary>
    private sealed class AppleImages;

    private sealed class WikimediaImages;

    private sealed class CollectorImages;
}
