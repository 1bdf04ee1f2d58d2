namespace CollectionSite.Bench;

/// <summary>
/// The memory benchmark's figures: the CLI's peak resident set (bytes) over a cold `harvest` and the `build` that renders
/// after it, the same for the reference (<paramref name="ReferenceName"/>, measured in the same run), and the wall time
/// of each of the two measured processes.
/// </summary>
internal sealed record PeakMemoryResult(long PeakRssBytes, long ReferenceRssBytes, string ReferenceName, TimeSpan Harvest, TimeSpan Render);
