namespace CollectionSite.Configuration;

/// <summary>
/// The whole configuration tree, bound from (rising precedence) the sections' defaults, collectionsite.json,
/// secrets.json, COLLECTIONSITE_* environment variables and command-line options. Each section owns its keys.
/// </summary>
public sealed class AppSettings
{
    public DiscogsSettings Discogs { get; set; } = new();

    public AppleMusicSettings AppleMusic { get; set; } = new();

    public SpotifySettings Spotify { get; set; } = new();

    public WikipediaSettings Wikipedia { get; set; } = new();

    public WikidataSettings Wikidata { get; set; } = new();

    public PathSettings Paths { get; set; } = new();

    public SiteSettings Site { get; set; } = new();

    public RetrySettings Retry { get; set; } = new();

    public MatchingSettings Matching { get; set; } = new();

    public ArtworkSettings Artwork { get; set; } = new();

    public RunSettings Run { get; set; } = new();

    /// <summary>Every section, in the order they are read and validated.</summary>
    public IEnumerable<ISettingsSection> Sections => [Discogs, AppleMusic, Spotify, Wikipedia, Wikidata, Paths, Site, Retry, Matching, Artwork, Run];

    /// <summary>Every configured secret of every section (a token minted at run time is added to the SecretRedactor by the client that mints it).</summary>
    public IEnumerable<string> Secrets => Sections.SelectMany(section => section.Secrets);
}
