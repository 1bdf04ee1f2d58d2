using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Demo;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Pipeline;
using CollectionSite.Rendering;
using CollectionSite.Stages.Discogs;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Hosting;

/// <summary>
/// The composition, one extension per capability. The CLI, the tests and the benchmark (and any other front end) build
/// their container with <see cref="Build"/> (or <see cref="AddCollectionSite"/>) and run through <see cref="PipelineHost"/>.
/// </summary>
public static partial class CollectionSiteServices
{
    public static ServiceProvider Build(HostInputs inputs) =>
        new ServiceCollection().AddCollectionSite(inputs)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    public static IServiceCollection AddCollectionSite(this IServiceCollection services, HostInputs inputs) =>
        services
            .AddCore(inputs)
            .AddStorage(inputs.Settings.Paths.State)
            .AddDiscogs(inputs)
            .AddEnrichment(inputs)
            .AddArtwork(inputs)
            .AddRendering(new RenderingOptions
            {
                OutputDirectory = inputs.Settings.Paths.Output,
                TemplatesDirectory = RenderingOptions.TemplatesFor(inputs.Settings.Paths),
            })
            .AddStages()
            .AddProgress()
            .AddPipelineHost()
            .AddStatus();

    /// <summary>Settings, clock, logging and the progress relay every stage reports to.</summary>
    public static IServiceCollection AddCore(this IServiceCollection services, HostInputs inputs)
    {
        services.AddSingleton(inputs.Settings);
        services.AddSingleton(inputs.Redactor ?? new SecretRedactor(inputs.Settings.Secrets));
        services.AddSingleton(inputs.Time);
        if (inputs.Probe)
        {
            services.AddSingleton(new ProbePolicy());
        }
        services.AddSingleton<RequestDeadline>();
        services.AddSingleton(inputs.LoggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<RunReporterRelay>();
        services.AddSingleton<IRunReporter>(sp => sp.GetRequiredService<RunReporterRelay>());
        return services;
    }

    /// <summary>The state database in <paramref name="stateDirectory"/> and one repository per aggregate.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, string stateDirectory)
    {
        services.TryAddSingleton(new StateDatabase(stateDirectory));
        services.TryAddSingleton<CollectionRepository>();
        services.TryAddSingleton<OwnedCopyRepository>();
        services.TryAddSingleton<ReleaseRepository>();
        services.TryAddSingleton<MasterRepository>();
        services.TryAddSingleton<ArtistRepository>();
        services.TryAddSingleton<SkipListRepository>();
        services.TryAddSingleton<StageProgressRepository>();
        services.TryAddSingleton<RunRepository>();
        services.TryAddSingleton<MetaRepository>();
        services.TryAddSingleton<RenderStateRepository>();
        services.TryAddSingleton<DiscogsIdRepository>();
        services.TryAddSingleton<ArtworkRepository>();
        services.TryAddSingleton(provider => new GoneReleaseRepository(provider.GetRequiredService<StateDatabase>(), FetchReleaseDetails.Key));
        services.TryAddSingleton<OverrideRepository>();
        services.TryAddSingleton<DisplayOverrideRepository>();
        services.TryAddSingleton<DeadLetterQueue>();
        services.TryAddSingleton<StateBackup>();
        services.TryAddSingleton<ItemProgressLookup>();
        services.TryAddSingleton(provider => new MatchRepository<AppleMusicAlbum>(provider.GetRequiredService<StateDatabase>(), MatchTables.AppleMusic));
        services.TryAddSingleton(provider => new MatchRepository<SpotifyAlbum>(provider.GetRequiredService<StateDatabase>(), MatchTables.Spotify));
        services.TryAddSingleton(provider => new MatchRepository<WikipediaArticle>(provider.GetRequiredService<StateDatabase>(), MatchTables.Wikipedia));
        services.TryAddSingleton<IArtworkLeads, EnrichmentArtworkLeads>();
        services.TryAddSingleton<StateBackup>();
        return services;
    }

    /// <summary>The Discogs API: real, the demo's or a test's fake.</summary>
    public static IServiceCollection AddDiscogs(this IServiceCollection services, HostInputs inputs)
    {
        var settings = inputs.Settings;
        if (inputs.Discogs is not null)
        {
            services.AddSingleton(inputs.Discogs);
        }
        else if (inputs.Demo)
        {
            var demoData = inputs.DemoDataDirectory ?? DemoDiscogsApi.DefaultDataDirectory;
            services.AddSingleton<IDiscogsApi>(new DemoDiscogsApi(demoData));
        }
        else
        {
            services.AddDiscogsClient(settings.Discogs, inputs.DiscogsPolicy);
        }

        return services;
    }

    public static IServiceCollection AddPipelineHost(this IServiceCollection services)
    {
        services.TryAddSingleton<HttpRequestCounter>();
        services.AddSingleton<PipelineRunner>();
        services.AddSingleton<PipelineHost>();
        return services;
    }
}
