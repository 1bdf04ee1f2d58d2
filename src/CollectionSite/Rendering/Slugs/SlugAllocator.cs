using CollectionSite.Storage;

namespace CollectionSite.Rendering.Slugs;

/// <summary>A slug wanted for one entity of a kind: its key (release id, term key), the slug its title gives, and what to fall back on.</summary>
/// <param name="Key">Stable identity of the entity within its kind.</param>
/// <param name="Base">Slug derived from the current title; may be empty.</param>
/// <param name="Fallback">Used when <paramref name="Base"/> is empty, e.g. "release-123".</param>
/// <param name="CollisionSuffix">Appended ("-suffix") when the slug is taken, e.g. the Discogs id; null appends a counter.</param>
/// <param name="Provisional">The base comes from provisional data (an album page built from the collection listing):
/// the slug is pinned, and the first complete request adopts it unchanged.</param>
public sealed record SlugRequest(string Key, string Base, string Fallback, string? CollisionSuffix, bool Provisional = false);

/// <summary>
/// Assigns unique, stable slugs within one kind. An entity keeps its slug while its title gives the same
/// base; a new title gets a new slug and the old one is retired (an alias). Slugs in use or retired are
/// never handed to another entity; collisions append "-&lt;suffix&gt;", then a counter. Entities not
/// requested this time (e.g. releases that left the collection) keep their slugs reserved. Slugs Hugo reserves
/// (<see cref="HugoReservedSlugs"/>) are never assigned, and never kept as aliases. A slug assigned from a provisional
/// request is pinned: the entity keeps it when complete data arrives with another title (a partial album page fills in
/// under the same URL).
/// </summary>
public static class SlugAllocator
{
    public static SlugBook Allocate(IEnumerable<SlugRequest> requests, SlugBook stored)
    {
        var assignments = stored.Assignments.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var retired = stored.Retired.Where(r => !HugoReservedSlugs.Contains(r.Slug)).ToDictionary(r => r.Slug, r => r.Key, StringComparer.Ordinal);
        var taken = new HashSet<string>(assignments.Values.Select(a => a.Slug).Concat(retired.Keys), StringComparer.Ordinal);

        // Deterministic: requests are handled in key order, whatever order the caller produced them in.
        foreach (var request in requests.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var wanted = request.Base.Length > 0 ? request.Base : request.Fallback;
            if (assignments.TryGetValue(request.Key, out var current) && !HugoReservedSlugs.Contains(current.Slug)
                && (current.Base == request.Base || current.Provisional))
            {
                // Pinned while provisional; the first complete request adopts the slug and records its own base.
                assignments[request.Key] = current with { Base = request.Base, Provisional = current.Provisional && request.Provisional };
                continue;
            }

            if (retired.TryGetValue(wanted, out var owner) && owner == request.Key)
            {
                // Renamed back: reclaim the old slug instead of treating it as taken.
                retired.Remove(wanted);
                taken.Remove(wanted);
            }

            if (current is not null)
            {
                taken.Remove(current.Slug);
            }

            var slug = Free(wanted, request.CollisionSuffix, taken);
            if (current is not null && current.Slug != slug && !HugoReservedSlugs.Contains(current.Slug))
            {
                retired[current.Slug] = request.Key;
                taken.Add(current.Slug);
            }

            taken.Add(slug);
            assignments[request.Key] = new SlugAssignment(request.Key, slug, request.Base, request.Provisional);
        }

        return new SlugBook(
            assignments.Values.OrderBy(a => a.Key, StringComparer.Ordinal).ToList(),
            retired.Select(r => new RetiredSlug(r.Value, r.Key)).OrderBy(r => r.Slug, StringComparer.Ordinal).ToList());
    }

    private static string Free(string wanted, string? suffix, HashSet<string> taken)
    {
        bool Taken(string slug) => taken.Contains(slug) || HugoReservedSlugs.Contains(slug);
        if (!Taken(wanted))
        {
            return wanted;
        }

        var stem = suffix is null ? wanted : $"{wanted}-{suffix}";
        if (!Taken(stem))
        {
            return stem;
        }

        for (var n = 2; ; n++)
        {
            if (!Taken($"{stem}-{n}"))
            {
                return $"{stem}-{n}";
            }
        }
    }
}
