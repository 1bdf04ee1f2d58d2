namespace CollectionSite.Matching;

/// <summary>The search texts for a release: the collector's term alone when set, else artist and title per title half.</summary>
public static class AlbumSearchTerms
{
    /// <summary>Apple Music terms: "artist title" (title only for "Various"), one per title half ("= translated title").</summary>
    public static IReadOnlyList<string> Apple(AlbumLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return lookup.SearchTerm is { } term ? [term]
            : [.. TitleParts.Halves(lookup.Title)
                .Select(half => lookup.IsVarious || lookup.ArtistCredit.Length == 0 ? half : $"{lookup.ArtistCredit} {half}")
                .Select(Clean)
                .Where(text => text.Length > 0)
                .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Spotify queries: per title half, the fielded <c>album:… artist:…</c> (the first credited name: the filter matches
    /// one artist) and then a looser plain "artist title"; the collector's term alone when set.
    /// </summary>
    public static IReadOnlyList<string> Spotify(AlbumLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        if (lookup.SearchTerm is { } term)
        {
            return [term];
        }

        var names = ArtistSimilarity.Names(lookup.ArtistCredit);
        var firstArtist = names.Count > 0 ? names[0] : null;
        var fielded = TitleParts.Halves(lookup.Title).Select(Clean).Where(half => half.Length > 0)
            .Select(half => lookup.IsVarious || firstArtist is null ? $"album:{half}" : $"album:{half} artist:{Clean(firstArtist)}");
        return [.. fielded.Concat(Apple(lookup)).Distinct(StringComparer.Ordinal)];
    }

    // Quotes and colons would be read as search syntax.
    private static string Clean(string text) =>
        string.Join(' ', text.Replace('"', ' ').Replace(':', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
