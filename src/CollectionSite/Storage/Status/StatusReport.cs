namespace CollectionSite.Storage.Status;

/// <summary>
/// Where the state folder stands, as `status` prints it and the admin UI shows it: the collection, each per-item
/// stage's counts, the retry queue, the dead letters, the last runs and what the next run would do.
/// </summary>
/// <param name="GeneratedUtc">When the numbers were read.</param>
/// <param name="RetryQueue">Failed items (tried again on the next run), most failed runs first.</param>
/// <param name="DeadLetters">Items set aside after Retry:MaxAttempts failed runs, until `retry` brings them back.</param>
/// <param name="LastRuns">The most recent runs, newest first.</param>
public sealed record StatusReport(
    DateTimeOffset GeneratedUtc,
    CollectionCounts Collection,
    IReadOnlyList<StageStatus> Stages,
    IReadOnlyList<StageFailure> RetryQueue,
    IReadOnlyList<StageFailure> DeadLetters,
    IReadOnlyList<RunHistoryEntry> LastRuns,
    NextRunEstimate NextRun);

/// <summary>The collection now: owned copies and distinct releases (neither removed nor skipped), and skipped releases.</summary>
public sealed record CollectionCounts(int Copies, int Releases, int Skipped);

/// <summary>
/// One per-item stage's items by where they stand. <see cref="Items"/> = Done + NotFound + Pending + Failed + DeadLetters.
/// Pending items were never tried (or are new); failed ones are tried again on the next run.
/// </summary>
/// <param name="Source">The source's display name.</param>
/// <param name="NotConfigured">Why the stage does not run (the keys to set); null when it runs.</param>
/// <param name="Matches">For a matching stage: the decisions over its items (<see cref="MatchStatus"/>); null otherwise.</param>
public sealed record StageStatus(
    string Key,
    string Name,
    string Source,
    string ItemKind,
    string? NotConfigured,
    int Items,
    int Done,
    int NotFound,
    int Pending,
    int Failed,
    int DeadLetters,
    MatchCounts? Matches)
{
    /// <summary>What the next run works on: the pending items and the failed ones (dead letters wait for `retry`).</summary>
    public int Due => Pending + Failed;
}

/// <summary>A matching stage's items by <see cref="MatchStatus"/>: matched, no match, skipped by an override.</summary>
public sealed record MatchCounts(int Matched, int NoMatch, int Skipped);

/// <summary>
/// What the next `build` would do and about how long it would take (see <see cref="RunEstimator"/> for the formula).
/// </summary>
/// <param name="ListingRequests">Collection listing pages (a full listing: one request per 100 copies).</param>
/// <param name="Sources">Per source: due items, their requests, the source's budget and the time it needs.</param>
/// <param name="Estimated">The whole run's estimate, rounded up to the second.</param>
public sealed record NextRunEstimate(int ListingRequests, IReadOnlyList<SourceWork> Sources, TimeSpan Estimated);

/// <summary>One source's share of the next run.</summary>
/// <param name="Items">Due items over the source's stages that run.</param>
/// <param name="Requests">Estimated requests (items × the stage's requests per item; the listing for Discogs).</param>
/// <param name="RequestsPerMinute">The source's configured budget.</param>
/// <param name="Time">Requests ÷ budget.</param>
public sealed record SourceWork(string Source, int Items, int Requests, double RequestsPerMinute, TimeSpan Time);
