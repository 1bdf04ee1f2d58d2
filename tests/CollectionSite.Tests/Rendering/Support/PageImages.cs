using CollectionSite.Artwork;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>Page images as the artwork library hands them to the renderer, for tests that build pages without a database.</summary>
public static class PageImages
{
    /// <summary>A landscape cover at the default sizes (1200, 600, 300), JPEG and WebP, from Discogs.</summary>
    public static PageImage Cover() => new("discogs", "#1f3a5c", [.. Files([(1200, 1187), (600, 594), (300, 297)])]);

    /// <summary>A small artist photo: only 600 and 300 (the original was smaller than 1200), no colour.</summary>
    public static PageImage ArtistPhoto() => new("wikipedia", null, [.. Files([(500, 400), (300, 240)], slots: [600, 300])]);

    private static IEnumerable<PageImageFile> Files(IReadOnlyList<(int Width, int Height)> sizes, IReadOnlyList<int>? slots = null) =>
        new[] { "jpeg", "webp" }.SelectMany(format => sizes.Select((size, i) =>
            new PageImageFile(slots?[i] ?? size.Width, format, $"/nowhere/{format}-{size.Width}", size.Width, size.Height, new string('0', 64))));
}
