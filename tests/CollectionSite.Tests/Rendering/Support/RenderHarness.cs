using CollectionSite.Hosting;
using CollectionSite.Artwork;
using CollectionSite.Configuration;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Pipeline;
using CollectionSite.Rendering;
using CollectionSite.Rendering.Output;
using CollectionSite.Stages.Discogs;
using CollectionSite.Stages.Site;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>
/// A real state database in a scratch folder, an output site folder, and the RenderSite stage resolved
/// through the same AddRendering and AddStages extensions the host composes.
/// </summary>
public sealed class RenderHarness : IDisposable
{
    public static readonly DateTimeOffset Fetched = new(2025, 3, 1, 9, 30, 15, TimeSpan.Zero);

    private readonly ServiceProvider provider;

    /// <param name="output">The site folder; null for a new one in the scratch folder. Given, it lets a second harness
    /// (a new, empty state database) render into the site a first one wrote: a lost state.</param>
    /// <param name="files">What the site writer's changes go through; null for the real file system.</param>
    public RenderHarness(string purpose, string? templatesDirectory = null, int writeBatchSize = 256, string? output = null, ISiteFileSystem? files = null)
    {
        Root = TestPaths.NewScratchFolder(purpose);
        Output = output ?? Path.Combine(Root, "site");
        Database = new StateDatabase(Path.Combine(Root, "state"));
        Artwork = new SeededArtwork(Database, new ArtworkPaths(Path.Combine(Root, "state")));
        var services = new ServiceCollection()
            .AddSingleton(Database)
            .AddSingleton<ReleaseRepository>()
            .AddSingleton<MasterRepository>()
            .AddSingleton<ArtistRepository>()
            .AddSingleton<CollectionRepository>()
            .AddSingleton<DiscogsIdRepository>()
            .AddSingleton<MetaRepository>()
            .AddSingleton<DisplayOverrideRepository>()
            .AddSingleton(new GoneReleaseRepository(Database, FetchReleaseDetails.Key))
            .AddSingleton(new MatchRepository<AppleMusicAlbum>(Database, MatchTables.AppleMusic))
            .AddSingleton(new MatchRepository<SpotifyAlbum>(Database, MatchTables.Spotify))
            .AddSingleton(new MatchRepository<WikipediaArticle>(Database, MatchTables.Wikipedia))
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Artwork.Paths)
            .AddSingleton<ArtworkRepository>()
            .AddSingleton<ArtworkLibrary>()
            .AddSingleton<IRunReporter>(Reporter)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton(new AppSettings { Paths = { Output = Output } });
        provider = services
            .AddRendering(new RenderingOptions
            {
                OutputDirectory = Output,
                TemplatesDirectory = templatesDirectory ?? Path.Combine(TestPaths.RepositoryRoot, "templates"),
                WriteBatchSize = writeBatchSize,
                Files = files ?? SiteFileSystem.Real,
            })
            .AddStages()
            .BuildServiceProvider();
    }

    public string Root { get; }

    public string Output { get; }

    public StateDatabase Database { get; }

    public SeededArtwork Artwork { get; }

    public FakeTimeProvider Time { get; } = new(TestClock.Start);

    public RecordingReporter Reporter { get; } = new();

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public Task AddReleaseAsync(Release release, DateTimeOffset? fetched = null) =>
        Get<ReleaseRepository>().SaveAsync(release.Id, new Fetched<Release>(release, "{}"), "discogs.release", fetched ?? Fetched, CancellationToken.None);

    public Task AddMasterAsync(Master master, long releaseId, DateTimeOffset? fetched = null) =>
        Get<MasterRepository>().SaveAsync(master.Id, new Fetched<Master>(master, "{}"), releaseId, "discogs.master", fetched ?? Fetched, CancellationToken.None);

    public Task AddArtistAsync(Artist artist, DateTimeOffset? fetched = null) =>
        Get<ArtistRepository>().SaveAsync(artist.Id, new Fetched<Artist>(artist, "{}"), fetched ?? Fetched, CancellationToken.None);

    /// <summary>Replaces the collection with exactly these copies (the others are marked removed).</summary>
    public Task SetCollectionAsync(params CollectionItem[] copies) =>
        Get<CollectionRepository>().ReconcileAsync(copies, Fetched, CancellationToken.None);

    public Task<StageResult> RenderAsync(CancellationToken cancellationToken = default) =>
        Get<RenderSite>().RunAsync(new RunContext(1, "build", new RunOptions(), Fetched, null), cancellationToken);

    /// <summary>Every file under the site folder: '/'-separated relative path → bytes.</summary>
    public SortedDictionary<string, byte[]> Snapshot() => new(
        Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                .ToDictionary(p => Path.GetRelativePath(Output, p).Replace('\\', '/'), File.ReadAllBytes)
            : [],
        StringComparer.Ordinal);

    public string ReadText(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose() => provider.Dispose();
}
