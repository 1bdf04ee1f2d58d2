using CollectionSite.Storage;

namespace CollectionSite.Artwork;

/// <summary>
/// One pre-sized file of a page's image, to be copied into the page bundle as <see cref="FileName"/> ("cover-600.webp").
/// </summary>
/// <param name="Slot">The configured size it serves (the number in its name); its real long edge may be smaller.</param>
/// <param name="Format">"jpeg" or "webp".</param>
/// <param name="SourcePath">The cached rendition to copy.</param>
/// <param name="ContentSha256">SHA-256 of its bytes, so the site writer knows an unchanged copy without reading it.</param>
public sealed record PageImageFile(int Slot, string Format, string SourcePath, int Width, int Height, string ContentSha256)
{
    public const string BaseName = "cover";

    public string FileName => $"{BaseName}-{Slot}.{ArtworkPaths.Extension(Format)}";

    public string MediaType => Format == "webp" ? "image/webp" : "image/jpeg";
}

/// <summary>A page's image: who provided it (override, apple, discogs, wikipedia), its dominant colour ("#rrggbb" or null) and its files, JPEGs then WebPs, largest first.</summary>
public sealed record PageImage(string Source, string? Colour, IReadOnlyList<PageImageFile> Files)
{
    /// <summary>The JPEG a page body shows for themes that read no front matter: the largest up to 800 px wide, else the smallest.</summary>
    public PageImageFile BodyFile
    {
        get
        {
            var jpegs = Files.Where(f => f.Format == "jpeg").DefaultIfEmpty(Files[0]).ToList();
            return jpegs.Where(f => f.Width <= 800).MaxBy(f => f.Width) ?? jpegs.MinBy(f => f.Width)!;
        }
    }
}

/// <summary>Every image the site shows: release covers by the release id the page shows, artist images by Discogs artist id.</summary>
public sealed record SiteArtwork(IReadOnlyDictionary<(string Kind, long Id), PageImage> Images)
{
    public static SiteArtwork None { get; } = new(new Dictionary<(string Kind, long Id), PageImage>());

    public PageImage? Release(long releaseId) => Images.GetValueOrDefault((ItemKinds.Release, releaseId));

    public PageImage? Artist(long artistId) => Images.GetValueOrDefault((ItemKinds.Artist, artistId));
}
