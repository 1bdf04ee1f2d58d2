namespace CollectionSite.Pipeline;

/// <summary>Switches that change how a run treats existing state.</summary>
/// <param name="Refresh">Re-fetch cached Discogs data (persisted, so an interrupted refresh resumes).</param>
/// <param name="RetryFailed">Retry recorded failures now instead of waiting for their back-off.</param>
/// <param name="Strict">Exit 3 when item failures were recorded.</param>
/// <param name="Demo">Offline run on the bundled sample data.</param>
public sealed record RunOptions(bool Refresh = false, bool RetryFailed = false, bool Strict = false, bool Demo = false);
