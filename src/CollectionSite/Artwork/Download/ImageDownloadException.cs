namespace CollectionSite.Artwork.Download;

/// <summary>
/// A download that gave no image file to inspect: a refused scheme or host (also on a redirect), an error status, a
/// body over Artwork:MaxDownloadBytes, an empty or cut-off body, a missing override file. The message is the one line
/// recorded for the source.
/// </summary>
public sealed class ImageDownloadException : Exception
{
    public ImageDownloadException()
    {
    }

    public ImageDownloadException(string message)
        : base(message)
    {
    }

    public ImageDownloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How a URL is named in messages and logs: host and path, without the query, shortened.</summary>
    public static string Shown(Uri uri)
    {
        var text = uri.IsAbsoluteUri ? uri.Host + uri.AbsolutePath : uri.OriginalString;
        return text.Length <= 96 ? text : text[..60] + "…" + text[^30..];
    }
}
