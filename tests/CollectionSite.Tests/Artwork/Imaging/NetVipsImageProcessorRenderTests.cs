using CollectionSite.Artwork.Imaging;
using NetVips;

namespace CollectionSite.Tests.Artwork.Imaging;

/// <summary>Well-formed inputs of every kind become exact-size, sRGB, metadata-free renditions, never upscaled.</summary>
public sealed class NetVipsImageProcessorRenderTests : ImagingTestBase
{
    [TestCase("baseline.jpg", 1600, 1000, 1200, 750, 600, 375, 300, 188)]
    [TestCase("progressive.jpg", 1400, 1400, 1200, 1200, 600, 600, 300, 300)]
    [TestCase("cover.png", 1000, 1600, 750, 1200, 375, 600, 188, 300)]
    [TestCase("wide.jpg", 4000, 200, 1200, 60, 600, 30, 300, 15)]
    [TestCase("tall.jpg", 200, 4000, 60, 1200, 30, 600, 15, 300)]
    [TestCase("small.jpg", 500, 400, 500, 400, 500, 400, 300, 240)]
    [TestCase("large.jpg", 5001, 2601, 1200, 624, 600, 312, 300, 156)] // decoded at 1/2 scale (2501x1301), sizes still exact
    public void Render_WellFormedImage_WritesEachSizeExactlyAndNeverUpscales(string name, int width, int height, int w1200, int h1200, int w600, int h600, int w300, int h300)
    {
        var source = name.EndsWith(".png", StringComparison.Ordinal)
            ? Images.Png(name, width, height)
            : Images.Jpeg(name, width, height, progressive: name.StartsWith("progressive", StringComparison.Ordinal));

        var rendered = Render(source);

        var expected = new Dictionary<int, (int, int)> { [1200] = (w1200, h1200), [600] = (w600, h600), [300] = (w300, h300) };
        Assert.That(rendered.Renditions, Has.Count.EqualTo(6));
        foreach (var rendition in rendered.Renditions)
        {
            var size = int.Parse(Path.GetFileNameWithoutExtension(rendition.Path).Split('-')[1], System.Globalization.CultureInfo.InvariantCulture);
            using var output = Image.NewFromFile(rendition.Path);
            Assert.Multiple(() =>
            {
                Assert.That((output.Width, output.Height), Is.EqualTo(expected[size]), rendition.Path);
                Assert.That((rendition.Width, rendition.Height), Is.EqualTo(expected[size]), "reported size");
                Assert.That(rendition.Bytes, Is.EqualTo(new FileInfo(rendition.Path).Length));
                Assert.That(output.Interpretation, Is.EqualTo(Enums.Interpretation.Srgb));
                Assert.That(output.Bands, Is.EqualTo(3));
                Assert.That(output.Get("vips-loader"), Is.EqualTo(rendition.Format == RenditionFormat.Jpeg ? "jpegload" : "webpload"));
            });
        }
    }

    [Test]
    public void Render_JpegWithExifOrientation6_TurnsThePictureAndDropsTheTag()
    {
        var source = Images.RotatedJpeg("rotated.jpg", 1600, 800);
        Assert.That(Processor.Inspect(source), Is.EqualTo(new ImageInfo("jpeg", 1600, 800)), "Inspect reports the stored size");

        var rendered = Render(source);

        var large = rendered.Renditions.Single(r => r.Path.EndsWith("cover-1200.jpg", StringComparison.Ordinal));
        Assert.That((large.Width, large.Height), Is.EqualTo((600, 1200)));
        using var output = Image.NewFromFile(large.Path);
        Assert.Multiple(() =>
        {
            Assert.That((output.Width, output.Height), Is.EqualTo((600, 1200)));
            Assert.That(output.Contains("exif-data"), Is.False, "EXIF stripped");
            Assert.That(output.Contains("orientation") && (int)output.Get("orientation") != 1, Is.False, "no orientation left to apply twice");
        });

        // Orientation 6 shows the stored top-left corner at the top right.
        AssertColourNear(MeanAround(large.Path, 600 - 40, 40), [255, 0, 0], 30, "top-right corner");
        Assert.That(MeanAround(large.Path, 40, 40)[1], Is.GreaterThan(60), "top-left is the pattern, not the red mark");
    }

    [Test]
    public void Render_PngNamedJpg_IsDecodedAsPng()
    {
        var source = Images.Png("really-a-png.jpg", 800, 600);

        var info = Processor.Inspect(source);
        var rendered = Render(source);

        Assert.That(info, Is.EqualTo(new ImageInfo("png", 800, 600)));
        Assert.That(rendered.Renditions.Select(r => (r.Width, r.Height)).Distinct(), Is.EquivalentTo(new[] { (800, 600), (600, 450), (300, 225) }));
    }

    [Test]
    public void Render_SourceWithMetadata_WritesNoExifXmpOrProfile()
    {
        using var pattern = TestImages.Pattern(900, 900);
        var source = Images.CmykJpeg("tagged.jpg", pattern, embedProfile: true);

        foreach (var rendition in Render(source).Renditions)
        {
            using var output = Image.NewFromFile(rendition.Path);
            var fields = output.GetFields();
            Assert.That(fields, Has.None.Matches<string>(f => f is "exif-data" or "xmp-data" or "iptc-data" or "icc-profile-data"), rendition.Path);
        }
    }

    [Test]
    public void Render_RequestedQuality_ChangesTheEncoding()
    {
        var source = Images.Jpeg("q.jpg", 1200, 1200);
        RenditionRequest Request(RenditionFormat format, int quality) =>
            new(600, format, quality, Path.Combine(OutputFolder, $"q{quality}.{(format == RenditionFormat.Jpeg ? "jpg" : "webp")}"));

        var low = Render(source, [Request(RenditionFormat.Jpeg, 40), Request(RenditionFormat.WebP, 40)]).Renditions;
        var high = Render(source, [Request(RenditionFormat.Jpeg, 95), Request(RenditionFormat.WebP, 95)]).Renditions;

        Assert.Multiple(() =>
        {
            Assert.That(low[0].Bytes, Is.LessThan(high[0].Bytes * 0.7), "JPEG q40 against q95");
            Assert.That(low[1].Bytes, Is.LessThan(high[1].Bytes * 0.7), "WebP q40 against q95");
        });
    }
}
