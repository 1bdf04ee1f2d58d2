namespace CollectionSite.Clients.Wikidata;

/// <summary>The Wikidata properties the cross-reference reads (all external identifiers, string values).</summary>
internal static class WikidataProperties
{
    public const string DiscogsArtistId = "P1953";
    public const string DiscogsMasterId = "P1954";
    public const string AppleMusicArtistId = "P2850";
    public const string AppleMusicAlbumId = "P2281";
    public const string SpotifyArtistId = "P1902";
    public const string SpotifyAlbumId = "P2205";
    public const string EnglishWikipedia = "enwiki";
}
