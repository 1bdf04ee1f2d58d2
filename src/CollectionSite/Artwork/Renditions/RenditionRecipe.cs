using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CollectionSite.Artwork.Imaging;
using CollectionSite.Configuration;
using CollectionSite.Domain;

namespace CollectionSite.Artwork.Renditions;

/// <summary>One file to have for an original: the configured size it serves (its slot), the long edge it is encoded at, encoding, quality and cache key.</summary>
public sealed record PlannedRendition(int Slot, int LongEdge, RenditionFormat Format, int Quality, string Key)
{
    /// <summary>"jpeg" or "webp", as stored.</summary>
    public string FormatName => RenditionRecipe.FormatName(Format);
}

/// <summary>
/// What every original is resized to: Artwork:Sizes (long edges, largest first) in JPEG (Artwork:JpegQuality) and WebP
/// (Artwork:WebPQuality), by the processor <see cref="ProcessorVersion"/> names. Never upscaled: sizes below the
/// original's long edge are made at that size; of the sizes at or above it only the smallest is made, at the
/// original's own size, so a small original never yields two identical files.
/// </summary>
/// <param name="ProcessorVersion">Names the image backend and its version, e.g. "libvips 8.18.7": part of every key, so a new backend re-encodes.</param>
public sealed record RenditionRecipe(IReadOnlyList<int> Sizes, int JpegQuality, int WebPQuality, string ProcessorVersion)
{
    public static RenditionRecipe From(ArtworkSettings settings, string processorVersion) =>
        new([.. settings.Sizes.OrderDescending()], settings.JpegQuality, settings.WebPQuality, processorVersion);

    /// <summary>Everything the recipe changes, for an item's input hash.</summary>
    public string Fingerprint => string.Create(
        CultureInfo.InvariantCulture, $"{string.Join(',', Sizes)}|jpeg q{JpegQuality}|webp q{WebPQuality}|{ProcessorVersion}");

    public static string FormatName(RenditionFormat format) => format == RenditionFormat.WebP ? "webp" : "jpeg";

    /// <summary>The files <paramref name="original"/> gets, JPEGs then WebPs, each largest first.</summary>
    public IReadOnlyList<PlannedRendition> Plan(ArtworkOriginal original)
    {
        var longEdge = Math.Max(original.Width, original.Height);
        var slots = Sizes.Where(size => size < longEdge).ToList();
        if (Sizes.Where(size => size >= longEdge).DefaultIfEmpty().Min() is var smallest and > 0)
        {
            slots.Add(smallest);
        }

        return [.. new[] { (RenditionFormat.Jpeg, JpegQuality), (RenditionFormat.WebP, WebPQuality) }
            .SelectMany(encoding => slots.OrderDescending().Select(slot =>
            {
                var edge = Math.Min(slot, longEdge);
                return new PlannedRendition(slot, edge, encoding.Item1, encoding.Item2, Key(original.Sha256, edge, encoding.Item1, encoding.Item2));
            }))];
    }

    /// <summary>"&lt;sha256&gt;-600-webp-q80-&lt;processor tag&gt;": every input of the file's bytes, none of its name or time.</summary>
    public string Key(string sha256, int longEdge, RenditionFormat format, int quality) =>
        string.Create(CultureInfo.InvariantCulture, $"{sha256}-{longEdge}-{FormatName(format)}-q{quality}-{ProcessorTag}");

    private string ProcessorTag => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ProcessorVersion)))[..8];
}
