using CollectionSite.Rendering.FrontMatter;
using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Site;
using CollectionSite.Rendering.Skeleton;
using CollectionSite.Rendering.Slugs;
using CollectionSite.Rendering.Templates;
using CollectionSite.Statistics;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Rendering;

/// <summary>Registers what the rendering stages need (the stages themselves are registered in Hosting).</summary>
public static class RenderingServiceCollectionExtensions
{
    /// <summary>
    /// Adds page building, templates, slugs and the skeleton installer for <paramref name="options"/>. Expects
    /// <see cref="StateDatabase"/>, the Storage repositories, <see cref="TimeProvider"/>, <see cref="Artwork.ArtworkLibrary"/>,
    /// AppSettings and logging.
    /// </summary>
    public static IServiceCollection AddRendering(this IServiceCollection services, RenderingOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton<RenderStateRepository>();
        services.TryAddSingleton<FrontMatterWriter>();
        services.TryAddSingleton<PageComposer>();
        services.TryAddSingleton<ITemplateRenderer, ScribanTemplateRenderer>();
        services.TryAddSingleton<AlbumPageBuilder>();
        // The stats page is the `stats` command's computation.
        services.AddStatistics();
        services.TryAddSingleton<SiteInputLoader>();
        services.TryAddSingleton<SlugService>();
        services.TryAddSingleton<IAlbumDetails, StoredAlbumDetails>();
        services.TryAddSingleton<SitePages>();
        services.TryAddSingleton(provider => SiteSkeletonOptions.FromSettings(provider.GetRequiredService<Configuration.AppSettings>()));
        services.TryAddSingleton<SiteSkeleton>();
        return services;
    }
}
