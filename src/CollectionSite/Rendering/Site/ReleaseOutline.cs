using CollectionSite.Domain;

namespace CollectionSite.Rendering.Site;

/// <summary>
/// What the whole-site steps read of a release (the catalog and its terms, slugs, link names, the statistics, lastmod
/// times, the export's columns): a release without its tracklist, images, videos, companies and notes, with only its
/// barcodes among its identifiers, and with its extra artists cut to the ids and names links are named by. Rendering keeps an outline of every album and loads one batch
/// of whole releases at a time for the pages (<see cref="IAlbumDetails"/>): the whole releases of a 50,000-album
/// collection take over a gigabyte, their outlines a small fraction of it.
/// </summary>
public static class ReleaseOutline
{
    public static Release Of(Release release) => release with
    {
        Tracklist = [],
        Images = [],
        Videos = [],
        Identifiers = [.. release.Identifiers.Where(identifier => identifier.Type.Equals("Barcode", StringComparison.OrdinalIgnoreCase))],
        Companies = [],
        Notes = null,
        // SiteLinkNames keeps the first name met per id, so the first credit per id is all it needs.
        ExtraArtists = [.. release.ExtraArtists.Where(credit => credit.Id > 0).DistinctBy(credit => credit.Id).Select(credit => new ArtistCredit(credit.Id, credit.Name, null, null, null, null))],
    };
}
