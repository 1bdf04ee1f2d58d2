namespace CollectionSite.Tests.Fakes.AllSources;

/// <summary>
/// One request the fake answered in full (its response body sent): in which run, to which lane (<see cref="Lane"/>),
/// its target (path and query; for an image, host and path) and the status.
/// </summary>
internal sealed record AllSourcesRequest(int Run, string Lane, string Target, int Status);

/// <summary>The lanes a request is counted in: each Discogs resource kind, each enrichment API, each image host.</summary>
internal static class Lane
{
    public const string Listing = "discogs/listing";
    public const string Releases = "discogs/releases";
    public const string Masters = "discogs/masters";
    public const string Artists = "discogs/artists";
    public const string Apple = "apple";
    public const string Spotify = "spotify";
    public const string SpotifyToken = "spotify-accounts";
    public const string Wikipedia = "wikipedia";
    public const string Wikidata = "wikidata";
    public const string DiscogsImages = "images/discogs";
    public const string AppleImages = "images/apple";
    public const string WikimediaImages = "images/wikimedia";

    /// <summary>The lane of a request to the API under <paramref name="prefix"/> at <paramref name="path"/>.</summary>
    public static string Of(string prefix, string path) => prefix switch
    {
        "discogs" when path.Contains("/collection/", StringComparison.Ordinal) => Listing,
        "discogs" when path.StartsWith("/releases/", StringComparison.Ordinal) => Releases,
        "discogs" when path.StartsWith("/masters/", StringComparison.Ordinal) => Masters,
        "discogs" => Artists,
        _ => prefix,
    };

    /// <summary>The lane of an image request for <paramref name="host"/> (reached through the proxy).</summary>
    public static string OfImageHost(string host) =>
        host.EndsWith("discogs.com", StringComparison.Ordinal) ? DiscogsImages
        : host.EndsWith("mzstatic.com", StringComparison.Ordinal) ? AppleImages
        : WikimediaImages;
}
