using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Storage;

/// <summary>The override store: what it keeps, what it refuses, which progress a change requeues, and the artwork leads it feeds.</summary>
public sealed class OverrideRepositoryTests
{
    private static readonly DateTimeOffset Now = TestClock.Start;
    private string folder = string.Empty;
    private StateDatabase database = null!;
    private OverrideRepository overrides = null!;
    private StageProgressRepository progress = null!;

    [SetUp]
    public async Task SetUp()
    {
        folder = TestPaths.NewScratchFolder("overrides");
        database = new StateDatabase(folder);
        overrides = new OverrideRepository(database);
        progress = new StageProgressRepository(database);
        foreach (var stage in new[] { "apple.release", "spotify.release", "artwork.release", "discogs.release" })
        {
            await progress.FinishAsync(new StageItem(stage, ItemKinds.Release, 100), ItemStatus.Done, null, Now, CancellationToken.None);
            await progress.FinishAsync(new StageItem(stage, ItemKinds.Release, 200), ItemStatus.Done, null, Now, CancellationToken.None);
        }
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task SetAsync_Pin_ReadBackAndOnlyThatSourcesProgressOfThatItemRequeued()
    {
        var pin = new EnrichmentOverride(EnrichmentSources.AppleMusic, ItemKinds.Release, 100, OverrideKind.Pin, "1556240425", Now);

        await overrides.SetAsync(pin, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await overrides.GetAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, 100, CancellationToken.None), Is.EqualTo(pin));
            Assert.That(await overrides.GetAsync(EnrichmentSources.Spotify, ItemKinds.Release, 100, CancellationToken.None), Is.Null);
            Assert.That(await DoneAsync("apple.release"), Is.EqualTo(new long[] { 200 }), "item 100 is due again");
            Assert.That(await DoneAsync("spotify.release"), Is.EqualTo(new long[] { 100, 200 }));
            Assert.That(await DoneAsync("discogs.release"), Is.EqualTo(new long[] { 100, 200 }));
        });
    }

    [Test]
    public async Task SetAsync_Twice_ReplacesAndListsOnce()
    {
        await overrides.SetAsync(new EnrichmentOverride(EnrichmentSources.Spotify, ItemKinds.Release, 100, OverrideKind.Search, "Sigur Ros ( )", Now), CancellationToken.None);
        await overrides.SetAsync(new EnrichmentOverride(EnrichmentSources.Spotify, ItemKinds.Release, 100, OverrideKind.None, null, Now.AddMinutes(1)), CancellationToken.None);
        await overrides.SetAsync(new EnrichmentOverride(EnrichmentSources.Wikipedia, ItemKinds.Artist, 45, OverrideKind.Pin, "Aphex Twin", Now), CancellationToken.None);

        var all = await overrides.GetAllAsync(CancellationToken.None);

        Assert.That(all.Select(o => (o.Source, o.ItemKind, o.ItemId, o.Kind)), Is.EqualTo(new[]
        {
            (EnrichmentSources.Spotify, ItemKinds.Release, 100L, OverrideKind.None),
            (EnrichmentSources.Wikipedia, ItemKinds.Artist, 45L, OverrideKind.Pin),
        }));
    }

    [Test]
    public async Task ClearAsync_Existing_RemovedAndRequeued_Missing_FalseAndNothingRequeued()
    {
        await overrides.SetAsync(new EnrichmentOverride(EnrichmentSources.Artwork, ItemKinds.Release, 100, OverrideKind.Image, "https://example.org/cover.jpg", Now), CancellationToken.None);
        await progress.FinishAsync(new StageItem("artwork.release", ItemKinds.Release, 100), ItemStatus.Done, null, Now, CancellationToken.None);

        var removed = await overrides.ClearAsync(EnrichmentSources.Artwork, ItemKinds.Release, 100, CancellationToken.None);
        var requeued = await DoneAsync("artwork.release");
        var again = await overrides.ClearAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, 200, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(removed, Is.True);
            Assert.That(requeued, Is.EqualTo(new long[] { 200 }));
            Assert.That(again, Is.False);
            Assert.That(await DoneAsync("apple.release"), Is.EqualTo(new long[] { 100, 200 }), "clearing nothing requeues nothing");
        });
    }

    [Test]
    public async Task SetAsync_ByTheAskedIdOfAMergedRelease_StoredUnderTheAnsweredIdFoundByBoth()
    {
        await new ReleaseRepository(database).SaveAsync(301, new Fetched<Release>(InMemoryDiscogsApi.SampleRelease(302), "{}"), "discogs.release", Now, CancellationToken.None);
        await progress.FinishAsync(new StageItem("apple.release", ItemKinds.Release, 301), ItemStatus.Done, null, Now, CancellationToken.None);

        await overrides.SetAsync(new EnrichmentOverride(EnrichmentSources.AppleMusic, ItemKinds.Release, 301, OverrideKind.None, null, Now), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That((await overrides.GetAllAsync(CancellationToken.None)).Single().ItemId, Is.EqualTo(302));
            Assert.That(await overrides.GetAsync(EnrichmentSources.AppleMusic, ItemKinds.Release, 301, CancellationToken.None), Is.Not.Null);
            Assert.That(await DoneAsync("apple.release"), Does.Not.Contain(301L), "the collection's id of the record is requeued");
        });
    }

    [TestCase("wikipedia", "release", OverrideKind.Pin, "Tool (band)", "per artist")]
    [TestCase("apple", "artist", OverrideKind.Pin, "1", "per release")]
    [TestCase("artwork", "release", OverrideKind.Pin, "1", "takes an image")]
    [TestCase("spotify", "release", OverrideKind.Image, "https://example.org/a.jpg", "not an image")]
    [TestCase("apple", "release", OverrideKind.Pin, null, "needs a value")]
    [TestCase("apple", "release", OverrideKind.None, "1", "has no value")]
    [TestCase("artwork", "artist", OverrideKind.Image, "relative/cover.jpg", "absolute file path")]
    [TestCase("artwork", "artist", OverrideKind.Image, "ftp://example.org/a.jpg", "absolute file path")]
    [TestCase("deezer", "release", OverrideKind.Pin, "1", "Unknown source")]
    public void SetAsync_InvalidCombination_RefusedSayingWhy(string source, string kind, OverrideKind overrideKind, string? value, string reason)
    {
        var invalid = new EnrichmentOverride(source, kind, 1, overrideKind, value, Now);

        Assert.That(() => overrides.SetAsync(invalid, CancellationToken.None), Throws.ArgumentException.With.Message.Contains(reason));
    }

    [Test]
    public async Task ArtworkLeads_OverrideAndMatchedArtwork_Read_NoMatchGivesNone()
    {
        var apple = new MatchRepository<AppleMusicAlbum>(database, MatchTables.AppleMusic);
        var wikipedia = new MatchRepository<WikipediaArticle>(database, MatchTables.Wikipedia);
        var leads = new EnrichmentArtworkLeads(overrides, apple, wikipedia);
        await overrides.SetAsync(new EnrichmentOverride(EnrichmentSources.Artwork, ItemKinds.Artist, 45, OverrideKind.Image, "/art/aphex.jpg", Now), CancellationToken.None);
        await apple.SaveAsync(100, EnrichmentSamples.Matched(EnrichmentSamples.BornToRun(), "barcode", 1), CancellationToken.None);
        await apple.SaveAsync(200, EnrichmentSamples.NoMatch<AppleMusicAlbum>(), CancellationToken.None);
        await wikipedia.SaveAsync(45, EnrichmentSamples.Matched(EnrichmentSamples.Physics(), "link", 1), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await leads.GetArtworkOverrideAsync(ItemKinds.Artist, 45, CancellationToken.None), Is.EqualTo("/art/aphex.jpg"));
            Assert.That(await leads.GetArtworkOverrideAsync(ItemKinds.Release, 45, CancellationToken.None), Is.Null, "a release id never matches an artist");
            Assert.That((await leads.GetAppleMusicArtworkAsync(100, CancellationToken.None))?.MaxWidth, Is.EqualTo(1500));
            Assert.That(await leads.GetAppleMusicArtworkAsync(200, CancellationToken.None), Is.Null);
            Assert.That((await leads.GetWikipediaThumbnailAsync(45, CancellationToken.None))?.Source, Does.EndWith("320px-CollageFisica.jpg"));
            Assert.That(await leads.GetWikipediaThumbnailAsync(46, CancellationToken.None), Is.Null);
        });
    }

    private async Task<long[]> DoneAsync(string stage) =>
        [.. (await progress.GetProgressAsync(stage, CancellationToken.None)).Values.Where(p => p.Status == ItemStatus.Done).Select(p => p.ItemId).Order()];
}
