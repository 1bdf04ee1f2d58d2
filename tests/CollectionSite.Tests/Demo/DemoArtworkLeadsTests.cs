using CollectionSite.Demo;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Demo;

/// <summary>The demo's bundled images stand in for downloads, but an artwork override set with --demo comes first.</summary>
public sealed class DemoArtworkLeadsTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("demo-leads");

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task GetArtworkOverride_CollectorsOverrideFirst_ThenTheBundledImage()
    {
        var overrides = new OverrideRepository(new StateDatabase(Path.Combine(folder, "state")));
        var artwork = Path.Combine(folder, "artwork");
        Directory.CreateDirectory(Path.Combine(artwork, "releases"));
        await File.WriteAllBytesAsync(Path.Combine(artwork, "releases", "1.jpg"), [0xFF, 0xD8]);
        await File.WriteAllBytesAsync(Path.Combine(artwork, "releases", "2.jpg"), [0xFF, 0xD8]);
        var pinned = Path.Combine(folder, "big.jpg");
        await overrides.SetAsync(new EnrichmentOverride(EnrichmentSources.Artwork, ItemKinds.Release, 1, OverrideKind.Image, pinned, TestClock.Start), CancellationToken.None);
        var leads = new DemoArtworkLeads(artwork, overrides);

        Assert.Multiple(async () =>
        {
            Assert.That(await leads.GetArtworkOverrideAsync(ItemKinds.Release, 1, CancellationToken.None), Is.EqualTo(pinned));
            Assert.That(await leads.GetArtworkOverrideAsync(ItemKinds.Release, 2, CancellationToken.None), Is.EqualTo(Path.Combine(artwork, "releases", "2.jpg")));
            Assert.That(await leads.GetArtworkOverrideAsync(ItemKinds.Release, 3, CancellationToken.None), Is.Null);
        });
    }
}
