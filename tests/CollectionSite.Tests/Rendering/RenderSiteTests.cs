using System.Text;
using CollectionSite.Rendering.Output;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering;

[TestFixture]
public sealed class RenderSiteTests
{
    private static readonly DateTimeOffset Added = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Test]
    public async Task RunAsync_FixtureCollection_WritesBundlesTermPagesAndListTitles()
    {
        using var harness = await SeededAsync("render-basic");

        var result = await harness.RenderAsync();

        var files = harness.Snapshot();
        var manifest = files.Remove(OutputManifest.FileName, out var manifestBytes) ? Encoding.UTF8.GetString(manifestBytes) : string.Empty;
        Assert.Multiple(() =>
        {
            Assert.That(files.Keys, Has.All.Matches<string>(path => manifest.Contains($"\"{path}\": \"", StringComparison.Ordinal)), "the manifest lists every file written");
            Assert.That(files.Keys, Has.Member("content/albums/rick-astley-never-gonna-give-you-up/index.md"));
            Assert.That(files.Keys, Has.Member("content/albums/rick-astley-never-gonna-give-you-up/cover-600.jpg").And.Member("content/albums/rick-astley-never-gonna-give-you-up/cover-300.webp"));
            Assert.That(files.Keys, Has.Member("content/artists/rick-astley/_index.md"));
            Assert.That(files.Keys, Has.Member("content/genres/electronic/_index.md"));
            Assert.That(files.Keys, Has.Member("content/decades/1980s/_index.md"));
            Assert.That(files.Keys, Has.Member("content/albums/_index.md"));
            Assert.That(files.Keys, Has.Member("content/formats/_index.md"));
            Assert.That(Encoding.UTF8.GetString(files["content/artists/_index.md"]), Is.EqualTo("---\ntitle: \"Artists\"\n---\n"));
            Assert.That(
                Encoding.UTF8.GetString(files["content/albums/_index.md"]),
                Is.EqualTo("---\ntitle: \"Albums\"\noutputs:\n- \"HTML\"\n- \"JSON\"\n---\n"),
                "only the albums section asks Hugo for the browse index (JSON output)");
            Assert.That(result.Processed, Is.EqualTo(files.Count));
            Assert.That(result.Note, Does.StartWith($"{harness.Reporter.Items} pages: {files.Count} written, 0 removed"));
        });
    }

    [Test]
    public async Task RunAsync_SameDatabaseTwice_SecondRunWritesNothingAndBytesAreIdentical()
    {
        using var harness = await SeededAsync("render-noop");
        await harness.RenderAsync();
        var first = harness.Snapshot();
        var pages = first.Keys.Count(path => path != OutputManifest.FileName);

        harness.Time.Advance(TimeSpan.FromDays(30));
        var second = await harness.RenderAsync();

        Assert.Multiple(() =>
        {
            Assert.That(second.Processed, Is.Zero, "files written by the no-op render");
            Assert.That(second.Skipped, Is.EqualTo(pages));
            Assert.That(harness.Snapshot(), Is.EqualTo(first));
        });
    }

    [Test]
    public async Task RunAsync_TwoDatabasesWithTheSameData_ProduceByteIdenticalTrees()
    {
        using var first = await SeededAsync("render-twin-a");
        using var second = await SeededAsync("render-twin-b");
        second.Time.Advance(TimeSpan.FromDays(90));

        await first.RenderAsync();
        await second.RenderAsync();

        Assert.That(second.Snapshot(), Is.EqualTo(first.Snapshot()));
    }

    [Test]
    public async Task RunAsync_BrokenTemplate_AbortsNamingTheTemplateFile()
    {
        var templates = Fakes.TestPaths.NewScratchFolder("broken-templates");
        File.WriteAllText(Path.Combine(templates, "album.md.sbn"), "# {{ md title }}\n{{ for track in tracks }}\n");
        using var harness = new RenderHarness("render-broken", templates);
        var release = DiscogsFixtures.Release(DiscogsFixtures.Release249504);
        await harness.AddReleaseAsync(release);
        await harness.SetCollectionAsync(DiscogsFixtures.Copy(1, release.Id, Added));

        var error = Assert.ThrowsAsync<CollectionSite.Pipeline.PipelineAbortedException>(() => harness.RenderAsync())!;

        Assert.That(error.Message, Does.Contain(Path.Combine(templates, "album.md.sbn")).And.Contain("line 2, column 26"));
    }

    internal static async Task<RenderHarness> SeededAsync(string purpose, int writeBatchSize = 256, string? output = null, CollectionSite.Rendering.Output.ISiteFileSystem? files = null)
    {
        var harness = new RenderHarness(purpose, writeBatchSize: writeBatchSize, output: output, files: files);
        var copies = new List<CollectionSite.Domain.CollectionItem>();
        var instance = 1;
        foreach (var fixture in DiscogsFixtures.Releases)
        {
            var release = DiscogsFixtures.Release(fixture);
            await harness.AddReleaseAsync(release);
            copies.Add(DiscogsFixtures.Copy(instance++, release.Id, Added.AddDays(instance), rating: instance % 6));
        }

        await harness.SetCollectionAsync([.. copies]);
        await harness.Artwork.AddCoverAsync(249504);
        await harness.Artwork.AddArtistImageAsync(72872);
        return harness;
    }
}
