using System.Globalization;
using CollectionSite.Configuration;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Artwork.Sources;

/// <summary>
/// Lists the images to try for a release cover or an artist, best first, in the order Artwork:Sources and
/// Artwork:ArtistSources give; a source with nothing to offer is left out, and a URL offered twice (the primary image is
/// also the first) is tried once.
/// </summary>
public sealed class CandidateFinder(IArtworkLeads leads, ArtworkSettings settings)
{
    /// <param name="releaseId">The release as its page shows it.</param>
    /// <param name="release">Its stored Discogs data (images), or null when Discogs has none.</param>
    public async Task<IReadOnlyList<ArtworkCandidate>> ForReleaseAsync(long releaseId, Release? release, CancellationToken cancellationToken)
    {
        var candidates = new List<ArtworkCandidate>();
        foreach (var source in settings.Sources)
        {
            var candidate = source switch
            {
                ArtworkSourceNames.Override => await OverrideAsync(ItemKinds.Release, releaseId, cancellationToken),
                ArtworkSourceNames.Apple => await leads.GetAppleMusicArtworkAsync(releaseId, cancellationToken) is { } artwork
                    ? new ArtworkCandidate(source, AppleUrl(artwork, settings.MaxSourcePixels), ImageHost.AppleMusic)
                    : null,
                _ => Discogs(source, release?.Images),
            };
            Add(candidates, candidate);
        }

        return candidates;
    }

    /// <param name="artistId">The artist's Discogs id as releases credit it.</param>
    /// <param name="artist">Its stored Discogs data (images), or null when not fetched or Discogs has none.</param>
    public async Task<IReadOnlyList<ArtworkCandidate>> ForArtistAsync(long artistId, Artist? artist, CancellationToken cancellationToken)
    {
        var candidates = new List<ArtworkCandidate>();
        foreach (var source in settings.ArtistSources)
        {
            var candidate = source switch
            {
                ArtworkSourceNames.Override => await OverrideAsync(ItemKinds.Artist, artistId, cancellationToken),
                ArtworkSourceNames.Wikipedia => await leads.GetWikipediaThumbnailAsync(artistId, cancellationToken) is { Source.Length: > 0 } thumbnail
                    ? new ArtworkCandidate(source, thumbnail.Source, ImageHost.Wikimedia)
                    : null,
                _ => Discogs(source, artist?.Images),
            };
            Add(candidates, candidate);
        }

        return candidates;
    }

    /// <summary>
    /// Apple's artwork URL at the largest size it offers within <paramref name="maxPixels"/> on the long edge, keeping
    /// the aspect ratio: the template's {w} and {h} filled ({c} and {f}, in newer templates, as "bb" and "jpg").
    /// </summary>
    public static string AppleUrl(AppleMusicArtwork artwork, int maxPixels)
    {
        var (width, height) = artwork.MaxWidth > 0 && artwork.MaxHeight > 0 ? (artwork.MaxWidth, artwork.MaxHeight) : (maxPixels, maxPixels);
        var scale = Math.Min(1.0, (double)maxPixels / Math.Max(width, height));
        var w = Math.Max(1, (int)Math.Round(width * scale));
        var h = Math.Max(1, (int)Math.Round(height * scale));
        return artwork.UrlTemplate
            .Replace("{w}", w.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{h}", h.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{c}", "bb", StringComparison.Ordinal)
            .Replace("{f}", "jpg", StringComparison.Ordinal);
    }

    private async Task<ArtworkCandidate?> OverrideAsync(string itemKind, long itemId, CancellationToken cancellationToken) =>
        await leads.GetArtworkOverrideAsync(itemKind, itemId, cancellationToken) is { Length: > 0 } location
            ? new ArtworkCandidate(ArtworkSourceNames.Override, location.Trim(), ImageHost.Collector)
            : null;

    /// <summary>discogs-primary: the image typed "primary"; discogs-first: the first image with a URL (Discogs leaves
    /// URLs empty for unauthenticated requests).</summary>
    private static ArtworkCandidate? Discogs(string source, IReadOnlyList<RemoteImage>? images)
    {
        var usable = (images ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Uri));
        var image = source == ArtworkSourceNames.DiscogsPrimary
            ? usable.FirstOrDefault(i => string.Equals(i.Type, "primary", StringComparison.OrdinalIgnoreCase))
            : usable.FirstOrDefault();
        return image is null ? null : new ArtworkCandidate(source, image.Uri!, ImageHost.Discogs);
    }

    private static void Add(List<ArtworkCandidate> candidates, ArtworkCandidate? candidate)
    {
        if (candidate is not null && !candidates.Any(c => c.Location == candidate.Location))
        {
            candidates.Add(candidate);
        }
    }
}
