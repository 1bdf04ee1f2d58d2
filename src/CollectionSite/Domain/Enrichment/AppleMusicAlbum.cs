namespace CollectionSite.Domain.Enrichment;

/// <summary>
/// An Apple Music catalog album (Apple Music API <c>/v1/catalog/{storefront}/albums</c>, <c>data[].attributes</c>),
/// as the pipeline keeps it.
/// </summary>
/// <param name="Id">Catalog id, e.g. "310730204".</param>
/// <param name="Url">The album's page on music.apple.com (attributes.url).</param>
/// <param name="ReleaseDate">attributes.releaseDate as given: "1975", "1975-08" or "1975-08-25".</param>
/// <param name="Upc">attributes.upc, digits only as returned (may keep leading zeros).</param>
/// <param name="IsSingle">attributes.isSingle.</param>
/// <param name="IsCompilation">attributes.isCompilation.</param>
/// <param name="EditorialNotes">attributes.editorialNotes, already turned into Markdown (null when Apple has none).</param>
/// <param name="RawJson">The album's JSON object as received, kept for audit (`match show`).</param>
public sealed record AppleMusicAlbum(
    string Id,
    string Name,
    string ArtistName,
    string? Url,
    string? ReleaseDate,
    string? RecordLabel,
    IReadOnlyList<string> GenreNames,
    int? TrackCount,
    string? Upc,
    bool IsSingle,
    bool IsCompilation,
    AppleMusicArtwork? Artwork,
    EditorialNotes? EditorialNotes,
    string RawJson);

/// <summary>attributes.artwork: a URL template with <c>{w}</c> and <c>{h}</c>, and the largest size Apple offers, in pixels.</summary>
public sealed record AppleMusicArtwork(string UrlTemplate, int MaxWidth, int MaxHeight);

/// <summary>Apple's editorial notes in Markdown: <c>&lt;i&gt;</c>/<c>&lt;b&gt;</c>/<c>&lt;br&gt;</c> become Markdown, any other markup plain text.</summary>
public sealed record EditorialNotes(string? Brief, string? Standard);
