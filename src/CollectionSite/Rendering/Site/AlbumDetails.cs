using CollectionSite.Storage;

namespace CollectionSite.Rendering.Site;

/// <summary>The whole releases of albums whose catalog entry holds an outline (<see cref="AlbumSource.Outline"/>).</summary>
public interface IAlbumDetails
{
    /// <summary>
    /// The albums, in the same order, each outline replaced by its whole release (albums built from the listing are
    /// returned as they are). Called once per batch of at most <see cref="AlbumDetailBatch.Size"/> albums.
    /// </summary>
    /// <exception cref="InvalidDataException">An outlined release is no longer stored.</exception>
    Task<IReadOnlyList<CatalogAlbum>> CompleteAsync(IReadOnlyList<CatalogAlbum> albums, CancellationToken cancellationToken);
}

/// <summary>How many album pages are rendered from one load of whole releases.</summary>
public static class AlbumDetailBatch
{
    /// <summary>
    /// 200 whole releases are a few megabytes at most (the largest recorded release is 54 KB of JSON); one query per 200
    /// pages costs nothing next to rendering them.
    /// </summary>
    public const int Size = 200;
}

/// <summary>Loads whole releases from the state database, one query per batch.</summary>
public sealed class StoredAlbumDetails(ReleaseRepository releases) : IAlbumDetails
{
    public async Task<IReadOnlyList<CatalogAlbum>> CompleteAsync(IReadOnlyList<CatalogAlbum> albums, CancellationToken cancellationToken)
    {
        var outlined = albums.Where(album => album.Source.Outline).Select(album => album.Id).ToList();
        if (outlined.Count == 0)
        {
            return albums;
        }

        var stored = await releases.GetByIdsAsync(outlined, cancellationToken);
        return [.. albums.Select(album => !album.Source.Outline ? album : album with
        {
            Source = album.Source with
            {
                Release = stored.TryGetValue(album.Id, out var whole)
                    ? whole.Release
                    : throw new InvalidDataException($"Release {album.Id} was removed from the state database while the site was rendered; run the build again."),
                Outline = false,
            },
        })];
    }
}
