using System.Globalization;
using CollectionSite.Artwork.Imaging;
using NetVips;

namespace CollectionSite.Tests.Artwork.Imaging;

/// <summary>CMYK, wide-gamut, grey, 16-bit and transparent sources come out as the sRGB colours a viewer sees.</summary>
public sealed class NetVipsImageProcessorColourTests : ImagingTestBase
{
    // Flat sRGB colours inside both the CMYK press gamut and sRGB, so a round trip through either can be exact.
    private static readonly double[][] InGamut = [[180, 90, 60], [70, 120, 90], [200, 190, 150], [90, 90, 140]];

    [Test]
    public void Render_CmykJpegWithoutProfile_PureCyanComesOutAsPrintedCyanNotScreenCyan()
    {
        var source = Images.FlatCmykJpeg("cyan.jpg", [255, 0, 0, 0]);

        var jpeg = Render(source).Renditions.First(r => r.Format == RenditionFormat.Jpeg);

        // Press cyan through a CMYK profile is a mid blue-green, about sRGB (0, 160, 225). A naive inversion
        // (255 - C, 255 - M, 255 - Y) would give (0, 255, 255), the oversaturated screen cyan.
        var colour = MeanAround(jpeg.Path, 32, 32);
        Assert.Multiple(() =>
        {
            Assert.That(colour[0], Is.LessThan(60), "red");
            Assert.That(colour[1], Is.InRange(120, 200), "green");
            Assert.That(colour[2], Is.GreaterThan(190), "blue");
        });
    }

    [Test]
    public void Render_CmykJpegWithProfile_ReproducesTheOriginalColoursAfterResizing()
    {
        using var patches = TestImages.Patches(200, InGamut);
        var source = Images.CmykJpeg("cmyk-icc.jpg", patches, embedProfile: true);
        using (var stored = Image.NewFromFile(source))
        {
            Assert.That((stored.Interpretation, stored.Contains("icc-profile-data")), Is.EqualTo((Enums.Interpretation.Cmyk, true)), "the source is CMYK with a profile");
        }

        var small = Render(source).Renditions.Single(r => r.Path.EndsWith("cover-300.jpg", StringComparison.Ordinal));

        Assert.That((small.Width, small.Height), Is.EqualTo((300, 75)));
        for (var i = 0; i < InGamut.Length; i++)
        {
            AssertColourNear(MeanAround(small.Path, (i * 75) + 37, 37), InGamut[i], 8, $"patch {i}");
        }
    }

    [Test]
    public void Render_DisplayP3Jpeg_IsConvertedThroughItsProfile()
    {
        double[][] colours = [[220, 60, 40], [40, 160, 70]];
        using var patches = TestImages.Patches(200, colours);
        var source = Images.DisplayP3Jpeg("p3.jpg", patches);
        var stored = MeanAround(source, 100, 100);
        Assert.That(Math.Abs(stored[0] - colours[0][0]) + Math.Abs(stored[1] - colours[0][1]), Is.GreaterThan(12), "P3 numbers differ from sRGB, or the test proves nothing");

        var jpeg = Render(source).Renditions.Single(r => r.Path.EndsWith("cover-300.jpg", StringComparison.Ordinal));

        AssertColourNear(MeanAround(jpeg.Path, 75, 75), colours[0], 6, "red patch");
        AssertColourNear(MeanAround(jpeg.Path, 225, 75), colours[1], 6, "green patch");
    }

    [Test]
    public void Render_GreyJpeg_BecomesThreeBandSrgb()
    {
        var source = Images.GreyJpeg("grey.jpg", 1000, 800);

        foreach (var rendition in Render(source).Renditions)
        {
            using var output = Image.NewFromFile(rendition.Path);
            Assert.That((output.Bands, output.Interpretation), Is.EqualTo((3, Enums.Interpretation.Srgb)), rendition.Path);
            var colour = MeanAround(rendition.Path, rendition.Width / 2, rendition.Height / 2);
            Assert.That(colour.Max() - colour.Min(), Is.LessThan(3), "grey stays grey");
        }
    }

    [Test]
    public void Render_SixteenBitPng_BecomesEightBitWithTheSameColour()
    {
        var source = Images.Png16("deep.png", 700, 700, [65535 * 0.8, 65535 * 0.4, 65535 * 0.2]);

        var jpeg = Render(source).Renditions.First(r => r.Format == RenditionFormat.Jpeg);

        using var output = Image.NewFromFile(jpeg.Path);
        Assert.That(output.Format, Is.EqualTo(Enums.BandFormat.Uchar));
        AssertColourNear(MeanAround(jpeg.Path, 300, 300), [204, 102, 51], 4, "16-bit colour scaled to 8 bits");
    }

    [Test]
    public void Render_PngWithAlpha_JpegIsFlattenedOntoWhiteAndWebPKeepsTransparency()
    {
        var source = Images.PngWithAlpha("alpha.png", 1000, 1000);

        var renditions = Render(source).Renditions;
        var jpeg = renditions.Single(r => r.Path.EndsWith("cover-600.jpg", StringComparison.Ordinal));
        var webp = renditions.Single(r => r.Path.EndsWith("cover-600.webp", StringComparison.Ordinal));

        using var jpegImage = Image.NewFromFile(jpeg.Path);
        using var webpImage = Image.NewFromFile(webp.Path);
        Assert.Multiple(() =>
        {
            Assert.That(jpegImage.Bands, Is.EqualTo(3));
            Assert.That(webpImage.Bands, Is.EqualTo(4));
        });
        AssertColourNear(MeanAround(jpeg.Path, 450, 300), [255, 255, 255], 3, "transparent half of the JPEG");
        Assert.That(MeanAround(webp.Path, 450, 300)[3], Is.LessThan(3), "transparent half of the WebP keeps alpha 0");
        Assert.That(MeanAround(webp.Path, 150, 300)[3], Is.GreaterThan(252), "opaque half stays opaque");
    }

    [Test]
    public void Render_PngWithAlpha_EdgeMatchesFlatteningBeforeResizing()
    {
        // Opaque light grey beside fully transparent pixels whose (invisible) colour is black. Resizing straight
        // alpha would mix that black into the edge (about 196 where 238 is right); premultiplied resizing then
        // flattening equals flattening then resizing, which the test computes as the reference.
        using var grey = TestImages.Flat(501, 1000, [200, 200, 200, 255], Enums.Interpretation.Srgb);
        using var clear = TestImages.Flat(499, 1000, [0, 0, 0, 0], Enums.Interpretation.Srgb);
        using var both = grey.Join(clear, Enums.Direction.Horizontal);
        var source = Path.Combine(Images.Folder, "edge.png");
        both.Pngsave(source);

        var jpeg = Render(source).Renditions.Single(r => r.Path.EndsWith("cover-300.jpg", StringComparison.Ordinal));

        using var flattened = both.Flatten([255, 255, 255]);
        using var reference = flattened.Resize(0.3);
        using var output = Image.NewFromFile(jpeg.Path);
        var worst = Enumerable.Range(140, 20).Max(x => Math.Abs(ColumnMean(output, x) - ColumnMean(reference, x)));
        Assert.That(worst, Is.LessThan(8), "largest difference of a column's mean near the edge");
    }

    private static double ColumnMean(Image image, int x)
    {
        using var column = image.Crop(x, 100, 1, 100);
        return column.Avg();
    }

    [Test]
    public void Render_MostlyOneColour_ReportsThatColourAsDominant()
    {
        using var red = TestImages.Flat(700, 1000, [200, 30, 30], Enums.Interpretation.Srgb);
        using var blue = TestImages.Flat(300, 1000, [30, 30, 200], Enums.Interpretation.Srgb);
        using var both = red.Join(blue, Enums.Direction.Horizontal);
        var source = Path.Combine(Images.Folder, "two-colours.png");
        both.Pngsave(source);

        var colour = Render(source).DominantColour;

        Assert.That(colour, Does.Match("^#[0-9a-f]{6}$"));
        var channels = Enumerable.Range(0, 3).Select(i => (double)int.Parse(colour!.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
        AssertColourNear(channels, [200, 30, 30], 6, "dominant colour");
    }
}
