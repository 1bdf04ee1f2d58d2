using CollectionSite.Domain;

namespace CollectionSite.Matching;

/// <summary>What the Wikipedia matcher knows of one Discogs artist.</summary>
/// <param name="DiscogsId">The Discogs artist id, for Wikidata's P1953.</param>
/// <param name="Name">The name without Discogs' " (n)" suffix ("Low" for "Low (2)").</param>
/// <param name="HasNamesakes">Discogs numbered the name ("Low (2)"): other artists share it, so a searched article must
/// name one of <paramref name="RelatedNames"/> to be taken.</param>
/// <param name="WikipediaTitles">Article titles of the artist's English Wikipedia links (urls), percent-decoded, spaces for underscores.</param>
/// <param name="NameVariations">Other names Discogs knows (namevariations), also accepted as an article's title.</param>
/// <param name="RelatedNames">Real name, members, groups and aliases (without " (n)"): an article naming one is about this artist.</param>
/// <param name="Kind">Group when Discogs lists members, Person when it lists only groups the artist belongs to, else Unknown.</param>
/// <param name="SearchTerm">The collector's custom search term (override); null to search by name.</param>
public sealed record ArtistLookup(
    long DiscogsId,
    string Name,
    bool HasNamesakes,
    IReadOnlyList<string> WikipediaTitles,
    IReadOnlyList<string> NameVariations,
    IReadOnlyList<string> RelatedNames,
    ArtistKind Kind,
    string? SearchTerm)
{
    /// <summary>The lookup for <paramref name="artist"/>.</summary>
    public static ArtistLookup From(Artist artist, string? searchTerm)
    {
        ArgumentNullException.ThrowIfNull(artist);
        var related = new[] { artist.RealName }.OfType<string>()
            .Concat(artist.Members.Concat(artist.Groups).Concat(artist.Aliases).Select(reference => reference.Name))
            .Select(ArtistNames.WithoutNumber)
            .Where(name => name.Length > 0);
        return new ArtistLookup(
            artist.Id,
            ArtistNames.WithoutNumber(artist.Name),
            ArtistNames.IsNumbered(artist.Name),
            [.. artist.Urls.Select(WikipediaLinks.EnglishTitle).OfType<string>().Distinct(StringComparer.Ordinal)],
            [.. artist.NameVariations.Select(ArtistNames.WithoutNumber).Where(name => name.Length > 0).Distinct(StringComparer.Ordinal)],
            [.. related.Distinct(StringComparer.Ordinal)],
            artist.Members.Count > 0 ? ArtistKind.Group : artist.Groups.Count > 0 ? ArtistKind.Person : ArtistKind.Unknown,
            string.IsNullOrWhiteSpace(searchTerm) ? null : searchTerm.Trim());
    }
}
