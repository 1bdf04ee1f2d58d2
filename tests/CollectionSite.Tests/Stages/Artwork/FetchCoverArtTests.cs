using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>Covers from the stubbed image hosts through the real processor into the page bundles: sources, priority, fallback.</summary>
public sealed class FetchCoverArtTests
{
    private const string DiscogsUrl = "https://i.discogs.com/sig/rs:fit/w:600/aW1hZ2UuanBlZw.jpeg";
    private const string AppleTemplate = "https://is1-ssl.mzstatic.com/image/thumb/Music/v4/ab/cd/source/{w}x{h}bb.jpg";

    [Test]
    public async Task Build_DiscogsPrimaryImage_StoresOriginalByHashAndBundlesEverySize()
    {
        using var harness = new ArtworkHarness("cover-discogs");
        harness.Hosts.Serve(DiscogsUrl, harness.Jpeg(640, 480));
        await harness.AddReleaseAsync(11, ArtworkHarness.Secondary("https://i.discogs.com/other.jpeg"), ArtworkHarness.Primary(DiscogsUrl));

        var summary = await harness.BuildAsync();

        var images = harness.AlbumImages(11);
        var cover = await harness.CoverAsync(11);
        var request = harness.Hosts.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(harness.Stage(summary, "Fetch covers").Note, Is.EqualTo("1 downloaded, 6 files encoded"));
            Assert.That(images.Keys, Is.EqualTo(new[] { "cover-100.jpg", "cover-100.webp", "cover-200.jpg", "cover-200.webp", "cover-400.jpg", "cover-400.webp" }));
            Assert.That(ArtworkHarness.SizeOf(images["cover-400.webp"]), Is.EqualTo((400, 300)));
            Assert.That(ArtworkHarness.SizeOf(images["cover-100.jpg"]), Is.EqualTo((100, 75)));
            Assert.That(cover!.Source, Is.EqualTo("discogs-primary"));
            Assert.That(harness.ArtworkFiles(), Does.Contain($"originals/{cover.Original.Sha256[..2]}/{cover.Original.Sha256}.jpg"));
            Assert.That(request.Uri.AbsoluteUri, Is.EqualTo(DiscogsUrl));
            Assert.That(request.Headers.UserAgent.ToString(), Does.StartWith("CollectionSite/"));
            Assert.That(request.Headers.Authorization, Is.Null, "image hosts never see the Discogs token");
            Assert.That(harness.AlbumPage(11), Does.Contain("cover:\n  alt: \"Cover of Album 11 by Rick Astley\"\n  source: \"discogs\"\n  colour: \"#"));
            Assert.That(harness.AlbumPage(11), Does.Contain("  - src: \"cover-400.jpg\"\n    width: 400\n    height: 300\n    type: \"image/jpeg\"\n"));
        });
    }

    [Test]
    public async Task Build_EverySourceOffered_OverrideFileWinsWithoutARequest()
    {
        using var harness = new ArtworkHarness("cover-override");
        harness.Leads.Overrides[(ItemKinds.Release, 12)] = harness.Images.Png("mine.png", 300, 300);
        harness.Leads.Apple[12] = new AppleMusicArtwork(AppleTemplate, 3000, 3000);
        await harness.AddReleaseAsync(12, ArtworkHarness.Primary(DiscogsUrl));

        await harness.BuildAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((await harness.CoverAsync(12))!.Source, Is.EqualTo("override"));
            Assert.That(harness.Hosts.Requests, Is.Empty);
            Assert.That(harness.AlbumImages(12).Keys, Has.Count.EqualTo(6).And.Member("cover-400.jpg").And.Member("cover-200.webp"));
            Assert.That(ArtworkHarness.SizeOf(harness.AlbumImages(12)["cover-400.jpg"]), Is.EqualTo((300, 300)), "a 300 px original is never upscaled");
        });
    }

    [Test]
    public async Task Build_AppleAndDiscogs_AppleWinsAtTheLargestSizeWithinTheCap()
    {
        using var harness = new ArtworkHarness("cover-apple");
        harness.Settings.Artwork.MaxSourcePixels = 500;
        harness.Leads.Apple[13] = new AppleMusicArtwork(AppleTemplate, 3000, 2000);
        harness.Hosts.Serve("https://is1-ssl.mzstatic.com/image/thumb/Music/v4/ab/cd/source/500x333bb.jpg", harness.Jpeg(500, 333));
        await harness.AddReleaseAsync(13, ArtworkHarness.Primary(DiscogsUrl));

        await harness.BuildAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((await harness.CoverAsync(13))!.Source, Is.EqualTo("apple"));
            Assert.That(harness.Hosts.Requests.Select(r => r.Uri.Host), Is.EqualTo(new[] { "is1-ssl.mzstatic.com" }));
            Assert.That(harness.AlbumPage(13), Does.Contain("source: \"apple\""));
        });
    }

    [Test]
    public async Task Build_BetterSourceFails_NextSourceWinsAndTheFailureIsRecorded()
    {
        using var harness = new ArtworkHarness("cover-fallback");
        harness.Leads.Apple[14] = new AppleMusicArtwork(AppleTemplate, 400, 400);
        harness.Hosts.Serve("https://is1-ssl.mzstatic.com/image/thumb/Music/v4/ab/cd/source/400x400bb.jpg", "<html>Just a moment...</html>"u8.ToArray());
        harness.Hosts.Serve(DiscogsUrl, harness.Jpeg(300, 300));
        await harness.AddReleaseAsync(14, ArtworkHarness.Primary(DiscogsUrl));

        var summary = await harness.BuildAsync();

        var cover = await harness.CoverAsync(14);
        Assert.Multiple(async () =>
        {
            Assert.That(cover!.Source, Is.EqualTo("discogs-primary"));
            Assert.That(cover.Failures.Select(f => f.Source), Is.EqualTo(new[] { "apple" }));
            Assert.That(cover.Failures[0].Reason, Is.Not.Empty);
            Assert.That(harness.Stage(summary, "Fetch covers").Failed, Is.Zero, "the item has an image");
            Assert.That((await new ArtworkRepository(harness.Database).GetStatsAsync(CancellationToken.None)).WithFallback, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Build_PrimaryImageFails_FirstImageIsTried()
    {
        using var harness = new ArtworkHarness("cover-first");
        const string first = "https://i.discogs.com/first.jpeg";
        harness.Hosts.Serve(first, harness.Jpeg(200, 200));
        await harness.AddReleaseAsync(15, ArtworkHarness.Secondary(first), ArtworkHarness.Primary(DiscogsUrl));

        await harness.BuildAsync();

        var cover = await harness.CoverAsync(15);
        Assert.Multiple(() =>
        {
            Assert.That(cover!.Source, Is.EqualTo("discogs-first"));
            Assert.That(cover.Failures.Single().Reason, Does.Contain("answered 404"));
        });
    }

    [Test]
    public async Task Build_NoImageAnywhere_PageWithoutCoverAndNothingRecorded()
    {
        using var harness = new ArtworkHarness("cover-none");
        await harness.AddReleaseAsync(16);

        var summary = await harness.BuildAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(harness.AlbumImages(16), Is.Empty);
            Assert.That(harness.AlbumPage(16), Does.Not.Contain("cover"));
            Assert.That(await harness.FailuresAsync(), Is.Empty);
            Assert.That(summary.ExitCode, Is.EqualTo(CollectionSite.Pipeline.ExitCode.Success));
        });
    }

    [Test]
    public async Task Build_SourcesSetting_DecidesTheOrder()
    {
        using var harness = new ArtworkHarness("cover-order");
        harness.Settings.Artwork.Sources = ["discogs-primary", "apple"];
        harness.Leads.Apple[17] = new AppleMusicArtwork(AppleTemplate, 400, 400);
        harness.Hosts.Serve(DiscogsUrl, harness.Jpeg(200, 200));
        await harness.AddReleaseAsync(17, ArtworkHarness.Primary(DiscogsUrl));

        await harness.BuildAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((await harness.CoverAsync(17))!.Source, Is.EqualTo("discogs-primary"));
            Assert.That(harness.Hosts.Requests.Select(r => r.Uri.Host), Is.EqualTo(new[] { "i.discogs.com" }));
        });
    }
}
