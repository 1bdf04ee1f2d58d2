using CollectionSite.Artwork.Imaging;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>The real processor, counting what it is asked: decodes (Render calls) and files encoded.</summary>
public sealed class CountingImageProcessor(IImageProcessor inner) : IImageProcessor
{
    private int renders;
    private int encoded;

    public int Renders => Volatile.Read(ref renders);

    public int Encoded => Volatile.Read(ref encoded);

    public ImageInfo Inspect(string path) => inner.Inspect(path);

    public RenderedImage Render(string sourcePath, IReadOnlyList<RenditionRequest> requests, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref renders);
        Interlocked.Add(ref encoded, requests.Count);
        return inner.Render(sourcePath, requests, cancellationToken);
    }

    public void Reset()
    {
        Volatile.Write(ref renders, 0);
        Volatile.Write(ref encoded, 0);
    }
}
