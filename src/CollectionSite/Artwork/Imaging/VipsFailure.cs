using CollectionSite.Disk;
using NetVips;

namespace CollectionSite.Artwork.Imaging;

/// <summary>Turns a libvips error (several lines, most of them "unable to call …") into the short reason recorded for an item.</summary>
internal static class VipsFailure
{
    /// <summary>
    /// What an encode's libvips error means: the disk refusing the rendition (full, read-only: an IOException with the
    /// errno, which is the machine's fault, not the image's, and must not mark the image as bad), else <see cref="Reject"/>.
    /// </summary>
    public static Exception OfEncode(string format, VipsException exception) =>
        DiskErrors.ErrnoOf(exception.Message) is { } errno
            ? DiskErrors.FromErrno(errno, DiskErrors.Describe(errno), exception)
            : Reject(format, exception);

    /// <summary>An <see cref="ImageRejectedException"/> such as "truncated JPEG" or "PNG does not decode: IHDR: bad CRC".</summary>
    public static ImageRejectedException Reject(string format, VipsException exception)
    {
        var name = DisplayName(format);
        var lines = exception.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Any(IsTruncation))
        {
            return new ImageRejectedException($"truncated {name}", exception);
        }

        // The first line names the NetVips call ("unable to call jpegsave"); the cause follows it.
        var detail = lines.Skip(1).FirstOrDefault(line => !line.StartsWith("unable to", StringComparison.Ordinal)) ?? lines.FirstOrDefault() ?? "unknown libvips error";
        return new ImageRejectedException($"{name} does not decode: {Shorten(detail)}", exception);
    }

    /// <summary>"JPEG", "PNG", "WebP", "GIF", "TIFF".</summary>
    public static string DisplayName(string format) => format switch
    {
        "webp" => "WebP",
        _ => format.ToUpperInvariant(),
    };

    private static bool IsTruncation(string line) =>
        line.Contains("premature end", StringComparison.OrdinalIgnoreCase)
        || line.Contains("truncated", StringComparison.OrdinalIgnoreCase)
        || line.Contains("unexpected end", StringComparison.OrdinalIgnoreCase)
        || line.Contains("end of file", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string line) => line.Length <= 160 ? line : string.Concat(line.AsSpan(0, 157), "...");
}
