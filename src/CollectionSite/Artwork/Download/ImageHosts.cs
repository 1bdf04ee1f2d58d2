using CollectionSite.Artwork.Sources;

namespace CollectionSite.Artwork.Download;

/// <summary>
/// Which URLs a candidate may be fetched from (every redirect hop is checked too): http(s) only, and only the hosts of
/// the API that gave the URL. An override's URL is the collector's choice, so any http(s) host serves it here; its
/// client refuses internal addresses when it connects (Clients.Http.PublicAddressGuard), on every hop.
/// </summary>
public static class ImageHosts
{
    /// <summary>Discogs' image hosts, current and older, as its API has returned them.</summary>
    public static IReadOnlyList<string> Discogs { get; } = ["i.discogs.com", "img.discogs.com", "api-img.discogs.com", "api.discogs.com"];

    public const string AppleDomain = "mzstatic.com";

    public const string Wikimedia = "upload.wikimedia.org";

    /// <summary>The named HTTP client that fetches from <paramref name="host"/> (each has its own rate budget).</summary>
    public static string ClientName(ImageHost host) => "artwork-" + host.ToString().ToLowerInvariant();

    /// <summary>Null when <paramref name="uri"/> may be fetched for a candidate of <paramref name="host"/>; else why not, in one line.</summary>
    public static string? Refusal(ImageHost host, Uri uri)
    {
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"{Shown(uri)} is not an http(s) URL";
        }

        var name = uri.IdnHost.ToLowerInvariant();
        var allowed = host switch
        {
            ImageHost.Discogs => Discogs.Contains(name),
            ImageHost.AppleMusic => name == AppleDomain || name.EndsWith("." + AppleDomain, StringComparison.Ordinal),
            ImageHost.Wikimedia => name == Wikimedia,
            _ => true,
        };
        return allowed ? null : $"{name} is not one of the {Describe(host)} hosts";
    }

    private static string Describe(ImageHost host) => host switch
    {
        ImageHost.Discogs => "Discogs image",
        ImageHost.AppleMusic => "Apple Music artwork",
        _ => "Wikimedia upload",
    };

    /// <summary>The scheme and host of a refused URL (its path may carry signatures not worth logging).</summary>
    private static string Shown(Uri uri) => uri.IsAbsoluteUri ? $"{uri.Scheme}://{uri.Authority}" : "a relative URL";
}
