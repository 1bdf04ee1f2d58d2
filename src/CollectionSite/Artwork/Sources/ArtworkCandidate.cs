namespace CollectionSite.Artwork.Sources;

/// <summary>The names of the image sources, as Artwork:Sources lists them and artwork_items.source stores them.</summary>
public static class ArtworkSourceNames
{
    public const string Override = "override";
    public const string Apple = "apple";
    public const string DiscogsPrimary = "discogs-primary";
    public const string DiscogsFirst = "discogs-first";
    public const string Wikipedia = "wikipedia";

    /// <summary>Who provided the image, for the page ("discogs" for both Discogs sources): override, apple, discogs or wikipedia.</summary>
    public static string Provider(string source) => source is DiscogsPrimary or DiscogsFirst ? "discogs" : source;
}

/// <summary>Which hosts may serve a candidate: those of the API that gave its URL, or any host for the collector's own URL.</summary>
public enum ImageHost
{
    /// <summary>i.discogs.com and Discogs' older image hosts; requests share the Discogs rate budget and User-Agent.</summary>
    Discogs,

    /// <summary>*.mzstatic.com, where Apple Music's artwork templates point.</summary>
    AppleMusic,

    /// <summary>upload.wikimedia.org, where Wikipedia's thumbnails are.</summary>
    Wikimedia,

    /// <summary>An override: a local file or a URL the collector chose, so any http(s) host.</summary>
    Collector,
}

/// <summary>One image to try for an item: its source name, an http(s) URL or (overrides only) an absolute file path, and the hosts allowed to serve it.</summary>
public sealed record ArtworkCandidate(string Source, string Location, ImageHost Host)
{
    /// <summary>An override naming a file on this machine rather than a URL.</summary>
    public bool IsLocalFile => Host == ImageHost.Collector && !IsHttpUrl(Location) && Path.IsPathFullyQualified(Location);

    /// <summary>For the item's input hash: a local file counts with its size and time, so replacing the file is noticed.</summary>
    public string Fingerprint()
    {
        if (!IsLocalFile)
        {
            return $"{Source}|{Location}";
        }

        var file = new FileInfo(Location);
        return file.Exists
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Source}|{Location}|{file.Length}|{file.LastWriteTimeUtc.Ticks}")
            : $"{Source}|{Location}|missing";
    }

    public static bool IsHttpUrl(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
