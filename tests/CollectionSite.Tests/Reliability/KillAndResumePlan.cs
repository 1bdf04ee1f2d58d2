using CollectionSite.Artwork.Imaging;
using CollectionSite.Rendering.Output;
using CollectionSite.Tests.Fakes.AllSources;

namespace CollectionSite.Tests.Reliability;

/// <summary>Where a file kill point watches: the site output folder or the state folder's artwork cache.</summary>
internal enum WatchedFolder
{
    Site,
    Artwork,
}

/// <summary>
/// One kill point: during run number (its place in the plan) the child is killed when the <see cref="Nth"/> request of
/// <see cref="Lane"/> arrives (held until the kill), or at the Nth file event in <see cref="Folder"/> that
/// <see cref="Matches"/> (relative path). Counts restart with each run, which does only what earlier runs left.
/// </summary>
internal sealed record KillPoint(string Stage, int Nth, string? Lane = null, WatchedFolder? Folder = null, string? What = null, Func<string, bool>? Matches = null)
{
    public override string ToString() => Lane is not null ? $"{Stage}: request {Nth} of {Lane}" : $"{Stage}: file event {Nth} ({What}) in {Folder}";
}

/// <summary>The twenty kill points, in pipeline order, the lanes with the fewest items (artists, Wikipedia) early, so every
/// stage still has work left when its turn comes (each run finishes whatever is not held).</summary>
internal static class KillAndResumePlan
{
    private const string SiteTemp = ".collectionsite-tmp/";

    public static IReadOnlyList<KillPoint> Points { get; } =
    [
        new("listing", 1, Lane.Listing),
        new("release details", 3, Lane.Releases),
        new("artists", 2, Lane.Artists),
        new("Wikipedia", 1, Lane.Wikipedia),
        new("masters", 2, Lane.Masters),
        new("Wikidata", 1, Lane.Wikidata),
        new("Spotify token", 1, Lane.SpotifyToken),
        new("artists", 2, Lane.Artists),
        new("Apple Music", 2, Lane.Apple),
        new("masters", 2, Lane.Masters),
        new("Spotify", 3, Lane.Spotify),
        new("Apple Music", 3, Lane.Apple),
        new("artwork download (Apple)", 2, Lane.AppleImages),
        new("artwork download (Discogs)", 2, Lane.DiscogsImages),
        new("artwork download stored", 2, Folder: WatchedFolder.Artwork, What: "original moved into place", Matches: p => p.StartsWith("originals/", StringComparison.Ordinal) && !p.EndsWith('/') && Path.HasExtension(p)),
        new("artwork encode", 3, Folder: WatchedFolder.Artwork, What: "rendition temporary created", Matches: p => p.StartsWith("renditions/", StringComparison.Ordinal) && p.EndsWith(NetVipsImageProcessor.TemporaryFileSuffix, StringComparison.Ordinal)),
        new("artwork encode committed", 4, Folder: WatchedFolder.Artwork, What: "rendition moved into place", Matches: p => p.StartsWith("renditions/", StringComparison.Ordinal) && Path.GetFileName(p) is var f && !f.StartsWith('.') && Path.HasExtension(f)),
        new("rendering", 6, Folder: WatchedFolder.Site, What: "page written to the temp folder", Matches: p => p.StartsWith(SiteTemp, StringComparison.Ordinal)),
        new("file moves", 15, Folder: WatchedFolder.Site, What: "file moved into the site", Matches: p => !p.StartsWith(SiteTemp, StringComparison.Ordinal) && Path.HasExtension(p) && !p.StartsWith(".collectionsite-files", StringComparison.Ordinal)),
        new("output manifest", 1, Folder: WatchedFolder.Site, What: "manifest moved into place", Matches: p => p == OutputManifest.FileName),
    ];
}
