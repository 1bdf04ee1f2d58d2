using CollectionSite.Artwork;
using CollectionSite.Storage;
using CollectionSite.Tests.Cli;
using CollectionSite.Tests.Stages.Artwork;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Artwork;

/// <summary>Images leave the site with their page; `artwork --gc` deletes what no release or artist uses any more.</summary>
public sealed class ArtworkGarbageTests
{
    [Test]
    public async Task Build_ReleaseLeavesTheCollection_ItsImagesLeaveTheSiteWithThePage()
    {
        using var harness = await SeededAsync("gc-page");
        await harness.RemoveReleaseAsync(42);

        await harness.BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Directory.EnumerateFiles(harness.Content, "cover-*", SearchOption.AllDirectories).Count(), Is.EqualTo(6), "only the other album's files");
            Assert.That(Directory.EnumerateFiles(harness.Content, "index.md", SearchOption.AllDirectories).Count(f => f.Contains("/albums/", StringComparison.Ordinal)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ArtworkGc_ReleaseRemoved_DeletesItsOriginalAndRenditionsAndPrintsWhatWasFreed()
    {
        using var harness = await SeededAsync("gc-cli");
        var gone = (await harness.CoverAsync(42))!;
        var kept = (await harness.CoverAsync(41))!;
        await harness.RemoveReleaseAsync(42);
        var goneBytes = gone.Original.Bytes + gone.Files.Sum(f => f.Rendition.Bytes);

        var (exit, output, error) = await CliApplicationTests.Run("artwork", "--gc", "--state", harness.Settings.Paths.State);

        var files = harness.ArtworkFiles();
        Assert.Multiple(() =>
        {
            Assert.That((exit, error), Is.EqualTo((0, string.Empty)));
            Assert.That(output, Does.Contain($"Deleted 1 original(s) ({ArtworkCliText(gone.Original.Bytes)}) and 6 resized file(s)"));
            Assert.That(output, Does.Contain($"{ArtworkCliText(goneBytes)} freed"));
            Assert.That(output, Does.Contain("originals:  1 file(s)").And.Contain("renditions: 6 file(s)").And.Contain("covers:     1 (discogs-primary 1)"));
            Assert.That(files.Where(f => f.Contains(gone.Original.Sha256, StringComparison.Ordinal)), Is.Empty);
            Assert.That(files.Count(f => f.Contains(kept.Original.Sha256, StringComparison.Ordinal)), Is.EqualTo(7));
        });
    }

    [Test]
    public async Task CollectAsync_SizeDropped_DeletesOnlyThatSizesRenditionsAndStrayFiles()
    {
        using var harness = await SeededAsync("gc-size");
        harness.Settings.Artwork.Sizes = [400, 100];
        await harness.BuildAsync();
        var stray = Path.Combine(harness.Paths.Renditions, "zz", "left-by-a-killed-run.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        File.WriteAllBytes(stray, new byte[10]);

        var report = await new ArtworkGarbageCollector(new ArtworkRepository(harness.Database), harness.Paths, NullLogger<ArtworkGarbageCollector>.Instance)
            .CollectAsync(CancellationToken.None);

        var stats = await new ArtworkRepository(harness.Database).GetStatsAsync(CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That((report.Originals, report.Renditions, report.ItemsForgotten), Is.EqualTo((0, 2 * 2 + 1, 0)), "the 200 px JPEG and WebP of both covers, and the stray file");
            Assert.That(File.Exists(stray), Is.False);
            Assert.That(stats.Renditions, Is.EqualTo(2 * 4));
            Assert.That(harness.ArtworkFiles().Count(f => f.StartsWith("renditions/", StringComparison.Ordinal)), Is.EqualTo(2 * 4));
        });
    }

    [Test]
    public async Task Artwork_NoFlag_PrintsCountsBytesAndSources()
    {
        using var harness = await SeededAsync("gc-stats");

        var (exit, output, _) = await CliApplicationTests.Run("artwork", "--state", harness.Settings.Paths.State);

        var stats = await new ArtworkRepository(harness.Database).GetStatsAsync(CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.Contain($"originals:  2 file(s), {ArtworkCliText(stats.OriginalBytes)}"));
            Assert.That(output, Does.Contain($"renditions: 12 file(s), {ArtworkCliText(stats.RenditionBytes)}"));
            Assert.That(output, Does.Contain("failures:   0 item(s) failed"));
        });
    }

    private static string ArtworkCliText(long bytes) => CollectionSite.Cli.ArtworkCommand.Bytes(bytes);

    private static async Task<ArtworkHarness> SeededAsync(string purpose)
    {
        var harness = new ArtworkHarness(purpose);
        harness.Hosts.Serve("https://i.discogs.com/41.jpeg", harness.Jpeg(500, 500, "a.jpg"));
        harness.Hosts.Serve("https://i.discogs.com/42.jpeg", harness.Jpeg(520, 500, "b.jpg"));
        await harness.AddReleaseAsync(41, ArtworkHarness.Primary("https://i.discogs.com/41.jpeg"));
        await harness.AddReleaseAsync(42, ArtworkHarness.Primary("https://i.discogs.com/42.jpeg"));
        await harness.BuildAsync();
        return harness;
    }
}
