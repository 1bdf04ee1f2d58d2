using CollectionSite.Artwork;
using CollectionSite.Tests.Rendering;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Artwork;

/// <summary>What the renderer gets from the artwork state: only images whose cached files are all there.</summary>
public sealed class ArtworkLibraryTests
{
    private const string RickAstley = "content/albums/rick-astley-never-gonna-give-you-up";

    [Test]
    public async Task Render_CachedFileDeletedByHand_PageWithoutImageAndNoBrokenFile()
    {
        using var harness = await RenderSiteTests.SeededAsync("library-missing");
        var cover = await harness.Artwork.AddCoverAsync(249504, "other cover");
        File.Delete(harness.Artwork.Paths.Rendition(cover.Files[0].Rendition.Key, cover.Files[0].Rendition.Format));

        await harness.RenderAsync();

        var files = harness.Snapshot();
        Assert.Multiple(() =>
        {
            Assert.That(files.Keys.Where(k => k.StartsWith(RickAstley + "/cover-", StringComparison.Ordinal)), Is.Empty);
            Assert.That(harness.ReadText(RickAstley + "/index.md"), Does.Not.Contain("cover"));
        });
    }

    [Test]
    public async Task Render_CoverReplaced_NewFilesCopiedOldOnesGone()
    {
        using var harness = await RenderSiteTests.SeededAsync("library-replaced");
        await harness.RenderAsync();

        await harness.Artwork.AddCoverAsync(249504, "a better cover", 500, 250);
        var second = await harness.RenderAsync();

        var files = harness.Snapshot();
        Assert.Multiple(() =>
        {
            Assert.That(files.Keys.Where(k => k.StartsWith(RickAstley + "/cover-", StringComparison.Ordinal)).Select(Path.GetFileName), Is.EquivalentTo(new[]
            {
                "cover-500.jpg", "cover-250.jpg", "cover-500.webp", "cover-250.webp",
            }));
            Assert.That(System.Text.Encoding.UTF8.GetString(files[RickAstley + "/cover-500.webp"]), Is.EqualTo("a better cover 500 webp"));
            Assert.That(second.Note, Does.Contain("removed").And.Not.Contain(" 0 removed"));
        });
    }

    [Test]
    public async Task LoadAsync_SeededImage_FilesJpegsThenWebPsLargestFirstWithProvider()
    {
        using var harness = new RenderHarness("library-load");
        await harness.Artwork.AddCoverAsync(7, "seven", 300, 600);

        var image = (await harness.Get<ArtworkLibrary>().LoadAsync(CancellationToken.None)).Release(7)!;

        Assert.Multiple(() =>
        {
            Assert.That(image.Files.Select(f => f.FileName), Is.EqualTo(new[] { "cover-600.jpg", "cover-300.jpg", "cover-600.webp", "cover-300.webp" }));
            Assert.That((image.Source, image.Colour), Is.EqualTo(("discogs", "#102030")));
            Assert.That(image.BodyFile.FileName, Is.EqualTo("cover-600.jpg"));
        });
    }
}
