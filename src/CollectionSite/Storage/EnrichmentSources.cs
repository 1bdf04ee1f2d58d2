namespace CollectionSite.Storage;

/// <summary>
/// The enrichment sources as stored in enrichment_matches.source and enrichment_overrides.source. They are the
/// command-line names too (--refresh apple, --source spotify), and each source's stage keys start with its name and
/// a dot ("apple.release"), which is how an override change finds the progress to requeue.
/// </summary>
public static class EnrichmentSources
{
    /// <summary>Apple Music albums, per release.</summary>
    public const string AppleMusic = "apple";

    /// <summary>Spotify albums, per release.</summary>
    public const string Spotify = "spotify";

    /// <summary>Wikipedia articles, per artist.</summary>
    public const string Wikipedia = "wikipedia";

    /// <summary>Artwork: only overrides (a pinned image per release or artist) are stored here.</summary>
    public const string Artwork = "artwork";

    /// <summary>Every source that can be overridden, in the order `override list` and `match show` print them.</summary>
    public static IReadOnlyList<string> All { get; } = [AppleMusic, Spotify, Wikipedia, Artwork];

    /// <summary>The kind of item a matching source works on: releases for Apple Music and Spotify, artists for Wikipedia.</summary>
    public static string ItemKindOf(string source) => source switch
    {
        AppleMusic or Spotify => ItemKinds.Release,
        Wikipedia => ItemKinds.Artist,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Artwork works on releases and artists alike."),
    };

    /// <summary>"Apple Music", "Spotify", "Wikipedia" or "Artwork", for people.</summary>
    public static string DisplayName(string source) => source switch
    {
        AppleMusic => "Apple Music",
        Spotify => "Spotify",
        Wikipedia => "Wikipedia",
        Artwork => "Artwork",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
