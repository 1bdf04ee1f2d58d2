namespace CollectionSite.Artwork.Imaging;

/// <summary>Output sizes: the long edge capped at the request and at the source (never upscaled), the short edge in proportion.</summary>
internal static class RenditionSize
{
    /// <summary>
    /// Width and height of a rendition of a <paramref name="width"/>×<paramref name="height"/> image (as displayed,
    /// after orientation) whose long edge is at most <paramref name="longEdge"/>; the short edge rounds half away
    /// from zero and is at least 1 px.
    /// </summary>
    public static (int Width, int Height) Fit(int width, int height, int longEdge)
    {
        var source = Math.Max(width, height);
        var target = Math.Min(longEdge, source);
        if (target == source)
        {
            return (width, height);
        }

        var shortEdge = (int)Math.Max(1, Math.Round((double)Math.Min(width, height) * target / source, MidpointRounding.AwayFromZero));
        return width >= height ? (target, shortEdge) : (shortEdge, target);
    }

    /// <summary>
    /// The JPEG decode shrink (1, 2, 4 or 8) that still leaves at least twice the largest output's long edge: libjpeg's
    /// scaled decode is a box filter, so the final resize keeps a factor of two or more to stay sharp and alias-free.
    /// </summary>
    public static int JpegShrink(int width, int height, int largestLongEdge)
    {
        var source = Math.Max(width, height);
        foreach (var shrink in (ReadOnlySpan<int>)[8, 4, 2])
        {
            if (source / shrink >= 2 * largestLongEdge)
            {
                return shrink;
            }
        }

        return 1;
    }
}
