using CollectionSite.Domain;
using CollectionSite.Rendering.Text;
using CollectionSite.Storage;

namespace CollectionSite.Rendering.Site;

/// <summary>Names for the ids Discogs markup links to, from everything the site is built from.</summary>
public static class SiteLinkNames
{
    /// <param name="albums">The albums of the site.</param>
    /// <param name="masters">Cached masters, by their own and every merged id.</param>
    /// <param name="artists">Cached artists, by their own and every merged id.</param>
    /// <param name="answeredReleases">Release id asked → id answered, so [r301] names the release stored as 302.</param>
    public static DiscogsLinkNames For(
        IReadOnlyList<AlbumSource> albums,
        IReadOnlyDictionary<long, CachedEntry<Master>> masters,
        IReadOnlyDictionary<long, CachedEntry<Artist>> artists,
        IReadOnlyDictionary<long, long> answeredReleases)
    {
        var artistNames = new Dictionary<long, string>();
        foreach (var credit in albums.SelectMany(a => a.Release.Artists.Concat(a.Release.ExtraArtists)).Where(c => c.Id > 0))
        {
            artistNames.TryAdd(credit.Id, credit.Name);
        }

        foreach (var (id, entry) in artists)
        {
            if (entry.Value is { } artist)
            {
                artistNames[id] = artist.Name;
            }
        }

        var labels = new Dictionary<long, string>();
        foreach (var label in albums.SelectMany(a => a.Release.Labels).Where(l => l.Id > 0))
        {
            labels.TryAdd(label.Id, label.Name);
        }

        var releases = albums.ToDictionary(a => a.Release.Id, a => a.Release.Title);
        foreach (var (asked, answered) in answeredReleases)
        {
            if (releases.TryGetValue(answered, out var title))
            {
                releases.TryAdd(asked, title);
            }
        }

        return new DiscogsLinkNames(
            artistNames,
            releases,
            masters.Where(m => m.Value.Value is not null).ToDictionary(m => m.Key, m => m.Value.Value!.Title),
            labels);
    }
}
