using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Site;
using CollectionSite.Rendering.Text;
using CollectionSite.Storage;
using CollectionSite.Storage.Status;

namespace CollectionSite.Export;

/// <summary>
/// Reads the collection for `export`: every owned copy (not removed, release not skipped), newest additions first,
/// with the release as the site shows it (<see cref="SiteInputLoader"/>), its master's year, and the Apple Music,
/// Spotify and Wikipedia decisions. Reads only; no run lock needed (WAL).
/// </summary>
public sealed class CollectionExport(
    SiteInputLoader site,
    CollectionRepository collection,
    StageProgressRepository progress,
    StatusPlan plan)
{
    public async Task<IReadOnlyList<ExportRow>> GetRowsAsync(CancellationToken cancellationToken)
    {
        var input = await site.LoadAsync(cancellationToken);
        var active = (await progress.GetActiveReleaseIdsAsync(null, cancellationToken)).ToHashSet();
        var albums = input.Albums.SelectMany(album => album.Copies.Select(copy => (copy.InstanceId, album))).ToDictionary(p => p.InstanceId, p => p.album);
        var apple = await ProgressOfAsync(EnrichmentSources.AppleMusic, cancellationToken);
        var spotify = await ProgressOfAsync(EnrichmentSources.Spotify, cancellationToken);
        var rows = new List<ExportRow>();
        foreach (var copy in await collection.GetActiveItemsAsync(cancellationToken))
        {
            if (!active.Contains(copy.ReleaseId))
            {
                continue;
            }

            var album = albums.GetValueOrDefault(copy.InstanceId);
            var release = album?.Release ?? copy.Listing?.ToRelease(copy.ReleaseId);
            var enrichment = album?.Enrichment ?? AlbumEnrichment.None;
            var wikipedia = (release?.Artists ?? [])
                .Select(a => input.Wikipedia.GetValueOrDefault(a.Id)?.Match?.PageUrl)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            rows.Add(new ExportRow(
                copy.ReleaseId,
                copy.InstanceId,
                release is null ? string.Empty : DiscogsNames.Display(release.Artists),
                release?.Title ?? string.Empty,
                release?.Year,
                album?.Master?.Value?.Year,
                [.. (release?.Labels ?? []).Select(l => DiscogsNames.StripDisambiguation(l.Name)).Distinct(StringComparer.Ordinal)],
                [.. (release?.Labels ?? []).Select(l => ReleaseInformation.CatalogNumber(l.CatalogNumber)).OfType<string>().Distinct(StringComparer.Ordinal)],
                [.. (release?.Formats ?? []).Select(ReleaseInformation.Format)],
                release?.Genres ?? [],
                release?.Styles ?? [],
                release?.Country,
                copy.DateAdded,
                copy.Rating > 0 ? copy.Rating : null,
                [.. (release?.Identifiers ?? []).Where(i => i.Type.Equals("Barcode", StringComparison.OrdinalIgnoreCase)).Select(i => i.Value).Distinct(StringComparer.Ordinal)],
                enrichment.AppleMusicAlbum?.Url,
                MatchStatuses.Name(MatchStatuses.Of(enrichment.AppleMusic?.State, apple.GetValueOrDefault(copy.ReleaseId)?.Status)),
                enrichment.SpotifyAlbum?.Url,
                MatchStatuses.Name(MatchStatuses.Of(enrichment.Spotify?.State, spotify.GetValueOrDefault(copy.ReleaseId)?.Status)),
                [.. wikipedia],
                album?.Partial ?? true));
        }

        return rows;
    }

    /// <summary>The matching stage's progress (stored under the collection's release id), for the match status.</summary>
    private async Task<IReadOnlyDictionary<long, ItemProgress>> ProgressOfAsync(string source, CancellationToken cancellationToken) =>
        plan.Stages.FirstOrDefault(s => s.MatchSource == source) is { } stage
            ? await progress.GetProgressAsync(stage.Key, cancellationToken)
            : new Dictionary<long, ItemProgress>();
}
