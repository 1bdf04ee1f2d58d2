using CollectionSite.Artwork.Imaging;
using NetVips;

namespace CollectionSite.Tests.Artwork.Imaging;

/// <summary>The bundled libvips is the one loaded, and its loaders other than ours are blocked.</summary>
public sealed class VipsRuntimeTests
{
    [Test]
    public void LibvipsVersion_IsTheBundledRelease()
    {
        // Debian's libvips42 (8.14) may be installed too; the package pins 8.18.
        Assert.That(NetVipsImageProcessor.LibvipsVersion, Does.StartWith("8.18."));
    }

    [Test]
    public void LoadedLibrary_ComesFromBesideTheApplication()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("/proc/self/maps is Linux only");
        }

        _ = NetVipsImageProcessor.LibvipsVersion;
        var mapped = File.ReadLines("/proc/self/maps")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last())
            .Where(path => Path.GetFileName(path).StartsWith("libvips", StringComparison.Ordinal))
            .Distinct()
            .ToArray();

        Assert.That(mapped, Has.Length.EqualTo(1), string.Join(", ", mapped));
        Assert.That(mapped[0], Does.StartWith(AppContext.BaseDirectory));
    }

    // AVIF (libheif) and the text matrix format load in a stock libvips even with its "untrusted" loaders
    // blocked; ours must refuse them, so only the five loaders we chose can see a downloaded body.
    [TestCase("image.avif")]
    [TestCase("image.mat")]
    public void LoaderWeDoNotUse_IsBlockedProcessWide(string name)
    {
        _ = NetVipsImageProcessor.LibvipsVersion;
        var folder = Fakes.TestPaths.NewScratchFolder("vips-block");
        try
        {
            var path = Path.Combine(folder, name);
            using (var image = TestImages.Pattern(16, 16))
            using (var grey = image[0])
            {
                // Saving is allowed; only loading is blocked.
                grey.WriteToFile(path);
            }

            Assert.That(() => Image.NewFromFile(path), Throws.InstanceOf<VipsException>().With.Message.Contains("not a known file format"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
