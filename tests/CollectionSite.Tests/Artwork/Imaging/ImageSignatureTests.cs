using CollectionSite.Artwork.Imaging;

namespace CollectionSite.Tests.Artwork.Imaging;

public sealed class ImageSignatureTests
{
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "jpeg")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "png")]
    [TestCase(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "gif")]
    [TestCase(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x37, 0x61 }, "gif")]
    [TestCase(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, "webp")]
    [TestCase(new byte[] { 0x49, 0x49, 0x2A, 0x00 }, "tiff")]
    [TestCase(new byte[] { 0x4D, 0x4D, 0x00, 0x2A }, "tiff")]
    public void Detect_KnownSignature_NamesTheFormat(byte[] head, string format) =>
        Assert.That(ImageSignature.Detect(head), Is.EqualTo(format));

    [TestCase("  <!doctype HTML><p>blocked", "not an image (looks like HTML)")]
    [TestCase("\uFEFF<html><body>403</body></html>", "not an image (looks like HTML)")]
    [TestCase("<?xml version=\"1.0\"?><Error/>", "not an image (looks like XML or HTML)")]
    [TestCase("[1,2]", "not an image (looks like JSON)")]
    [TestCase("RIFF\0\0\0\0WAVEfmt ", "not an image (unknown signature 5249464600000000)")]
    public void Detect_TextOrOtherFormat_SaysWhatItLooksLike(string body, string reason) =>
        Assert.That(() => ImageSignature.Detect(System.Text.Encoding.UTF8.GetBytes(body)), Throws.TypeOf<ImageRejectedException>().With.Message.EqualTo(reason));
}
