using System.Globalization;
using NetVips;

namespace CollectionSite.Artwork.Imaging;

/// <summary>
/// <see cref="IImageProcessor"/> on libvips (NetVips with its bundled native library). Guards, in order: magic
/// bytes pick the format and the only loader that may see the file; the header's declared size is checked against
/// <see cref="ImageProcessingLimits.MaxPixels"/> before a pixel is decoded; the decode fails on truncation; and
/// every other libvips loader is blocked process-wide (<see cref="VipsRuntime"/>). Thread-safe: every call works on
/// its own images, and the global libvips set-up happens once.
/// </summary>
public sealed class NetVipsImageProcessor : IImageProcessor
{
    /// <summary>Ends the name of an output's temporary file (".&lt;name&gt;.&lt;random&gt;.imaging-tmp" beside it); one found later was left by a killed process.</summary>
    public const string TemporaryFileSuffix = ".imaging-tmp";

    private readonly ImageProcessingLimits limits;

    public NetVipsImageProcessor(ImageProcessingLimits? limits = null)
    {
        this.limits = (limits ?? ImageProcessingLimits.Default).Validated();
        VipsRuntime.EnsureInitialised();
    }

    /// <summary>Version of the libvips in use, e.g. "8.18.7" (the bundled one, not a system copy).</summary>
    public static string LibvipsVersion => VipsRuntime.EnsureInitialised();

    /// <inheritdoc/>
    public ImageInfo Inspect(string path)
    {
        var format = DetectAccepted(path);
        try
        {
            using var header = VipsLoader.OpenHeader(path, format);
            return CheckPixels(new ImageInfo(format, header.Width, header.Height));
        }
        catch (VipsException exception)
        {
            throw VipsFailure.Reject(format, exception);
        }
    }

    /// <inheritdoc/>
    public RenderedImage Render(string sourcePath, IReadOnlyList<RenditionRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        foreach (var request in requests)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(request.LongEdge, 1, nameof(requests));
            ArgumentOutOfRangeException.ThrowIfLessThan(request.Quality, 1, nameof(requests));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Quality, 100, nameof(requests));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var info = Inspect(sourcePath);
        try
        {
            using var decoded = Decode(sourcePath, info, requests);
            using var outputs = new AtomicOutputs();
            var renditions = new List<Rendition>(requests.Count);
            foreach (var request in requests)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (width, height) = RenditionSize.Fit(decoded.Width, decoded.Height, request.LongEdge);
                RenditionEncoder.Write(decoded.Image, width, height, request.Format, request.Quality, outputs.Reserve(request.OutputPath));
                renditions.Add(new Rendition(Path.GetFullPath(request.OutputPath), width, height, request.Format, 0));
            }

            var colour = limits.DominantColour ? DominantColour.Of(decoded.Image) : null;
            cancellationToken.ThrowIfCancellationRequested();
            outputs.Commit();
            return new RenderedImage([.. renditions.Select(r => r with { Bytes = new FileInfo(r.Path).Length })], colour);
        }
        catch (VipsException exception)
        {
            throw VipsFailure.OfEncode(info.Format, exception);
        }
    }

    private string DetectAccepted(string path)
    {
        var format = ImageSignature.Detect(path);
        return format != "tiff" || limits.AcceptTiff ? format : throw new ImageRejectedException("TIFF is not accepted (ImageProcessingLimits.AcceptTiff is off)");
    }

    private ImageInfo CheckPixels(ImageInfo info)
    {
        var pixels = (long)info.Width * info.Height;
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new ImageRejectedException(string.Create(CultureInfo.InvariantCulture, $"{VipsFailure.DisplayName(info.Format)} declares an empty size ({info.Width}x{info.Height})"));
        }

        return pixels <= limits.MaxPixels
            ? info
            : throw new ImageRejectedException(string.Create(CultureInfo.InvariantCulture, $"{pixels} pixels declared ({info.Width}x{info.Height}), above the {limits.MaxPixels} pixel cap"));
    }

    private static DecodedImage Decode(string path, ImageInfo info, IReadOnlyList<RenditionRequest> requests)
    {
        var format = info.Format;
        var largest = requests.Count == 0 ? 0 : requests.Max(request => request.LongEdge);
        var shrink = format == "jpeg" && largest > 0 ? RenditionSize.JpegShrink(info.Width, info.Height, largest) : 1;

        // One full decode into memory (sequential read, fails on truncation), converted to sRGB at full
        // resolution so CMYK and ICC profiles are handled before any resampling; every size is cut from it.
        using var loaded = VipsLoader.OpenForDecode(path, format, shrink);
        using var srgb = SrgbConversion.ToSrgb(loaded);
        using var inMemory = srgb.CopyMemory();
        using var oriented = inMemory.Autorot(out var angle);
        var image = angle == Enums.Angle.D0 ? inMemory.Copy() : oriented.CopyMemory();

        // Sizes come from the declared size (as displayed), so a shrunk decode still yields the exact proportions.
        var turned = angle is Enums.Angle.D90 or Enums.Angle.D270;
        return new DecodedImage(image, turned ? info.Height : info.Width, turned ? info.Width : info.Height);
    }

    /// <summary>The decoded pixels (8-bit sRGB, oriented, possibly decoded at 1/2..1/8) and the full size as displayed.</summary>
    private sealed record DecodedImage(Image Image, int Width, int Height) : IDisposable
    {
        public void Dispose() => Image.Dispose();
    }
}
