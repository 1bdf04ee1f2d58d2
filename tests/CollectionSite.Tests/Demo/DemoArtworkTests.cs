
namespace CollectionSite.Tests.Demo;

public sealed class DemoArtworkTests
{
    private static IEnumerable<string> ArtworkFiles() =>
        DemoData.Files(Path.Combine("artwork", "releases"), ".jpg").Concat(DemoData.Files(Path.Combine("artwork", "artists"), ".jpg"));

    [TestCaseSource(nameof(ArtworkFiles))]
    public void ArtworkFile_Bytes_AreASmallCompleteJpeg(string path)
    {
        var bytes = File.ReadAllBytes(path);

        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }), "JPEG start-of-image marker");
            Assert.That(bytes.TakeLast(2), Is.EqualTo(new byte[] { 0xFF, 0xD9 }), "JPEG end-of-image marker");
            Assert.That(bytes, Has.Length.LessThan(15_000));
        });
    }

    [Test]
    public void ReleaseArtwork_ExistsExactlyForReleasesWithAnImageUri()
    {
        var withImage = DemoData.Files("releases", ".json").Select(DemoData.IdOf)
            .Where(id => DemoData.Release(id).Images.Any(i => i.Uri is not null)).ToList();
        var artwork = DemoData.Files(Path.Combine("artwork", "releases"), ".jpg").Select(DemoData.IdOf).ToList();
        var releases = DemoData.Files("releases", ".json").Count();

        Assert.Multiple(() =>
        {
            Assert.That(artwork, Is.EquivalentTo(withImage));
            Assert.That(artwork, Has.Count.GreaterThan(releases * 3 / 4).And.Count.LessThan(releases), "most releases have a cover, not all");
        });
    }

    [Test]
    public void ArtistArtwork_ExistsExactlyForArtistsWithAnImageUri()
    {
        var withImage = DemoData.Files("artists", ".json")
            .Where(f => DemoData.Deserialize(f, CollectionSite.Clients.Discogs.Models.DiscogsJsonContext.Default.ArtistDto)
                .Images?.Any(i => !string.IsNullOrEmpty(i.Uri)) == true)
            .Select(DemoData.IdOf).ToList();
        var artwork = DemoData.Files(Path.Combine("artwork", "artists"), ".jpg").Select(DemoData.IdOf).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(artwork, Is.EquivalentTo(withImage));
            Assert.That(artwork, Has.Count.InRange(3, 10), "a few artists have an image");
        });
    }
}
