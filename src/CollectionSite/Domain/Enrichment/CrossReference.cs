namespace CollectionSite.Domain.Enrichment;

/// <summary>
/// Exact identifiers another catalogue holds for a Discogs artist or master (Wikidata: P1953 Discogs artist ID,
/// P1954 Discogs master ID, P2850 Apple Music artist ID, P2281 Apple Music album ID, P1902 Spotify artist ID,
/// P2205 Spotify album ID, and the English Wikipedia sitelink). Every field null when Wikidata knows nothing.
/// </summary>
/// <param name="WikidataId">The item, e.g. "Q11647".</param>
/// <param name="WikipediaTitle">The enwiki sitelink title, e.g. "Tool (band)".</param>
public sealed record CrossReference(
    string? WikidataId,
    string? WikipediaTitle,
    string? AppleMusicId,
    string? SpotifyId)
{
    public static CrossReference None { get; } = new(null, null, null, null);
}
