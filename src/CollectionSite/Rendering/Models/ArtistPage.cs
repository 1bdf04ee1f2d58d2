namespace CollectionSite.Rendering.Models;

/// <summary>What artist.md.sbn sees for an artist term page (snake_case names). "Markdown" properties are already Markdown.</summary>
public sealed record ArtistPage
{
    public required string Name { get; init; }
    public string? RealName { get; init; }
    public string? ProfileMarkdown { get; init; }

    /// <summary>The term bundle's image JPEG for the page body ("cover-600.jpg"), else null.</summary>
    public string? Cover { get; init; }
    public IReadOnlyList<LinkItem> Links { get; init; } = [];
    public IReadOnlyList<LinkItem> Members { get; init; } = [];
    public IReadOnlyList<LinkItem> Groups { get; init; } = [];
    public IReadOnlyList<string> NameVariations { get; init; } = [];

    /// <summary>The matched Wikipedia article's summary (plain text, goes through md); shown with its CC BY-SA 4.0 attribution.</summary>
    public string? WikipediaSummary { get; init; }

    /// <summary>The article the summary comes from (always set with the summary).</summary>
    public string? WikipediaUrl { get; init; }

    /// <summary>The article's title, named in the attribution.</summary>
    public string? WikipediaTitle { get; init; }

    /// <summary>The article's revision history (its list of authors), linked in the attribution; null when not given.</summary>
    public string? WikipediaHistoryUrl { get; init; }
    public string? DiscogsUrl { get; init; }
}
