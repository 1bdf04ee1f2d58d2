using CollectionSite.Configuration;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Hosting;
using CollectionSite.Storage;
using CollectionSite.Storage.Status;
using CollectionSite.Tests.Demo;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Stages.Enrichment;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Storage.Status;

/// <summary>
/// <see cref="StatusQuery"/> over the demo collection built for real, then given known outcomes: a failed master, a
/// dead-lettered artist, Apple Music and Spotify decisions, a failed match and a skipped release.
/// </summary>
[NonParallelizable]
public sealed class StatusQueryTests
{
    private const long Homogenic = 1048219;
    private const long EthioJazz = 21573286;
    private const long NeverGonna = 249504;
    private const long Zorba = 990000109;
    private const long Kino = 990000110;
    private static readonly DateTimeOffset Now = TestClock.Start;
    private string folder = string.Empty;
    private StateDatabase database = null!;
    private long deadArtist;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        folder = TestPaths.NewScratchFolder("status-query");
        var state = await DemoState.BuildAsync(folder);
        database = new StateDatabase(DemoState.DatabaseFolder(state));
        var progress = new StageProgressRepository(database);
        deadArtist = DemoData.Release(Zorba).Artists[0].Id;
        await progress.RecordFailureAsync(new StageItem("discogs.master", ItemKinds.Release, Homogenic), ItemStatus.Failed, 2, "GET /masters/2815 answered 502 Bad Gateway", Now, CancellationToken.None);
        await progress.RecordFailureAsync(new StageItem("discogs.artists", ItemKinds.Artist, deadArtist), ItemStatus.DeadLetter, 3, "GET /artists answered 500", Now, CancellationToken.None);
        var apple = new MatchRepository<AppleMusicAlbum>(database, MatchTables.AppleMusic);
        await progress.FinishAsync(new StageItem("apple.release", ItemKinds.Release, Homogenic), ItemStatus.Done, (s, t) => apple.SaveAsync(s, Homogenic,
            EnrichmentSamples.Matched(EnrichmentWorld.AppleAlbum("1001", "Homogenic", "Björk", null), "search", 0.93), t), Now, CancellationToken.None);
        await progress.RecordFailureAsync(new StageItem("apple.release", ItemKinds.Release, NeverGonna), ItemStatus.Failed, 1, "GET /v1/catalog answered 503", Now, CancellationToken.None);
        var spotify = new MatchRepository<SpotifyAlbum>(database, MatchTables.Spotify);
        await progress.FinishAsync(new StageItem("spotify.release", ItemKinds.Release, Homogenic), ItemStatus.Done, (s, t) => spotify.SaveAsync(s, Homogenic,
            EnrichmentSamples.NoMatch<SpotifyAlbum>(), t), Now, CancellationToken.None);
        await progress.FinishAsync(new StageItem("spotify.release", ItemKinds.Release, EthioJazz), ItemStatus.Done, (s, t) => spotify.SaveAsync(s, EthioJazz,
            new MatchDecision<SpotifyAlbum>(MatchState.Skipped, "manual", 1, [], null, Now), t), Now, CancellationToken.None);
        await new SkipListRepository(database).AddAsync(Kino, "not mine", Now, CancellationToken.None);
        await new RunRepository(database).StartAsync("build", Now.AddHours(1), CancellationToken.None);
    }

    [OneTimeTearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Every source configured, so the estimate counts each stage.</summary>
    internal static StatusQuery Query(StateDatabase database) => new(
        database,
        new StageProgressRepository(database),
        new ReleaseRepository(database),
        new DiscogsIdRepository(database),
        new RunRepository(database),
        new MetaRepository(database),
        StatusPlans.For(new AppSettings(), new EnrichmentAvailability(new Dictionary<string, string?>())),
        new FakeTimeProvider(Now.AddHours(2)));

    [Test]
    public async Task GetAsync_DemoWithKnownOutcomes_CountsEveryStage()
    {
        var copies = DemoData.Collection();
        var active = copies.Where(c => c.ReleaseId != Kino).ToList();
        var releases = active.Select(c => c.ReleaseId).Distinct().Count();
        var artists = active.Select(c => c.ReleaseId).Distinct().SelectMany(id => DemoData.Release(id).Artists).Select(a => a.Id).Where(DiscogsArtists.HasPage).Distinct().Count();

        var report = await Query(database).GetAsync(CancellationToken.None);

        var stage = report.Stages.ToDictionary(s => s.Key);
        Assert.Multiple(() =>
        {
            Assert.That(report.Collection, Is.EqualTo(new CollectionCounts(active.Count, releases, 1)));
            Assert.That(stage["discogs.release"], Is.EqualTo(Counts(stage["discogs.release"], releases, done: releases)));
            Assert.That(stage["discogs.master"], Is.EqualTo(Counts(stage["discogs.master"], releases, done: releases - 1, failed: 1)));
            Assert.That(stage["discogs.artists"], Is.EqualTo(Counts(stage["discogs.artists"], artists, done: artists - 1, dead: 1)));
            Assert.That(stage["wikipedia.artist"], Is.EqualTo(Counts(stage["wikipedia.artist"], artists - 1, pending: artists - 1)), "an artist Discogs gave up on is never matched");
            Assert.That(stage["apple.release"], Is.EqualTo(Counts(stage["apple.release"], releases, done: 1, failed: 1, pending: releases - 2)));
            Assert.That(stage["apple.release"].Matches, Is.EqualTo(new MatchCounts(1, 0, 0)));
            Assert.That(stage["spotify.release"], Is.EqualTo(Counts(stage["spotify.release"], releases, done: 2, pending: releases - 2)));
            Assert.That(stage["spotify.release"].Matches, Is.EqualTo(new MatchCounts(0, 1, 1)));
            Assert.That(stage["wikipedia.artist"].Matches, Is.EqualTo(new MatchCounts(0, 0, 0)));
            Assert.That(stage["discogs.release"].Matches, Is.Null);
            Assert.That(stage["artwork.cover"], Is.EqualTo(Counts(stage["artwork.cover"], releases, done: releases)));
        });
    }

    [Test]
    public async Task GetAsync_Failures_RetryQueueAndDeadLettersWithAttemptsAndErrors()
    {
        var report = await Query(database).GetAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.RetryQueue.Select(f => (f.Stage, f.ItemId, f.Attempts)), Is.EqualTo(new[] { ("discogs.master", Homogenic, 2), ("apple.release", NeverGonna, 1) }));
            Assert.That(report.RetryQueue[0].LastError, Is.EqualTo("GET /masters/2815 answered 502 Bad Gateway"));
            Assert.That(report.DeadLetters.Select(f => (f.Stage, f.ItemKind, f.ItemId, f.Attempts)), Is.EqualTo(new[] { ("discogs.artists", ItemKinds.Artist, deadArtist, 3) }));
        });
    }

    [Test]
    public async Task GetAsync_Runs_NewestFirstAnUnfinishedOneWithoutOutcome()
    {
        var report = await Query(database).GetAsync(5, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.LastRuns.Select(r => r.Command), Is.EqualTo(new[] { "build", "build" }));
            Assert.That(report.LastRuns[0].Outcome, Is.Null);
            Assert.That(report.LastRuns[0].EndedUtc, Is.Null);
            Assert.That(report.LastRuns[0].StartedUtc, Is.EqualTo(Now.AddHours(1)));
            Assert.That(report.LastRuns[1].Outcome, Is.EqualTo("completed"));
            Assert.That(report.LastRuns[1].EndedUtc, Is.GreaterThanOrEqualTo(report.LastRuns[1].StartedUtc));
        });
    }

    [Test]
    public async Task GetAsync_NextRun_DueItemsPerSourceWithTheirBudget()
    {
        var report = await Query(database).GetAsync(CancellationToken.None);

        var due = report.Stages.ToDictionary(s => s.Key, s => s.Due);
        var sources = report.NextRun.Sources.ToDictionary(s => s.Source);
        Assert.Multiple(() =>
        {
            Assert.That(report.NextRun.ListingRequests, Is.EqualTo((int)Math.Ceiling(report.Collection.Copies / 100.0)));
            Assert.That(sources["Discogs"].Items, Is.EqualTo(due["discogs.release"] + due["discogs.master"] + due["discogs.artists"]).And.EqualTo(1));
            Assert.That(sources["Discogs"].Requests, Is.EqualTo(1 + report.NextRun.ListingRequests));
            Assert.That(sources["Discogs"].RequestsPerMinute, Is.EqualTo(60));
            Assert.That(sources["Apple Music"].Items, Is.EqualTo(due["apple.release"]));
            Assert.That(sources["Apple Music"].Requests, Is.EqualTo(2 * due["apple.release"]));
            Assert.That(sources["Wikipedia"].Items, Is.EqualTo(due["wikipedia.artist"]));
            Assert.That(report.NextRun.Estimated, Is.GreaterThanOrEqualTo(sources.Values.Max(s => s.Time)));
        });
    }

    private static StageStatus Counts(StageStatus actual, int items, int done = 0, int notFound = 0, int pending = 0, int failed = 0, int dead = 0) =>
        actual with { Items = items, Done = done, NotFound = notFound, Pending = pending, Failed = failed, DeadLetters = dead };
}
