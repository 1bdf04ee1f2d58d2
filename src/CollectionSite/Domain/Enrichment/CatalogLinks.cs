namespace CollectionSite.Domain.Enrichment;

/// <summary>Album ids from what a collector copies: the id itself or the album's share link.</summary>
public static class CatalogLinks
{
    /// <summary>
    /// The Apple Music catalog album id (digits) of "1556240425", "https://music.apple.com/us/album/homogenic/1556240425"
    /// (any storefront, with or without the name segment or a "?i=" track), or the older
    /// "https://itunes.apple.com/us/album/homogenic/id1556240425". Null for anything else.
    /// </summary>
    public static string? AppleMusicAlbumId(string text)
    {
        var value = text.Trim();
        if (IsDigits(value))
        {
            return value;
        }

        if (!TryHttpUri(value, out var uri)
            || uri.Host.ToUpperInvariant() is not ("MUSIC.APPLE.COM" or "GEO.MUSIC.APPLE.COM" or "EMBED.MUSIC.APPLE.COM" or "ITUNES.APPLE.COM"))
        {
            return null;
        }

        var segments = Segments(uri);
        var album = Array.IndexOf(segments, "album");
        if (album < 0 || album == segments.Length - 1)
        {
            return null;
        }

        var last = segments[^1];
        var id = last.StartsWith("id", StringComparison.Ordinal) ? last[2..] : last;
        return IsDigits(id) ? id : null;
    }

    /// <summary>
    /// The Spotify album id (base-62) of "3ocODqVnsjDjJ6eGn1LzTk", "spotify:album:3ocODqVnsjDjJ6eGn1LzTk" or
    /// "https://open.spotify.com/album/3ocODqVnsjDjJ6eGn1LzTk" (also with an "intl-xx/" prefix or a "?si=" query). Null for anything else.
    /// </summary>
    public static string? SpotifyAlbumId(string text)
    {
        var value = text.Trim();
        const string uriPrefix = "spotify:album:";
        if (value.StartsWith(uriPrefix, StringComparison.Ordinal))
        {
            value = value[uriPrefix.Length..];
        }
        else if (TryHttpUri(value, out var uri))
        {
            var segments = Segments(uri);
            var album = Array.IndexOf(segments, "album");
            if (!uri.Host.Equals("open.spotify.com", StringComparison.OrdinalIgnoreCase) || album < 0 || album != segments.Length - 2)
            {
                return null;
            }

            value = segments[^1];
        }

        return value.Length is >= 16 and <= 32 && value.All(char.IsAsciiLetterOrDigit) ? value : null;
    }

    private static bool TryHttpUri(string value, out Uri uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string[] Segments(Uri uri) => uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsDigits(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
