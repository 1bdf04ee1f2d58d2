namespace CollectionSite.Storage;

/// <summary>What an enrichment stage decided for an item (enrichment_matches.status).</summary>
public enum MatchState
{
    /// <summary>A match was kept.</summary>
    Matched,

    /// <summary>No candidate reached the source's minimum confidence (or the pinned source has nothing): never a guess.</summary>
    NoMatch,

    /// <summary>The collector forced "none" (override): the source is not asked.</summary>
    Skipped,
}

/// <summary>One candidate the matcher weighed: the source's id, its title and artist, and its score in 0..1.</summary>
public sealed record MatchCandidate(string Id, string Title, string Artist, double Score);

/// <summary>
/// The stored decision of one source for one release or artist: state, how (<see cref="Method"/>: "manual", "barcode",
/// "link", "crossref" or "search"; null without a match), how sure (0..1), the candidates weighed (best first) and the
/// kept fields of the match with its raw JSON restored (null without a match).
/// </summary>
public sealed record MatchDecision<T>(
    MatchState State,
    string? Method,
    double Confidence,
    IReadOnlyList<MatchCandidate> Candidates,
    T? Match,
    DateTimeOffset DecidedUtc)
    where T : class;

/// <summary>The matched item's identity as `match show` prints it: the source's id, its URL and its title.</summary>
public sealed record MatchedItem(string Id, string? Url, string Title);
