using YamlDotNet.Serialization;

namespace CollectionSite.Rendering.FrontMatter;

/// <summary>Front matter of a term page (genre, style, label, format, decade) or a list page: its display title.</summary>
public sealed record TermFrontMatter
{
    [YamlMember(Order = 1, DefaultValuesHandling = DefaultValuesHandling.Preserve)] public required string Title { get; init; }

    /// <summary>Old URLs after a rename (labels, whose names can change under the same id).</summary>
    [YamlMember(Order = 2)] public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Hugo output formats of a section's list page, beyond the site's default (["HTML"]); set on the albums section
    /// only, whose "JSON" output is the browse index. Omitted when empty.
    /// </summary>
    [YamlMember(Order = 3)] public IReadOnlyList<string> Outputs { get; init; } = [];
}

/// <summary>Front matter of an artist term page (content/artists/&lt;slug&gt;/_index.md).</summary>
public sealed record ArtistFrontMatter
{
    [YamlMember(Order = 1, DefaultValuesHandling = DefaultValuesHandling.Preserve)] public required string Title { get; init; }
    [YamlMember(Order = 2)] public string? DiscogsId { get; init; }
    [YamlMember(Order = 3)] public string? DiscogsUrl { get; init; }
    [YamlMember(Order = 4)] public string? RealName { get; init; }
    /// <summary>The artist image's pre-sized files and alt text; omitted when there is none.</summary>
    [YamlMember(Order = 5)] public CoverFrontMatter? Cover { get; init; }
    [YamlMember(Order = 6)] public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The matched English Wikipedia article; omitted without a match.</summary>
    [YamlMember(Order = 7)] public string? WikipediaUrl { get; init; }

    /// <summary>How the article was matched (link, crossref, search or manual); omitted without a match.</summary>
    [YamlMember(Order = 8)] public MatchFrontMatter? WikipediaMatch { get; init; }
}
