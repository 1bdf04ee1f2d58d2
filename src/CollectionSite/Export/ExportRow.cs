namespace CollectionSite.Export;

/// <summary>
/// One owned copy in `export`, with its release and what enrichment found for it. One row per copy (like Discogs' own
/// collection export): a release owned twice is two rows with one <see cref="ReleaseId"/>, each with its own instance
/// id, date added and rating. Lists keep Discogs' order.
/// </summary>
/// <param name="ReleaseId">The Discogs release id the collection lists (a merged release: the id the copy was added under).</param>
/// <param name="InstanceId">The copy's collection instance id.</param>
/// <param name="Artist">The release's artists as credited, joined as Discogs joins them ("A &amp; B"), without the " (2)" disambiguation.</param>
/// <param name="Year">The release's year; null when Discogs has none.</param>
/// <param name="OriginalYear">The master's year (first release); null without a master or before it is fetched.</param>
/// <param name="CatalogNumbers">Per label credit, its catalogue number (Discogs' "none" left out).</param>
/// <param name="Formats">Per format: name, descriptions and text, e.g. "Vinyl, LP, Album".</param>
/// <param name="DateAdded">When the copy was added to the collection (UTC).</param>
/// <param name="Rating">The collector's rating 1..5; null when not rated (Discogs' 0).</param>
/// <param name="Barcodes">The release's barcode identifiers, as printed.</param>
/// <param name="AppleMusicStatus">matched, no-match, skipped, pending, failed or dead-letter (Storage's MatchStatus).</param>
/// <param name="WikipediaUrls">The Wikipedia articles matched to the release's main artists, in credit order.</param>
/// <param name="Partial">True when the release details are not fetched yet and the row comes from the collection
/// listing only: the same as the album page's <c>partial</c> front matter (also true for a copy no page shows).</param>
public sealed record ExportRow(
    long ReleaseId,
    long InstanceId,
    string Artist,
    string Title,
    int? Year,
    int? OriginalYear,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> CatalogNumbers,
    IReadOnlyList<string> Formats,
    IReadOnlyList<string> Genres,
    IReadOnlyList<string> Styles,
    string? Country,
    DateTimeOffset DateAdded,
    int? Rating,
    IReadOnlyList<string> Barcodes,
    string? AppleMusicUrl,
    string AppleMusicStatus,
    string? SpotifyUrl,
    string SpotifyStatus,
    IReadOnlyList<string> WikipediaUrls,
    bool Partial);
