using CollectionSite.Artwork.Imaging;
using CollectionSite.Disk;
using CollectionSite.Tests.Reliability;

namespace CollectionSite.Tests.Artwork.Imaging;

/// <summary>
/// An encode that the disk refuses (full, read-only) is the machine's failure, reported as an IOException with the errno,
/// never as a rejected image: a rejected image is a bad source, and the item would settle for a worse one.
/// </summary>
[NonParallelizable]
[Category("Reliability")]
public sealed class NetVipsImageProcessorDiskTests : ImagingTestBase
{
    [TestCase(false, "No space left on device")]
    [TestCase(true, "Read-only file system")]
    public void Render_DiskRefusesTheRendition_IOExceptionTheDiskRefusesWritesNoTemporary(bool readOnly, string reason)
    {
        var source = Images.Jpeg("cover.jpg", 2000, 2000);
        var target = Path.Combine(OutputFolder, "disk");
        using var disk = DiskFaultsMount.Create(target, 256);
        var filler = readOnly ? null : disk.Fill(freeKilobytes: 8);
        if (readOnly)
        {
            disk.ReadOnly(true);
        }

        var thrown = Assert.Throws(Is.InstanceOf<Exception>(), () => Render(source, [new RenditionRequest(1200, RenditionFormat.Jpeg, 95, Path.Combine(target, "cover-1200.jpg"))]));

        if (readOnly)
        {
            disk.ReadOnly(false);
        }

        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.Not.InstanceOf<ImageRejectedException>(), thrown!.ToString());
            Assert.That(DiskErrors.RefusesWrites(thrown), Is.True, thrown.ToString());
            Assert.That(thrown.Message, Does.Contain(reason));
            Assert.That(FilesLeftIn(target).Where(f => f != Path.GetFileName(filler)), Is.Empty, "no rendition, no temporary");
        });
    }
}
