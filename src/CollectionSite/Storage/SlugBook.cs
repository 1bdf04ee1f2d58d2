namespace CollectionSite.Storage;

// The renderer's slug state as stored: plain records, so Storage needs nothing from Rendering.

/// <summary>An entity's current slug and the base (title-derived slug) it was assigned for.</summary>
/// <param name="Provisional">Assigned from provisional data (an album page built from the collection listing before
/// its details were fetched): the first complete request keeps the slug instead of renaming it.</param>
public sealed record SlugAssignment(string Key, string Slug, string Base, bool Provisional = false);

/// <summary>A slug an entity used before its title changed; kept so the old URL redirects and is never reused.</summary>
public sealed record RetiredSlug(string Key, string Slug);

/// <summary>All slugs of one kind: what is stored, or the outcome of an allocation.</summary>
public sealed record SlugBook(IReadOnlyList<SlugAssignment> Assignments, IReadOnlyList<RetiredSlug> Retired)
{
    public static SlugBook Empty { get; } = new([], []);

    public IReadOnlyDictionary<string, string> SlugByKey => Assignments.ToDictionary(a => a.Key, a => a.Slug, StringComparer.Ordinal);

    /// <summary>Old slugs per key, sorted, for the page's aliases.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RetiredByKey =>
        Retired.GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Slug).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
}
