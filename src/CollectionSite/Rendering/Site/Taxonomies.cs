namespace CollectionSite.Rendering.Site;

/// <summary>The site's taxonomies (plural names, as in hugo.toml and album front matter) and their list-page titles.</summary>
public static class Taxonomies
{
    public const string Artists = "artists";
    public const string Genres = "genres";
    public const string Styles = "styles";
    public const string Labels = "labels";
    public const string Formats = "formats";
    public const string Decades = "decades";

    /// <summary>The album section (not a taxonomy, but a slug kind of its own).</summary>
    public const string Albums = "albums";

    public static IReadOnlyList<string> All { get; } = [Artists, Genres, Styles, Labels, Formats, Decades];

    public static string Title(string taxonomy) => taxonomy switch
    {
        Albums => "Albums",
        Artists => "Artists",
        Genres => "Genres",
        Styles => "Styles",
        Labels => "Labels",
        Formats => "Formats",
        Decades => "Decades",
        _ => throw new ArgumentOutOfRangeException(nameof(taxonomy), taxonomy, "Unknown taxonomy."),
    };

    /// <summary>"artists" → "artist": the prefix of fallback slugs such as "artist-123".</summary>
    public static string Singular(string taxonomy) => taxonomy.TrimEnd('s');
}

/// <summary>
/// One term of a taxonomy. <see cref="Key"/> identifies it across runs: "id:123" for artists and labels
/// with a Discogs id (their names may change), otherwise the name itself.
/// </summary>
public sealed record Term(string Taxonomy, string Key, string Title, long? DiscogsId);
