using CollectionSite.Artwork;
using CollectionSite.Artwork.Download;
using CollectionSite.Artwork.Imaging;
using CollectionSite.Artwork.Sources;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Domain;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Discogs;
using CollectionSite.Stages.Site;
using CollectionSite.Stages.Artwork;
using CollectionSite.Storage;
using CollectionSite.Tests.Artwork.Imaging;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Rendering.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NetVips;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>
/// The artwork stages and the renderer composed as the CLI composes them (AddCollectionSite), in a scratch folder, with
/// the image hosts stubbed (<see cref="Hosts"/>), the leads set by the test (<see cref="Leads"/>) and the real NetVips
/// processor behind a counter (<see cref="Processor"/>). Every run builds a fresh container, like a new process.
/// Sizes are small (400, 200, 100) so the real encoder stays quick.
/// </summary>
public sealed class ArtworkHarness : IDisposable
{
    public static readonly Type[] BuildStages = [typeof(FetchCoverArt), typeof(FetchArtistImages), typeof(RenderSite)];

    private readonly List<CollectionItem> copies = [];

    public ArtworkHarness(string purpose)
    {
        Folder = TestPaths.NewScratchFolder(purpose);
        Settings.Discogs.Username = "tester";
        Settings.Paths.State = Path.Combine(Folder, "state");
        Settings.Paths.Output = Path.Combine(Folder, "site");
        Settings.Artwork.Sizes = [400, 200, 100];
        Settings.Artwork.MaxParallelism = 2;
        Images = new TestImages(Directory.CreateDirectory(Path.Combine(Folder, "images")).FullName);
        Paths = new ArtworkPaths(Settings.Paths.State);
    }

    public string Folder { get; }

    public AppSettings Settings { get; } = new();

    public FakeTimeProvider Time { get; } = new(TestClock.Start);

    public ImageHostStub Hosts { get; } = new();

    public FakeArtworkLeads Leads { get; } = new();

    public CountingImageProcessor Processor { get; } = new(new NetVipsImageProcessor());

    public RecordingReporter Reporter { get; } = new();

    /// <summary>
    /// When set, override URLs are fetched over real sockets through this connect-time guard (a Kestrel fake on
    /// 127.0.0.1 serves them); otherwise every image host, the collector's included, is the <see cref="Hosts"/> stub.
    /// </summary>
    public PublicAddressGuard? AddressGuard { get; set; }

    /// <summary>Replaces the Discogs policy (and so the Discogs image client's): retries, breaker, budget.</summary>
    public HttpPolicyOptions? DiscogsPolicy { get; set; }

    internal TestImages Images { get; }

    public ArtworkPaths Paths { get; }

    public string Content => Path.Combine(Settings.Paths.Output, "content");

    public StateDatabase Database => new(Settings.Paths.State);

    /// <summary>A fetched release in the collection, titled "Album &lt;id&gt;" by one artist, with these Discogs images.</summary>
    public async Task AddReleaseAsync(long id, params RemoteImage[] images)
    {
        var release = DiscogsFixtures.Release(DiscogsFixtures.Release249504) with { Id = id, Title = $"Album {id}", MasterId = null, Images = images };
        await new ReleaseRepository(Database).SaveAsync(new Fetched<Release>(release, "{}"), FetchReleaseDetails.Key, TestClock.Start, CancellationToken.None);
        copies.Add(DiscogsFixtures.Copy(copies.Count + 1, id, TestClock.Start.AddDays(-copies.Count)));
        await new CollectionRepository(Database).ReconcileAsync(copies, TestClock.Start, CancellationToken.None);
    }

    /// <summary>Removes a release's copy from the collection (as a listing without it would).</summary>
    public async Task RemoveReleaseAsync(long id)
    {
        copies.RemoveAll(c => c.ReleaseId == id);
        await new CollectionRepository(Database).ReconcileAsync(copies, TestClock.Start, CancellationToken.None);
    }

    public static RemoteImage Primary(string url) => new("primary", url, null, 0, 0);

    public static RemoteImage Secondary(string url) => new("secondary", url, null, 0, 0);

    /// <summary>A JPEG of the pattern at <paramref name="width"/>×<paramref name="height"/>, as bytes.</summary>
    public byte[] Jpeg(int width, int height, string name = "image.jpg") => File.ReadAllBytes(Images.Jpeg(name, width, height));

    /// <summary>Runs the artwork stages and the renderer (or <paramref name="stages"/>) in a new container.</summary>
    public async Task<RunSummary> BuildAsync(RunOptions? options = null, params Type[] stages)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IArtworkLeads>(Leads);
        collection.AddCollectionSite(new HostInputs(Settings, Time, NullLoggerFactory.Instance, DiscogsPolicy: DiscogsPolicy, Discogs: new InMemoryDiscogsApi(), ImageProcessor: Processor, AddressGuard: AddressGuard));
        foreach (var host in Enum.GetValues<ImageHost>().Where(h => AddressGuard is null || h != ImageHost.Collector))
        {
            collection.AddHttpClient(ImageHosts.ClientName(host)).ConfigurePrimaryHttpMessageHandler(() => Hosts);
        }

        await using var services = collection.BuildServiceProvider();
        return await services.GetRequiredService<PipelineHost>()
            .RunAsync(new PipelineRequest("build", [.. (stages.Length == 0 ? BuildStages : stages).Select(PipelineStep.Of)], options ?? new RunOptions()), Reporter, CancellationToken.None);
    }

    public StageResult Stage(RunSummary summary, string name) => summary.Stages.Single(s => s.Stage == name);

    /// <summary>Bundle file name → bytes, for one album's page folder ("album-&lt;id&gt;" slugs come from the title).</summary>
    public SortedDictionary<string, byte[]> AlbumImages(long id)
    {
        var folder = Directory.GetDirectories(Path.Combine(Content, "albums")).Single(d => File.ReadAllText(Path.Combine(d, "index.md")).Contains($"discogs_id: \"{id}\"", StringComparison.Ordinal));
        return new SortedDictionary<string, byte[]>(
            Directory.GetFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes), StringComparer.Ordinal);
    }

    public string AlbumPage(long id) =>
        Directory.GetDirectories(Path.Combine(Content, "albums")).Select(d => Path.Combine(d, "index.md")).Select(File.ReadAllText).Single(t => t.Contains($"discogs_id: \"{id}\"", StringComparison.Ordinal));

    public async Task<IReadOnlyList<StageFailure>> FailuresAsync() => await new StageProgressRepository(Database).GetFailuresAsync(CancellationToken.None);

    public async Task<ItemArtwork?> CoverAsync(long releaseId) =>
        (await new ArtworkRepository(Database).GetItemsAsync(ItemKinds.Release, CancellationToken.None)).GetValueOrDefault((ItemKinds.Release, releaseId));

    /// <summary>Every file under the artwork folder (originals, renditions, temp), '/'-separated relative paths.</summary>
    public IReadOnlyList<string> ArtworkFiles() => Directory.Exists(Paths.Root)
        ? [.. Directory.EnumerateFiles(Paths.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Paths.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Width and height of an image file, read back with libvips.</summary>
    public static (int Width, int Height) SizeOf(byte[] image)
    {
        using var loaded = Image.NewFromBuffer(image);
        return (loaded.Width, loaded.Height);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
