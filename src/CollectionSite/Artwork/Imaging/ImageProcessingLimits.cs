namespace CollectionSite.Artwork.Imaging;

/// <summary>
/// Guards of <see cref="NetVipsImageProcessor"/>, independent of the settings file so the stage (or a test) maps
/// its own settings onto them.
/// </summary>
/// <param name="MaxPixels">
/// Most pixels (width × height, as declared in the file's header) an accepted image may have. Checked before any
/// pixel is decoded, so a small file declaring 60000×60000 is rejected without allocating. The default, 100
/// million (10000×10000), is far above any cover source (Apple Music is asked for 2000×2000) and keeps one
/// decode under ~400 MB (4 bytes a pixel; JPEGs much larger than the sizes asked for decode at 1/2..1/8 scale).
/// </param>
/// <param name="AcceptTiff">
/// Whether TIFF is decoded at all. No remote source serves TIFF, but a user's own scan (a manual override) may
/// be one; turning it off removes libtiff, a large parser, from what untrusted bytes can reach.
/// </param>
/// <param name="DominantColour">Whether <see cref="RenderedImage.DominantColour"/> is computed (costs one 32 px resize).</param>
public sealed record ImageProcessingLimits(long MaxPixels = ImageProcessingLimits.DefaultMaxPixels, bool AcceptTiff = true, bool DominantColour = true)
{
    /// <summary>10000 × 10000 pixels.</summary>
    public const long DefaultMaxPixels = 100_000_000;

    /// <summary>The defaults: 100 million pixels, TIFF accepted, dominant colour computed.</summary>
    public static ImageProcessingLimits Default { get; } = new();

    /// <summary>Throws when a limit is not usable (a cap of zero or less would reject every image).</summary>
    public ImageProcessingLimits Validated() =>
        MaxPixels > 0 ? this : throw new ArgumentOutOfRangeException(nameof(MaxPixels), MaxPixels, "The pixel cap must be positive.");
}
