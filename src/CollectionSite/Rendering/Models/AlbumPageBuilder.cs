using System.Globalization;
using CollectionSite.Artwork;
using CollectionSite.Domain;
using CollectionSite.Rendering.FrontMatter;
using CollectionSite.Rendering.Site;
using CollectionSite.Rendering.Text;

namespace CollectionSite.Rendering.Models;

/// <summary>Builds an album's front matter (without lastmod, which depends on stored state) and its page model.</summary>
public sealed class AlbumPageBuilder(TimeProvider time)
{
    /// <param name="cover">The release's cover, or null when it has none.</param>
    public (AlbumFrontMatter FrontMatter, AlbumPage Page) Build(CatalogAlbum album, SiteSlugs slugs, PageImage? cover, DiscogsLinkNames names)
    {
        var release = album.Source.Release;
        // The collector's display fields (admin UI) win over Discogs' on the page; slugs stay Discogs' so URLs never move.
        var display = album.Source.Display;
        var title = display?.Title ?? release.Title;
        var artist = display?.Artist ?? album.ArtistDisplay;
        var discogsUrl = $"https://www.discogs.com/release/{release.Id.ToString(CultureInfo.InvariantCulture)}";
        var front = new AlbumFrontMatter
        {
            Title = title,
            Artist = artist,
            Date = Rfc3339(DateAdded(album)),
            DiscogsId = release.Id.ToString(CultureInfo.InvariantCulture),
            DiscogsUrl = discogsUrl,
            MasterId = (album.Source.Master?.Id ?? release.MasterId)?.ToString(CultureInfo.InvariantCulture),
            Year = release.KnownYear(),
            OriginalYear = AlbumTerms.OriginalYear(album.Source),
            Released = release.KnownReleased(),
            Country = release.Country,
            Artists = TermSlugs(album, Taxonomies.Artists, slugs),
            Genres = TermSlugs(album, Taxonomies.Genres, slugs),
            Styles = TermSlugs(album, Taxonomies.Styles, slugs),
            Labels = TermSlugs(album, Taxonomies.Labels, slugs),
            Formats = TermSlugs(album, Taxonomies.Formats, slugs),
            Decades = TermSlugs(album, Taxonomies.Decades, slugs),
            Cover = cover is null ? null : CoverFrontMatter.From(cover, CoverAlt(title, artist)),
            CatalogNumbers = release.Labels.Select(l => ReleaseInformation.CatalogNumber(l.CatalogNumber)).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Barcodes = release.Identifiers.Where(i => i.Type.Equals("Barcode", StringComparison.OrdinalIgnoreCase)).Select(i => i.Value).Distinct(StringComparer.Ordinal).ToList(),
            Copies = album.Source.Copies.Count,
            Rating = album.Source.Copies.Select(c => c.Rating).DefaultIfEmpty(0).Max() is > 0 and var rating ? rating : null,
            TrackCount = TracklistBuilder.Count(release.Tracklist),
            Aliases = slugs.Aliases(Taxonomies.Albums, SiteCatalog.AlbumKey(release.Id)),
            Partial = album.Source.Partial ? true : null,
        };
        var page = new AlbumPage
        {
            Title = title,
            Artist = artist,
            Cover = cover?.BodyFile.FileName,
            Tracks = TracklistBuilder.Lines(release.Tracklist),
            Credits = TracklistBuilder.Credits(release),
            NotesMarkdown = display?.Notes is { } own ? PlainNotes(own) : DiscogsMarkup.ToMarkdown(release.Notes, names) is { Length: > 0 } notes ? notes : null,
            Videos = release.Videos.Where(v => MarkdownLinks.SafeUrl(v.Uri) is not null).Select(v => new VideoLink(v.Title ?? MarkdownLinks.Readable(v.Uri), v.Uri, Duration(v.DurationSeconds))).ToList(),
            ReleaseInformation = ReleaseInformation.Rows(release),
            DiscogsUrl = discogsUrl,
            GoneFromDiscogs = album.Source.GoneFromDiscogs,
            Partial = album.Source.Partial,
        };
        var enrichment = album.Source.Enrichment;
        return (AlbumEnrichmentFields.Apply(front, enrichment), AlbumEnrichmentFields.Apply(page, enrichment));
    }

    /// <summary>"Cover of &lt;title&gt; by &lt;artist&gt;", or "Cover of &lt;title&gt;" when no artist is credited.</summary>
    public static string CoverAlt(string title, string artist) =>
        string.IsNullOrWhiteSpace(artist) ? $"Cover of {title}" : $"Cover of {title} by {artist}";

    /// <summary>The newest fetch (or enrichment decision) among the rows the page is built from: the lastmod of a page whose data changed.</summary>
    public static DateTimeOffset SourceTime(CatalogAlbum album, IReadOnlyDictionary<long, Storage.CachedEntry<Domain.Artist>> artists) =>
        album.Source.Release.Artists.Select(a => artists.GetValueOrDefault(a.Id)?.FetchedUtc)
            .Append(album.Source.Master?.FetchedUtc)
            .Append(AlbumEnrichmentFields.DecidedUtc(album.Source.Enrichment))
            .Append(album.Source.Display?.UpdatedUtc)
            .OfType<DateTimeOffset>()
            .Append(album.Source.FetchedUtc)
            .Max();

    /// <summary>The collector's plain-text notes as Markdown shown literally: one paragraph per non-empty line.</summary>
    private static string? PlainNotes(string text)
    {
        var lines = text.Split('\n').Select(line => MarkdownText.EscapeInline(line)).Where(line => line.Length > 0).ToList();
        return lines.Count == 0 ? null : string.Join("\n\n", lines);
    }

    /// <summary>RFC 3339 UTC to the second, e.g. "2015-04-14T10:23:29Z".</summary>
    public static string Rfc3339(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The earliest copy's date added, never in the future (Hugo would hide the page).</summary>
    private DateTimeOffset DateAdded(CatalogAlbum album)
    {
        var now = time.GetUtcNow();
        var added = album.Source.Copies.Select(c => c.DateAdded).DefaultIfEmpty(album.Source.FetchedUtc).Min();
        return added > now ? now : added;
    }

    private static List<string> TermSlugs(CatalogAlbum album, string taxonomy, SiteSlugs slugs) =>
        album.Terms[taxonomy].Select(t => slugs.Slug(taxonomy, t.Key)).Distinct(StringComparer.Ordinal).ToList();

    private static string? Duration(int? seconds) =>
        seconds is > 0 ? TimeSpan.FromSeconds(seconds.Value).ToString(seconds.Value >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : null;
}
