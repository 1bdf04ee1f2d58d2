using CollectionSite.Rendering.Site;
using CollectionSite.Storage;

namespace CollectionSite.Rendering.Slugs;

/// <summary>Allocates the slugs of every kind against the stored ones and persists what changed, before any file is written.</summary>
public sealed class SlugService(RenderStateRepository state)
{
    public async Task<SiteSlugs> AssignAsync(SiteCatalog catalog, CancellationToken cancellationToken)
    {
        var stored = await state.GetSlugBooksAsync(cancellationToken);
        var books = new Dictionary<string, SlugBook>(StringComparer.Ordinal);
        var changed = new Dictionary<string, SlugBook>(StringComparer.Ordinal);
        foreach (var (kind, requests) in catalog.SlugRequests())
        {
            var before = stored.GetValueOrDefault(kind) ?? SlugBook.Empty;
            var after = SlugAllocator.Allocate(requests, before);
            books[kind] = after;
            if (!Same(before, after))
            {
                changed[kind] = after;
            }
        }

        if (changed.Count > 0)
        {
            await state.SaveSlugBooksAsync(changed, cancellationToken);
        }

        return new SiteSlugs(books);
    }

    private static bool Same(SlugBook before, SlugBook after) =>
        before.Assignments.OrderBy(a => a.Key, StringComparer.Ordinal).SequenceEqual(after.Assignments)
        && before.Retired.OrderBy(r => r.Slug, StringComparer.Ordinal).SequenceEqual(after.Retired);
}
