namespace CollectionSite.Domain;

/// <summary>A Discogs artist: profile (Discogs markup), links, images and the names it has been credited under.</summary>
public sealed record Artist(
    long Id,
    string Name,
    string? RealName,
    string? Profile,
    IReadOnlyList<string> Urls,
    IReadOnlyList<string> NameVariations,
    IReadOnlyList<RemoteImage> Images,
    IReadOnlyList<ArtistReference> Members,
    IReadOnlyList<ArtistReference> Groups,
    IReadOnlyList<ArtistReference> Aliases,
    string? DiscogsUrl);

/// <summary>A link from one artist to another (member, group, alias).</summary>
public sealed record ArtistReference(long Id, string Name, bool? Active);
