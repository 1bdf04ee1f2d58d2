using System.Net;
using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Spotify;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Clients.AppleMusic;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Stages.Enrichment;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// Faults of each enrichment source in a whole `build`, through the real clients (registration, resilience handler,
/// tokens, mapping) over stub hosts, on a fake clock: the run completes, statuses and dead letters are right, and
/// the other sources and the site are unaffected.
/// </summary>
[NonParallelizable]
public sealed class EnrichmentFaultTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);
    private EnrichmentWorld world = null!;
    private EnrichmentHosts hosts = null!;

    [SetUp]
    public void SetUp()
    {
        world = new EnrichmentWorld("enrichment-faults", withSources: false);
        hosts = new EnrichmentHosts();
        var settings = world.Harness.Settings;
        (settings.AppleMusic.TeamId, settings.AppleMusic.KeyId) = (AppleMusicServices.TeamId, AppleMusicServices.KeyId);
        (settings.AppleMusic.PrivateKey, settings.AppleMusic.BaseUrl) = (AppleMusicServices.Key.ExportPkcs8PrivateKeyPem(), "http://apple.test");
        (settings.Spotify.ClientId, settings.Spotify.ClientSecret) = ("client-id", "client-secret-7f3a");
        (settings.Spotify.ApiBaseUrl, settings.Spotify.AccountsBaseUrl) = ("http://spotify-api.test", "http://spotify-accounts.test");
        (settings.Wikipedia.Contact, settings.Wikipedia.BaseUrl) = ("tests@example.org", "http://wikipedia.test");
        (settings.Wikidata.Contact, settings.Wikidata.BaseUrl) = ("tests@example.org", "http://wikidata.test");
        world.Harness.EnrichmentClients = new EnrichmentClients(
            new Dictionary<string, CollectionSite.Clients.Http.HttpPolicyOptions>
            {
                [EnrichmentSources.AppleMusic] = ClientServices.WithoutBackOff(AppleMusicServiceCollectionExtensions.PolicyFor(settings.AppleMusic)),
                [EnrichmentSources.Spotify] = ClientServices.WithoutBackOff(SpotifyServiceCollectionExtensions.PolicyFor(settings.Spotify)),
                [EnrichmentSources.Wikipedia] = ClientServices.WithoutBackOff(WikipediaServiceCollectionExtensions.PolicyFor(settings.Wikipedia)),
                [EnrichmentClients.Wikidata] = ClientServices.WithoutBackOff(WikidataServiceCollectionExtensions.PolicyFor(settings.Wikidata)),
            },
            (client, builder) => builder.ConfigurePrimaryHttpMessageHandler(() => hosts.For(client).Handler));
    }

    [TearDown]
    public void TearDown() => world.Dispose();

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
            Assert.That(hosts.Wikipedia.Handler.Requests.Select(r => r.Headers["User-Agent"]), Has.All.Contains("tests@example.org"));
            Assert.That(world.AlbumPage(EnrichmentWorld.Release), Does.Contain("apple_music_id: \"1001\"").And.Contain("spotify_id: \"5CCjGmIH483h4J9UvME0eR\""));
        });
    }

    [Test]
    public async Task Build_Apple429WithRetryAfter_WaitsThenMatches()
    {
        hosts.Apple.Fail(StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, """{"errors":[{"status":"429"}]}""", r => r.Headers.Add("Retry-After", "5")), times: 2);

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(await AppleAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
            Assert.That(hosts.Apple.FaultsLeft, Is.Zero, "both 429s were served");
        });
    }

    [Test]
    public async Task Build_Spotify429WithoutRetryAfter_WaitsForTheWindowThenMatches()
    {
        hosts.Spotify.Fail(StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, """{"error":{"status":429,"message":"API rate limit exceeded"}}"""), times: 1);

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(await SpotifyAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
            Assert.That(hosts.Spotify.FaultsLeft, Is.Zero);
        });
    }

    [Test]
    public async Task Build_WikipediaBurstOf5xxAnd429_RetriedUntilTheArticleComes()
    {
        hosts.Wikipedia
            .Fail(StubHttpMessageHandler.Status(HttpStatusCode.ServiceUnavailable, "{}", r => r.Headers.Add("Retry-After", "3")), times: 1, path: "/page/summary/")
            .Fail(StubHttpMessageHandler.Status(HttpStatusCode.BadGateway), times: 2, path: "/page/summary/")
            .Fail(StubHttpMessageHandler.Status(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.Add("Retry-After", "2")), times: 1, path: "/page/summary/");

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(await WikipediaAsync(EnrichmentWorld.Artist), Is.EqualTo((MatchState.Matched, "link")));
            Assert.That(hosts.Wikipedia.FaultsLeft, Is.Zero, "the whole burst was served");
        });
    }

    [Test]
    public async Task Build_AppleNeverAnswersForOneRelease_ThatItemFailsOnTimeoutTheRestMatches()
    {
        hosts.Apple.Fail(Stalled, path: "filter[upc]=012345678905");

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
        world.Harness.Settings.Retry.MaxAttempts = 2;
        hosts.Spotify.Fail(StubHttpMessageHandler.Reply(HttpStatusCode.OK, """{"albums":{"items":[{"id":""", "application/json"), path: "/v1/search");

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
            Assert.That(world.AlbumPage(EnrichmentWorld.Release), Does.Contain("apple_music_id:").And.Not.Contain("spotify_id:"));
        });
    }

    [Test]
    public async Task Build_SpotifyTokenExpiredOnce_RenewedOnceAndMatched()
    {
        hosts.Spotify.Fail(StubHttpMessageHandler.Status(HttpStatusCode.Unauthorized, """{"error":{"status":401,"message":"The access token expired"}}"""), times: 1);

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.StoppedStages, Is.Empty);
            Assert.That(hosts.SpotifyAccounts.Handler.Calls, Is.EqualTo(2), "one token, then one renewal");
            Assert.That(hosts.Spotify.FaultsLeft, Is.Zero);
            Assert.That(await SpotifyAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
        });
    }

    [Test]
    public async Task Build_SpotifySecretRevoked_SpotifyStopsNamingTheSecretOthersAndSiteGoOn()
    {
        hosts.SpotifyAccounts.Fail(StubHttpMessageHandler.Status(HttpStatusCode.BadRequest, """{"error":"invalid_client","error_description":"Invalid client secret"}"""));

        var summary = await BuildAsync();

        var stopped = summary.StoppedStages.Single();
        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That((stopped.Stage, stopped.Stopped!.Source), Is.EqualTo(("Match Spotify", (DataSource?)DataSource.Spotify)));
            Assert.That(stopped.Stopped.Reason, Does.Contain("Spotify:ClientSecret").And.Not.Contain("client-secret-7f3a"));
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(await AppleAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
            Assert.That(await WikipediaAsync(EnrichmentWorld.Artist), Is.EqualTo((MatchState.Matched, "link")));
        });
    }

    [TestCase(HttpStatusCode.Unauthorized)]
    [TestCase(HttpStatusCode.Forbidden)]
    public async Task Build_AppleKeyRevoked_AppleStopsNamingTheKeysOthersAndSiteGoOn(HttpStatusCode status)
    {
        hosts.Apple.Fail(StubHttpMessageHandler.Status(status, string.Empty));

        var summary = await BuildAsync();

        var stopped = summary.StoppedStages.Single();
        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(stopped.Stage, Is.EqualTo("Match Apple Music"));
            Assert.That(stopped.Stopped!.Reason, Does.Contain("AppleMusic:KeyId"));
            Assert.That(hosts.Apple.Handler.Calls, Is.EqualTo(1), "a refused token is not retried");
            Assert.That(await SpotifyAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
        });
    }

    [Test]
    public async Task Build_WikidataDown_CrossReferencesSkippedEverySourceStillDecides()
    {
        hosts.Wikidata.Fail(StubHttpMessageHandler.Status(HttpStatusCode.InternalServerError));

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.OpenFailures, Is.Empty);
            Assert.That(await AppleAsync(EnrichmentWorld.OtherRelease), Is.EqualTo((MatchState.NoMatch, (string?)null)));
            Assert.That(await WikipediaAsync(EnrichmentWorld.Artist), Is.EqualTo((MatchState.Matched, "link")));
            Assert.That(hosts.Wikidata.Handler.Calls, Is.GreaterThan(0), "cross-references were asked for");
        });
    }

    /// <summary>A host that never answers: only the attempt's timeout (on the fake clock) ends the wait.</summary>
    private static async Task<HttpResponseMessage> Stalled(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK);
    }

    private Task<RunSummary> BuildAsync(RunOptions? options = null) => world.Clock.DriveAsync(world.BuildAsync(options), Step);

    private void AssertCompleted(RunSummary summary)
    {
        Assert.That(summary.Outcome, Is.AnyOf(RunOutcome.Completed, RunOutcome.CompletedWithFailures), summary.Message);
        Assert.That(summary.Stages[^1].Stage, Is.EqualTo("Render pages"));
        Assert.That(world.AlbumPage(EnrichmentWorld.OtherRelease), Does.Contain("discogs_id: \"200\""));
    }

    private async Task<(MatchState?, string?)> AppleAsync(long id) =>
        await world.AppleMatches.GetAsync(id, CancellationToken.None) is { } d ? (d.State, d.Method) : (null, null);

    private async Task<(MatchState?, string?)> SpotifyAsync(long id) =>
        await world.SpotifyMatches.GetAsync(id, CancellationToken.None) is { } d ? (d.State, d.Method) : (null, null);

    private async Task<(MatchState?, string?)> WikipediaAsync(long id) =>
        await world.WikipediaMatches.GetAsync(id, CancellationToken.None) is { } d ? (d.State, d.Method) : (null, null);
}
