using CollectionSite.Artwork;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Demo;
using CollectionSite.Pipeline;
using CollectionSite.Rendering;
using CollectionSite.Rendering.Skeleton;
using CollectionSite.Stages;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Hosting;

/// <summary>Everything a run needs from outside the container: settings, switches, clock, logging, progress.</summary>
/// <param name="DiscogsPolicy">Replaces the Discogs rate/retry policy (tests scale the window down).</param>
/// <param name="DemoDataDirectory">Where the demo data is; defaults to the copy beside the executable.</param>
/// <param name="Discogs">Replaces the Discogs API entirely (in-memory fakes in tests).</param>
public sealed record CompositionInputs(
    AppSettings Settings,
    RunOptions Options,
    TimeProvider Time,
    ILoggerFactory LoggerFactory,
    IRunReporter Reporter,
    HttpPolicyOptions? DiscogsPolicy = null,
    string? DemoDataDirectory = null,
    IDiscogsApi? Discogs = null);

/// <summary>The one place where the object graph is built. Every stage, client and repository is registered here.</summary>
public static class CompositionRoot
{
    public static ServiceProvider Compose(CompositionInputs inputs)
    {
        var settings = inputs.Settings;
        var services = new ServiceCollection();
        services.AddSingleton(settings);
        services.AddSingleton(inputs.Options);
        services.AddSingleton(inputs.Time);
        services.AddSingleton(inputs.Reporter);
        services.AddSingleton(inputs.LoggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));

        services.AddSingleton(new StateDatabase(settings.Paths.State));
        services.AddSingleton<CollectionRepository>();
        services.AddSingleton<ReleaseRepository>();
        services.AddSingleton<MasterRepository>();
        services.AddSingleton<ArtistRepository>();
        services.AddSingleton<SkipListRepository>();
        services.AddSingleton<StageProgressRepository>();
        services.AddSingleton<RunRepository>();
        services.AddSingleton<MetaRepository>();
        services.AddSingleton<DiscogsIdRepository>();
        services.AddSingleton<GoneReleaseRepository>();

        if (inputs.Discogs is not null)
        {
            services.AddSingleton(inputs.Discogs);
            services.AddSingleton<IArtworkStore>(new FileArtworkStore(Path.Combine(settings.Paths.State, "artwork")));
        }
        else if (inputs.Options.Demo)
        {
            var demoData = inputs.DemoDataDirectory ?? DemoDiscogsApi.DefaultDataDirectory;
            services.AddSingleton<IDiscogsApi>(new DemoDiscogsApi(demoData));
            services.AddSingleton<IArtworkStore>(new FileArtworkStore(Path.Combine(demoData, "artwork")));
        }
        else
        {
            services.AddDiscogsClient(settings.Discogs, inputs.DiscogsPolicy);
            services.AddSingleton<IArtworkStore>(new FileArtworkStore(Path.Combine(settings.Paths.State, "artwork")));
        }

        services.AddSingleton<CollectionListing>();
        services.AddSingleton<HarvestCollection>();
        services.AddSingleton<FetchReleaseDetails>();
        services.AddSingleton<FetchMasters>();
        services.AddSingleton<FetchArtists>();
        services.AddSiteSkeleton();
        services.AddSingleton(new RenderingOptions
        {
            OutputDirectory = settings.Paths.Output,
            TemplatesDirectory = settings.Paths.Templates ?? RenderingOptions.DefaultTemplatesDirectory,
        });
        services.AddRendering();
        services.AddSingleton<PipelineRunner>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
