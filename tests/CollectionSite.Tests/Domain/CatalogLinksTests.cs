using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Tests.Domain;

public sealed class CatalogLinksTests
{
    [TestCase("1556240425", "1556240425")]
    [TestCase(" 1556240425 ", "1556240425")]
    [TestCase("https://music.apple.com/us/album/homogenic/1556240425", "1556240425")]
    [TestCase("https://music.apple.com/gb/album/homogenic/1556240425?i=1556240427", "1556240425")]
    [TestCase("https://music.apple.com/us/album/1556240425", "1556240425")]
    [TestCase("https://itunes.apple.com/us/album/born-to-run/id310730204", "310730204")]
    [TestCase("https://music.apple.com/us/artist/bjork/295015", null)]
    [TestCase("https://example.org/us/album/homogenic/1556240425", null)]
    [TestCase("homogenic", null)]
    [TestCase("", null)]
    public void AppleMusicAlbumId_IdOrLink_TheCatalogId(string text, string? expected) =>
        Assert.That(CatalogLinks.AppleMusicAlbumId(text), Is.EqualTo(expected));

    [TestCase("3ocODqVnsjDjJ6eGn1LzTk", "3ocODqVnsjDjJ6eGn1LzTk")]
    [TestCase("spotify:album:3ocODqVnsjDjJ6eGn1LzTk", "3ocODqVnsjDjJ6eGn1LzTk")]
    [TestCase("https://open.spotify.com/album/3ocODqVnsjDjJ6eGn1LzTk", "3ocODqVnsjDjJ6eGn1LzTk")]
    [TestCase("https://open.spotify.com/intl-de/album/3ocODqVnsjDjJ6eGn1LzTk?si=abc", "3ocODqVnsjDjJ6eGn1LzTk")]
    [TestCase("https://open.spotify.com/artist/3ocODqVnsjDjJ6eGn1LzTk", null)]
    [TestCase("https://example.org/album/3ocODqVnsjDjJ6eGn1LzTk", null)]
    [TestCase("3ocODqVn-sjDjJ6eGn1LzTk", null)]
    [TestCase("short", null)]
    public void SpotifyAlbumId_IdUriOrLink_TheAlbumId(string text, string? expected) =>
        Assert.That(CatalogLinks.SpotifyAlbumId(text), Is.EqualTo(expected));
}
