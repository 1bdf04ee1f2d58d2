using System.Globalization;
using CollectionSite.Domain;
using CollectionSite.Rendering.Text;
using CollectionSite.Storage;

namespace CollectionSite.Rendering.Site;

/// <summary>The terms one album belongs to, per taxonomy, in display order and without duplicates.</summary>
public static class AlbumTerms
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Term>> For(AlbumSource album, IReadOnlyDictionary<long, CachedEntry<Artist>> artists)
    {
        var release = album.Release;
        var master = album.Master?.Value;
        var terms = new Dictionary<string, IReadOnlyList<Term>>(StringComparer.Ordinal)
        {
            [Taxonomies.Artists] = Distinct(release.Artists.Select(c => ArtistTerm(c, artists))),
            [Taxonomies.Genres] = Named(Taxonomies.Genres, release.Genres.Concat(master?.Genres ?? [])),
            [Taxonomies.Styles] = Named(Taxonomies.Styles, release.Styles.Concat(master?.Styles ?? [])),
            [Taxonomies.Labels] = Distinct(release.Labels.Select(LabelTerm)),
            [Taxonomies.Formats] = Named(Taxonomies.Formats, release.Formats.Select(f => f.Name)),
            [Taxonomies.Decades] = Named(Taxonomies.Decades, Decade(OriginalYear(album) ?? release.KnownYear()) is { } decade ? [decade] : []),
        };
        return terms;
    }

    /// <summary>The master's year when there is one: the year the music first came out.</summary>
    public static int? OriginalYear(AlbumSource album) => album.Master?.Value?.Year;

    /// <summary>1987 → "1980s".</summary>
    public static string? Decade(int? year) => year is > 0 ? (year.Value / 10 * 10).ToString(CultureInfo.InvariantCulture) + "s" : null;

    private static Term ArtistTerm(ArtistCredit credit, IReadOnlyDictionary<long, CachedEntry<Artist>> artists)
    {
        // The term's title is the artist's own name (not the per-release ANV), so all albums share one page.
        // A term page must never fall back to showing its slug, so an empty name becomes "Artist 123".
        // Its id is the one the cached artist answered under: credits under a merged (old) id share its page.
        var cached = artists.GetValueOrDefault(credit.Id);
        var id = cached?.Id ?? credit.Id;
        var name = new[] { cached?.Value?.Name, credit.Name }
            .Select(n => DiscogsNames.StripDisambiguation(n ?? string.Empty))
            .FirstOrDefault(n => n.Length > 0) ?? $"Artist {id.ToString(CultureInfo.InvariantCulture)}";
        return id > 0
            ? new Term(Taxonomies.Artists, $"id:{id.ToString(CultureInfo.InvariantCulture)}", name, id)
            : new Term(Taxonomies.Artists, $"name:{name}", name, null);
    }

    private static Term LabelTerm(LabelCredit label)
    {
        var title = DiscogsNames.StripDisambiguation(label.Name) is { Length: > 0 } stripped ? stripped : label.Name;
        return label.Id > 0
            ? new Term(Taxonomies.Labels, $"id:{label.Id.ToString(CultureInfo.InvariantCulture)}", title, label.Id)
            : new Term(Taxonomies.Labels, $"name:{title}", title, null);
    }

    private static List<Term> Named(string taxonomy, IEnumerable<string> names) =>
        Distinct(names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => new Term(taxonomy, n.Trim(), n.Trim(), null)));

    private static List<Term> Distinct(IEnumerable<Term> terms) => terms.DistinctBy(t => t.Key, StringComparer.Ordinal).ToList();
}
