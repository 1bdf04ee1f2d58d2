using System.Globalization;
using NetVips;

namespace CollectionSite.Artwork.Imaging;

/// <summary>
/// The colour most of an image is, for a placeholder behind a loading cover: the largest bucket of a coarse
/// colour histogram (16 levels per channel) over a 32 px thumbnail, averaged within that bucket. A mean over
/// the whole image would turn a red-and-blue cover into purple; the biggest bucket stays one of its colours.
/// </summary>
internal static class DominantColour
{
    private const int SampleEdge = 32;
    private const int LevelsPerChannel = 16;

    /// <summary>"#rrggbb" (lowercase hex) of an 8-bit sRGB image, 3 bands or 4 with alpha (flattened onto white).</summary>
    public static string Of(Image srgb)
    {
        using var sample = srgb.Resize((double)SampleEdge / Math.Max(srgb.Width, srgb.Height));
        using var opaque = sample.HasAlpha() ? sample.Flatten([255, 255, 255]) : sample.Copy();
        using var eightBit = opaque.Cast(Enums.BandFormat.Uchar);
        var pixels = eightBit.WriteToMemory<byte>();
        var bands = eightBit.Bands;

        var counts = new int[LevelsPerChannel * LevelsPerChannel * LevelsPerChannel];
        var sums = new long[counts.Length, 3];
        for (var i = 0; i + 2 < pixels.Length; i += bands)
        {
            int r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
            var bucket = (((r * LevelsPerChannel) >> 8) * LevelsPerChannel + ((g * LevelsPerChannel) >> 8)) * LevelsPerChannel + ((b * LevelsPerChannel) >> 8);
            counts[bucket]++;
            sums[bucket, 0] += r;
            sums[bucket, 1] += g;
            sums[bucket, 2] += b;
        }

        var top = Array.IndexOf(counts, counts.Max());
        var n = counts[top];
        return string.Create(CultureInfo.InvariantCulture, $"#{sums[top, 0] / n:x2}{sums[top, 1] / n:x2}{sums[top, 2] / n:x2}");
    }
}
