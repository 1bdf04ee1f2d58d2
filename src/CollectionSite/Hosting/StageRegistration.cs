using CollectionSite.Stages.Discogs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Hosting;

/// <summary>Registers every stage the pipelines name, and the helpers stages share. The only place stages are registered.</summary>
public static class StageRegistration
{
    public static IServiceCollection AddStages(this IServiceCollection services)
    {
        services.TryAddSingleton<CollectionListing>();
        foreach (var stage in PipelineDefinitions.All)
        {
            services.TryAddTransient(stage);
        }

        return services;
    }
}
