using CollectionSite.Cli;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Stages.Enrichment;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace CollectionSite.Tests.Cli;

/// <summary>`match show` over a seeded state database: what each source decided for a release and its artists, and why.</summary>
public sealed class MatchCommandTests
{
    private static readonly DateTimeOffset Now = TestClock.Start;
    private string folder = string.Empty;
    private string state = string.Empty;

    [SetUp]
    public async Task SetUp()
    {
        folder = TestPaths.NewScratchFolder("match-cli");
        state = Path.Combine(folder, "state");
        var database = new StateDatabase(state);
        var release = InMemoryDiscogsApi.SampleRelease(
            100, null, new ArtistCredit(1000, "Artist 100", null, " & ", null, null), new ArtistCredit(DiscogsArtists.VariousId, "Various", null, null, null, null));
        await new ReleaseRepository(database).SaveAsync(new Fetched<Release>(release, "{}"), "discogs.release", Now, CancellationToken.None);

        var progress = new StageProgressRepository(database);
        var apple = new MatchRepository<AppleMusicAlbum>(database, MatchTables.AppleMusic);
        await progress.FinishAsync(new StageItem("apple.release", ItemKinds.Release, 100), ItemStatus.Done, (s, t) => apple.SaveAsync(s, 100, EnrichmentSamples.Matched(
            EnrichmentWorld.AppleAlbum("1001", "Album 100", "Artist 100", "074643345323"), "barcode", 1, new MatchCandidate("1001", "Album 100", "Artist 100", 1), new MatchCandidate("1002", "Album 100 (Deluxe)", "Artist 100", 0.81)), t), Now, CancellationToken.None);
        await new OverrideRepository(database).SetAsync(new EnrichmentOverride(EnrichmentSources.Spotify, ItemKinds.Release, 100, OverrideKind.Search, "Artist 100 Album", Now), CancellationToken.None);
        await new MatchRepository<SpotifyAlbum>(database, MatchTables.Spotify).SaveAsync(100, EnrichmentSamples.NoMatch<SpotifyAlbum>(), CancellationToken.None);
        await progress.RecordFailureAsync(new StageItem("spotify.release", ItemKinds.Release, 100), ItemStatus.Failed, 1, "GET /v1/search answered 502 Bad Gateway", Now, CancellationToken.None);
        var wikipedia = new MatchRepository<WikipediaArticle>(database, MatchTables.Wikipedia);
        await progress.FinishAsync(new StageItem("wikipedia.artist", ItemKinds.Artist, 1000), ItemStatus.Done, (s, t) => wikipedia.SaveAsync(s, 1000, EnrichmentSamples.NoMatch<WikipediaArticle>(
            new MatchCandidate("Artist 100 (album)", "Artist 100 (album)", string.Empty, 0.42)), t), Now, CancellationToken.None);
    }

    /// <summary>Runs the CLI on a wide console, so long lines (URLs, candidates) come out unwrapped.</summary>
    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        var exit = await CliApplication.RunAsync(args, console, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Show_SeededRelease_EverySourceWithStatusWhyAndCandidates()
    {
        var (exit, output, error) = await Run("match", "show", "100", "--state", state);

        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(lines[0], Is.EqualTo("Release 100: Album 100 – Artist 100, Various"));
            Assert.That(lines, Does.Contain("Apple Music: matched by barcode, confidence 1.00"));
            Assert.That(lines, Does.Contain("  chosen: 1001 – Album 100 – Artist 100").And.Contain("  https://music.apple.com/us/album/1001"));
            Assert.That(lines, Does.Contain("    1.00  1001  Album 100 – Artist 100").And.Contain("    0.81  1002  Album 100 (Deluxe) – Artist 100"));
            Assert.That(lines, Does.Contain("Spotify: failed (1 failed run; tried again on the next run)"));
            Assert.That(lines, Does.Contain("  last error: GET /v1/search answered 502 Bad Gateway"));
            Assert.That(lines, Has.Some.StartsWith("  override: search \"Artist 100 Album\""));
            Assert.That(lines, Does.Contain("Wikipedia for Artist 100 (artist 1000): no-match (best candidate 0.42, below the minimum confidence)"));
            Assert.That(lines, Does.Contain("    0.42  Artist 100 (album)  Artist 100 (album)"));
            Assert.That(output, Does.Not.Contain("artist 194"), "Various has no artist page and no Wikipedia match");
            Assert.That(lines, Has.Some.Contains("source not configured; set Spotify:ClientId and Spotify:ClientSecret"));
        });
    }

    [Test]
    public async Task Show_UnknownRelease_OneLineExit2()
    {
        var (exit, output, error) = await Run("match", "show", "999", "--state", state);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(error, Does.StartWith("Release 999 is not in the state database"));
            Assert.That(output, Is.Empty);
        });
    }

    [TestCase("0")]
    [TestCase("-3")]
    public async Task Show_NonPositiveId_OneLineExit2(string id)
    {
        var (exit, _, error) = await Run("match", "show", id, "--state", state);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(error, Does.Contain("release-id must be a Discogs release id"));
        });
    }
}
