using CollectionSite.Artwork.Imaging;

namespace CollectionSite.Tests.Artwork.Imaging;

public sealed class RenditionSizeTests
{
    [TestCase(2000, 1000, 1200, 1200, 600)]
    [TestCase(1000, 2000, 1200, 600, 1200)]
    [TestCase(1600, 1000, 300, 300, 188)]
    [TestCase(800, 600, 1200, 800, 600)]
    [TestCase(10000, 3, 300, 300, 1)]
    public void Fit_LongEdgeCappedAndShortEdgeInProportion(int width, int height, int longEdge, int expectedWidth, int expectedHeight) =>
        Assert.That(RenditionSize.Fit(width, height, longEdge), Is.EqualTo((expectedWidth, expectedHeight)));

    [TestCase(2000, 2000, 1200, 1)]
    [TestCase(5000, 4000, 1200, 2)]
    [TestCase(7300, 7300, 600, 4)]
    [TestCase(8000, 100, 300, 8)]
    public void JpegShrink_LeavesAtLeastTwiceTheLargestOutput(int width, int height, int largest, int expected) =>
        Assert.That(RenditionSize.JpegShrink(width, height, largest), Is.EqualTo(expected));
}
