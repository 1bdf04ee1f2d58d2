using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Hosting;

/// <summary>Each source's planned rate comes from the budget its real client was registered with.</summary>
public sealed class ProgressRegistrationTests
{
    [Test]
    public async Task SourceRates_RealDiscogsClient_SixtyAMinuteIsOneASecond()
    {
        var settings = new AppSettings { Discogs = { Username = "bob", Token = "token-1234" } };
        await using var services = new ServiceCollection()
            .AddCollectionSite(new HostInputs(settings, new FakeTimeProvider(TestClock.Start), NullLoggerFactory.Instance))
            .BuildServiceProvider();

        var rates = services.GetRequiredService<SourceRates>();

        Assert.Multiple(() =>
        {
            Assert.That(rates.For(DataSource.Discogs), Is.EqualTo(settings.Discogs.RequestsPerMinute / 60.0).And.EqualTo(1.0));
            Assert.That(rates.For(DataSource.Artwork), Is.EqualTo(settings.Artwork.RequestsPerMinute / 60.0));
            Assert.That(rates.For(DataSource.AppleMusic), Is.Null, "not configured: no client, no plan");
            Assert.That(rates.For(null), Is.Null);
        });
    }

    [Test]
    public async Task SourceRates_Demo_NoPlannedRates()
    {
        var settings = new AppSettings();
        await using var services = new ServiceCollection()
            .AddCollectionSite(new HostInputs(settings, new FakeTimeProvider(TestClock.Start), NullLoggerFactory.Instance, Demo: true))
            .BuildServiceProvider();

        var rates = services.GetRequiredService<SourceRates>();

        Assert.That(DataSources.All.Select(source => rates.For(source)), Has.All.Null);
    }
}
