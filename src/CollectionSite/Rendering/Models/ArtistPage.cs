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

    /// <summary>Filled by the Wikipedia enrichment stage (later); shown with a CC BY-SA attribution.</summary>
    public string? WikipediaSummary { get; init; }
    public string? WikipediaUrl { get; init; }
    public string? WikipediaTitle { get; init; }
    public string? DiscogsUrl { get; init; }
}
