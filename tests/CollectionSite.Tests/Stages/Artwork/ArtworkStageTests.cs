namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>What the artwork stages do across items: share an image between releases, stop when a host keeps failing.</summary>
public sealed class ArtworkStageTests
{
    [Test]
    public async Task Build_SameImageForTwoReleases_KeptAndEncodedOnce()
    {
        using var harness = new ArtworkHarness("cover-shared");
        var bytes = harness.Jpeg(300, 300);
        harness.Hosts.Serve("https://i.discogs.com/a.jpeg", bytes);
        harness.Hosts.Serve("https://i.discogs.com/b.jpeg", bytes);
        await harness.AddReleaseAsync(18, ArtworkHarness.Primary("https://i.discogs.com/a.jpeg"));
        await harness.AddReleaseAsync(19, ArtworkHarness.Primary("https://i.discogs.com/b.jpeg"));

        await harness.BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(harness.Processor.Renders, Is.EqualTo(1));
            Assert.That(harness.ArtworkFiles().Count(f => f.StartsWith("originals/", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(harness.AlbumImages(18), Is.EqualTo(harness.AlbumImages(19)));
        });
    }

    [Test]
    public async Task Build_TemporariesOfAKilledRunLeft_DeletedAndFinishedFilesKept()
    {
        using var harness = new ArtworkHarness("cover-leftovers");
        harness.Hosts.Serve("https://i.discogs.com/a.jpeg", harness.Jpeg(300, 300));
        await harness.AddReleaseAsync(18, ArtworkHarness.Primary("https://i.discogs.com/a.jpeg"));
        await harness.BuildAsync();
        var finished = harness.ArtworkFiles();
        // What a SIGKILL mid-encode and mid-download leaves: a rendition temporary beside the renditions, a download in tmp/.
        var rendition = Path.Combine(harness.Paths.Renditions, "ab", ".abcdef-300-jpeg-q85.jpg.0123456789abcdef0123456789abcdef" + CollectionSite.Artwork.Imaging.NetVipsImageProcessor.TemporaryFileSuffix);
        Directory.CreateDirectory(Path.GetDirectoryName(rendition)!);
        await File.WriteAllBytesAsync(rendition, [1, 2, 3]);
        await File.WriteAllBytesAsync(harness.Paths.NewTempFile(), [4, 5, 6]);

        await harness.BuildAsync();

        Assert.That(harness.ArtworkFiles(), Is.EqualTo(finished));
    }

    [Test]
    public async Task Build_DiscogsImagesKeepFailing_BreakerStopsTheStageAndTheSiteIsStillRendered()
    {
        using var harness = new ArtworkHarness("cover-breaker");
        harness.DiscogsPolicy = Clients.Discogs.DiscogsServices.Policy(harness.Settings.Discogs) with { MaxRetries = 1, BreakerThreshold = 2 };
        harness.Settings.Artwork.MaxParallelism = 1;
        for (var id = 61; id <= 64; id++)
        {
            harness.Hosts.Route($"https://i.discogs.com/{id}.jpeg", _ => new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable));
            await harness.AddReleaseAsync(id, ArtworkHarness.Primary($"https://i.discogs.com/{id}.jpeg"));
        }

        var summary = await harness.BuildAsync();

        var covers = harness.Stage(summary, "Fetch covers");
        Assert.Multiple(() =>
        {
            Assert.That(covers.Stopped?.Reason, Does.Contain("kept failing"));
            Assert.That(harness.Hosts.Requests, Has.Count.EqualTo(2), "the first cover and its retry; none once the breaker is open");
            Assert.That(covers.Failed, Is.EqualTo(1));
            Assert.That(harness.Stage(summary, "Render pages").Failed, Is.Zero);
            Assert.That(summary.ExitCode, Is.EqualTo(CollectionSite.Pipeline.ExitCode.Success), "an optional stage");
        });
    }
}
