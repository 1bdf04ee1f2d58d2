namespace CollectionSite.Domain;

/// <summary>
/// A release as the collection listing summarises it (Discogs' basic_information): enough for an album page when
/// the release itself is gone from Discogs (GET /releases/{id} answers 404).
/// </summary>
public sealed record ListedRelease(
    string Title,
    IReadOnlyList<ArtistCredit> Artists,
    long? MasterId,
    int? Year,
    IReadOnlyList<string> Genres,
    IReadOnlyList<string> Styles,
    IReadOnlyList<LabelCredit> Labels,
    IReadOnlyList<ReleaseFormat> Formats,
    string? CoverUrl,
    string? ThumbUrl)
{
    /// <summary>The release as far as the listing knows it; the cover URLs are its primary image, for artwork.</summary>
    public Release ToRelease(long releaseId) => new(
        releaseId,
        Title,
        Artists,
        MasterId,
        Year,
        null,
        null,
        Genres,
        Styles,
        Labels,
        Formats,
        [],
        [],
        CoverUrl is null && ThumbUrl is null ? [] : [new RemoteImage("primary", CoverUrl, ThumbUrl, 0, 0)],
        [],
        [],
        [],
        null,
        null,
        null);
}
