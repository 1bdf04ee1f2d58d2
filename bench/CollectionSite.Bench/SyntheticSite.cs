using System.Diagnostics;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Rendering;
using CollectionSite.Rendering.Skeleton;
using CollectionSite.Stages.Artwork;
using CollectionSite.Stages.Site;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Bench;

/// <summary>One render of the site: pages rendered, files written (the stage's Processed) and wall time.</summary>
internal sealed record RenderRun(int Pages, int Written, TimeSpan Elapsed);

/// <summary>
/// A synthetic collection (<see cref="SyntheticCollection"/>) in a state folder, every other release with a cover (one
/// of the demo's 300 px JPEGs, made into pre-sized files by the artwork stage), and the same composition and host the
/// CLI runs, offline: what the render, site and table modes render and build.
/// </summary>
internal sealed class SyntheticSite : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private SyntheticSite(ServiceProvider services, AppSettings settings) => (this.services, Settings) = (services, settings);

    public AppSettings Settings { get; }

    /// <summary>The recorded Discogs releases the collection is cloned from.</summary>
    public static string DefaultFixtures => Path.Combine(EnrichmentRig.DefaultFixtures, "discogs");

    /// <summary>Seeds <paramref name="count"/> releases and their covers into root/state; the site goes to root/site.</summary>
    public static async Task<SyntheticSite> SeedAsync(string root, int count, string fixtures, CancellationToken cancellationToken)
    {
        var templates = Directory.Exists(RenderingOptions.DefaultTemplatesDirectory)
            ? RenderingOptions.DefaultTemplatesDirectory
            : Path.Combine(BenchArguments.RepositoryRoot(), "templates");
        var settings = new AppSettings { Paths = { Output = Path.Combine(root, "site"), State = Path.Combine(root, "state"), Templates = templates } };
        // Offline: the releases carry the fixtures' Discogs image URLs, which must not be fetched.
        settings.Artwork.Sources = ["override"];
        var services = new ServiceCollection()
            .AddSingleton<IArtworkLeads>(new BenchCovers(BenchCovers.DemoImages(), count, every: 2))
            .AddCollectionSite(new HostInputs(settings, TimeProvider.System, NullLoggerFactory.Instance, Discogs: new OfflineDiscogsApi()))
            .BuildServiceProvider();
        var site = new SyntheticSite(services, settings);
        await SyntheticCollection.CreateAsync(services.GetRequiredService<StateDatabase>(), fixtures, count, cancellationToken);
        await site.RunAsync(typeof(FetchCoverArt), cancellationToken);
        return site;
    }

    /// <summary>Runs the render stage alone, as `build` ends, and times it.</summary>
    public async Task<RenderRun> RenderAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var (summary, pages) = await RunAsync(typeof(RenderSite), cancellationToken);
        return new RenderRun(pages, summary.Stages.Single().Processed, watch.Elapsed);
    }

    /// <summary>Installs the site skeleton as `build` does, then a cold Hugo build of the site into scratch/public.</summary>
    /// <param name="baseUrl">Hugo's --baseURL, or null for the site's own.</param>
    public async Task<HugoBuildResult> BuildWithHugoAsync(string hugo, string scratch, string? baseUrl, CancellationToken cancellationToken)
    {
        await new SiteSkeleton(SiteSkeletonOptions.FromSettings(Settings), Settings).InstallAsync(cancellationToken);
        return await HugoColdBuild.RunAsync(hugo, Settings.Paths.Output, scratch, cancellationToken, baseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private async Task<(RunSummary Summary, int Items)> RunAsync(Type stage, CancellationToken cancellationToken)
    {
        var reporter = new QuietReporter();
        var summary = await services.GetRequiredService<PipelineHost>().RunAsync(new PipelineRequest("bench", [stage], new RunOptions()), reporter, cancellationToken);
        return (summary, reporter.TakeItems());
    }
}
