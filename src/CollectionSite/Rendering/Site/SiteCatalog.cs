using CollectionSite.Rendering.Slugs;
using CollectionSite.Rendering.Text;

namespace CollectionSite.Rendering.Site;

/// <summary>An album with the terms it uses.</summary>
public sealed record CatalogAlbum(AlbumSource Source, IReadOnlyDictionary<string, IReadOnlyList<Term>> Terms)
{
    public long Id => Source.Release.Id;

    public string ArtistDisplay => DiscogsNames.Display(Source.Release.Artists);
}

/// <summary>The albums in release-id order and every term they use, in taxonomy then key order: one term page each.</summary>
public sealed record SiteCatalog(IReadOnlyList<CatalogAlbum> Albums, IReadOnlyList<Term> Terms)
{
    public static SiteCatalog Build(SiteInput input)
    {
        // Albums share one instance of each equal term: the catalog of a 50,000-album collection otherwise holds
        // half a million copies of a few thousand terms.
        var shared = new Dictionary<Term, Term>();
        Term Shared(Term term) => shared.TryGetValue(term, out var first) ? first : shared[term] = term;
        var albums = input.Albums
            .OrderBy(a => a.Release.Id)
            .Select(a => new CatalogAlbum(a, AlbumTerms.For(a, input.Artists).ToDictionary(
                t => t.Key, IReadOnlyList<Term> (t) => [.. t.Value.Select(Shared)], StringComparer.Ordinal)))
            .ToList();
        var terms = albums
            .SelectMany(a => a.Terms.Values.SelectMany(t => t))
            .DistinctBy(t => (t.Taxonomy, t.Key))
            .OrderBy(t => t.Taxonomy, StringComparer.Ordinal)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        return new SiteCatalog(albums, terms);
    }

    /// <summary>Slug requests per kind ("albums" and each taxonomy) for <see cref="SlugAllocator"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SlugRequest>> SlugRequests()
    {
        var requests = new Dictionary<string, IReadOnlyList<SlugRequest>>(StringComparer.Ordinal)
        {
            [Taxonomies.Albums] = Albums
                .Select(a => new SlugRequest(AlbumKey(a.Id), Slugifier.Slugify($"{a.ArtistDisplay} {a.Source.Release.Title}"), $"release-{a.Id}", AlbumKey(a.Id), a.Source.Partial))
                .ToList(),
        };
        foreach (var taxonomy in Taxonomies.All)
        {
            requests[taxonomy] = Terms.Where(t => t.Taxonomy == taxonomy).Select(TermRequest).ToList();
        }

        return requests;
    }

    public static string AlbumKey(long releaseId) => releaseId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static SlugRequest TermRequest(Term term)
    {
        var singular = Taxonomies.Singular(term.Taxonomy);
        var id = term.DiscogsId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fallback = id is not null ? $"{singular}-{id}" : $"{singular}-{ShortHash(term.Key)}";
        return new SlugRequest(term.Key, Slugifier.Slugify(term.Title), fallback, id);
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8];
}
