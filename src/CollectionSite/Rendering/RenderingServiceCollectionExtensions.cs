using CollectionSite.Rendering.FrontMatter;
using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Site;
using CollectionSite.Rendering.Slugs;
using CollectionSite.Rendering.Templates;
using CollectionSite.Stages;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Rendering;

/// <summary>Registers the rendering half of the pipeline.</summary>
public static class RenderingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="RenderSite"/> stage and what it needs. Expects from the composition root:
    /// <see cref="RenderingOptions"/>, <see cref="StateDatabase"/>, the Storage repositories, <see cref="TimeProvider"/>,
    /// <see cref="Artwork.IArtworkStore"/>, <see cref="Pipeline.IRunReporter"/> and logging.
    /// </summary>
    public static IServiceCollection AddRendering(this IServiceCollection services)
    {
        services.TryAddSingleton<RenderStateRepository>();
        services.TryAddSingleton<FrontMatterWriter>();
        services.TryAddSingleton<PageComposer>();
        services.TryAddSingleton<ITemplateRenderer, ScribanTemplateRenderer>();
        services.TryAddSingleton<AlbumPageBuilder>();
        services.TryAddSingleton<SiteInputLoader>();
        services.TryAddSingleton<SlugService>();
        services.TryAddSingleton<SitePages>();
        services.TryAddTransient<RenderSite>();
        return services;
    }
}
