using CollectionSite.Clients.Discogs;
using CollectionSite.Configuration;
using CollectionSite.Export;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Artwork;
using CollectionSite.Stages.Discogs;
using CollectionSite.Stages.Enrichment;
using CollectionSite.Storage;
using CollectionSite.Storage.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Hosting;

/// <summary>
/// Describes the per-item stages to <see cref="StatusQuery"/> (Storage knows no stages) and registers it and <see cref="CollectionExport"/>. Which build
/// step a stage runs in comes from <see cref="PipelineDefinitions.Build"/>; a test keeps names and keys in step with the stages.
/// Requests per item are typical costs, the basis of the next-run estimate: a Discogs record is one request (a master
/// shared with a release done before costs none, so masters are an upper bound); Apple Music and Spotify ask by
/// barcode and then search (2); Wikipedia reads the artist's linked article or searches and reads a summary (2);
/// an artwork item downloads one image (1). Wikidata cross-references are not counted.
/// </summary>
public static class StatusPlans
{
    public static IServiceCollection AddStatus(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => For(provider.GetRequiredService<AppSettings>(), provider.GetRequiredService<EnrichmentAvailability>()));
        services.TryAddSingleton<StatusQuery>();
        // The export reads each matching stage's progress through the same plan.
        services.TryAddSingleton<CollectionExport>();
        return services;
    }

    public static StatusPlan For(AppSettings settings, EnrichmentAvailability availability)
    {
        var discogs = DataSources.DisplayName(DataSource.Discogs);
        var apple = DataSources.DisplayName(DataSource.AppleMusic);
        var spotify = DataSources.DisplayName(DataSource.Spotify);
        var wikipedia = DataSources.DisplayName(DataSource.Wikipedia);
        var artwork = DataSources.DisplayName(DataSource.Artwork);
        StatusStage[] stages =
        [
            new(FetchReleaseDetails.Key, "Fetch release details", discogs, ItemKinds.Release, null, null, null, StepOf<FetchReleaseDetails>(), 1),
            new(FetchMasters.Key, "Fetch masters", discogs, ItemKinds.Release, FetchReleaseDetails.Key, null, null, StepOf<FetchMasters>(), 1),
            new(FetchArtists.Key, "Fetch artists", discogs, ItemKinds.Artist, null, null, null, StepOf<FetchArtists>(), 1),
            new(AppleMusicReleaseStage.Key, "Match Apple Music", apple, ItemKinds.Release, FetchReleaseDetails.Key, EnrichmentSources.AppleMusic,
                availability.NotConfigured(EnrichmentSources.AppleMusic), StepOf<AppleMusicReleaseStage>(), 2),
            new(SpotifyReleaseStage.Key, "Match Spotify", spotify, ItemKinds.Release, FetchReleaseDetails.Key, EnrichmentSources.Spotify,
                availability.NotConfigured(EnrichmentSources.Spotify), StepOf<SpotifyReleaseStage>(), 2),
            new(WikipediaArtistStage.Key, "Match Wikipedia", wikipedia, ItemKinds.Artist, FetchArtists.Key, EnrichmentSources.Wikipedia,
                availability.NotConfigured(EnrichmentSources.Wikipedia), StepOf<WikipediaArtistStage>(), 2),
            new(FetchCoverArt.Key, "Fetch covers", artwork, ItemKinds.Release, FetchReleaseDetails.Key, null, null, StepOf<FetchCoverArt>(), 1),
            new(FetchArtistImages.Key, "Fetch artist images", artwork, ItemKinds.Artist, null, null, null, StepOf<FetchArtistImages>(), 1),
        ];
        var budgets = new Dictionary<string, double>
        {
            [discogs] = PerMinute(settings.Discogs.RequestsPerMinute, settings.Discogs.RateLimitWindowSeconds),
            [apple] = settings.AppleMusic.RequestsPerMinute,
            [spotify] = PerMinute(settings.Spotify.RequestsPerWindow, settings.Spotify.RateLimitWindowSeconds),
            [wikipedia] = settings.Wikipedia.RequestsPerMinute,
            [artwork] = settings.Artwork.RequestsPerMinute,
        };
        return new StatusPlan(stages, budgets, discogs, DiscogsClient.MaxPerPage, settings.Discogs.FullListingDays);
    }

    private static double PerMinute(int permits, int windowSeconds) => permits * 60.0 / windowSeconds;

    private static int StepOf<TStage>() =>
        PipelineDefinitions.Build.Select((step, index) => (step, index)).First(s => s.step.Stages.Contains(typeof(TStage))).index;
}
