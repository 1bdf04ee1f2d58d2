using CollectionSite.Storage;

namespace CollectionSite.Admin;

/// <summary>One source's state (<see cref="EnrichmentSources"/> name) for an item in the lists: status, method and confidence of the stored decision (null without one).</summary>
public sealed record SourceState(string Source, MatchStatus Status, string? Method, double? Confidence);

/// <summary>
/// A release as the admin lists it, under the id its page shows: title and artist (Discogs', or the listing's for a
/// partial release), the Apple Music and Spotify states, the Wikipedia state of each of its artists, whether it has a
/// cover, and its open failures and dead letters in any stage.
/// </summary>
/// <param name="Partial">Listed in the collection, but no release details are stored (not fetched yet, or gone from Discogs).</param>
public sealed record ReleaseRow(
    long Id,
    string Title,
    string Artist,
    bool Partial,
    bool Skipped,
    SourceState AppleMusic,
    SourceState Spotify,
    IReadOnlyList<SourceState> Wikipedia,
    bool HasCover,
    IReadOnlyList<StageFailure> Failures)
{
    public IEnumerable<SourceState> Sources => Wikipedia.Prepend(Spotify).Prepend(AppleMusic);
}

/// <summary>An artist credited by a release in the collection: its Wikipedia state and whether it has an image.</summary>
public sealed record ArtistRow(long Id, string Name, SourceState Wikipedia, bool HasImage, IReadOnlyList<StageFailure> Failures);

/// <summary>The list filters, by the name the page's query string uses (?filter=no-match).</summary>
public static class ReleaseFilters
{
    public const string NoMatch = "no-match";
    public const string Failed = "failed";
    public const string DeadLetter = "dead-letter";
    public const string LowConfidence = "low-confidence";
    public const string NoArtwork = "no-artwork";
    public const string Partial = "partial";
    public const string Skipped = "skipped";

    /// <summary>A match found by search this close to the source's minimum confidence is worth a look.</summary>
    public const double LowConfidenceMargin = 0.05;

    public static IReadOnlyList<string> All { get; } = [NoMatch, Failed, DeadLetter, LowConfidence, NoArtwork, Partial, Skipped];

    /// <summary>"no match", "dead letter", ... for people.</summary>
    public static string Label(string filter) => filter.Replace('-', ' ');

    /// <param name="threshold">The minimum confidence of the row's sources (Matching settings), for <see cref="LowConfidence"/>.</param>
    public static bool Keeps(string? filter, ReleaseRow row, Func<string, double> threshold) => filter switch
    {
        null or "" => !row.Skipped,
        NoMatch => !row.Skipped && row.Sources.Any(s => s.Status == MatchStatus.NoMatch),
        Failed => !row.Skipped && row.Failures.Any(f => f.Status == ItemStatus.Failed),
        DeadLetter => !row.Skipped && row.Failures.Any(f => f.Status == ItemStatus.DeadLetter),
        LowConfidence => !row.Skipped && row.Sources.Any(s => IsLowConfidence(s, threshold(s.Source))),
        NoArtwork => !row.Skipped && !row.HasCover,
        Partial => !row.Skipped && row.Partial,
        Skipped => row.Skipped,
        _ => false,
    };

    public static bool IsLowConfidence(SourceState state, double threshold) =>
        state is { Status: MatchStatus.Matched, Method: "search", Confidence: { } confidence } && confidence < threshold + LowConfidenceMargin;
}
