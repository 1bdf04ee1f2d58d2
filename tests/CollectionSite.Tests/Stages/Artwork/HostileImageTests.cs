using System.Net;
using CollectionSite.Storage;
using CollectionSite.Tests.Artwork.Imaging;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>
/// Bodies and answers an image host may give instead of a cover: each ends as a recorded failure naming the reason,
/// with no image file in the site, no temp file left behind, and the run going on.
/// </summary>
public sealed class HostileImageTests
{
    private const string Url = "https://i.discogs.com/sig/cover.jpeg";
    private const int Cap = 50_000;

    /// <summary>Name, how the host answers <see cref="Url"/>, and what the recorded reason must say.</summary>
    public static IEnumerable<TestCaseData> Answers()
    {
        yield return Case("HTML page with 200", (h, _) => h.Serve(Url, HostileBodies.HtmlChallengePage()), "not an image (looks like HTML)");
        yield return Case("zero bytes", (h, _) => h.Serve(Url, []), "answered an empty body");
        yield return Case("garbage", (h, _) => h.Serve(Url, HostileBodies.Garbage(5000, 7)), "not an image (unknown signature");
        yield return Case("truncated JPEG", (h, harness) => h.Serve(Url, HostileBodies.FirstHalf(harness.Images.Jpeg("whole.jpg", 300, 200))), "truncated");
        yield return Case("pixel bomb", (h, _) => h.Serve(Url, HostileBodies.PngBomb(40_000, 40_000)), "pixel cap");
        yield return Case("over the cap with Content-Length", (h, _) => h.Serve(Url, HostileBodies.Garbage(Cap * 4, 1)), $"more than Artwork:MaxDownloadBytes ({Cap} bytes)");
        yield return Case("over the cap without Content-Length", (h, _) => h.Route(Url, _ => Unsized(HostileBodies.Garbage(Cap * 4, 2))), $"larger than Artwork:MaxDownloadBytes ({Cap} bytes)");
        yield return Case("body cut off before its Content-Length", (h, harness) => h.Route(Url, _ => Declaring(harness.Jpeg(200, 200), extra: 1000)), "ended after");
        yield return Case("403", (h, _) => h.Route(Url, _ => new HttpResponseMessage(HttpStatusCode.Forbidden)), "answered 403");
        yield return Case("redirect to another scheme", (h, _) => h.Redirect(Url, "ftp://i.discogs.com/cover.jpeg"), "ftp://i.discogs.com is not an http(s) URL");
        yield return Case("redirect to a file", (h, _) => h.Redirect(Url, "file:///etc/passwd"), "is not an http(s) URL");
        yield return Case("redirect to another host", (h, _) => h.Redirect(Url, "https://evil.example/cover.jpeg"), "evil.example is not one of the Discogs image hosts");
    }

    [TestCaseSource(nameof(Answers))]
    public async Task Build_HostileAnswer_RecordedFailureAndNoFileInTheSite(Action<ImageHostStub, ArtworkHarness> answer, string reason)
    {
        using var harness = new ArtworkHarness("hostile");
        harness.Settings.Artwork.MaxDownloadBytes = Cap;
        answer(harness.Hosts, harness);
        await harness.AddReleaseAsync(21, ArtworkHarness.Primary(Url));

        var summary = await harness.BuildAsync();

        var failure = (await harness.FailuresAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(failure.Stage, Is.EqualTo("artwork.cover"));
            Assert.That(failure.LastError, Does.StartWith("No usable image: discogs-primary: ").And.Contain(reason));
            Assert.That(harness.Stage(summary, "Render pages").Failed, Is.Zero, "the site is still rendered");
            Assert.That(harness.AlbumImages(21), Is.Empty);
            Assert.That(harness.AlbumPage(21), Does.Not.Contain("cover"));
            Assert.That(harness.ArtworkFiles().Where(f => !f.StartsWith("originals/", StringComparison.Ordinal)), Is.Empty, "no temp file, no rendition");
        });
    }

    [Test]
    public async Task Build_BodyOverTheCap_StopsReadingAtTheCap()
    {
        using var harness = new ArtworkHarness("hostile-cap");
        harness.Settings.Artwork.MaxDownloadBytes = Cap;
        var body = new CountingStream(HostileBodies.Garbage(Cap * 100, 3));
        harness.Hosts.Route(Url, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });
        await harness.AddReleaseAsync(22, ArtworkHarness.Primary(Url));

        await harness.BuildAsync();

        Assert.That(body.BytesRead, Is.LessThanOrEqualTo(Cap + 81_920), "at most one buffer past the cap is read");
    }

    [Test]
    public async Task Build_ImageUrlOnAHostTheApiDoesNotUse_RefusedWithoutARequest()
    {
        using var harness = new ArtworkHarness("hostile-host");
        await harness.AddReleaseAsync(23, ArtworkHarness.Primary("https://tracker.example/pixel.jpeg"));

        await harness.BuildAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(harness.Hosts.Requests, Is.Empty);
            Assert.That((await harness.FailuresAsync()).Single().LastError, Does.Contain("tracker.example is not one of the Discogs image hosts"));
        });
    }

    [Test]
    public async Task Build_RedirectWithinTheHosts_Followed()
    {
        using var harness = new ArtworkHarness("redirect-ok");
        harness.Hosts.Redirect(Url, "/moved/cover.jpeg");
        harness.Hosts.Serve("https://i.discogs.com/moved/cover.jpeg", harness.Jpeg(200, 200));
        await harness.AddReleaseAsync(24, ArtworkHarness.Primary(Url));

        await harness.BuildAsync();

        Assert.That(harness.AlbumImages(24).Keys, Has.Member("cover-200.jpg"));
    }

    [Test]
    public async Task Build_OverrideUrl_AnyHostIsTheCollectorsChoice()
    {
        using var harness = new ArtworkHarness("override-url");
        harness.Hosts.Serve("http://photos.example.org/my-copy.jpg", harness.Jpeg(200, 200));
        harness.Leads.Overrides[(ItemKinds.Release, 25)] = "http://photos.example.org/my-copy.jpg";
        await harness.AddReleaseAsync(25);

        await harness.BuildAsync();

        Assert.That((await harness.CoverAsync(25))!.Source, Is.EqualTo("override"));
    }

    private static TestCaseData Case(string name, Action<ImageHostStub, ArtworkHarness> answer, string reason) =>
        new TestCaseData(answer, reason).SetArgDisplayNames(name);

    /// <summary>A body whose length is not known in advance (no Content-Length header), as with chunked encoding.</summary>
    private static HttpResponseMessage Unsized(byte[] body) => new(HttpStatusCode.OK) { Content = new StreamContent(new CountingStream(body)) };

    /// <summary>A body that declares more bytes than it carries: the connection closed early.</summary>
    private static HttpResponseMessage Declaring(byte[] body, int extra)
    {
        var response = ImageHostStub.Ok(body);
        response.Content.Headers.ContentLength = body.Length + extra;
        return response;
    }

    /// <summary>A forward-only stream (so no length is known) that counts what was read from it.</summary>
    private sealed class CountingStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public long BytesRead => inner.Position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
