using CollectionSite.Rendering.FrontMatter;
using CollectionSite.Rendering.Site;

namespace CollectionSite.Rendering.Models;

/// <summary>
/// Puts what Apple Music and Spotify matched on an album's front matter and page model. Only kept matches count (a
/// no-match or a forced "none" adds nothing), and only values the site's shortcodes accept reach the embeds: the
/// shortcodes stop the Hugo build on anything else.
/// </summary>
internal static class AlbumEnrichmentFields
{
    private const string AppleMusicPrefix = "https://music.apple.com/";

    public static AlbumFrontMatter Apply(AlbumFrontMatter front, AlbumEnrichment enrichment)
    {
        var apple = enrichment.AppleMusicAlbum;
        var spotify = enrichment.SpotifyAlbum;
        return front with
        {
            AppleMusicId = apple?.Id,
            AppleMusicUrl = AppleMusicPage(apple?.Url) ?? Https(apple?.Url),
            AppleMusicMatch = MatchFrontMatter.Of(enrichment.AppleMusic),
            SpotifyId = spotify?.Id,
            SpotifyUrl = spotify is null ? null : Https(spotify.Url) ?? SpotifyUrl(spotify.Id),
            SpotifyMatch = MatchFrontMatter.Of(enrichment.Spotify),
            EditorialNotes = Text(apple?.EditorialNotes?.Brief) ?? Text(apple?.EditorialNotes?.Standard),
        };
    }

    public static AlbumPage Apply(AlbumPage page, AlbumEnrichment enrichment)
    {
        var apple = enrichment.AppleMusicAlbum;
        return page with
        {
            AppleMusicUrl = AppleMusicPage(apple?.Url),
            SpotifyAlbumId = enrichment.SpotifyAlbum?.Id is { } id && id.All(char.IsAsciiLetterOrDigit) ? id : null,
            EditorialNotesMarkdown = Text(apple?.EditorialNotes?.Standard) ?? Text(apple?.EditorialNotes?.Brief),
        };
    }

    /// <summary>When the enrichment behind the page was last decided (part of the page's lastmod); null before any decision.</summary>
    public static DateTimeOffset? DecidedUtc(AlbumEnrichment enrichment) =>
        new[] { enrichment.AppleMusic?.DecidedUtc, enrichment.Spotify?.DecidedUtc }.Max();

    /// <summary>
    /// The album's page on music.apple.com, the only form the applemusic shortcode embeds. Older answers (and Apple's
    /// documentation) give "https://itunes.apple.com/us/album/born-to-run/id310730204", which is the same page as
    /// "https://music.apple.com/us/album/born-to-run/310730204".
    /// </summary>
    public static string? AppleMusicPage(string? url)
    {
        if (url is null || url.StartsWith(AppleMusicPrefix, StringComparison.Ordinal))
        {
            return url;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !uri.Host.Equals("itunes.apple.com", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || segments[1] != "album" || !segments[^1].StartsWith("id", StringComparison.Ordinal))
        {
            return null;
        }

        return AppleMusicPrefix + string.Join('/', segments[..^1].Append(segments[^1][2..]));
    }

    private static string SpotifyUrl(string id) => $"https://open.spotify.com/album/{Uri.EscapeDataString(id)}";

    private static string? Https(string? url) => url is not null && url.StartsWith("https://", StringComparison.Ordinal) ? url : null;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
