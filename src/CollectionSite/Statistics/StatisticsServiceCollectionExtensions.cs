using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Statistics;

/// <summary>Registers the statistics computation. Expects <see cref="StateDatabase"/> and the release, master and artist repositories.</summary>
public static class StatisticsServiceCollectionExtensions
{
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.TryAddSingleton<OwnedCopyRepository>();
        services.TryAddSingleton<StatisticsReader>();
        return services;
    }
}
