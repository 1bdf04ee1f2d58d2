using CollectionSite.Configuration;
using CollectionSite.Stages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Rendering.Skeleton;

public static class SiteSkeletonServiceCollectionExtensions
{
    /// <summary>
    /// Registers the skeleton installer and its stage. Needs AppSettings, IRunReporter and logging. SiteSkeletonOptions
    /// defaults to the bundled skeleton and the configured output folder; a registration of its own (before or after) wins.
    /// </summary>
    public static IServiceCollection AddSiteSkeleton(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => SiteSkeletonOptions.FromSettings(provider.GetRequiredService<AppSettings>()));
        services.TryAddSingleton<SiteSkeleton>();
        services.TryAddSingleton<InstallSiteSkeleton>();
        return services;
    }
}
