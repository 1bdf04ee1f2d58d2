namespace CollectionSite.Pipeline;

/// <summary>Switches that change how a run treats existing state.</summary>
/// <param name="Refresh">Sources whose cached data is fetched again (--refresh; null or empty: none). Persisted per
/// source, so an interrupted refresh resumes on the next run.</param>
/// <param name="RetryFailed">Bring dead-lettered items back before the run (failed items are retried on every run anyway).</param>
/// <param name="Strict">Exit 3 when failures are recorded or an optional stage stopped.</param>
/// <param name="FullListing">List the whole collection even when page 1 shows nothing added or removed (--full-listing).</param>
public sealed record RunOptions(IReadOnlySet<DataSource>? Refresh = null, bool RetryFailed = false, bool Strict = false, bool FullListing = false);
