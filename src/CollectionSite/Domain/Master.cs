namespace CollectionSite.Domain;

/// <summary>A master release: the source of the original year and of the master's genres and styles.</summary>
public sealed record Master(
    long Id,
    string Title,
    int? Year,
    long? MainReleaseId,
    IReadOnlyList<ArtistCredit> Artists,
    IReadOnlyList<string> Genres,
    IReadOnlyList<string> Styles,
    string? DiscogsUrl);
