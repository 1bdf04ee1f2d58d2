using System.Globalization;
using CollectionSite.Configuration;
using CollectionSite.Storage;

namespace CollectionSite.Admin;

/// <summary>Where an album's page is in the site output (content/albums/&lt;slug&gt;/index.md), from the renderer's stored slugs.</summary>
public sealed class AlbumPages(RenderStateRepository renderState, AppSettings settings)
{
    /// <summary>The page file's absolute path; null when the album has no slug yet (never rendered).</summary>
    public async Task<string?> PathAsync(long releaseId, CancellationToken cancellationToken)
    {
        var books = await renderState.GetSlugBooksAsync(cancellationToken);
        return books.TryGetValue("albums", out var book) && book.SlugByKey.TryGetValue(releaseId.ToString(CultureInfo.InvariantCulture), out var slug)
            ? Path.GetFullPath(Path.Combine(settings.Paths.Output, "content", "albums", slug, "index.md"))
            : null;
    }
}
