using System.Net;
using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Http;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Tests.Stages.Enrichment;

/// <summary>
/// Optional sources never stop the site: a source that is off is one note, an item that fails is recorded and tried
/// next run until it is a dead letter, rejected or unusable credentials stop that source only.
/// </summary>
public sealed class EnrichmentFailureTests
{
    private EnrichmentWorld world = null!;

    [TearDown]
    public void TearDown() => world.Dispose();

    [Test]
    public async Task Build_NoSourceConfigured_OneNoteEachNamingTheKeysExit0EvenStrict()
    {
        world = new EnrichmentWorld("not-configured", withSources: false);

        var summary = await world.BuildAsync(new RunOptions(Strict: true));

        var notes = summary.Stages.Where(s => s.Stage.StartsWith("Match ", StringComparison.Ordinal)).ToDictionary(s => s.Stage, s => s.Note);
        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(notes["Match Apple Music"], Is.EqualTo("skipped: " + CollectionSiteServices.AppleMusicNotConfigured));
            Assert.That(notes["Match Spotify"], Does.Contain("Spotify:ClientId").And.Contain("Spotify:ClientSecret"));
            Assert.That(notes["Match Wikipedia"], Does.Contain("Wikipedia:Contact"));
            Assert.That(world.AlbumPage(EnrichmentWorld.Release), Does.Contain("discogs_id: \"100\"").And.Not.Contain("apple_music"));
            Assert.That(world.Harness.Reporter.Finished.Count(r => r.Stage.StartsWith("Match ", StringComparison.Ordinal)), Is.EqualTo(3), "reported once each");
        });
    }

    [Test]
    public async Task Build_AppleFailsEveryItem_RecordedRetriedThenDeadLetteredOthersUnaffected()
    {
        world = new EnrichmentWorld("item-failures");
        world.Harness.Settings.Retry.MaxAttempts = 2;
        world.Apple.Failure = new RemoteApiException("Apple Music", "GET /v1/catalog/us/albums answered 502 Bad Gateway", HttpStatusCode.BadGateway, "/v1/catalog/us/albums");

        var first = await world.BuildAsync();
        var second = await world.BuildAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(first.OpenFailures.Select(f => (f.Stage, f.ItemId)), Is.EquivalentTo(new[] { ("apple.release", 100L), ("apple.release", 200L) }));
            Assert.That(first.OpenFailures[0].LastError, Does.Contain("502 Bad Gateway"));
            Assert.That(second.DeadLetters.Select(f => (f.Stage, f.Attempts)), Is.EquivalentTo(new[] { ("apple.release", 2), ("apple.release", 2) }));
            Assert.That(second.OpenFailures, Is.Empty);
            Assert.That((await world.SpotifyMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None))!.State, Is.EqualTo(MatchState.Matched));
            Assert.That((await world.WikipediaMatches.GetAsync(EnrichmentWorld.Artist, CancellationToken.None))!.State, Is.EqualTo(MatchState.Matched));
            Assert.That(world.AlbumPage(EnrichmentWorld.Release), Does.Contain("spotify_id:").And.Not.Contain("apple_music"));
        });
    }

    [Test]
    public async Task Build_AppleRejectsTheToken_AppleStopsOthersAndSiteGoOn()
    {
        world = new EnrichmentWorld("rejected");
        world.Apple.Failure = new AppleMusicAuthenticationException(HttpStatusCode.Unauthorized, "Apple Music refused the developer token (401). Check AppleMusic:KeyId.");

        var summary = await world.BuildAsync();
        var calls = world.Apple.Calls.Count;
        var strict = await world.BuildAsync(new RunOptions(Strict: true));

        var stopped = summary.StoppedStages.Single();
        Assert.Multiple(async () =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That((stopped.Stage, stopped.Stopped!.Source), Is.EqualTo(("Match Apple Music", (DataSource?)DataSource.AppleMusic)));
            Assert.That(stopped.Stopped.Reason, Does.Contain("AppleMusic:KeyId"));
            Assert.That(summary.OpenFailures, Is.Empty, "a rejected token is not an item failure");
            Assert.That(calls, Is.EqualTo(1), "no request after the rejection");
            Assert.That((await world.SpotifyMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None))!.State, Is.EqualTo(MatchState.Matched));
            Assert.That(summary.Stages[^1].Stage, Is.EqualTo("Render pages"));
            Assert.That(strict.ExitCode, Is.EqualTo(ExitCode.ItemFailures), "--strict counts a stopped source");
        });
    }

    [Test]
    public async Task Build_AppleKeyUnreadable_StageStopsNamingTheKeyOthersGoOn()
    {
        world = new EnrichmentWorld("bad-key");
        world.Harness.EnrichmentApis = new EnrichmentApis(null, world.Spotify, world.Wikipedia, world.Wikidata);
        world.Harness.Settings.AppleMusic.TeamId = "TEAM123456";
        world.Harness.Settings.AppleMusic.KeyId = "KEY1234567";
        world.Harness.Settings.AppleMusic.PrivateKey = "not a key";

        var summary = await world.BuildAsync();

        var stopped = summary.StoppedStages.Single();
        Assert.Multiple(async () =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(stopped.Stage, Is.EqualTo("Match Apple Music"));
            Assert.That(stopped.Stopped!.Reason, Does.Contain("AppleMusic:PrivateKey").And.Not.Contain("not a key"));
            Assert.That(await world.ProgressAsync(AppleMusicReleaseStage.Key, EnrichmentWorld.Release), Is.Null, "nothing was tried");
            Assert.That((await world.SpotifyMatches.GetAsync(EnrichmentWorld.Release, CancellationToken.None))!.State, Is.EqualTo(MatchState.Matched));
        });
    }
}
