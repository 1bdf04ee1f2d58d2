using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>
/// An item that settled for a worse image because a better source failed (a fallback) tries the better source again on
/// the next runs, up to Retry:MaxAttempts runs in a row, so an outage that heals leaves the site as if it never happened;
/// a better source that keeps failing costs no more than that. Found by the fault storm (issue #14).
/// </summary>
public sealed class ArtworkFallbackRetryTests
{
    private const string AppleTemplate = "https://is1-ssl.mzstatic.com/image/thumb/Music/v4/ab/cd/source/{w}x{h}bb.jpg";
    private const string AppleUrl = "https://is1-ssl.mzstatic.com/image/thumb/Music/v4/ab/cd/source/400x400bb.jpg";
    private const string DiscogsUrl = "https://i.discogs.com/fallback/R-14.jpeg";

    [Test]
    public async Task Build_BetterSourceFailedOnceThenHeals_NextRunTakesTheBetterImage()
    {
        using var harness = new ArtworkHarness("fallback-heals");
        harness.Leads.Apple[14] = new AppleMusicArtwork(AppleTemplate, 400, 400);
        harness.Hosts.Serve(AppleUrl, "<html>Just a moment...</html>"u8.ToArray());
        harness.Hosts.Serve(DiscogsUrl, harness.Jpeg(300, 300));
        await harness.AddReleaseAsync(14, ArtworkHarness.Primary(DiscogsUrl));
        await harness.BuildAsync();
        harness.Hosts.Serve(AppleUrl, harness.Jpeg(400, 400));

        await harness.BuildAsync();

        var cover = await harness.CoverAsync(14);
        Assert.That((cover!.Source, cover.Failures.Count), Is.EqualTo(("apple", 0)));
    }

    [Test]
    public async Task Build_BetterSourceKeepsFailing_AskedAgainOnlyUntilMaxAttemptsThenTheFallbackStays()
    {
        using var harness = new ArtworkHarness("fallback-stays");
        harness.Settings.Retry.MaxAttempts = 2;
        harness.Leads.Apple[14] = new AppleMusicArtwork(AppleTemplate, 400, 400);
        harness.Hosts.Serve(AppleUrl, "<html>Just a moment...</html>"u8.ToArray());
        harness.Hosts.Serve(DiscogsUrl, harness.Jpeg(300, 300));
        await harness.AddReleaseAsync(14, ArtworkHarness.Primary(DiscogsUrl));

        for (var run = 0; run < 4; run++)
        {
            await harness.BuildAsync();
        }

        var cover = await harness.CoverAsync(14);
        Assert.Multiple(() =>
        {
            Assert.That(harness.Hosts.Count(AppleUrl), Is.EqualTo(2), "the better source was asked on Retry:MaxAttempts runs, then no more");
            Assert.That(harness.Hosts.Count(DiscogsUrl), Is.EqualTo(1), "the fallback's original is kept, not fetched again");
            Assert.That(cover!.Source, Is.EqualTo("discogs-primary"));
        });
    }

    [Test]
    public async Task Build_FallbackSettledThenRetryFailed_TheBetterSourceIsAskedAgain()
    {
        using var harness = new ArtworkHarness("fallback-retry-failed");
        harness.Settings.Retry.MaxAttempts = 1;
        harness.Leads.Apple[14] = new AppleMusicArtwork(AppleTemplate, 400, 400);
        harness.Hosts.Serve(AppleUrl, "<html>Just a moment...</html>"u8.ToArray());
        harness.Hosts.Serve(DiscogsUrl, harness.Jpeg(300, 300));
        await harness.AddReleaseAsync(14, ArtworkHarness.Primary(DiscogsUrl));
        await harness.BuildAsync();
        await harness.BuildAsync();
        harness.Hosts.Serve(AppleUrl, harness.Jpeg(400, 400));

        await harness.BuildAsync(new CollectionSite.Pipeline.RunOptions(RetryFailed: true));

        Assert.That(((await harness.CoverAsync(14))!.Source, harness.Hosts.Count(AppleUrl)), Is.EqualTo(("apple", 2)), "settled after one run, asked again on --retry-failed");
    }
}
