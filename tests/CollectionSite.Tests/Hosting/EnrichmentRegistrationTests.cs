using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Spotify;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Matching;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Enrichment;
using CollectionSite.Storage;
using CollectionSite.Tests.Clients.AppleMusic;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Hosting;

/// <summary>AddEnrichment: a client only for a configured source, the one line naming the keys for the others, nothing online in the demo.</summary>
public sealed class EnrichmentRegistrationTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("enrichment-registration");

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Build_OnlyAppleConfigured_AppleOnOthersOffNamingTheirKeys()
    {
        var settings = Settings();
        (settings.AppleMusic.TeamId, settings.AppleMusic.KeyId, settings.AppleMusic.PrivateKey) =
            (AppleMusicServices.TeamId, AppleMusicServices.KeyId, AppleMusicServices.Key.ExportPkcs8PrivateKeyPem());

        await using var services = CollectionSiteServices.Build(new HostInputs(settings, TimeProvider.System, NullLoggerFactory.Instance));

        var availability = services.GetRequiredService<EnrichmentAvailability>();
        Assert.Multiple(() =>
        {
            Assert.That(availability.NotConfigured(EnrichmentSources.AppleMusic), Is.Null);
            Assert.That(services.GetRequiredService<EnrichmentSource<IAppleMusicApi, AppleMusicMatcher>>().IsOn, Is.True);
            Assert.That(services.GetService<IAppleMusicApi>(), Is.Not.Null);
            Assert.That(availability.NotConfigured(EnrichmentSources.Spotify), Is.EqualTo(CollectionSiteServices.SpotifyNotConfigured));
            Assert.That(availability.NotConfigured(EnrichmentSources.Wikipedia), Does.Contain("Wikipedia:Contact"));
            Assert.That(services.GetService<ISpotifyApi>(), Is.Null, "no client for a source that is off");
            Assert.That(services.GetRequiredService<AppleMusicReleaseStage>(), Is.Not.Null);
        });
    }

    [Test]
    public async Task Build_DemoWithCredentials_EverySourceOffline()
    {
        var settings = Settings();
        (settings.Spotify.ClientId, settings.Spotify.ClientSecret) = ("id", "secret");

        await using var services = CollectionSiteServices.Build(new HostInputs(settings, TimeProvider.System, NullLoggerFactory.Instance, Demo: true));

        var availability = services.GetRequiredService<EnrichmentAvailability>();
        Assert.Multiple(() =>
        {
            Assert.That(availability.NotConfigured(EnrichmentSources.Spotify), Is.EqualTo(CollectionSiteServices.DemoOffline));
            Assert.That(services.GetService<ISpotifyApi>(), Is.Null);
        });
    }

    [Test]
    public void EnrichmentSources_Names_AreTheRefreshNamesOfTheirDataSources() =>
        Assert.That(
            new[] { EnrichmentSources.AppleMusic, EnrichmentSources.Spotify, EnrichmentSources.Wikipedia, EnrichmentSources.Artwork },
            Is.EqualTo(new[] { DataSource.AppleMusic, DataSource.Spotify, DataSource.Wikipedia, DataSource.Artwork }.Select(DataSources.CommandLineName)));

    private AppSettings Settings()
    {
        var settings = new AppSettings();
        settings.Paths.State = Path.Combine(folder, "state");
        settings.Paths.Output = Path.Combine(folder, "site");
        return settings;
    }
}
