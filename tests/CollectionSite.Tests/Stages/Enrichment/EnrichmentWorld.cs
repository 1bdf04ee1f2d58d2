using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Matching.Fakes;

namespace CollectionSite.Tests.Stages.Enrichment;

/// <summary>
/// A collection of two releases (100 and 200, by artists 1000 and 2000, each with a barcode) behind the in-memory
/// Discogs API, and in-memory Apple Music, Spotify, Wikipedia and Wikidata: the real stages and matchers run the
/// whole `build` pipeline against them in a scratch state folder, on a fake clock.
/// </summary>
public sealed class EnrichmentWorld : IDisposable
{
    public const long Release = 100;
    public const long OtherRelease = 200;
    public const long Artist = 1000;
    public const string Barcode = "0 74643-34532 3";
    public const string OtherBarcode = "0 12345-67890 5";

    public EnrichmentWorld(string purpose, bool withSources = true)
    {
        Harness = new PipelineHarness(purpose) { Time = Clock };
        Discogs.AddOwnedRelease(1);
        Discogs.AddOwnedRelease(2);
        Discogs.Releases[Release] = Discogs.Releases[Release] with { Identifiers = [new ReleaseIdentifier("Barcode", Barcode, null)] };
        Discogs.Releases[OtherRelease] = Discogs.Releases[OtherRelease] with { Identifiers = [new ReleaseIdentifier("Barcode", OtherBarcode, null)] };
        Discogs.Artists[Artist] = Discogs.Artists[Artist] with { Urls = ["https://en.wikipedia.org/wiki/Artist_100_(band)"] };
        Apple.Add(AppleAlbum("1001", "Album 100", "Artist 100", "074643345323"));
        Spotify.Add(SpotifyAlbum("5CCjGmIH483h4J9UvME0eR", "Album 100", "Artist 100", "074643345323"));
        Wikipedia.Add(Article("Artist 100 (band)", "English rock band"));
        if (withSources)
        {
            Harness.EnrichmentApis = new EnrichmentApis(Apple, Spotify, Wikipedia, Wikidata);
        }
    }

    public FakeTimeProvider Clock { get; } = new(TestClock.Start);

    public PipelineHarness Harness { get; }

    public InMemoryDiscogsApi Discogs { get; } = new();

    public InMemoryAppleMusicApi Apple { get; } = new();

    public InMemorySpotifyApi Spotify { get; } = new();

    public InMemoryWikipediaApi Wikipedia { get; } = new();

    public InMemoryWikidataApi Wikidata { get; } = new();

    public StateDatabase Database => new(Harness.Settings.Paths.State);

    public MatchRepository<AppleMusicAlbum> AppleMatches => new(Database, MatchTables.AppleMusic);

    public MatchRepository<SpotifyAlbum> SpotifyMatches => new(Database, MatchTables.Spotify);

    public MatchRepository<WikipediaArticle> WikipediaMatches => new(Database, MatchTables.Wikipedia);

    public OverrideRepository Overrides => new(Database);

    /// <summary>Runs `build` (harvest, enrichment, site) a minute after the previous run.</summary>
    public Task<RunSummary> BuildAsync(RunOptions? options = null)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        return Harness.RunAsync(Discogs, PipelineDefinitions.Build, options);
    }

    public Task SetOverrideAsync(string source, string itemKind, long itemId, OverrideKind kind, string? value) =>
        Overrides.SetAsync(new EnrichmentOverride(source, itemKind, itemId, kind, value, Clock.GetUtcNow()), CancellationToken.None);

    public async Task<ItemProgress?> ProgressAsync(string stage, long itemId) =>
        (await new StageProgressRepository(Database).GetProgressAsync(stage, CancellationToken.None)).GetValueOrDefault(itemId);

    public string AlbumPage(long releaseId) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(Harness.Settings.Paths.Output, "content", "albums"), "index.md", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains($"discogs_id: \"{releaseId}\"", StringComparison.Ordinal)));

    public static AppleMusicAlbum AppleAlbum(string id, string name, string artist, string? upc) => new(
        id, name, artist, $"https://music.apple.com/us/album/{id}", "1999-01-01", "Label", ["Rock"], 1, upc, false, false,
        new AppleMusicArtwork($"https://example.mzstatic.com/{id}/{{w}}x{{h}}bb.jpg", 3000, 3000), new EditorialNotes("Short.", "Standard *notes*."), $"{{\"id\":\"{id}\"}}");

    public static SpotifyAlbum SpotifyAlbum(string id, string name, string artist, string? upc) => new(
        id, name, [artist], $"https://open.spotify.com/album/{id}", "album", "1999", 1, upc, $"{{\"id\":\"{id}\"}}");

    public static WikipediaArticle Article(string title, string description) => new(
        title, "standard", description, $"{title} is an {description.ToLowerInvariant()}.", $"https://en.wikipedia.org/wiki/{title.Replace(' ', '_')}",
        $"https://en.wikipedia.org/w/index.php?title={title.Replace(' ', '_')}&action=history",
        new WikipediaImage("https://upload.wikimedia.org/a.jpg", 320, 240), "Q1", $"{{\"title\":\"{title}\"}}");

    public void Dispose() => Harness.Dispose();
}
