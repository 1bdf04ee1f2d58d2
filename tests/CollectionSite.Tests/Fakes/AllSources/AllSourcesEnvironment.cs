using System.Security.Cryptography;
using CollectionSite.Bench;

namespace CollectionSite.Tests.Fakes.AllSources;

/// <summary>
/// The COLLECTIONSITE_* environment of a child `build` with every source configured against an <see cref="AllSourcesServer"/>:
/// base URLs on the fake, credentials that are not secrets, rate limits raised so the run is quick, small rendition sizes,
/// and the fake as the HTTP proxy (for the image hosts; loopback bypasses it).
/// </summary>
internal static class AllSourcesEnvironment
{
    private static readonly Lazy<string> AppleKey = new(() =>
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    });

    public static Dictionary<string, string> For(AllSourcesServer server) => new()
    {
        ["COLLECTIONSITE_Discogs__BaseUrl"] = server.UrlOf(EnrichmentFakeRoutes.Discogs),
        ["COLLECTIONSITE_Discogs__Username"] = "example",
        ["COLLECTIONSITE_Discogs__Token"] = "kill-test-token-not-secret",
        ["COLLECTIONSITE_Discogs__RequestsPerMinute"] = "6000",
        ["COLLECTIONSITE_Discogs__RateLimitWindowSeconds"] = "1",
        ["COLLECTIONSITE_AppleMusic__BaseUrl"] = server.UrlOf(EnrichmentFakeRoutes.Apple),
        ["COLLECTIONSITE_AppleMusic__TeamId"] = "KILLTEAM01",
        ["COLLECTIONSITE_AppleMusic__KeyId"] = "KILLKEY001",
        ["COLLECTIONSITE_AppleMusic__PrivateKey"] = AppleKey.Value,
        ["COLLECTIONSITE_AppleMusic__RequestsPerMinute"] = "6000",
        ["COLLECTIONSITE_Spotify__ApiBaseUrl"] = server.UrlOf(EnrichmentFakeRoutes.Spotify),
        ["COLLECTIONSITE_Spotify__AccountsBaseUrl"] = server.UrlOf(EnrichmentFakeRoutes.SpotifyAccounts),
        ["COLLECTIONSITE_Spotify__ClientId"] = "kill-client",
        ["COLLECTIONSITE_Spotify__ClientSecret"] = "kill-secret-not-secret",
        ["COLLECTIONSITE_Spotify__RequestsPerWindow"] = "6000",
        ["COLLECTIONSITE_Spotify__RateLimitWindowSeconds"] = "1",
        ["COLLECTIONSITE_Wikipedia__BaseUrl"] = server.UrlOf(EnrichmentFakeRoutes.Wikipedia),
        ["COLLECTIONSITE_Wikipedia__Contact"] = "kill-test@example.org",
        ["COLLECTIONSITE_Wikipedia__RequestsPerMinute"] = "6000",
        ["COLLECTIONSITE_Wikidata__BaseUrl"] = server.UrlOf(EnrichmentFakeRoutes.Wikidata),
        ["COLLECTIONSITE_Wikidata__RequestsPerMinute"] = "6000",
        ["COLLECTIONSITE_Artwork__Sizes__0"] = "300",
        ["COLLECTIONSITE_Artwork__Sizes__1"] = "120",
        ["COLLECTIONSITE_Artwork__RequestsPerMinute"] = "6000",
        ["HTTP_PROXY"] = server.BaseUrl,
        ["http_proxy"] = server.BaseUrl,
        ["NO_PROXY"] = "127.0.0.1,localhost",
        ["no_proxy"] = "127.0.0.1,localhost",
    };
}
