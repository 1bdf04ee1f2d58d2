using System.Net;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Stages.Enrichment;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// Credential faults in a whole `build`: an expired Spotify token is renewed once; a revoked Spotify secret or Apple key
/// stops that source only, naming the keys to fix, and the other sources and the site go on.
/// </summary>
[NonParallelizable]
public sealed class EnrichmentCredentialFaultTests : EnrichmentFaultFixture
{
    [Test]
    public async Task Build_SpotifyTokenExpiredOnce_RenewedOnceAndMatched()
    {
        Hosts.Spotify.Fail(StubHttpMessageHandler.Status(HttpStatusCode.Unauthorized, """{"error":{"status":401,"message":"The access token expired"}}"""), times: 1);

        var summary = await BuildAsync();

        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(summary.StoppedStages, Is.Empty);
            Assert.That(Hosts.SpotifyAccounts.Handler.Calls, Is.EqualTo(2), "one token, then one renewal");
            Assert.That(Hosts.Spotify.FaultsLeft, Is.Zero);
            Assert.That(await SpotifyAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
        });
    }

    [Test]
    public async Task Build_SpotifySecretRevoked_SpotifyStopsNamingTheSecretOthersAndSiteGoOn()
    {
        Hosts.SpotifyAccounts.Fail(StubHttpMessageHandler.Status(HttpStatusCode.BadRequest, """{"error":"invalid_client","error_description":"Invalid client secret"}"""));

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
        Hosts.Apple.Fail(StubHttpMessageHandler.Status(status, string.Empty));

        var summary = await BuildAsync();

        var stopped = summary.StoppedStages.Single();
        Assert.Multiple(async () =>
        {
            AssertCompleted(summary);
            Assert.That(stopped.Stage, Is.EqualTo("Match Apple Music"));
            Assert.That(stopped.Stopped!.Reason, Does.Contain("AppleMusic:KeyId"));
            Assert.That(Hosts.Apple.Handler.Calls, Is.EqualTo(1), "a refused token is not retried");
            Assert.That(await SpotifyAsync(EnrichmentWorld.Release), Is.EqualTo((MatchState.Matched, "barcode")));
        });
    }
}
