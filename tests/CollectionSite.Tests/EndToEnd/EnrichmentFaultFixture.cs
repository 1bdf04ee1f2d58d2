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
/// A whole `build` through the real enrichment clients (registration, resilience handler, tokens, mapping) over stub
/// hosts (<see cref="EnrichmentHosts"/>), on a fake clock driven while the run waits.
/// </summary>
public abstract class EnrichmentFaultFixture
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    protected EnrichmentWorld World { get; private set; } = null!;

    protected EnrichmentHosts Hosts { get; private set; } = null!;

    [SetUp]
    public void SetUp()
    {
        World = new EnrichmentWorld("enrichment-faults", withSources: false);
        Hosts = new EnrichmentHosts();
        var settings = World.Harness.Settings;
        (settings.AppleMusic.TeamId, settings.AppleMusic.KeyId) = (AppleMusicServices.TeamId, AppleMusicServices.KeyId);
        (settings.AppleMusic.PrivateKey, settings.AppleMusic.BaseUrl) = (AppleMusicServices.Key.ExportPkcs8PrivateKeyPem(), "http://apple.test");
        (settings.Spotify.ClientId, settings.Spotify.ClientSecret) = ("client-id", "client-secret-7f3a");
        (settings.Spotify.ApiBaseUrl, settings.Spotify.AccountsBaseUrl) = ("http://spotify-api.test", "http://spotify-accounts.test");
        (settings.Wikipedia.Contact, settings.Wikipedia.BaseUrl) = ("tests@example.org", "http://wikipedia.test");
        (settings.Wikidata.Contact, settings.Wikidata.BaseUrl) = ("tests@example.org", "http://wikidata.test");
        World.Harness.EnrichmentClients = new EnrichmentClients(
            new Dictionary<string, CollectionSite.Clients.Http.HttpPolicyOptions>
            {
                [EnrichmentSources.AppleMusic] = ClientServices.WithoutBackOff(AppleMusicServiceCollectionExtensions.PolicyFor(settings.AppleMusic)),
                [EnrichmentSources.Spotify] = ClientServices.WithoutBackOff(SpotifyServiceCollectionExtensions.PolicyFor(settings.Spotify)),
                [EnrichmentSources.Wikipedia] = ClientServices.WithoutBackOff(WikipediaServiceCollectionExtensions.PolicyFor(settings.Wikipedia)),
                [EnrichmentClients.Wikidata] = ClientServices.WithoutBackOff(WikidataServiceCollectionExtensions.PolicyFor(settings.Wikidata)),
            },
            (client, builder) => builder.ConfigurePrimaryHttpMessageHandler(() => Hosts.For(client).Handler));
    }

    [TearDown]
    public void TearDown() => World.Dispose();

    /// <summary>A host that never answers: only the attempt's timeout (on the fake clock) ends the wait.</summary>
    protected static async Task<HttpResponseMessage> Stalled(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK);
    }

    protected Task<RunSummary> BuildAsync(RunOptions? options = null) => World.Clock.DriveAsync(World.BuildAsync(options), Step);

    protected void AssertCompleted(RunSummary summary)
    {
        Assert.That(summary.Outcome, Is.AnyOf(RunOutcome.Completed, RunOutcome.CompletedWithFailures), summary.Message);
        Assert.That(summary.Stages[^1].Stage, Is.EqualTo("Render pages"));
        Assert.That(World.AlbumPage(EnrichmentWorld.OtherRelease), Does.Contain("discogs_id: \"200\""));
    }

    protected async Task<(MatchState?, string?)> AppleAsync(long id) =>
        await World.AppleMatches.GetAsync(id, CancellationToken.None) is { } d ? (d.State, d.Method) : (null, null);

    protected async Task<(MatchState?, string?)> SpotifyAsync(long id) =>
        await World.SpotifyMatches.GetAsync(id, CancellationToken.None) is { } d ? (d.State, d.Method) : (null, null);

    protected async Task<(MatchState?, string?)> WikipediaAsync(long id) =>
        await World.WikipediaMatches.GetAsync(id, CancellationToken.None) is { } d ? (d.State, d.Method) : (null, null);
}
