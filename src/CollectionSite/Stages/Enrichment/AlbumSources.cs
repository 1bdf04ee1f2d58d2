using CollectionSite.Domain;
using CollectionSite.Storage;

namespace CollectionSite.Stages.Enrichment;

/// <summary>A stored release with its master (null when it has none or it is not fetched), as the album matchers need it.</summary>
public sealed record StoredAlbum(Release Release, Master? Master);

/// <summary>Reads what the album matchers look up for one release: its stored details and master.</summary>
public sealed class AlbumSources(ReleaseRepository releases, MasterRepository masters)
{
    /// <summary>The release (any of a merged record's ids) and its master; null when its details are not stored.</summary>
    public async Task<StoredAlbum?> GetAsync(long releaseId, CancellationToken cancellationToken)
    {
        if (await releases.GetAsync(releaseId, cancellationToken) is not { } release)
        {
            return null;
        }

        var master = release.MasterId is { } masterId ? (await masters.GetAsync(masterId, cancellationToken))?.Value : null;
        return new StoredAlbum(release, master);
    }
}
