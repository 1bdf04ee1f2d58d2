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

    [Test]
    public void UntrustedLoader_IsBlockedProcessWide()
    {
        _ = NetVipsImageProcessor.LibvipsVersion;
        var folder = Fakes.TestPaths.NewScratchFolder("vips-block");
        try
        {
            // libvips' own .v format: its loader trusts offsets in the file. Saving is allowed, loading is not.
            var path = Path.Combine(folder, "image.v");
            using (var image = TestImages.Pattern(8, 8))
            {
                image.Vipssave(path);
            }

            Assert.That(() => Image.NewFromFile(path), Throws.InstanceOf<VipsException>().With.Message.Contains("not a known file format"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
