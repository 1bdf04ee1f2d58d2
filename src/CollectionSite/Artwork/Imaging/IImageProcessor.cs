namespace CollectionSite.Artwork.Imaging;

/// <summary>
/// The image operations the artwork stage needs, behind one interface so the backend (NetVips today) can change
/// without touching the stage. Implementations are thread-safe; the caller runs several images in parallel.
/// </summary>
public interface IImageProcessor
{
    /// <summary>
    /// Checks that <paramref name="path"/> is an image we accept, from its magic bytes and header only (no pixel
    /// decode): format and declared size. Never trusts the file name or a Content-Type.
    /// </summary>
    /// <exception cref="ImageRejectedException">Not an image, a format we do not decode, or more pixels than the cap.</exception>
    ImageInfo Inspect(string path);

    /// <summary>
    /// Decodes <paramref name="sourcePath"/> once and writes every rendition in <paramref name="requests"/>: auto-oriented,
    /// sRGB, metadata stripped, long edge at most the requested size and never upscaled. Each output is written to
    /// a temporary file and moved into place, so a failure leaves no partial file.
    /// </summary>
    /// <exception cref="ImageRejectedException">The body fails to decode (truncated, corrupt) or breaks a guard.</exception>
    RenderedImage Render(string sourcePath, IReadOnlyList<RenditionRequest> requests, CancellationToken cancellationToken);
}

/// <summary>Encodings the site is served in.</summary>
public enum RenditionFormat
{
    Jpeg,
    WebP,
}

/// <summary>What an image's header says: format ("jpeg", "png", "webp", "gif", "tiff") and size in pixels as oriented on disk.</summary>
public sealed record ImageInfo(string Format, int Width, int Height);

/// <summary>One output to write: long edge in pixels, encoding, quality 1..100, and the final path.</summary>
public sealed record RenditionRequest(int LongEdge, RenditionFormat Format, int Quality, string OutputPath);

/// <summary>One written output: its path, pixel size, encoding and length in bytes.</summary>
public sealed record Rendition(string Path, int Width, int Height, RenditionFormat Format, long Bytes);

/// <summary>The written renditions, and the image's dominant colour as "#rrggbb" (null when not computed).</summary>
public sealed record RenderedImage(IReadOnlyList<Rendition> Renditions, string? DominantColour);

/// <summary>An input that is not a usable image; the message is the reason recorded for the item.</summary>
public sealed class ImageRejectedException : Exception
{
    public ImageRejectedException()
    {
    }

    public ImageRejectedException(string message)
        : base(message)
    {
    }

    public ImageRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
