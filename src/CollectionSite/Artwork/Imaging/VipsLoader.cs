using NetVips;

namespace CollectionSite.Artwork.Imaging;

/// <summary>
/// Opens a file with the libvips loader of the format its magic bytes named (never libvips' own sniffing, so a
/// body can reach only the parser we chose), either for its header or for a full decode that fails on truncation.
/// </summary>
internal static class VipsLoader
{
    /// <summary>
    /// The image's header: size, bands, interpretation and metadata (orientation, ICC profile). libvips reads
    /// pixels lazily, so nothing is decoded until an operation asks for them.
    /// </summary>
    public static Image OpenHeader(string path, string format) => Open(path, format, Enums.Access.Random, shrink: 1);

    /// <summary>
    /// Opens for one top-to-bottom decode. <paramref name="shrink"/> (1, 2, 4 or 8) asks libjpeg to decode at
    /// that fraction of the size, which is much cheaper than decoding everything and resizing; other formats
    /// ignore it.
    /// </summary>
    public static Image OpenForDecode(string path, string format, int shrink) => Open(path, format, Enums.Access.Sequential, shrink);

    private static Image Open(string path, string format, Enums.Access access, int shrink)
    {
        // fail_on=truncated: without it libvips returns a half-grey picture for a JPEG cut off mid-download and
        // only prints a warning. The typed argument reaches the loader in NetVips 3.2 / libvips 8.18 (a test
        // proves a truncated JPEG and PNG are rejected).
        const Enums.FailOn failOn = Enums.FailOn.Truncated;
        return format switch
        {
            "jpeg" => Image.Jpegload(path, shrink: shrink, access: access, failOn: failOn),
            "png" => Image.Pngload(path, access: access, failOn: failOn),
            "webp" => Image.Webpload(path, access: access, failOn: failOn),
            "gif" => Image.Gifload(path, access: access, failOn: failOn),
            "tiff" => Image.Tiffload(path, access: access, failOn: failOn),
            _ => throw new ImageRejectedException($"not an accepted image format ({format})"),
        };
    }
}
