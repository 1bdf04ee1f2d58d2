using CollectionSite.Domain;

namespace CollectionSite.Matching;

/// <summary>What the Wikipedia matcher knows of one Discogs artist.</summary>
/// <param name="DiscogsId">The Discogs artist id, for Wikidata's P1953.</param>
/// <param name="Name">The name without Discogs' " (n)" suffix ("Low" for "Low (2)").</param>
/// <param name="WikipediaTitles">Article titles of the artist's English Wikipedia links (urls), percent-decoded, spaces for underscores.</param>
/// <param name="NameVariations">Other names Discogs knows (namevariations).</param>
/// <param name="SearchTerm">The collector's custom search term (override); null to search by name.</param>
public sealed record ArtistLookup(
    long DiscogsId,
    string Name,
    IReadOnlyList<string> WikipediaTitles,
    IReadOnlyList<string> NameVariations,
    string? SearchTerm)
{
    /// <summary>The lookup for <paramref name="artist"/>.</summary>
    public static ArtistLookup From(Artist artist, string? searchTerm)
    {
        ArgumentNullException.ThrowIfNull(artist);
        return new ArtistLookup(
            artist.Id,
            ArtistNames.WithoutNumber(artist.Name),
            [.. artist.Urls.Select(WikipediaLinks.EnglishTitle).OfType<string>().Distinct(StringComparer.Ordinal)],
            artist.NameVariations,
            string.IsNullOrWhiteSpace(searchTerm) ? null : searchTerm.Trim());
    }
}
