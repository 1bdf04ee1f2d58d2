namespace CollectionSite.Domain;

/// <summary>
/// An original image kept in the state folder under its SHA-256 (lower-case hex). <see cref="Format"/> is what its
/// magic bytes say ("jpeg", "png", "webp", "gif", "tiff"), never its name or Content-Type; sizes in pixels and bytes;
/// <see cref="Colour"/> the dominant colour "#rrggbb" once it has been resized (null before, or when not computed).
/// </summary>
public sealed record ArtworkOriginal(string Sha256, string Format, int Width, int Height, long Bytes, string? Colour);

/// <summary>What one image URL gave last time: the original's hash and the validators for a conditional refresh.</summary>
/// <param name="ETag">The ETag header as sent (quotes included), for If-None-Match.</param>
/// <param name="LastModified">The Last-Modified header as sent, for If-Modified-Since.</param>
public sealed record ArtworkDownload(string Url, string Sha256, string? ETag, string? LastModified, DateTimeOffset FetchedUtc);

/// <summary>
/// One resized file in the rendition cache. <see cref="Key"/> names it by everything that decides its bytes (the
/// original's hash, long edge, format, quality, processor version), so an unchanged input is never encoded twice.
/// </summary>
/// <param name="LongEdge">The long edge asked of the processor (at most the original's).</param>
/// <param name="Format">"jpeg" or "webp".</param>
/// <param name="ContentSha256">SHA-256 of the file's bytes: how the site writer knows a copy is current without reading it.</param>
public sealed record ArtworkRendition(string Key, string OriginalSha256, int LongEdge, string Format, int Quality, int Width, int Height, long Bytes, string ContentSha256);

/// <summary>One file of an item's image set: the configured size it serves (its name, "cover-600.webp") and the cached rendition.</summary>
public sealed record ArtworkItemFile(int Slot, ArtworkRendition Rendition);

/// <summary>A source that was tried for an item and gave no usable image: its name ("apple") and why, in one line.</summary>
public sealed record ArtworkFailure(string Source, string Reason);

/// <summary>
/// The image a release (cover) or an artist has: which source won (<c>override</c>, <c>apple</c>, <c>discogs-primary</c>,
/// <c>discogs-first</c>, <c>wikipedia</c>), where it came from (URL or local path), the original, its files and the
/// sources tried before it that failed. <see cref="InputHash"/> fingerprints the candidates and settings it was made from.
/// </summary>
public sealed record ItemArtwork(
    string ItemKind,
    long ItemId,
    string Source,
    string Origin,
    ArtworkOriginal Original,
    string InputHash,
    IReadOnlyList<ArtworkItemFile> Files,
    IReadOnlyList<ArtworkFailure> Failures);

/// <summary>How many images of a kind ("release", "artist") came from a source.</summary>
public sealed record ArtworkSourceCount(string ItemKind, string Source, int Items);

/// <summary>
/// Artwork in the state folder: originals and cached renditions (files and bytes), items with an image by source,
/// items whose best source failed (a lower one won), and items of the artwork stages that failed or were set aside.
/// </summary>
public sealed record ArtworkStats(
    int Originals,
    long OriginalBytes,
    int Renditions,
    long RenditionBytes,
    IReadOnlyList<ArtworkSourceCount> BySource,
    int WithFallback,
    int Failed,
    int DeadLetters)
{
    public int Items(string itemKind) => BySource.Where(s => s.ItemKind == itemKind).Sum(s => s.Items);
}

/// <summary>What garbage collection removed from the database: the originals and renditions whose files must go.</summary>
public sealed record ArtworkGarbage(IReadOnlyList<ArtworkOriginal> Originals, IReadOnlyList<ArtworkRendition> Renditions, int ItemsForgotten);
