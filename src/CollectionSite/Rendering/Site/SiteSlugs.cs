using CollectionSite.Storage;

namespace CollectionSite.Rendering.Site;

/// <summary>The allocated slugs of every kind, with the old URLs (aliases) of renamed pages.</summary>
public sealed class SiteSlugs(IReadOnlyDictionary<string, SlugBook> books)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> slugs =
        books.ToDictionary(b => b.Key, b => b.Value.SlugByKey, StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> retired =
        books.ToDictionary(b => b.Key, b => b.Value.RetiredByKey, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, SlugBook> Books => books;

    public string Slug(string kind, string key) =>
        slugs.TryGetValue(kind, out var byKey) && byKey.TryGetValue(key, out var slug)
            ? slug
            : throw new InvalidOperationException($"No slug was allocated for {kind} '{key}'.");

    /// <summary>Old URLs of the entity, e.g. "/albums/old-title/", sorted.</summary>
    public IReadOnlyList<string> Aliases(string kind, string key) =>
        retired.TryGetValue(kind, out var byKey) && byKey.TryGetValue(key, out var old)
            ? old.Select(s => $"/{kind}/{s}/").ToList()
            : [];
}
