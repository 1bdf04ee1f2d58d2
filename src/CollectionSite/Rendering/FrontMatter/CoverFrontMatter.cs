using CollectionSite.Artwork;
using YamlDotNet.Serialization;

namespace CollectionSite.Rendering.FrontMatter;

/// <summary>
/// The <c>cover</c> map of an album or artist page: alt text, who provided the image, its dominant colour and the
/// pre-sized files in the page bundle (JPEGs then WebPs, largest first), which the theme uses as they are:
/// <code>
/// cover:
///   alt: "Cover of Blue by Joni Mitchell"
///   source: "discogs"
///   colour: "#1f3a5c"
///   images:
///   - src: "cover-1200.jpg"
///     width: 1200
///     height: 1187
///     type: "image/jpeg"
/// </code>
/// </summary>
public sealed record CoverFrontMatter
{
    [YamlMember(Order = 1)] public required string Alt { get; init; }

    /// <summary>override, apple, discogs or wikipedia.</summary>
    [YamlMember(Order = 2)] public required string Source { get; init; }

    /// <summary>"#rrggbb", omitted when unknown.</summary>
    [YamlMember(Order = 3)] public string? Colour { get; init; }

    [YamlMember(Order = 4)] public IReadOnlyList<ImageFileFrontMatter> Images { get; init; } = [];

    public static CoverFrontMatter From(PageImage image, string alt) => new()
    {
        Alt = alt,
        Source = image.Source,
        Colour = image.Colour,
        Images = [.. image.Files.Select(f => new ImageFileFrontMatter { Src = f.FileName, Width = f.Width, Height = f.Height, Type = f.MediaType })],
    };
}

/// <summary>One file of a <see cref="CoverFrontMatter"/>: its name in the bundle, size in pixels and media type.</summary>
public sealed record ImageFileFrontMatter
{
    [YamlMember(Order = 1)] public required string Src { get; init; }
    [YamlMember(Order = 2)] public required int Width { get; init; }
    [YamlMember(Order = 3)] public required int Height { get; init; }

    /// <summary>"image/jpeg" or "image/webp".</summary>
    [YamlMember(Order = 4)] public required string Type { get; init; }
}
