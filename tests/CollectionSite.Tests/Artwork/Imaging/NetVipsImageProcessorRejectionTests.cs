using CollectionSite.Artwork.Imaging;

namespace CollectionSite.Tests.Artwork.Imaging;

/// <summary>Hostile bodies are rejected with a reason, by Inspect and by Render, and leave no file behind.</summary>
public sealed class NetVipsImageProcessorRejectionTests : ImagingTestBase
{
    [Test]
    public void Render_HtmlChallengePageNamedJpg_IsRejectedAsHtml() =>
        AssertRejected(Images.Bytes("cover.jpg", HostileBodies.HtmlChallengePage()), "not an image (looks like HTML)");

    [Test]
    public void Render_ZeroBytes_IsRejectedAsEmpty() =>
        AssertRejected(Images.Bytes("empty.jpg", []), "empty file (0 bytes)");

    [Test]
    public void Render_RandomGarbage_IsRejectedWithItsSignature() =>
        AssertRejected(Images.Bytes("garbage.jpg", HostileBodies.Garbage(4096, seed: 7)), "not an image (unknown signature 42");

    [Test]
    public void Render_JsonErrorBody_IsRejectedAsJson() =>
        AssertRejected(Images.Bytes("error.jpg", """{"message": "You are making requests too quickly."}"""u8.ToArray()), "not an image (looks like JSON)");

    [Test]
    public void Render_Svg_IsNotDecoded() =>
        AssertRejected(Images.Bytes("cover.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"u8.ToArray()), "not an accepted image (SVG is not decoded)");

    [Test]
    public void Render_JpegCutInHalf_IsRejectedAsTruncated()
    {
        var whole = Images.Jpeg("whole.jpg", 1400, 1400);
        var source = Images.Bytes("cut.jpg", HostileBodies.FirstHalf(whole));
        Assert.That(Processor.Inspect(source), Is.EqualTo(new ImageInfo("jpeg", 1400, 1400)), "the header alone looks fine");

        AssertRejected(source, "truncated JPEG", checkInspect: false);
    }

    [Test]
    public void Render_ProgressiveJpegCutInHalf_IsRejectedAsTruncated()
    {
        var whole = Images.Jpeg("whole.jpg", 1400, 1400, progressive: true);
        AssertRejected(Images.Bytes("cut.jpg", HostileBodies.FirstHalf(whole)), "truncated JPEG", checkInspect: false);
    }

    [Test]
    public void Render_PngCutInHalf_IsRejected()
    {
        var whole = Images.Png("whole.png", 1000, 1000);
        var error = AssertRejected(Images.Bytes("cut.png", HostileBodies.FirstHalf(whole)), "PNG", checkInspect: false);
        Assert.That(error.Message, Does.StartWith("truncated PNG").Or.StartWith("PNG does not decode"));
    }

    [Test]
    public void Render_PngDeclaring60000Squared_IsRejectedBeforeDecoding() =>
        AssertRejected(Images.Bytes("bomb.png", HostileBodies.PngBomb(60000, 60000)), "3600000000 pixels declared (60000x60000), above the 100000000 pixel cap");

    [Test]
    public void Render_JpegDeclaring60000Squared_IsRejectedBeforeDecoding()
    {
        var small = Images.Jpeg("small.jpg", 16, 16);
        AssertRejected(Images.Bytes("bomb.jpg", HostileBodies.JpegBomb(small, 60000, 60000)), "3600000000 pixels declared (60000x60000), above the 100000000 pixel cap");
    }

    [Test]
    public void Render_ImageJustOverALowerCap_IsRejectedAndJustUnderIsAccepted()
    {
        var processor = new NetVipsImageProcessor(new ImageProcessingLimits(MaxPixels: 1000 * 1000));
        var over = Images.Png("over.png", 1001, 1000);
        var under = Images.Png("under.png", 1000, 1000);

        Assert.That(() => processor.Inspect(over), Throws.TypeOf<ImageRejectedException>().With.Message.EqualTo("1001000 pixels declared (1001x1000), above the 1000000 pixel cap"));
        Assert.That(processor.Inspect(under), Is.EqualTo(new ImageInfo("png", 1000, 1000)));
    }

    [Test]
    public void Render_TiffWhenTiffIsTurnedOff_IsRejected()
    {
        using var pattern = TestImages.Pattern(300, 300);
        var source = Path.Combine(Images.Folder, "scan.tif");
        pattern.Tiffsave(source);
        var processor = new NetVipsImageProcessor(new ImageProcessingLimits(AcceptTiff: false));

        Assert.That(Processor.Inspect(source), Is.EqualTo(new ImageInfo("tiff", 300, 300)), "accepted by default");
        Assert.That(() => processor.Render(source, SiteRequests(), CancellationToken.None), Throws.TypeOf<ImageRejectedException>().With.Message.StartsWith("TIFF is not accepted"));
        Assert.That(FilesLeftIn(OutputFolder), Is.Empty);
    }

    private ImageRejectedException AssertRejected(string source, string reason, bool checkInspect = true)
    {
        if (checkInspect)
        {
            Assert.That(() => Processor.Inspect(source), Throws.TypeOf<ImageRejectedException>().With.Message.StartsWith(reason), "Inspect");
        }

        var error = Assert.Throws<ImageRejectedException>(() => Processor.Render(source, SiteRequests(), CancellationToken.None))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith(reason), "Render");
            Assert.That(FilesLeftIn(OutputFolder), Is.Empty, "no output and no temporary file left");
        });
        return error;
    }
}
