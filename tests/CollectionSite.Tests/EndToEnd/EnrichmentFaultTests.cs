using System.Net;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Stages.Enrichment;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// Transport faults of each enrichment source in a whole `build`: 429 with and without Retry-After, 5xx bursts, timeouts,
/// malformed JSON, Wikidata down. The run completes, statuses and dead letters are right, the rest is unaffected.
/// </summary>
[NonParallelizable]
public sealed class EnrichmentFaultTests : EnrichmentFaultFixture
{
    [Test]
    public async Task Build_HealthySources_EveryStoreMatchedThroughTheRealClients()
    {
        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(await AppleAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
            Assert.That(await SpotifyAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
            Assert.That(await WikipediaAsync(EnrichmentWorld.Artist), Is.EqualTo((MatchState.Matched, "link")));
            Assert.That(await AppleAsync(EnrichmentWorld.OtherRelease), Is.EqualTo((MatchState.NoMatch, (string?)null)));
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(Hosts.Wikipedia.Handler.Requests.Select(r => r.Headers["User-Agent"]), Has.All.Contains("tests@example.org"));
            Assert.That(World.AlbumPage(EnrichmentWorld.Release), Does.Contain("apple_music_id: \"1001\"").And.Contain("spotify_id: \"5CCjGmIH483h4J9UvME0eR\""));
        });
    }

    [Test]
    public async Task Build_Apple429WithRetryAfter_WaitsThenMatches()
    {
        Hosts.Apple.Fail(StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, """{"errors":[{"status":"429"}]}""", r => r.Headers.Add("Retry-After", "5")), times: 2);

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(await AppleAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
            Assert.That(Hosts.Apple.FaultsLeft, Is.Zero, "both 429s were served");
        });
    }

    [Test]
    public async Task Build_Spotify429WithoutRetryAfter_WaitsForTheWindowThenMatches()
    {
        Hosts.Spotify.Fail(StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, """{"error":{"status":429,"message":"API rate limit exceeded"}}"""), times: 1);

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(await SpotifyAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
            Assert.That(Hosts.Spotify.FaultsLeft, Is.Zero);
        });
    }

    [Test]
    public async Task Build_WikipediaBurstOf5xxAnd429_RetriedUntilTheArticleComes()
    {
        Hosts.Wikipedia
            .Fail(StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable, "{}", r => r.Headers.Add("Retry-After", "3")), times: 1, path: "/page/summary/")
            .Fail(StubHttpMessageHandler.Status(HttpStatusCode.BadGateway), times: 2, path: "/page/summary/")
            .Fail(StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.Add("Retry-After", "2")), times: 1, path: "/page/summary/");

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(await WikipediaAsync(EnrichmentWorld.Artist), Is.EqualTo((MatchState.Matched, "link")));
            Assert.That(Hosts.Wikipedia.FaultsLeft, Is.Zero, "the whole burst was served");
        });
    }

    [Test]
    public async Task Build_AppleNeverAnswersForOneRelease_ThatItemFailsOnTimeoutTheRestMatches()
    {
        Hosts.Apple.Fail(Stalled, path: "filter[upc]=012345678905");

        var summary = await BuildAsync();

        var failure = summary.OpenFailures.Single();
        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That((failure.Stage, failure.ItemId, failure.Attempts), Is.EqualTo(("apple.release", EnrichmentWorld.OtherRelease, 1)));
            Assert.That(failure.LastError, Does.Contain("no answer within"));
            Assert.That(await AppleAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
            Assert.That(await SpotifyAsync(EnrichmentWorld.OtherRelease), Is.EqualTo((MatchState.NoMatch, (string?)null)));
        });
    }

    [Test]
    public async Task Build_SpotifyMalformedJsonThroughout_DeadLettersAfterMaxAttemptsOthersUnaffected()
    {
        World.Harness.Settings.Retry.MaxAttempts = 2;
        Hosts.Spotify.Fail(StubHttpMessageHandler.Reply(HttpStatusCode.OK, """{"albums":{"items":[{"id":""", "application/json"), path: "/v1/search");

        var first = await BuildAsync();
        var second = await BuildAsync(new RunOptions(Strict: true));

        Assert.Multiple(async () =>
        {
            AssertCompleted(first);
            Assert.That(first.OpenFailures.Select(f => f.Stage), Is.EqualTo(new[] { "spotify.release", "spotify.release" }));
            Assert.That(first.OpenFailures[0].LastError, Does.Contain("malformed JSON"));
            Assert.That(second.DeadLetters.Select(f => (f.Stage, f.Attempts)), Is.EqualTo(new[] { ("spotify.release", 2), ("spotify.release", 2) }));
            Assert.That(second.ExitCode, Is.EqualTo(ExitCode.ItemFailures), "--strict reports the dead letters");
            Assert.That(await AppleAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
            Assert.That(World.AlbumPage(EnrichmentWorld.Release), Does.Contain("apple_music_id:").And.Not.Contain("spotify_id:"));
        });
    }

    [Test]
    public async Task Build_WikidataDown_CrossReferencesSkippedEverySourceStillDecides()
    {
        Hosts.Wikidata.Fail(StubHttpMessageHandler.Status(HttpStatusCode.InternalServerError));

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(await AppleAsync(EnrichmentWorld.OtherRelease), Is.EqualTo((MatchState.NoMatch, (string?)null)));
            Assert.That(await WikipediaAsync(EnrichmentWorld.Artist), Is.EqualTo((MatchState.Matched, "link")));
            Assert.That(Hosts.Wikidata.Handler.Calls, Is.GreaterThan(0), "cross-references were asked for");
        });
    }
}
