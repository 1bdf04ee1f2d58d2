using CollectionSite.Pipeline;
using CollectionSite.Stages.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Tests.Stages.Enrichment;

/// <summary>Overrides through the real stages: every run honours them, a refresh never bypasses them, a change requeues the item.</summary>
public sealed class OverrideStageTests
{
    private static readonly RunOptions RefreshAll = new(Refresh: DataSources.All.ToHashSet());
    private EnrichmentWorld world = null!;

    [SetUp]
    public void SetUp()
    {
        world = new EnrichmentWorld("overrides");
        world.Apple.Add(EnrichmentWorld.AppleAlbum("777", "Album 100 (Deluxe)", "Artist 100", null));
    }

    [TearDown]
    public void TearDown() => world.Dispose();

    [Test]
    public async Task Build_PinnedAlbum_FetchedByIdManualConfidence1NoSearch()
    {
        await world.SetOverrideAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, EnrichmentWorld.Release, OverrideKind.Pin, "777");

        await world.BuildAsync();

        var apple = await world.AppleMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That((apple!.State, apple.Method, apple.Confidence, apple.Match!.Id), Is.EqualTo((MatchState.Matched, "manual", 1.0, "777")));
            Assert.That(world.Apple.Calls.Where(c => c.EndsWith("074643345323", StringComparison.Ordinal)), Is.Empty, "the barcode is not looked up for a pinned release");
            Assert.That(world.Apple.Calls, Does.Contain("album:777"));
            Assert.That(world.AlbumPage(EnrichmentWorld.Release), Does.Contain("apple_music_match:\n  method: \"manual\"\n  confidence: 1\n"));
        });
    }

    [Test]
    public async Task Build_ForcedNone_SkippedWithoutAskingAndNoKeys()
    {
        await world.SetOverrideAsync(EnrichmentSources.Spotify, ItemKinds.Release, EnrichmentWorld.Release, OverrideKind.None, null);

        await world.BuildAsync();

        var spotify = await world.SpotifyMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(spotify!.State, Is.EqualTo(MatchState.Skipped));
            Assert.That(world.Spotify.Calls.Where(c => c.Contains("074643345323", StringComparison.Ordinal)), Is.Empty);
            Assert.That(world.AlbumPage(EnrichmentWorld.Release), Does.Not.Contain("spotify_"));
        });
    }

    [Test]
    public async Task Build_CustomSearchTerm_MatcherSearchesWithIt()
    {
        world.Discogs.Releases[EnrichmentWorld.Release] = world.Discogs.Releases[EnrichmentWorld.Release] with { Identifiers = [] };
        await world.SetOverrideAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, EnrichmentWorld.Release, OverrideKind.Search, "Artist 100 Album 100");

        await world.BuildAsync();

        Assert.That(world.Apple.Calls.Where(c => c.StartsWith("search:", StringComparison.Ordinal)), Has.Some.Contains("Artist 100 Album 100"));
    }

    [Test]
    public async Task Build_RefreshAllWithAPin_KeepsThePinnedAlbum()
    {
        await world.SetOverrideAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, EnrichmentWorld.Release, OverrideKind.Pin, "777");
        await world.BuildAsync();

        await world.BuildAsync(RefreshAll);

        var apple = await world.AppleMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None);
        var pinned = await world.Overrides.GetAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, EnrichmentWorld.Release, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That((apple!.Method, apple.Match!.Id), Is.EqualTo(("manual", "777")), "the refresh decided again, through the override");
            Assert.That(world.Apple.Calls.Count(c => c == "album:777"), Is.EqualTo(2), "the pinned album was fetched again");
            Assert.That(pinned, Is.EqualTo(new EnrichmentOverride(EnrichmentSources.AppleMusic, ItemKinds.Release, EnrichmentWorld.Release, OverrideKind.Pin, "777", pinned!.SetUtc)));
        });
    }

    [Test]
    public async Task Build_OverrideSetAfterAMatch_ItemDueAgainAndDecidedByTheOverride()
    {
        await world.BuildAsync();
        Assert.That((await world.AppleMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None))!.Method, Is.EqualTo("barcode"));

        await world.SetOverrideAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, EnrichmentWorld.Release, OverrideKind.None, null);
        var requeued = await world.ProgressAsync(AppleMusicReleaseStage.Key, EnrichmentWorld.Release);
        await world.BuildAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(requeued, Is.Null, "setting the override dropped the item's progress");
            Assert.That((await world.AppleMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None))!.State, Is.EqualTo(MatchState.Skipped));
            Assert.That(await world.ProgressAsync(AppleMusicReleaseStage.Key, EnrichmentWorld.OtherRelease), Is.Not.Null, "other releases keep their progress");
        });
    }

    [Test]
    public async Task Build_PinnedAlbumMissing_ItemFailsNamingTheOverrideAndOthersGoOn()
    {
        await world.SetOverrideAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, EnrichmentWorld.Release, OverrideKind.Pin, "404404");

        var summary = await world.BuildAsync();

        var failure = summary.OpenFailures.Single();
        Assert.Multiple(async () =>
        {
            Assert.That((failure.Stage, failure.ItemId), Is.EqualTo((AppleMusicReleaseStage.Key, EnrichmentWorld.Release)));
            Assert.That(failure.LastError, Does.Contain("'404404' was not found").And.Contain("override clear 100 --source apple"));
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That((await world.SpotifyMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None))!.State, Is.EqualTo(MatchState.Matched));
        });
    }

    [Test]
    public async Task Build_WikipediaPinnedByTitle_ManualMatchOfThatArticle()
    {
        world.Wikipedia.Add(EnrichmentWorld.Article("Artist 100 (musician)", "English musician"));
        await world.SetOverrideAsync(EnrichmentSources.Wikipedia, ItemKinds.Artist, EnrichmentWorld.Artist, OverrideKind.Pin, "Artist 100 (musician)");

        await world.BuildAsync();

        var wikipedia = await world.WikipediaMatches.GetAsync(EnrichmentWorld.Artist, CancellationToken.None);
        Assert.That((wikipedia!.Method, wikipedia.Match!.Title), Is.EqualTo(("manual", "Artist 100 (musician)")));
    }
}
