using CollectionSite.Artwork.Imaging;
using CollectionSite.Tests.Fakes;
using NetVips;

namespace CollectionSite.Tests.Artwork.Imaging;

/// <summary>A scratch folder with an input and an output subfolder, the processor, and helpers to read outputs back.</summary>
public abstract class ImagingTestBase
{
    protected static readonly int[] SiteSizes = [1200, 600, 300];

    private string root = "";

    private protected TestImages Images { get; private set; } = null!;

    protected string OutputFolder { get; private set; } = "";

    protected NetVipsImageProcessor Processor { get; } = new();

    [SetUp]
    public void CreateFolders()
    {
        root = TestPaths.NewScratchFolder("imaging");
        Images = new TestImages(Directory.CreateDirectory(Path.Combine(root, "in")).FullName);
        OutputFolder = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(root, recursive: true);

    /// <summary>The site's six renditions (1200, 600, 300 px; JPEG q85 and WebP q80), named "stem-size.jpg" and "stem-size.webp".</summary>
    protected IReadOnlyList<RenditionRequest> SiteRequests(string stem = "cover") =>
        [.. SiteSizes.SelectMany(size => new[]
        {
            new RenditionRequest(size, RenditionFormat.Jpeg, 85, Path.Combine(OutputFolder, $"{stem}-{size}.jpg")),
            new RenditionRequest(size, RenditionFormat.WebP, 80, Path.Combine(OutputFolder, $"{stem}-{size}.webp")),
        })];

    protected RenderedImage Render(string source, IReadOnlyList<RenditionRequest>? requests = null) =>
        Processor.Render(source, requests ?? SiteRequests(), CancellationToken.None);

    /// <summary>Mean of each band over a <paramref name="size"/>-px square centred on (x, y) of an output file.</summary>
    protected static double[] MeanAround(string path, int x, int y, int size = 6)
    {
        using var image = Image.NewFromFile(path);
        using var area = image.Crop(Math.Max(0, x - size / 2), Math.Max(0, y - size / 2), size, size);
        return [.. Enumerable.Range(0, area.Bands).Select(band => { using var one = area[band]; return one.Avg(); })];
    }

    protected static void AssertColourNear(double[] actual, double[] expected, double tolerance, string what) =>
        Assert.That(
            actual.Take(expected.Length).Zip(expected, (a, e) => Math.Abs(a - e)).Max(),
            Is.LessThanOrEqualTo(tolerance),
            $"{what}: got ({string.Join(", ", actual.Select(v => v.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}), expected about ({string.Join(", ", expected)})");

    protected string[] FilesLeftIn(string folder) => [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>()];
}
