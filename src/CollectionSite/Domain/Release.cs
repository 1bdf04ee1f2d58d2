namespace CollectionSite.Domain;

/// <summary>A Discogs release as the rest of the pipeline sees it: every optional field is nullable or an empty list.</summary>
public sealed record Release(
    long Id,
    string Title,
    IReadOnlyList<ArtistCredit> Artists,
    long? MasterId,
    int? Year,
    string? Released,
    string? Country,
    IReadOnlyList<string> Genres,
    IReadOnlyList<string> Styles,
    IReadOnlyList<LabelCredit> Labels,
    IReadOnlyList<ReleaseFormat> Formats,
    IReadOnlyList<Track> Tracklist,
    IReadOnlyList<ArtistCredit> ExtraArtists,
    IReadOnlyList<RemoteImage> Images,
    IReadOnlyList<ReleaseVideo> Videos,
    IReadOnlyList<ReleaseIdentifier> Identifiers,
    IReadOnlyList<CompanyCredit> Companies,
    string? Notes,
    string? DiscogsUrl,
    string? DataQuality);

/// <summary>An artist credit. <see cref="Join"/> is the separator to the next credit; <see cref="Anv"/> the name as credited.</summary>
public sealed record ArtistCredit(long Id, string Name, string? Anv, string? Join, string? Role, string? Tracks);

public sealed record LabelCredit(long Id, string Name, string? CatalogNumber);

public sealed record CompanyCredit(long Id, string Name, string? Role, string? CatalogNumber);

/// <summary>A format line: name ("Vinyl"), quantity (a string on Discogs), free text and descriptions ("LP", "Album").</summary>
public sealed record ReleaseFormat(string Name, string? Quantity, string? Text, IReadOnlyList<string> Descriptions);

/// <summary>A tracklist row. <see cref="Type"/> is "track", "index" (with sub-tracks) or "heading".</summary>
public sealed record Track(
    string Position,
    string Type,
    string Title,
    string? Duration,
    IReadOnlyList<ArtistCredit> Artists,
    IReadOnlyList<ArtistCredit> ExtraArtists,
    IReadOnlyList<Track> SubTracks);

/// <summary>An image offered by a remote API. Unauthenticated Discogs responses leave the URIs empty: they are null here.</summary>
public sealed record RemoteImage(string Type, string? Uri, string? Uri150, int Width, int Height);

public sealed record ReleaseVideo(string Uri, string? Title, string? Description, int? DurationSeconds, bool Embed);

/// <summary>Barcode, matrix, rights society... Always a string: leading zeros matter.</summary>
public sealed record ReleaseIdentifier(string Type, string Value, string? Description);
