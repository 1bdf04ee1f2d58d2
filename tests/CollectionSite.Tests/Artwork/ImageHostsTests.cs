using CollectionSite.Artwork.Download;
using CollectionSite.Artwork.Sources;

namespace CollectionSite.Tests.Artwork;

public sealed class ImageHostsTests
{
    [TestCase(ImageHost.Discogs, "https://i.discogs.com/abc/rs:fit/w:600/x.jpeg")]
    [TestCase(ImageHost.Discogs, "https://img.discogs.com/abc/R-1.jpg")]
    [TestCase(ImageHost.AppleMusic, "https://is1-ssl.mzstatic.com/image/thumb/x/600x600bb.jpg")]
    [TestCase(ImageHost.AppleMusic, "https://mzstatic.com/a.jpg")]
    [TestCase(ImageHost.Wikimedia, "https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/X.jpg/320px-X.jpg")]
    [TestCase(ImageHost.Collector, "http://photos.example.org/mine.jpg")]
    public void Refusal_HostTheSourceUses_Allowed(ImageHost host, string url) =>
        Assert.That(ImageHosts.Refusal(host, new Uri(url)), Is.Null);

    [TestCase(ImageHost.Discogs, "https://evil.example/x.jpeg", "evil.example is not one of the Discogs image hosts")]
    [TestCase(ImageHost.Discogs, "https://i.discogs.com.evil.example/x.jpeg", "is not one of the Discogs image hosts")]
    [TestCase(ImageHost.AppleMusic, "https://notmzstatic.com/x.jpg", "notmzstatic.com is not one of the Apple Music artwork hosts")]
    [TestCase(ImageHost.Wikimedia, "https://en.wikipedia.org/wiki/File:X.jpg", "en.wikipedia.org is not one of the Wikimedia upload hosts")]
    [TestCase(ImageHost.Collector, "ftp://photos.example.org/mine.jpg", "ftp://photos.example.org is not an http(s) URL")]
    [TestCase(ImageHost.Discogs, "file:///etc/passwd", "is not an http(s) URL")]
    [TestCase(ImageHost.Collector, "data:image/png;base64,AAAA", "is not an http(s) URL")]
    public void Refusal_AnyOtherHostOrScheme_SaysWhy(ImageHost host, string url, string reason) =>
        Assert.That(ImageHosts.Refusal(host, new Uri(url)), Does.Contain(reason));
}
