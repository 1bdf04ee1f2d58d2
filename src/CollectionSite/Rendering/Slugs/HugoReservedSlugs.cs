using System.Collections.Frozen;

namespace CollectionSite.Rendering.Slugs;

/// <summary>
/// URL segments Hugo gives a meaning to, which no generated slug may take. Inside a section or taxonomy
/// folder, "index" is the list page itself (content/artists/index/_index.md would collide with
/// /artists/index.html and replace the list of all artists), "_index" is the list page's content file and
/// "page" is the pager (/albums/page/2/). At the site root Hugo writes index.xml, index.json, 404.html,
/// sitemap.xml and robots.txt: reserved for every kind too, so no kind can ever land on one.
/// </summary>
public static class HugoReservedSlugs
{
    private static readonly FrozenSet<string> Reserved =
        new[] { "index", "_index", "page", "404", "sitemap", "robots" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string slug) => Reserved.Contains(slug);
}
