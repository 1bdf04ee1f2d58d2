using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Text;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering;

/// <summary>Addresses from Discogs become working links (GFM's autolink rule) that show the address readably.</summary>
[TestFixture]
public sealed class MarkdownLinksTests
{
    [TestCase("https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)", "https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)")]
    [TestCase("https://example.org/a_(b)_((c))", "https://example.org/a_(b)_((c))")]
    [TestCase("https://example.org/(a", "https://example.org/%28a")]
    [TestCase("https://example.org/odd)", "https://example.org/odd%29")]
    [TestCase("https://example.org/a b", "https://example.org/a%20b")]
    [TestCase("javascript:alert(1)", null)]
    public void SafeUrl_Address_KeepsBalancedParenthesesEncodesTheRest(string url, string? expected) =>
        Assert.That(MarkdownLinks.SafeUrl(url), Is.EqualTo(expected));

    [TestCase("https://de.wikipedia.org/wiki/Bj%C3%B6rk_(album)", "https://de.wikipedia.org/wiki/Björk_(album)")]
    [TestCase("https://example.org/a%20b", "https://example.org/a%20b")]
    [TestCase("https://example.org/%E0%A4", "https://example.org/%E0%A4")]
    public void Readable_PercentEncodedAddress_ShowsTheDecodedTextUnlessItHidesSomething(string url, string expected) =>
        Assert.That(MarkdownLinks.Readable(url), Is.EqualTo(expected));

    [Test]
    public void Render_ArtistLinks_ShowAddressesReadablyWithParenthesesKept()
    {
        var folder = TestPaths.NewScratchFolder("artist-links");
        var renderer = new CollectionSite.Rendering.Templates.ScribanTemplateRenderer(
            new CollectionSite.Rendering.RenderingOptions { OutputDirectory = folder, TemplatesDirectory = Path.Combine(TestPaths.RepositoryRoot, "templates") });
        var page = new ArtistPage
        {
            Name = "David Bowie",
            Links =
            [
                new LinkItem("https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)", "https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)"),
                new LinkItem("https://de.wikipedia.org/wiki/Bj%C3%B6rk", "https://de.wikipedia.org/wiki/Bj%C3%B6rk"),
            ],
        };

        var markdown = renderer.Render("artist.md.sbn", page);

        Assert.That(markdown, Does.Contain("- <https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)>\n")
            .And.Contain("- [https\\://de.wikipedia.org/wiki/Björk](https://de.wikipedia.org/wiki/Bj%C3%B6rk)\n"));
        Directory.Delete(folder, recursive: true);
    }
}
