using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>
/// Work happens once: a second run downloads and encodes nothing, touched file times change nothing, a changed size
/// re-encodes exactly that size's files, a refresh asks conditionally.
/// </summary>
public sealed class ArtworkIncrementalTests
{
    private static readonly string[] Urls = ["https://i.discogs.com/one.jpeg", "https://i.discogs.com/two.jpeg", "https://i.discogs.com/three.jpeg"];

    [Test]
    public async Task Build_SecondRun_NoRequestNoEncodeNoWrite()
    {
        using var harness = await SeededAsync("incremental-again");
        await harness.BuildAsync();
        var site = Snapshot(harness.Content);
        var (requests, renders) = (harness.Hosts.Requests.Count, harness.Processor.Renders);

        var second = await harness.BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That((requests, renders), Is.EqualTo((3, 3)), "first run: one download and one decode per cover");
            Assert.That(harness.Hosts.Requests, Has.Count.EqualTo(requests), "no request");
            Assert.That(harness.Processor.Renders, Is.EqualTo(renders), "no decode");
            Assert.That(harness.Stage(second, "Fetch covers").Skipped, Is.EqualTo(3));
            Assert.That(harness.Stage(second, "Render pages").Processed, Is.Zero, "no file written");
            Assert.That(Snapshot(harness.Content), Is.EqualTo(site), "same bytes and times");
        });
    }

    [Test]
    public async Task Build_EveryFileTimeTouched_NothingRedone()
    {
        using var harness = await SeededAsync("incremental-touch");
        await harness.BuildAsync();
        var touched = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(harness.Paths.Root, "*", SearchOption.AllDirectories).Concat(Images(harness.Content)))
        {
            File.SetLastWriteTimeUtc(file, touched);
        }

        var before = Snapshot(harness.Content);
        var (requests, renders) = (harness.Hosts.Requests.Count, harness.Processor.Renders);

        var run = await harness.BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(harness.Hosts.Requests, Has.Count.EqualTo(requests));
            Assert.That(harness.Processor.Renders, Is.EqualTo(renders));
            Assert.That(harness.Stage(run, "Render pages").Processed, Is.Zero);
            Assert.That(Snapshot(harness.Content), Is.EqualTo(before), "the touched copies are left as they are");
        });
    }

    [Test]
    public async Task Build_OneSizeChanged_ReEncodesExactlyThatSizesFiles()
    {
        using var harness = await SeededAsync("incremental-size");
        await harness.BuildAsync();
        var before = harness.AlbumImages(31);
        harness.Processor.Reset();
        harness.Settings.Artwork.Sizes = [400, 240, 100];

        var run = await harness.BuildAsync();

        var after = harness.AlbumImages(31);
        Assert.Multiple(() =>
        {
            Assert.That(harness.Processor.Encoded, Is.EqualTo(3 * 2), "the new size, in JPEG and WebP, for each of the three covers");
            Assert.That(harness.Processor.Renders, Is.EqualTo(3));
            Assert.That(harness.Hosts.Requests, Has.Count.EqualTo(3), "no new download");
            Assert.That(after.Keys, Is.EqualTo(new[] { "cover-100.jpg", "cover-100.webp", "cover-240.jpg", "cover-240.webp", "cover-400.jpg", "cover-400.webp" }));
            Assert.That(after["cover-400.webp"], Is.EqualTo(before["cover-400.webp"]));
            Assert.That(after["cover-100.jpg"], Is.EqualTo(before["cover-100.jpg"]));
            Assert.That(ArtworkHarness.SizeOf(after["cover-240.jpg"]).Width, Is.EqualTo(240));
            Assert.That(harness.Stage(run, "Fetch covers").Note, Is.EqualTo("0 downloaded, 6 files encoded"));
        });
    }

    [Test]
    public async Task Build_QualityChanged_ReEncodesOnlyThatFormat()
    {
        using var harness = await SeededAsync("incremental-quality");
        await harness.BuildAsync();
        harness.Processor.Reset();
        harness.Settings.Artwork.WebPQuality = 60;

        await harness.BuildAsync();

        Assert.That(harness.Processor.Encoded, Is.EqualTo(3 * 3), "three WebP sizes for each of the three covers, no JPEG");
    }

    [Test]
    public async Task Build_RefreshArtwork_AsksConditionallyAndEncodesNothingOn304()
    {
        using var harness = await SeededAsync("incremental-refresh");
        await harness.BuildAsync();
        harness.Processor.Reset();
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        var run = await harness.BuildAsync(new RunOptions(Refresh: new HashSet<DataSource> { DataSource.Artwork }));

        var refreshes = harness.Hosts.Requests.Skip(3).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(refreshes, Has.Count.EqualTo(3));
            Assert.That(refreshes.Select(r => r.Headers.IfNoneMatch.ToString()), Is.All.Matches<string>(tag => tag.StartsWith("\"v1-", StringComparison.Ordinal)));
            Assert.That(harness.Processor.Renders, Is.Zero);
            Assert.That(harness.Stage(run, "Render pages").Processed, Is.Zero);
        });
    }

    [Test]
    public async Task Build_ImageChangesAtTheSameUrlOnRefresh_NewCoverInTheSite()
    {
        using var harness = await SeededAsync("incremental-changed");
        await harness.BuildAsync();
        var before = harness.AlbumImages(31);
        harness.Hosts.Serve(Urls[0], harness.Jpeg(500, 500, "new.jpg"), etag: "\"v2-0\"");
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        await harness.BuildAsync(new RunOptions(Refresh: new HashSet<DataSource> { DataSource.Artwork }));

        Assert.Multiple(() =>
        {
            Assert.That(harness.AlbumImages(31)["cover-400.jpg"], Is.Not.EqualTo(before["cover-400.jpg"]));
            Assert.That(ArtworkHarness.SizeOf(harness.AlbumImages(31)["cover-400.jpg"]), Is.EqualTo((400, 400)));
        });
    }

    private static async Task<ArtworkHarness> SeededAsync(string purpose)
    {
        var harness = new ArtworkHarness(purpose);
        for (var i = 0; i < Urls.Length; i++)
        {
            harness.Hosts.Serve(Urls[i], harness.Jpeg(480 + (i * 10), 360, $"cover{i}.jpg"), etag: $"\"v1-{i}\"");
            await harness.AddReleaseAsync(31 + i, ArtworkHarness.Primary(Urls[i]));
        }

        return harness;
    }

    private static IEnumerable<string> Images(string content) =>
        Directory.EnumerateFiles(content, "cover-*", SearchOption.AllDirectories);

    /// <summary>Every file under the site's content: path → (bytes, last write time).</summary>
    private static Dictionary<string, (string Hash, DateTime Written)> Snapshot(string content) =>
        Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories).ToDictionary(
            f => f,
            f => (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)));
}
