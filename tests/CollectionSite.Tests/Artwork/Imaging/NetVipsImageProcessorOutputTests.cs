using CollectionSite.Artwork.Imaging;
using NetVips;

namespace CollectionSite.Tests.Artwork.Imaging;

/// <summary>Outputs are all-or-nothing, replace older files atomically, honour cancellation, and parallel calls are safe.</summary>
public sealed class NetVipsImageProcessorOutputTests : ImagingTestBase
{
    [Test]
    public void Render_OneOutputCannotBeWritten_LeavesNoneOfTheOthers()
    {
        var source = Images.Jpeg("cover.jpg", 1400, 1400);
        var blocker = Path.Combine(OutputFolder, "not-a-folder");
        File.WriteAllText(blocker, "a file where a folder is needed");
        RenditionRequest[] requests =
        [
            new(600, RenditionFormat.Jpeg, 85, Path.Combine(OutputFolder, "cover-600.jpg")),
            new(300, RenditionFormat.Jpeg, 85, Path.Combine(blocker, "cover-300.jpg")),
        ];

        Assert.That(() => Render(source, requests), Throws.InstanceOf<IOException>());
        Assert.That(FilesLeftIn(OutputFolder), Is.EquivalentTo(new[] { "not-a-folder" }));
    }

    [Test]
    public void Render_OutputAlreadyThere_IsReplacedAndNoTemporaryRemains()
    {
        var source = Images.Jpeg("cover.jpg", 1400, 1400);
        var target = Path.Combine(OutputFolder, "cover-600.jpg");
        File.WriteAllText(target, "an older rendition");

        Render(source, [new RenditionRequest(600, RenditionFormat.Jpeg, 85, target)]);

        using var output = Image.NewFromFile(target);
        Assert.That((output.Width, output.Height), Is.EqualTo((600, 600)));
        Assert.That(FilesLeftIn(OutputFolder), Is.EquivalentTo(new[] { "cover-600.jpg" }));
    }

    [Test]
    public void Render_OutputFolderMissing_IsCreated()
    {
        var source = Images.Png("cover.png", 400, 400);
        var target = Path.Combine(OutputFolder, "albums", "some-release", "cover-300.webp");

        var rendered = Render(source, [new RenditionRequest(300, RenditionFormat.WebP, 80, target)]);

        Assert.That(rendered.Renditions.Single().Path, Is.EqualTo(target));
        Assert.That(File.Exists(target), Is.True);
    }

    [Test]
    public void Render_CancelledToken_ThrowsAndWritesNothing()
    {
        var source = Images.Jpeg("cover.jpg", 800, 800);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(() => Processor.Render(source, SiteRequests(), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(FilesLeftIn(OutputFolder), Is.Empty);
    }

    [Test]
    public void Render_ManyImagesInParallel_EachGetsItsOwnCorrectOutputs()
    {
        var sources = Enumerable.Range(0, 12).Select(i => i % 3 == 0
            ? Images.Png($"c{i}.png", 600 + (i * 20), 500)
            : Images.Jpeg($"c{i}.jpg", 600 + (i * 20), 500)).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, sources.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var rendered = Render(sources[i], SiteRequests($"c{i}"));
            var expected = RenditionSizeOf(600 + (i * 20), 500, 300);
            var small = rendered.Renditions.Single(r => r.Path.EndsWith($"c{i}-300.jpg", StringComparison.Ordinal));
            using var output = Image.NewFromFile(small.Path);
            if ((output.Width, output.Height) != expected)
            {
                failures.Add($"c{i}: {output.Width}x{output.Height}, expected {expected}");
            }
        });

        Assert.That(failures, Is.Empty);
        Assert.That(FilesLeftIn(OutputFolder), Has.Length.EqualTo(sources.Length * 6));
    }

    private static (int, int) RenditionSizeOf(int width, int height, int longEdge) =>
        (longEdge, (int)Math.Round((double)height * longEdge / width, MidpointRounding.AwayFromZero));
}
