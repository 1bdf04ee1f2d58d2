using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Hosting;

/// <summary>What progress reports and the summary read from the composition: the request counter and each source's rate.</summary>
public static class ProgressRegistration
{
    /// <summary>
    /// Registers the process-wide <see cref="HttpRequestCounter"/> (every API client counts into it) and
    /// <see cref="SourceRates"/>: each source's rate from the budget its client was registered with (the API named like the
    /// source: "Discogs", "Apple Music", "Spotify", "Wikipedia"); artwork at Artwork:RequestsPerMinute, the rate of
    /// each image host, when Discogs is online. Sources without a registered client (demo, fakes, off) get none.
    /// </summary>
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.TryAddSingleton<HttpRequestCounter>();
        services.TryAddSingleton(sp =>
        {
            var budgets = sp.GetServices<ApiBudget>().ToList();
            var rates = new Dictionary<DataSource, double>();
            foreach (var source in DataSources.All.Where(source => source != DataSource.Artwork))
            {
                if (budgets.FirstOrDefault(budget => budget.Api == DataSources.DisplayName(source)) is { } budget)
                {
                    rates[source] = budget.RequestsPerSecond;
                }
            }

            // Image clients are registered even offline (the demo's artwork is local files): plan them only with a real Discogs client.
            if (rates.ContainsKey(DataSource.Discogs))
            {
                rates[DataSource.Artwork] = sp.GetRequiredService<AppSettings>().Artwork.RequestsPerMinute / 60.0;
            }

            return new SourceRates(rates);
        });
        return services;
    }
}
