using System.Runtime.CompilerServices;
using CollectionSite.Artwork;
using CollectionSite.Rendering.FrontMatter;
using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Output;
using CollectionSite.Rendering.Site;
using CollectionSite.Rendering.Templates;
using CollectionSite.Storage;

namespace CollectionSite.Rendering;

/// <summary>One page's files (the Markdown and its image's pre-sized files, if any) and, for albums, its lastmod state.</summary>
public sealed record RenderedPage(string PageKey, IReadOnlyList<OutputFile> Files, PageState? State);

/// <summary>
/// Renders the site page by page, lazily, so the caller can check cancellation and write in batches:
/// list pages, the stats page, album leaf bundles, then one term page per used term.
/// </summary>
public sealed class SitePages(ITemplateRenderer templates, PageComposer composer, AlbumPageBuilder albums, IAlbumDetails details)
{
    public const string AlbumTemplate = TemplateCatalog.AlbumTemplate;
    public const string ArtistTemplate = TemplateCatalog.ArtistTemplate;

    /// <summary>The albums section's list page plus its browse index (/albums/index.json, layouts/_default/list.json).</summary>
    private static readonly string[] BrowseIndexOutputs = ["HTML", "JSON"];

    /// <remarks>
    /// Album pages are built from whole releases loaded <see cref="AlbumDetailBatch.Size"/> at a time, when the caller
    /// reaches them: at most one batch of whole releases is held, however large the collection.
    /// </remarks>
    public async IAsyncEnumerable<RenderedPage> RenderAsync(
        SiteInput input, SiteCatalog catalog, SiteSlugs slugs, IReadOnlyDictionary<string, PageState> states, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var section in Taxonomies.All.Prepend(Taxonomies.Albums))
        {
            var front = new TermFrontMatter { Title = Taxonomies.Title(section), Outputs = section == Taxonomies.Albums ? BrowseIndexOutputs : [] };
            yield return new RenderedPage($"section:{section}", [OutputFile.Text($"content/{section}/_index.md", composer.Compose(front, null))], null);
        }

        if (input.Statistics is { } statistics)
        {
            yield return StatisticsPage.Render(statistics, composer);
        }

        foreach (var batch in catalog.Albums.Chunk(AlbumDetailBatch.Size))
        {
            foreach (var album in await details.CompleteAsync(batch, cancellationToken))
            {
                yield return Album(input, album, slugs, states);
            }
        }

        foreach (var term in catalog.Terms)
        {
            yield return Term(input, term, slugs);
        }
    }

    /// <summary>How many pages <see cref="RenderAsync"/> gives besides the albums and terms (list pages, the stats page).</summary>
    public static int FixedPageCount(SiteInput input) => Taxonomies.All.Count + 1 + (input.Statistics is null ? 0 : 1);

    public static string AlbumPageKey(long releaseId) => $"album:{SiteCatalog.AlbumKey(releaseId)}";

    private RenderedPage Album(SiteInput input, CatalogAlbum album, SiteSlugs slugs, IReadOnlyDictionary<string, PageState> states)
    {
        var folder = $"content/{Taxonomies.Albums}/{slugs.Slug(Taxonomies.Albums, SiteCatalog.AlbumKey(album.Id))}";
        var cover = input.Artwork.Release(album.Id);
        var (front, page) = albums.Build(album, slugs, cover, input.Names);
        var body = templates.Render(AlbumTemplate, page);

        // lastmod moves only when the page text (without lastmod) changes, and then to the data's fetch time,
        // never to "now": rendering the same database twice gives the same bytes.
        var key = AlbumPageKey(album.Id);
        var hash = PageComposer.Hash(composer.Compose(front, body));
        var lastmod = states.TryGetValue(key, out var stored) && stored.DataHash == hash
            ? stored.Lastmod
            : AlbumPageBuilder.SourceTime(album, input.Artists);
        var text = composer.Compose(front with { Lastmod = AlbumPageBuilder.Rfc3339(lastmod) }, body);
        return new RenderedPage(key, WithCover(OutputFile.Text($"{folder}/index.md", text), folder, cover), new PageState(hash, lastmod));
    }

    private RenderedPage Term(SiteInput input, Term term, SiteSlugs slugs)
    {
        var folder = $"content/{term.Taxonomy}/{slugs.Slug(term.Taxonomy, term.Key)}";
        var aliases = slugs.Aliases(term.Taxonomy, term.Key);
        var key = $"term:{term.Taxonomy}:{term.Key}";
        if (term.Taxonomy != Taxonomies.Artists)
        {
            var text = composer.Compose(TermPageBuilder.Plain(term, aliases), null);
            return new RenderedPage(key, [OutputFile.Text($"{folder}/_index.md", text)], null);
        }

        var image = term.DiscogsId is { } id ? input.Artwork.Artist(id) : null;
        var artist = term.DiscogsId is { } artistId ? input.Artists.GetValueOrDefault(artistId)?.Value : null;
        var wikipedia = (artist?.Id ?? term.DiscogsId) is { } pageArtistId ? input.Wikipedia.GetValueOrDefault(pageArtistId) : null;
        var (front, page) = TermPageBuilder.Artist(term, artist, aliases, image, input.Names, wikipedia);
        var body = templates.Render(ArtistTemplate, page);
        return new RenderedPage(key, WithCover(OutputFile.Text($"{folder}/_index.md", composer.Compose(front, body)), folder, image), null);
    }

    /// <summary>The page and, beside it in its bundle, its image's pre-sized files (copied from the rendition cache).</summary>
    private static List<OutputFile> WithCover(OutputFile page, string folder, PageImage? image) =>
        [page, .. (image?.Files ?? []).Select(f => OutputFile.Copy($"{folder}/{f.FileName}", f.SourcePath, f.ContentSha256))];
}
